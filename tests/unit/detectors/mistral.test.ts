/**
 * mistral: h10 sourced its answers and the English label of its thumbs up ("Like") (lib/detectors/ai/mistral.ts), but no project shows what changes once a thumb is chosen, so
 * the detector still counts nothing there. These tests pin that down on fixtures of the sourced markup (EN, FR): the
 * answers and thumbs are recognised by the anchor table, and a person's click records nothing even when the thumb
 * then turns pressed (imitated by site.js), nor does a page script's click, nor the same buttons on another site.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mistral } from '@/lib/detectors/ai/mistral';
import { $$, FIXTURES, click, loadFixture, run, settle, type Run } from '../helpers';
import { expectNothingOnBlogWith } from './ai-negative';

let r: Run | undefined;
afterEach(() => r?.stop());

const THUMBS = '[data-fixture="up"], [data-fixture="down"]';

/** How many thumbs each variant's anchor table recognises (labels only where a label was sourced). */
const VARIANTS = [
  { lang: 'en', answers: 1, thumbs: 1 },
  { lang: 'fr', answers: 1, thumbs: 0 },
] as const;

describe.each(VARIANTS)('mistral detector, $lang UI', ({ lang, answers, thumbs }) => {
  const open = () => {
    loadFixture('https://chat.mistral.ai/chat/0000', `index.${lang}.html`);
    r = run(mistral);
    return r;
  };

  it('recognises the answers and the sourced thumbs (anchor table)', () => {
    loadFixture('https://chat.mistral.ai/chat/0000', `index.${lang}.html`);
    const sel = (role: 'answer' | 'thumb') => mistral.anchors![role]!.anchors.map((a) => a.sel).join(', ');
    expect(mistral.expects!(document)).toBe(true);
    expect(document.querySelectorAll(sel('answer')).length).toBeGreaterThanOrEqual(answers);
    expect(document.querySelectorAll(sel('thumb'))).toHaveLength(thumbs);
    expect(mistral.anchors!.pressed!.anchors).toHaveLength(0);
  });

  it('counts nothing on a thumbs up or a thumbs down, even when the thumb then turns pressed (state not sourced)', async () => {
    const { signals } = open();
    const buttons = $$(THUMBS);
    for (const b of buttons) click(b.querySelector('svg') ?? b);
    await settle(300);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
    expect(signals).toEqual([]);
  });

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    for (const b of $$(THUMBS)) click(b, { trusted: false });
    await settle(300);
    expect(signals).toEqual([]);
  });
});

describe('mistral detector on other sites', () => {
  it('does not apply elsewhere', () => {
    expect(mistral.matches({ hostname: 'blog.exemple.fr', pathname: '/' }, document)).toBe(false);
  });

  it('records nothing on an unrelated blog carrying the same answer and thumbs', async () => {
    const html = readFileSync(resolve(FIXTURES, 'chat.mistral.ai/index.en.html'), 'utf8');
    const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('<script'));
    await expectNothingOnBlogWith(mistral, body, THUMBS);
  });
});
