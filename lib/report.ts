/**
 * Aggregates and exports. One aggregation serves the popup and report page (over daily rollups) and the exported
 * report (over events): an event is a rollup row of count 1.
 *
 * JSON report v1 is documented in docs/report-format.md; other tools (the class view) rely on it.
 */
import { FAMILIES, KIND_CONCEPTS, VALUES, type Family, type Value } from './concepts';
import type { Rollup } from './db';
import { KINDS, type Kind, type LaborEvent, type Platform } from './events';
import { daysOf, type Period } from './period';
import type { PopupSummary } from './summary';

export type Row = Pick<Rollup, 'day' | 'kind' | 'platform' | 'count' | 'timed' | 'seconds' | 'rounds' | 'passive' | 'labels'>;

export interface Tally {
  count: number;
  /** Measured seconds only; estimates are computed for display (lib/estimates.ts). */
  seconds: number;
}

export interface Summary {
  totals: Tally & { timed: number };
  byKind: Record<Kind, Tally & { timed: number }>;
  byPlatform: Partial<Record<Platform, Tally>>;
  byFamily: Record<Family, Tally>;
  byValue: Record<Value, Tally>;
  captchas: { solved: number; passive: number; rounds: number; seconds: number; labels: Record<string, number> };
  days: { date: string; count: number; seconds: number }[];
}

export function eventRow(e: LaborEvent): Row {
  const labels: Record<string, number> = {};
  for (const l of e.labels ?? []) labels[l] = 1;
  return {
    day: e.day,
    kind: e.kind,
    platform: e.platform,
    count: 1,
    timed: e.seconds === undefined ? 0 : 1,
    seconds: e.seconds ?? 0,
    rounds: e.rounds ?? 0,
    passive: e.passive ? 1 : 0,
    labels,
  };
}

const tally = (): Tally => ({ count: 0, seconds: 0 });
const round1 = (n: number) => Math.round(n * 10) / 10;
const add = (t: Tally, r: Row) => {
  t.count += r.count;
  t.seconds = round1(t.seconds + r.seconds);
};

export function summarize(rows: Iterable<Row>, period: Period): Summary {
  const s: Summary = {
    totals: { count: 0, seconds: 0, timed: 0 },
    byKind: Object.fromEntries(KINDS.map((k) => [k, { count: 0, seconds: 0, timed: 0 }])) as Summary['byKind'],
    byPlatform: {},
    byFamily: Object.fromEntries(FAMILIES.map((f) => [f, tally()])) as Summary['byFamily'],
    byValue: Object.fromEntries(VALUES.map((v) => [v, tally()])) as Summary['byValue'],
    captchas: { solved: 0, passive: 0, rounds: 0, seconds: 0, labels: {} },
    days: daysOf(period).map((date) => ({ date, count: 0, seconds: 0 })),
  };
  const dayIndex = new Map(s.days.map((d, i) => [d.date, i]));
  for (const r of rows) {
    const i = dayIndex.get(r.day);
    if (i === undefined) continue;
    add(s.totals, r);
    s.totals.timed += r.timed;
    add(s.byKind[r.kind], r);
    s.byKind[r.kind].timed += r.timed;
    add((s.byPlatform[r.platform] ??= tally()), r);
    add(s.byFamily[KIND_CONCEPTS[r.kind].family], r);
    add(s.byValue[KIND_CONCEPTS[r.kind].value], r);
    add(s.days[i]!, r);
    if (r.kind === 'captcha') {
      s.captchas.solved += r.count - r.passive;
      s.captchas.passive += r.passive;
      s.captchas.rounds += r.rounds;
      s.captchas.seconds = round1(s.captchas.seconds + r.seconds);
      for (const [label, n] of Object.entries(r.labels)) s.captchas.labels[label] = (s.captchas.labels[label] ?? 0) + n;
    }
  }
  return s;
}

/** True when `n` is a whole number of tenths (the recorder stores measured times so: lib/recorder.ts makeEvent). */
const inTenths = (n: number) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-6;

