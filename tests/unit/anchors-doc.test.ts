/**
 * docs/anchors.md is every detector's anchor table (issue 11), rendered from the registry so it cannot drift from
 * the code: this test fails when the file is out of date. `UPDATE_DOCS=1 npx vitest run tests/unit/anchors-doc.test.ts`
 * rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '@/lib/detectors';
import { categoryOf, CATEGORIES, type Category, type DetectorId } from '@/lib/detectors/routes';

const FILE = resolve(__dirname, '../../docs/anchors.md');
const TITLES: Record<Category, string> = {
  social: 'Social platforms',
  captcha: 'CAPTCHAs',
  ai: 'AI assistants',
  search: 'Search engines',
  ratings: 'Ratings of products and places',
};
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function render(): string {
  const out = [
    '# Anchor tables',
    '',
    'What each detector recognises, generated from `lib/detectors/` by `tests/unit/anchors-doc.test.ts` (do not edit by',
    'hand: `UPDATE_DOCS=1 npx vitest run tests/unit/anchors-doc.test.ts`). For each thing, its anchors in the order the',
    'detector trusts them: test ids and custom elements first, then roles and ARIA states, then structure, localised',
    'labels last. "Verified" says where the markup was seen. The popup\'s health line and the diagnostics file count',
    'how many times each anchor matches on a page (docs/README: "Report a broken site").',
    '',
  ];
  for (const category of Object.keys(CATEGORIES) as Category[]) {
    out.push(`## ${TITLES[category]}`, '');
    for (const d of DETECTORS.filter((x) => categoryOf(x.id as DetectorId) === category)) {
      out.push(`### ${d.id}`, '', '| thing | role | # | anchor | verified |', '|---|---|---|---|---|');
      for (const [thing, { role, anchors }] of Object.entries(d.anchors ?? {}))
        anchors.forEach((a, i) => out.push(`| ${i === 0 ? thing : ''} | ${i === 0 ? role : ''} | ${i + 1} | \`${cell(a.sel)}\` | ${cell(a.src)} |`));
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

describe('anchor tables', () => {
  it('every detector has one, each anchor with where it was verified', () => {
    for (const d of DETECTORS) {
      const things = Object.values(d.anchors ?? {});
      expect(things.length, `${d.id} has an anchor table`).toBeGreaterThan(0);
      for (const t of things) for (const a of t.anchors) expect(a.src.trim(), `${d.id}: ${a.sel}`).not.toBe('');
    }
  });

  it('docs/anchors.md is up to date', () => {
    const text = render();
    if (process.env.UPDATE_DOCS) writeFileSync(FILE, text);
    expect(readFileSync(FILE, 'utf8')).toBe(text);
  });
});
