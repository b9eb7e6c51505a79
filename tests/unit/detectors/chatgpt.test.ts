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

/**
 * Every variant (tests/fixtures/sites/chatgpt.com): the July 2026 layout in English and French, the article layout
 * in Spanish (both from real captures, thumbs with aria-pressed), and a layout without turn test ids whose thumbs
 * have no aria-pressed (the site removes the other thumb instead).
 */
const VARIANTS = [
  { file: 'index.en.html', state: 'pressed' },
  { file: 'index.fr.html', state: 'pressed' },
  { file: 'article.es.html', state: 'pressed' },
  { file: 'turn.en.html', state: 'collapse' },
] as const;

describe.each(VARIANTS)('ChatGPT detector, $file', ({ file, state }) => {
  const open = () => {
    loadFixture('https://chatgpt.com/c/0000', file);
    r = run(chatgpt);
    return r;
  };
  /** The i-th answer (0, 1: rated by thumbs; 2: the comparison). */
  const answer = (i: number) => document.querySelectorAll('[data-turn="assistant"]')[i] as HTMLElement;
  const isRated = (i: number) =>
    state === 'pressed' ? answer(i).querySelector('[aria-pressed="true"]') !== null : $$(`${GOOD}, ${BAD}`, answer(i)).length === 1;

  it('counts a thumbs up once the site shows it rated (click on the icon)', async () => {
    const { signals } = open();
    click($(`${GOOD} svg`, answer(0)));
    await settle(900);
    expect(isRated(0)).toBe(true);
    expect(signals).toEqual(RATED);
  });

  it('counts a thumbs down (the feedback form it opens is left alone)', async () => {
    const { signals } = open();
    click($(BAD, answer(1)));
    await settle(900);
    expect($('[data-fixture="feedback-form"]')).toBeTruthy();
    expect(signals).toEqual(RATED);
  });

  it('does not count removing the thumb, nor switching from up to down on the same answer', async () => {
    const { signals } = open();
    click($(GOOD, answer(0)));
    await settle(900);
    click($(GOOD, answer(0))); // removes the rating
    await settle(900);
    expect(isRated(0)).toBe(false);
    click($(BAD, answer(0))); // now down on the same answer
    await settle(900);
    expect(isRated(0)).toBe(true);
    if (state === 'pressed') {
      click($(GOOD, answer(0))); // and straight to up again
      await settle(900);
      expect($(GOOD, answer(0)).getAttribute('aria-pressed')).toBe('true');
    }
    expect(signals).toEqual(RATED);
  });

  it('counts a rating undone or switched right after the site showed it, before the detector looked again', async () => {
    const { signals } = open();
    click($(GOOD, answer(0)));
    // The site shows the rating after 60 ms; the detector looks at 0, 45 and 112 ms: the person acts at once.
    for (let t = 0; t < 2000 && !isRated(0); t += 5) await settle(5);
    expect(isRated(0)).toBe(true);
    click($(state === 'pressed' ? GOOD : `${GOOD}, ${BAD}`, answer(0))); // undo, before the detector's next look
    await settle(900);
    expect(signals).toEqual(RATED);
    // A second answer: rated, then switched at once to the other thumb.
    click($(GOOD, answer(1)));
    for (let t = 0; t < 2000 && !isRated(1); t += 5) await settle(5);
    if (state === 'pressed') click($(BAD, answer(1)));
    await settle(900);
    expect(signals).toEqual([...RATED, ...RATED]);
  });

  it('counts each answer once: two answers rated are two ratings', async () => {
    const { signals } = open();
    click($(GOOD, answer(0)));
    click($(BAD, answer(1)));
    await settle(900);
    expect(signals).toEqual([...RATED, ...RATED]);
  });

  it('counts picking one of two answers in a comparison once', async () => {
    const { signals } = open();
    click($('[data-fixture="prefer-2"]'));
    await settle(900);
    expect($$('[data-fixture^="prefer-"]')).toHaveLength(0);
    expect(signals).toEqual(RATED);
  });

  it('does not count a thumb that was already chosen when the page loaded (its click is an undo)', async () => {
    loadFixture('https://chatgpt.com/c/0000', file);
    if (state === 'pressed') $(GOOD, answer(0)).setAttribute('aria-pressed', 'true');
    else $(BAD, answer(0)).remove();
    r = run(chatgpt);
    click($(GOOD, answer(0)));
    await settle(900);
    expect(r.signals).toEqual([]);
  });

  it('counts nothing when the click changes nothing (the site refused it)', async () => {
    loadFixture('https://chatgpt.com/c/0000', file);
    document.body.insertAdjacentHTML('afterbegin', '<i data-fixture-offline hidden></i>');
    r = run(chatgpt);
    click($(GOOD, answer(0)));
    click($('[data-fixture="prefer-1"]'));
    await settle(600);
    expect(r.signals).toEqual([]);
  });

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    click($(GOOD, answer(0)), { trusted: false });
    click($('[data-fixture="prefer-1"]'), { trusted: false });
    await settle(900);
    expect(isRated(0)).toBe(true); // the page did react
    expect(signals).toEqual([]);
  });

  it('recognises the answers and thumbs (anchor table)', () => {
    loadFixture('https://chatgpt.com/c/0000', file);
    expect(chatgpt.expects!(document)).toBe(true);
    expect(document.querySelectorAll(chatgpt.anchors!.thumb!.anchors[0]!.sel)).toHaveLength(2);
  });
});

describe('ChatGPT detector on other sites', () => {
  it('records nothing on an unrelated blog carrying ChatGPT’s thumbs', async () => {
    const html = readFileSync(resolve(FIXTURES, 'chatgpt.com/index.en.html'), 'utf8');
    const thread = html.slice(html.indexOf('<div id="thread"'), html.indexOf('<form'));
    await expectNothingOnBlogWith(chatgpt, thread, `${GOOD}, ${BAD}`);
  });
});
