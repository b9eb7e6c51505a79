/**
 * docs/research.md's DuckDB recipe, run as written on a folder of generated hand-ins (more than the class view's
 * 200: real weeks, practice hand-ins, hand-ins made before `ai-feedback` and `result-click` existed, and a file that
 * is not a hand-in), its answers checked against the class view's own sums (lib/class.ts). If the hand-in format or
 * the recipe changes so that they no longer agree, this fails.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymize, type AnonymizedReport } from '@/lib/anonymize';
import { classSummary, median, parseReport } from '@/lib/class';
import { FAMILIES } from '@/lib/concepts';
import { dayOf, KINDS, type Kind, type LaborEvent, type Platform } from '@/lib/events';
import { daysOf } from '@/lib/period';
import { practiceHandIn } from '@/lib/practice';
import { buildReport } from '@/lib/report';
import { WEEK } from './dataset';

const DOC = readFileSync(join(__dirname, '../../../docs/research.md'), 'utf8');
/** The doc's `sql` blocks by their `-- name:` line. */
const BLOCKS = new Map(
  [...DOC.matchAll(/```sql\n-- name: (\w+)\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]),
);

/** A small deterministic generator, so a failure can be reproduced. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PLATFORM: Partial<Record<Kind, Platform>> = { captcha: 'recaptcha', 'ai-feedback': 'chatgpt', 'result-click': 'google', rating: 'amazon', search: 'google' };
const LABELS = ['crosswalk', 'traffic light', 'bicycle', 'bus'];

function week(random: () => number, i: number, kinds: readonly Kind[]): LaborEvent[] {
  const days = daysOf(WEEK);
  const n = Math.floor(random() * 40);
  return Array.from({ length: n }, (_, j) => {
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const day = days[Math.floor(random() * days.length)]!;
    const captcha = kind === 'captcha';
    return {
      uid: `g${String(i).padStart(5, '0')}${String(j).padStart(4, '0')}`,
      at: Date.parse(`${day}T10:00:00Z`) + j * 1000,
      day,
      kind,
      platform: PLATFORM[kind] ?? 'x',
      site: 'example.org',
      ...(captcha ? { seconds: Math.round(random() * 200) / 10, rounds: 1, labels: [LABELS[j % LABELS.length]!] } : {}),
    };
  });
}

const dir = mkdtempSync(join(tmpdir(), 'tdc-research-'));
const real: AnonymizedReport[] = [];
const practice: AnonymizedReport[] = [];
let db: DuckDBConnection;

beforeAll(async () => {
  const random = rng(13);
  const old = KINDS.filter((k) => k !== 'ai-feedback' && k !== 'result-click');
  for (let i = 0; i < 260; i++) {
    const made = new Date(Date.UTC(2026, 10, 22, 20, 0, i));
    if (i % 10 === 9) {
      const h = practiceHandIn(week(random, i, ['reaction', 'comment', 'report', 'rating', 'captcha']).map((e) => ({ ...e, site: 'practice' })), made);
      practice.push(h);
      writeFileSync(join(dir, `practice-${i}.json`), JSON.stringify(h));
      continue;
    }
    const isOld = i % 7 === 0;
    const h = anonymize(buildReport(week(random, i, isOld ? old : KINDS), WEEK, made));
    if (isOld) {
      // Made before the two newest kinds existed: they are not in the file at all.
      const byKind = h.byKind as Partial<Record<Kind, unknown>>;
      delete byKind['ai-feedback'];
      delete byKind['result-click'];
    }
    writeFileSync(join(dir, `week-${i}.json`), JSON.stringify(h, null, 2));
    // What the class view makes of the file (a missing kind reads as 0): the reference the recipe must agree with.
    const read = parseReport(JSON.stringify(h));
    if (!read.ok) throw new Error(`generated hand-in ${i} refused: ${read.error.code}`);
    real.push(read.report);
  }
  // Not a hand-in: the recipe's filter leaves it out.
  writeFileSync(join(dir, 'class-summary.json'), JSON.stringify({ format: 'digital-labor-class', version: 1, reports: 3 }));
  const instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
  await db.run(BLOCKS.get('view')!.replace("'handins/*.json'", `'${join(dir, '*.json')}'`));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = async (name: string) => {
  const sql = BLOCKS.get(name);
  expect(sql, `docs/research.md has no sql block named ${name}`).toBeTruthy();
  const result = await db.runAndReadAll(sql!);
  return result.getRowObjectsJson() as Record<string, string | number | boolean | null>[];
};

describe('docs/research.md, DuckDB recipe', () => {
  it('has the blocks the test runs', () => {
    expect([...BLOCKS.keys()]).toEqual(['view', 'count', 'kinds', 'families', 'spread', 'labels']);
    expect(dayOf(Date.parse('2026-11-22T10:00:00Z'))).toBe('2026-11-22');
  });

  it('counts real and practice hand-ins apart, and leaves out what is not a hand-in', async () => {
    const sum = (hs: AnonymizedReport[]) => hs.reduce((n, h) => n + h.totals.count, 0);
    expect(real.length).toBeGreaterThan(200);
    expect(await rows('count')).toEqual([
      { practice: false, handins: String(real.length), gestures: String(sum(real)) },
      { practice: true, handins: String(practice.length), gestures: String(sum(practice)) },
    ]);
  });

  it('sums kinds, families and labels as the class view does, older hand-ins included', async () => {
    const s = classSummary(real);
    const kinds = await rows('kinds');
    expect(Object.fromEntries(kinds.map((r) => [r.kind, Number(r.gestures)]))).toEqual(
      Object.fromEntries(KINDS.filter((k) => s.byKind[k].count > 0).map((k) => [k, s.byKind[k].count])),
    );
    for (const r of kinds) expect(Number(r.measured_seconds)).toBeCloseTo(s.byKind[r.kind as Kind].seconds, 1);
    expect((await rows('families')).map((r) => [r.family, Number(r.gestures)])).toEqual(
      [...FAMILIES].sort().map((f) => [f, s.byFamily[f].count]),
    );
    expect(Object.fromEntries((await rows('labels')).map((r) => [r.label, Number(r.captchas)]))).toEqual(s.captchas.labels);
  });

  it('gives the spread between people: least, median and most as the class view, plus quartiles', async () => {
    const [spread] = await rows('spread');
    const counts = real.map((h) => h.totals.count);
    expect(Number(spread!.people)).toBe(real.length);
    expect(Number(spread!.least)).toBe(Math.min(...counts));
    expect(Number(spread!.median)).toBeCloseTo(median(counts), 1);
    expect(Number(spread!.most)).toBe(Math.max(...counts));
    expect(Number(spread!.q1)).toBeLessThanOrEqual(Number(spread!.median));
    expect(Number(spread!.q3)).toBeGreaterThanOrEqual(Number(spread!.median));
  });
});