/**
 * The summary of the popup's summary's week (lib/summary.ts), for the report's first frame before the database is
 * open (issue 14): the totals, tables, breakdowns and CAPTCHA line from its week rows (summed per kind and platform up
 * to its day), the days from its daily series (the days after its day at 0). The same as `summarize` of the week's
 * rollup rows (tests/unit/report-summary.test.ts), as every sum rounds to tenths and recorded times are in tenths.
 * Null when a time in it is not in tenths (events restored from a file made elsewhere): the sums could then round
 * differently, and the report waits for the database instead.
 */
export function summarizeFromSummary(s: PopupSummary): Summary | null {
  if (!s.thisWeek.every((r) => inTenths(r.seconds)) || !s.daily.every((p) => inTenths(p.seconds))) return null;
  const out = summarize(s.thisWeek, s.week);
  const daily = new Map(s.daily.map((p) => [p.day, p]));
  out.days = out.days.map(({ date }) => ({ date, count: daily.get(date)?.count ?? 0, seconds: daily.get(date)?.seconds ?? 0 }));
  return out;
}

export const REPORT_FORMAT = 'digital-labor-report';
export const REPORT_VERSION = 1;

/** An exported event: the stored one without its internal ids and day, its time as ISO 8601. */
export type ReportEvent = Omit<LaborEvent, 'id' | 'uid' | 'day' | 'at'> & { at: string };

export interface ReportV1 {
  format: typeof REPORT_FORMAT;
  version: 1;
  generatedAt: string;
  period: Period;
  anonymized: boolean;
  totals: Tally;
  byKind: Record<Kind, Tally>;
  byPlatform: Partial<Record<Platform, Tally>>;
  byFamily: Record<Family, Tally>;
  byValue: Record<Value, Tally>;
  captchas: Summary['captchas'];
  days: Summary['days'];
  events?: ReportEvent[];
}

const plain = ({ count, seconds }: Tally): Tally => ({ count, seconds });
const mapValues = <K extends string, A, B>(o: Record<K, A>, f: (a: A) => B) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v as A)])) as Record<K, B>;

export function buildReport(events: LaborEvent[], period: Period, generatedAt = new Date()): ReportV1 {
  const s = summarize(events.map(eventRow), period);
  const inPeriod = events.filter((e) => e.day >= period.start && e.day <= period.end);
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generatedAt: generatedAt.toISOString(),
    period,
    anonymized: false,
    totals: plain(s.totals),
    byKind: mapValues(s.byKind, plain),
    byPlatform: s.byPlatform,
    byFamily: s.byFamily,
    byValue: s.byValue,
    captchas: s.captchas,
    days: s.days,
    events: inPeriod.map((e) => ({
      at: new Date(e.at).toISOString(),
      kind: e.kind,
      platform: e.platform,
      site: e.site,
      ...(e.seconds !== undefined ? { seconds: e.seconds } : {}),
      ...(e.rounds !== undefined ? { rounds: e.rounds } : {}),
      ...(e.labels?.length ? { labels: e.labels } : {}),
      ...(e.passive ? { passive: true } : {}),
    })),
  };
}

/**
 * One CSV cell. Spreadsheet programs run a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * as a formula, even quoted: such a text gets a leading `'` (OWASP, "CSV Injection"). Only text: a number (a negative
 * one too) stays a number.
 */
const csvCell = (v: unknown): string => {
  let s = v === undefined || v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csvLine = (cells: unknown[]) => cells.map(csvCell).join(',');

export const EVENTS_CSV_HEADER = ['at', 'day', 'kind', 'platform', 'site', 'seconds', 'rounds', 'labels', 'passive'];

/** One row per event, oldest first. */
export function eventsCsv(events: LaborEvent[]): string {
  const lines = [csvLine(EVENTS_CSV_HEADER)];
  for (const e of events) {
    lines.push(
      csvLine([
        new Date(e.at).toISOString(),
        e.day,
        e.kind,
        e.platform,
        e.site,
        e.seconds,
        e.rounds,
        e.labels?.join(';'),
        e.passive ? 'true' : '',
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
