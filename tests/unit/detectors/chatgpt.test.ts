import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chatgpt } from '@/lib/detectors/ai/chatgpt';
import { $, $$, FIXTURES, click, loadFixture, run, settle, type Run } from '../helpers';
import { expectNothingOnBlogWith } from './ai-negative';

let r: Run | undefined;
afterEach(() => r?.stop());

const GOOD = '[data-testid="good-response-turn-action-button"]';
const BAD = '[data-testid="bad-response-turn-action-button"]';
const RATED = [{ kind: 'ai-feedback', platform: 'chatgpt' }];

describe.each(['en', 'fr'] as const)('ChatGPT detector, %s UI', (lang) => {
  const open = () => {
    loadFixture('https://chatgpt.com/c/0000', `index.${lang}.html`);
    r = run(chatgpt);
    return r;
  };
  const turn = (n: number) => $(`[data-testid="conversation-turn-${n}"]`);

  it('counts a thumbs up once the other thumb is gone', async () => {
    const { signals } = open();
    click($(`${GOOD} svg`, turn(2)));
    await settle();
    expect($$(BAD, turn(2))).toHaveLength(0);
    expect(signals).toEqual(RATED);
  });

  it('counts a thumbs down (the feedback form it opens is left alone)', async () => {
    const { signals } = open();
    click($(BAD, turn(3)));
    await settle();
    expect($('[data-fixture="feedback-form"]')).toBeTruthy();
    expect(signals).toEqual(RATED);
  });

  it('does not count removing the thumb, nor switching from up to down on the same answer', async () => {
    const { signals } = open();
    click($(GOOD, turn(2)));
    await settle();
    click($(GOOD, turn(2))); // removes the rating: both thumbs come back
    await settle();
    expect($$(BAD, turn(2))).toHaveLength(1);
    click($(BAD, turn(2))); // now down on the same answer
    await settle();
    expect($$(GOOD, turn(2))).toHaveLength(0);
    expect(signals).toEqual(RATED);
  });

  it('counts each answer once: two answers rated are two ratings', async () => {
    const { signals } = open();
    click($(GOOD, turn(2)));
    click($(BAD, turn(3)));
    await settle();
    expect(signals).toEqual([...RATED, ...RATED]);
  });

  it('counts picking one of two answers in a comparison once', async () => {
    const { signals } = open();
    click($('[data-fixture="prefer-2"]'));
    await settle();
    expect($$('[data-fixture^="prefer-"]')).toHaveLength(0);
    expect(signals).toEqual(RATED);
  });

  it('does not count a thumb that was already chosen when the page loaded (its click is an undo)', async () => {
    loadFixture('https://chatgpt.com/c/0000', `index.${lang}.html`);
    $(BAD, turn(2)).remove(); // ChatGPT shows a rated answer with its lone thumb
    r = run(chatgpt);
    click($(GOOD, turn(2)));
    await settle();
    expect(r.signals).toEqual([]);
  });

  it('counts nothing when the click changes nothing (the site refused it)', async () => {
    loadFixture('https://chatgpt.com/c/0000', `index.${lang}.html`);
    document.body.insertAdjacentHTML('afterbegin', '<i data-fixture-offline hidden></i>');
    r = run(chatgpt);
    click($(GOOD, turn(2)));
    click($('[data-fixture="prefer-1"]'));
    await settle(300);
    expect(r.signals).toEqual([]);
  });

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    click($(GOOD, turn(2)), { trusted: false });
    click($('[data-fixture="prefer-1"]'), { trusted: false });
    await settle();
    expect($$(BAD, turn(2))).toHaveLength(0); // the page did react
    expect(signals).toEqual([]);
  });

  it('recognises the answers (anchor table)', () => {
    loadFixture('https://chatgpt.com/c/0000', `index.${lang}.html`);
    expect(chatgpt.expects!(document)).toBe(true);
    expect(document.querySelectorAll(chatgpt.anchors!.thumb!.anchors[0]!.sel)).toHaveLength(2);
  });
});

describe('ChatGPT detector, turns marked only by data-turn (layout variant)', () => {
  const article = (i: number) => document.querySelectorAll('article')[i]!;
  it('counts a thumbs up and a thumbs down on two answers, not the undo or switch', async () => {
    loadFixture('https://chatgpt.com/c/0000', 'turn.en.html');
    r = run(chatgpt);
    expect(document.querySelector('[data-testid^="conversation-turn-"]')).toBeNull();
    click($(GOOD, article(1)));
    await settle();
    click($(GOOD, article(1))); // undo
    await settle();
    click($(BAD, article(1))); // switch
    click($(BAD, article(2)));
    await settle();
    expect(r.signals).toEqual([...RATED, ...RATED]);
  });
});

describe('ChatGPT detector on other sites', () => {
  it('records nothing on an unrelated blog carrying ChatGPT’s thumbs', async () => {
    const html = readFileSync(resolve(FIXTURES, 'chatgpt.com/index.en.html'), 'utf8');
    const thread = html.slice(html.indexOf('<div id="thread"'), html.indexOf('<form'));
    await expectNothingOnBlogWith(chatgpt, thread, `${GOOD}, ${BAD}`);
  });
});
