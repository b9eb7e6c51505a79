import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gemini } from '@/lib/detectors/ai/gemini';
import { $, FIXTURES, click, loadFixture, run, settle, type Run } from '../helpers';
import { expectNothingOnBlogWith } from './ai-negative';

let r: Run | undefined;
afterEach(() => r?.stop());

const UP = 'thumb-up-button button';
const DOWN = 'thumb-down-button button';
const RATED = [{ kind: 'ai-feedback', platform: 'gemini' }];

describe.each(['en', 'fr'] as const)('Gemini detector, %s UI', (lang) => {
  const open = () => {
    loadFixture('https://gemini.google.com/app/c0ffee', `index.${lang}.html`);
    r = run(gemini);
    return r;
  };
  const answer = (i: number) => document.querySelectorAll('model-response')[i]!;

  it('counts a thumbs up once it is pressed (click on the icon)', async () => {
    const { signals } = open();
    click($('thumb-up-button mat-icon', answer(0)));
    await settle(900);
    expect($(UP, answer(0)).getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual(RATED);
  });

  it('counts a thumbs down, leaving the feedback panel alone', async () => {
    const { signals } = open();
    click($(DOWN, answer(1)));
    await settle(900);
    expect($('.feedback-panel')).toBeTruthy();
    expect(signals).toEqual(RATED);
  });

  it('does not count switching from up to down, nor releasing the thumb', async () => {
    const { signals } = open();
    click($(UP, answer(0)));
    await settle(900);
    click($(DOWN, answer(0)));
    await settle(900);
    expect($(DOWN, answer(0)).getAttribute('aria-pressed')).toBe('true');
    click($(DOWN, answer(0)));
    await settle(900);
    click($(UP, answer(0)));
    await settle(900);
    expect(signals).toEqual(RATED);
  });

  it('counts two answers as two ratings', async () => {
    const { signals } = open();
    click($(UP, answer(0)));
    click($(UP, answer(1)));
    await settle(900);
    expect(signals).toEqual([...RATED, ...RATED]);
  });

  it('counts nothing when the thumb does not turn pressed', async () => {
    loadFixture('https://gemini.google.com/app/c0ffee', `index.${lang}.html`);
    document.body.insertAdjacentHTML('afterbegin', '<i data-fixture-offline hidden></i>');
    r = run(gemini);
    click($(UP, answer(0)));
    await settle(600);
    expect(r.signals).toEqual([]);
  });

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    click($(UP, answer(0)), { trusted: false });
    await settle(900);
    expect($(UP, answer(0)).getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([]);
  });

  it('recognises the answers (anchor table)', () => {
    loadFixture('https://gemini.google.com/app/c0ffee', `index.${lang}.html`);
    expect(gemini.expects!(document)).toBe(true);
  });
});

describe('Gemini detector on other sites', () => {
  it('records nothing on an unrelated blog carrying Gemini’s thumbs', async () => {
    const html = readFileSync(resolve(FIXTURES, 'gemini.google.com/index.en.html'), 'utf8');
    const part = html.slice(html.indexOf('<div id="chat-history"'), html.indexOf('</main>'));
    await expectNothingOnBlogWith(gemini, part, `${UP}, ${DOWN}`);
  });
  it('does not apply on www.google.com', () => {
    expect(gemini.matches({ hostname: 'www.google.com', pathname: '/search' }, document)).toBe(false);
  });
});
