/** Class import: good files of each kind, every kind of bad file, and the class summary. */
import { describe, expect, it } from 'vitest';
import { anonymize } from '@/lib/anonymize';
import { canonicalReport, classSummary, importFiles, MAX_FILE_BYTES, MAX_REPORTS, median, parseReport, type IncomingFile } from '@/lib/class';
import { buildReport } from '@/lib/report';
import { EVENTS, GENERATED, WEEK } from './dataset';

const file = (name: string, content: unknown, size?: number): IncomingFile => {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return { name, size: size ?? text.length, text: async () => text };
};
const full = () => buildReport(EVENTS, WEEK, GENERATED);
/** Three students: the dataset, its first two events only, and an empty week. */
const students = () => [
  full(),
  buildReport(EVENTS.slice(0, 2), WEEK, new Date('2026-11-22T22:01:00Z')),
  buildReport([], WEEK, new Date('2026-11-22T22:02:00Z')),
];

describe('class import', () => {
  it('imports anonymised and full reports, anonymising the full ones', async () => {
    const [a, b, c] = students();
    const { entries, results } = await importFiles([], [file('a.json', a), file('b.json', anonymize(b!)), file('c.json', c)]);
    expect(results).toEqual([
      { name: 'a.json', ok: true },
      { name: 'b.json', ok: true },
      { name: 'c.json', ok: true },
    ]);
    expect(entries).toHaveLength(3);
    for (const e of entries) {
      expect(e.report.anonymized).toBe(true);
      expect(JSON.stringify(e.report)).not.toMatch(/x\.com|boutique|mastodon\.social|shop\.example|"site"|"events"/);
    }
  });

  it('refuses every kind of bad file with its own error, and keeps the rest', async () => {
    const [a, b] = students();
    const before = (await importFiles([], [file('a.json', a)])).entries;
    const hostile = { ...full(), byPlatform: { 'evil.example.com': { count: 5, seconds: 0 } } };
    const edited = { ...full(), totals: { count: 500, seconds: 12.4 } };
    const files = [
      file('notes.txt', 'Bonjour, voici mon rapport'),
      file('array.json', [1, 2, 3]),
      file('other.json', { format: 'something-else', version: 1 }),
      file('future.json', { ...full(), version: 2 }),
      file('noversion.json', { ...full(), version: undefined }),
      file('broken.json', { ...full(), byKind: { reaction: { count: 1 } } }),
      file('negative.json', { ...full(), totals: { count: -1, seconds: 0 } }),
      file('hostile.json', hostile),
      file('edited.json', edited),
      file('huge.json', '{}', MAX_FILE_BYTES + 1),
      file('truncated.json', JSON.stringify(full()).slice(0, 200)),
      file('proto.json', `{"__proto__": {"polluted": true}, "format": "digital-labor-report", "version": 1}`),
      file('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      file('a-again.json', a),
      file('b.json', b),
    ];
    const { entries, results } = await importFiles(before, files);
    expect(results.map((r) => [r.name, r.ok ? 'ok' : r.error!.code])).toEqual([
      ['notes.txt', 'not-json'],
      ['array.json', 'format'],
      ['other.json', 'format'],
      ['future.json', 'version'],
      ['noversion.json', 'version'],
      ['broken.json', 'shape'],
      ['negative.json', 'shape'],
      ['hostile.json', 'shape'],
      ['edited.json', 'shape'],
      ['huge.json', 'too-big'],
      ['truncated.json', 'not-json'],
      ['proto.json', 'shape'],
      ['deep.json', 'format'],
      ['a-again.json', 'duplicate'],
      ['b.json', 'ok'],
    ]);
    expect(results[3]!.error!.detail).toBe('2');
    expect(results[13]!.error!.detail).toBe('a.json');
    expect(results[8]!.error!.detail).toBe('totals');
    // The hostile file's key is never echoed back in the message detail.
    expect(results[7]!.error!.detail).toBe('byPlatform');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The earlier list is untouched; only the good file was added.
    expect(before).toHaveLength(1);
    expect(entries).toHaveLength(2);
  });

  it('never reads a file that is too big', async () => {
    let read = false;
    const big: IncomingFile = { name: 'big.json', size: MAX_FILE_BYTES + 1, text: async () => ((read = true), '{}') };
    const { results } = await importFiles([], [big]);
    expect(results[0]!.error!.code).toBe('too-big');
    expect(read).toBe(false);
    expect(parseReport(' '.repeat(MAX_FILE_BYTES + 1))).toEqual({ ok: false, error: { code: 'too-big' } });
  });

  it('stops at the maximum class size', async () => {
    const many = Array.from({ length: MAX_REPORTS + 1 }, (_, i) =>
      file(`s${i}.json`, buildReport([], WEEK, new Date(Date.UTC(2026, 10, 22, 0, 0, i)))),
    );
    const { entries, results } = await importFiles([], many);
    expect(entries).toHaveLength(MAX_REPORTS);
    expect(results.at(-1)!.error!.code).toBe('too-many');
  }, 20_000); // 201 files checked and hashed: past 5 s on a machine shared by several test runs
});

describe('the same hand-in imported twice', () => {
  it('counts it once, whatever its export time or key order, and says which file it repeats', async () => {
    const monday = buildReport(EVENTS, WEEK, new Date('2026-11-23T08:00:00Z'));
    const tuesday = buildReport(EVENTS, WEEK, new Date('2026-11-24T17:30:00Z'));
    // The same report, its keys in another order (a text editor or another tool re-saved it).
    const reordered = Object.fromEntries(Object.entries(anonymize(tuesday)).reverse());
    const other = buildReport(EVENTS.slice(0, 2), WEEK, new Date('2026-11-24T17:30:00Z'));
    const first = await importFiles([], [file('eleve-1.json', anonymize(monday)), file('eleve-2.json', other)]);
    const { entries, results } = await importFiles(first.entries, [
      file('eleve-1-bis.json', anonymize(tuesday)),
      file('eleve-1-full.json', tuesday),
      file('eleve-1-edited.json', reordered),
      file('eleve-3.json', buildReport(EVENTS.slice(0, 1), WEEK, GENERATED)),
      file('eleve-3-again.json', buildReport(EVENTS.slice(0, 1), WEEK, new Date('2026-11-30T09:00:00Z'))),
    ]);
    expect(results).toEqual([
      { name: 'eleve-1-bis.json', ok: false, error: { code: 'duplicate', detail: 'eleve-1.json' } },
      { name: 'eleve-1-full.json', ok: false, error: { code: 'duplicate', detail: 'eleve-1.json' } },
      { name: 'eleve-1-edited.json', ok: false, error: { code: 'duplicate', detail: 'eleve-1.json' } },
      { name: 'eleve-3.json', ok: true },
      { name: 'eleve-3-again.json', ok: false, error: { code: 'duplicate', detail: 'eleve-3.json' } },
    ]);
    expect(entries.map((e) => e.name)).toEqual(['eleve-1.json', 'eleve-2.json', 'eleve-3.json']);
    expect(classSummary(entries.map((e) => e.report))).toMatchObject({ reports: 3, totals: { count: 5 + 2 + 1 } });
  });

  it('tells apart reports that differ in any counted figure, and counts every empty week', async () => {
    const base = anonymize(buildReport(EVENTS, WEEK, GENERATED));
    const moreSeconds = { ...base, totals: { ...base.totals, seconds: 12.5 }, byKind: { ...base.byKind, captcha: { count: 2, seconds: 12.5 } } };
    const fixed = { ...moreSeconds, byFamily: { ...base.byFamily, micro: { count: 2, seconds: 12.5 } } };
    const { entries, results } = await importFiles(
      [],
      [
        file('a.json', base),
        file('b.json', fixed),
        file('empty-1.json', buildReport([], WEEK, GENERATED)),
        file('empty-2.json', buildReport([], WEEK, GENERATED)),
      ],
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(entries).toHaveLength(4);
    expect(canonicalReport(base)).not.toContain('generatedAt');
  });
});

describe('class summary', () => {
  it('sums the class and gives the spread per kind', async () => {
    const { entries } = await importFiles([], students().map((r, i) => file(`${i}.json`, r)));
    const s = classSummary(entries.map((e) => e.report));
    expect(s).toMatchObject({
      format: 'digital-labor-class',
      version: 1,
      reports: 3,
      totals: { count: 7, seconds: 12.4 },
      byPlatform: { x: { count: 4, seconds: 0 }, recaptcha: { count: 2, seconds: 12.4 }, mastodon: { count: 1, seconds: 0 } },
      perReport: [
        { count: 5, seconds: 12.4 },
        { count: 2, seconds: 0 },
        { count: 0, seconds: 0 },
      ],
      captchas: { solved: 1, rounds: 2, labels: { crosswalk: 1, 'traffic light': 1 } },
    });
    expect(s.byKind.reaction).toEqual({ count: 2, seconds: 0 });
    expect(s.byKind.captcha).toEqual({ count: 2, seconds: 12.4 });
    expect(s.spread.reaction).toEqual({ min: 0, median: 1, max: 1 });
    expect(s.spread.captcha).toEqual({ min: 0, median: 0, max: 2 });
    expect(classSummary([]).perReport).toEqual([]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
