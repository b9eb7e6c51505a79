/**
 * perplexity: H9 sourced its thumbs (button[aria-label="Helpful"] / "Not helpful", from a real capture of February 2026)
 * and its answers' bodies (div[id^="markdown-content-N"]) (lib/detectors/ai/perplexity.ts), but no project shows what
 * changes once a thumb is chosen, so the detector still counts nothing there. These tests pin that down on fixtures of
 * the sourced markup (EN, FR): the answers and thumbs are recognised by the anchor table, and a person's click records
 * nothing even when the thumb then turns pressed (imitated by site.js), nor does a page script's click, nor the same
 * buttons on another site.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { perplexity } from '@/lib/detectors/ai/perplexity';
import { $$, FIXTURES, click, loadFixture, run, settle, type Run } from '../helpers';
import { expectNothingOnBlogWith } from './ai-negative';

let r: Run | undefined;
afterEach(() => r?.stop());

const THUMBS = '[data-fixture="up"], [data-fixture="down"]';

/** How many answers and thumbs each variant's anchor table recognises (labels only where a label was sourced). */
const VARIANTS = [
  { lang: 'en', answers: 1, thumbs: 2 },
  { lang: 'fr', answers: 1, thumbs: 0 },
] as const;

describe.each(VARIANTS)('perplexity detector, $lang UI', ({ lang, answers, thumbs }) => {
  const open = () => {
    loadFixture('https://www.perplexity.ai/search/0000', `index.${lang}.html`);
    r = run(perplexity);
    return r;
  };

  it('recognises the answers and the sourced thumbs (anchor table)', () => {
    loadFixture('https://www.perplexity.ai/search/0000', `index.${lang}.html`);
    const sel = (role: 'answer' | 'thumb') => perplexity.anchors![role]!.anchors.map((a) => a.sel).join(', ');
    expect(perplexity.expects!(document)).toBe(true);
    expect(document.querySelectorAll(sel('answer'))).toHaveLength(answers);
    expect(document.querySelectorAll(sel('thumb'))).toHaveLength(thumbs);
    expect(perplexity.anchors!.pressed!.anchors).toHaveLength(0);
  });

  it('counts nothing on a thumbs up or a thumbs down, even when the thumb then turns pressed (state not sourced)', async () => {
    const { signals } = open();
    const buttons = $$(THUMBS);
    expect(buttons).toHaveLength(2);
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

describe('perplexity detector on other sites', () => {
  it('does not apply elsewhere', () => {
    expect(perplexity.matches({ hostname: 'blog.exemple.fr', pathname: '/' }, document)).toBe(false);
  });

  it('records nothing on an unrelated blog carrying the same answer and thumbs', async () => {
    const html = readFileSync(resolve(FIXTURES, 'www.perplexity.ai/index.en.html'), 'utf8');
    const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('<script'));
    await expectNothingOnBlogWith(perplexity, body, THUMBS);
  });
});
