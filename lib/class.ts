/**
 * Class view: a teacher imports the reports students hand in (anonymised or not; a full report is anonymised on
 * import, its events and sites dropped before anything is kept), and sees the class totals, the spread between
 * students and the top platforms and CAPTCHA labels.
 *
 * Every file is checked on its own: size first (before reading), then JSON, format, version, shape (schema plus
 * totals that must add up), then duplicates (same content, whatever its export time). A bad file gets one clear
 * error and changes nothing else. Everything here is pure, so the view and the tests share it.
 */
import * as v from 'valibot';
import { anonymize, type AnonymizedReport } from './anonymize';
import { FAMILIES, KIND_CONCEPTS, VALUES, type Family, type Value } from './concepts';
import { timeOf, type TimeSplit } from './estimates';
import { KINDS, LABEL_PATTERN, PLATFORMS, type Kind, type Platform } from './events';
import { isDay } from './period';
import { REPORT_FORMAT, type Summary, type Tally } from './report';

/** A week of a busy person is a few hundred KB with its events; past this a file is refused unread. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** A class, not a school: also bounds the work a pile of files can cause. */
export const MAX_REPORTS = 200;
/** Report versions this view reads (docs/report-format.md, "Version policy": keep reading every one ever accepted). */
export const ACCEPTED_VERSIONS = [1] as const;

export const CLASS_FORMAT = 'digital-labor-class';
export const CLASS_VERSION = 1;

export type ImportErrorCode = 'too-big' | 'not-json' | 'format' | 'version' | 'shape' | 'unknown-kind' | 'duplicate' | 'too-many';

export interface ImportError {
  code: ImportErrorCode;
  /** Where a shape error is (`byKind.reaction.count`), the version found, or the file a duplicate repeats. */
  detail?: string;
}

export interface ClassEntry {
  /** The file's name as shown to the teacher (never stored anywhere). */
  name: string;
  report: AnonymizedReport;
  fingerprint: string;
}

/** Counts are whole, seconds are tenths; both bounded so a crafted file cannot make the sums meaningless. */
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
const seconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9));
const tally = v.object({ count, seconds });
const day = v.pipe(v.string(), v.check(isDay, 'not a day'));
/** Every key of `keys`, none else (what zod's record over an enum checked). */
const every = <K extends string>(keys: readonly K[]) => v.strictObject(Object.fromEntries(keys.map((k) => [k, tally])) as Record<K, typeof tally>);

const reportSchema = v.object({
  format: v.literal(REPORT_FORMAT),
  version: v.literal(1),
  generatedAt: v.pipe(v.string(), v.isoTimestamp()),
  period: v.object({ start: day, end: day }),
  anonymized: v.boolean(),
  totals: tally,
  // Known kinds only (unknown ones are refused above with their own message); a kind the file lacks (a hand-in made
  // before that kind existed, e.g. `ai-feedback`) reads as 0.
  byKind: v.record(v.string(), tally),
  // Known platform ids only: a hostname or any other key makes the file invalid (nothing of it is kept).
  byPlatform: v.record(v.picklist(PLATFORMS), tally),
  byFamily: every(FAMILIES),
  byValue: every(VALUES),
  captchas: v.object({
    solved: count,
    passive: count,
    rounds: count,
    seconds,
    labels: v.record(v.pipe(v.string(), v.regex(LABEL_PATTERN)), count),
  }),
  days: v.pipe(v.array(v.object({ date: day, count, seconds })), v.maxLength(3700)),
  // Dropped on import; only checked to be a list.
  events: v.optional(v.array(v.unknown())),
  // A practice hand-in (the sandbox's counts, lib/practice.ts): shown apart. Absent from real and older hand-ins.
  practice: v.optional(v.boolean()),
});

const sumOf = (tallies: Record<string, Tally>) => Object.values(tallies).reduce((n, t) => n + t.count, 0);

/** Checks one file's text (importFiles checks the byte size before reading it) and anonymises it. */
export function parseReport(text: string): { ok: true; report: AnonymizedReport } | { ok: false; error: ImportError } {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: { code: 'too-big' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: { code: 'format' } };
  const head = data as Record<string, unknown>;
  if (head.format !== REPORT_FORMAT) return { ok: false, error: { code: 'format' } };
  if (!ACCEPTED_VERSIONS.includes(head.version as 1)) {
    return { ok: false, error: { code: 'version', detail: String(head.version).slice(0, 20) } };
  }
  // A kind this version does not know (a report from a newer extension) gets its own message, before the shape check.
  // Named only when it looks like a kind id, never echoing arbitrary text from the file.
  const known: ReadonlySet<string> = new Set(KINDS);
  const kindsIn = head.byKind !== null && typeof head.byKind === 'object' && !Array.isArray(head.byKind) ? Object.keys(head.byKind) : [];
  const unknown = kindsIn.find((k) => !known.has(k));
  if (unknown !== undefined) {
    return { ok: false, error: { code: 'unknown-kind', detail: /^[a-z][a-z-]{0,30}$/.test(unknown) ? unknown : '?' } };
  }
  const parsed = v.safeParse(reportSchema, data, { abortEarly: true });
  if (!parsed.success) {
    const issue = parsed.issues[0];
    // The path names the field only (`byPlatform`), never a key's value, which could be anything the file holds.
    const path = (issue?.path ?? []).map((p) => p.key).filter((p): p is string => typeof p === 'string' && /^[a-zA-Z-]{1,20}$/.test(p));
    return { ok: false, error: { code: 'shape', detail: path.join('.') || 'report' } };
  }
  const zero = { count: 0, seconds: 0 };
  const r = { ...parsed.output, byKind: Object.fromEntries(KINDS.map((k) => [k, parsed.output.byKind[k] ?? zero])) as Record<Kind, Tally> };
  // Totals must add up: a hand-edited or truncated file is refused rather than silently skewing the class.
  const kinds = sumOf(r.byKind);
  const daysTotal = r.days.reduce((n, d) => n + d.count, 0);
  if (kinds !== r.totals.count || daysTotal !== r.totals.count) {
    return { ok: false, error: { code: 'shape', detail: 'totals' } };
  }
  if (r.period.end < r.period.start) return { ok: false, error: { code: 'shape', detail: 'period' } };
  // Families and values are recomputed from the gestures with today's mapping (lib/concepts.ts), not taken from the
  // file: a hand-in made before `report` moved from micro-work to networked social labor (issue 13) is read as
  // today's report would count it, so a class mixing old and new hand-ins adds up the same things.
  const tallies = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, { count: 0, seconds: 0 }])) as Record<K, Tally>;
  const byFamily = tallies(FAMILIES);
  const byValue = tallies(VALUES);
  for (const k of KINDS) {
    const { family, value } = KIND_CONCEPTS[k];
    for (const into of [byFamily[family], byValue[value]]) {
      into.count += r.byKind[k].count;
      into.seconds = round1(into.seconds + r.byKind[k].seconds);
    }
  }
  return { ok: true, report: anonymize({ ...r, byFamily, byValue } as Parameters<typeof anonymize>[0]) };
}

/**
 * What changes when the same data is exported again: not part of a hand-in's content. (`anonymized` is always true
 * once imported, `format` and `version` are fixed: they could stay, they tell nothing apart.)
 */
const VOLATILE: ReadonlySet<string> = new Set(['generatedAt']);

/**
 * The report's content as one text: volatile fields left out, object keys sorted at every level, arrays in order.
 * A practice hand-in keeps its export time: pupils who tried the same few gestures in the sandbox hand in the same
 * counts, and each one counts; only the very same file (same export time too) is a duplicate.
 */
export function canonicalReport(report: AnonymizedReport): string {
  const volatile = report.practice ? new Set<string>() : VOLATILE;
  const canon = (v: unknown, top = false): unknown => {
    if (Array.isArray(v)) return v.map((x) => canon(x));
    if (v === null || typeof v !== 'object') return v;
    const keys = Object.keys(v).filter((k) => !(top && volatile.has(k))).sort();
    return Object.fromEntries(keys.map((k) => [k, canon((v as Record<string, unknown>)[k])]));
  };
  return JSON.stringify(canon(report, true));
}

/** Same content, same fingerprint, whenever and however often it was exported: SHA-256 of the canonical form. */
export async function fingerprintOf(report: AnonymizedReport): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalReport(report)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface FileResult {
  name: string;
  ok: boolean;
  error?: ImportError;
}

export interface IncomingFile {
  name: string;
  size: number;
  /** Only called for files small enough. */
  text(): Promise<string>;
}

/**
 * Adds files to the class, in order. Returns the new list (the old one is never changed) and one result per file:
 * a bad file is reported and skipped, the others are added.
 */
export async function importFiles(
  entries: readonly ClassEntry[],
  files: readonly IncomingFile[],
): Promise<{ entries: ClassEntry[]; results: FileResult[] }> {
  const next = [...entries];
  // Fingerprint -> the file imported first with that content. An empty week is not a fingerprint: two students who
  // recorded nothing hand in the same content, and both count.
  const seen = new Map(entries.filter((e) => e.report.totals.count > 0).map((e) => [e.fingerprint, e.name]));
  const results: FileResult[] = [];
  for (const file of files) {
    const name = file.name.slice(0, 120);
    const fail = (error: ImportError) => results.push({ name, ok: false, error });
    if (file.size > MAX_FILE_BYTES) {
      fail({ code: 'too-big' });
      continue;
    }
    if (next.length >= MAX_REPORTS) {
      fail({ code: 'too-many' });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      fail({ code: 'not-json' });
      continue;
    }
    const parsed = parseReport(text);
    if (!parsed.ok) {
      fail(parsed.error);
      continue;
    }
    const fingerprint = await fingerprintOf(parsed.report);
    const first = seen.get(fingerprint);
    if (first !== undefined) {
      // The same hand-in again (exported twice, or the same file chosen twice): counted once, and the teacher is told
      // which file it repeats.
      fail({ code: 'duplicate', detail: first });
      continue;
    }
    if (parsed.report.totals.count > 0) seen.set(fingerprint, name);
    next.push({ name, report: parsed.report, fingerprint });
    results.push({ name, ok: true });
  }
  return { entries: next, results };
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface ClassSummary {
  format: typeof CLASS_FORMAT;
  version: typeof CLASS_VERSION;
  reports: number;
  totals: Tally;
  byKind: Record<Kind, Tally>;
  byPlatform: Partial<Record<Platform, Tally>>;
  byFamily: Record<Family, Tally>;
  byValue: Record<Value, Tally>;
  /** Seconds: measured (CAPTCHAs, feeds) and estimated (the per-gesture defaults of lib/figures.ts). */
  time: TimeSplit;
  perReport: Tally[];
  /** Per kind, how many gestures the students made: the least, the middle one, the most. */
  spread: Record<Kind, Spread>;
  /** Per student: all their gestures, and their time (measured plus estimated, seconds). */
  perStudent: { gestures: Spread; seconds: Spread };
  captchas: { solved: number; rounds: number; labels: Record<string, number> };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : round1((s[mid - 1]! + s[mid]!) / 2);
}

const spreadOf = (values: number[]): Spread => ({
  min: values.length ? Math.min(...values) : 0,
  median: median(values),
  max: values.length ? Math.max(...values) : 0,
});

/**
 * A hand-in as the report page's Summary, so the same time and pay code (lib/estimates.ts, components/Valuation.tsx)
 * serves the class. A hand-in holds counts and measured seconds, not how many gestures were timed: a kind with
 * measured seconds counts as timed (but for passive CAPTCHAs, which take no time), a kind without as untimed, so
 * its time is estimated. Only CAPTCHAs and feed views are ever timed, and a CAPTCHA is timed from shown to solved.
 */
export function handInSummary(r: AnonymizedReport): Summary {
  const byKind = Object.fromEntries(
    KINDS.map((k) => {
      const t = r.byKind[k];
      const timed = t.seconds > 0 ? Math.max(0, t.count - (k === 'captcha' ? r.captchas.passive : 0)) : 0;
      return [k, { count: t.count, seconds: t.seconds, timed }];
    }),
  ) as Summary['byKind'];
  return {
    totals: { ...r.totals, timed: KINDS.reduce((n, k) => n + byKind[k].timed, 0) },
    byKind,
    byPlatform: r.byPlatform,
    byFamily: r.byFamily,
    byValue: r.byValue,
    captchas: r.captchas,
    days: r.days,
  };
}

/** The whole class as one Summary (for the pay line and its sources): every count and second summed. */
export function classAsSummary(reports: readonly AnonymizedReport[]): Summary {
  const zero = () => ({ count: 0, seconds: 0 });
  const out: Summary = {
    totals: { count: 0, seconds: 0, timed: 0 },
    byKind: Object.fromEntries(KINDS.map((k) => [k, { count: 0, seconds: 0, timed: 0 }])) as Summary['byKind'],
    byPlatform: {},
    byFamily: Object.fromEntries(FAMILIES.map((f) => [f, zero()])) as Summary['byFamily'],
    byValue: Object.fromEntries(VALUES.map((v) => [v, zero()])) as Summary['byValue'],
    captchas: { solved: 0, passive: 0, rounds: 0, seconds: 0, labels: {} },
    days: [],
  };
  const add = (into: Tally & { timed?: number }, t: Tally & { timed?: number }) => {
    into.count += t.count;
    into.seconds = round1(into.seconds + t.seconds);
    if (into.timed !== undefined) into.timed += t.timed ?? 0;
  };
  for (const r of reports) {
    const s = handInSummary(r);
    add(out.totals, s.totals);
    for (const k of KINDS) add(out.byKind[k], s.byKind[k]);
    for (const f of FAMILIES) add(out.byFamily[f], s.byFamily[f]);
    for (const v of VALUES) add(out.byValue[v], s.byValue[v]);
    for (const [p, t] of Object.entries(s.byPlatform) as [Platform, Tally][]) add((out.byPlatform[p] ??= zero()), t);
    const c = out.captchas;
    c.solved += s.captchas.solved;
    c.passive += s.captchas.passive;
    c.rounds += s.captchas.rounds;
    c.seconds = round1(c.seconds + s.captchas.seconds);
    for (const [l, n] of Object.entries(s.captchas.labels)) c.labels[l] = (c.labels[l] ?? 0) + n;
  }
  return out;
}

export function classSummary(reports: readonly AnonymizedReport[]): ClassSummary {
  const totals = { count: 0, seconds: 0 };
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { count: 0, seconds: 0 }])) as Record<Kind, Tally>;
  const byPlatform: Partial<Record<Platform, Tally>> = {};
  const labels: Record<string, number> = {};
  let solved = 0;
  let rounds = 0;
  for (const r of reports) {
    totals.count += r.totals.count;
    totals.seconds = round1(totals.seconds + r.totals.seconds);
    for (const k of KINDS) {
      byKind[k].count += r.byKind[k].count;
      byKind[k].seconds = round1(byKind[k].seconds + r.byKind[k].seconds);
    }
    for (const [p, t] of Object.entries(r.byPlatform) as [Platform, Tally][]) {
      const sum = (byPlatform[p] ??= { count: 0, seconds: 0 });
      sum.count += t.count;
      sum.seconds = round1(sum.seconds + t.seconds);
    }
    for (const [l, n] of Object.entries(r.captchas.labels)) labels[l] = (labels[l] ?? 0) + n;
    solved += r.captchas.solved;
    rounds += r.captchas.rounds;
  }
  const spread = Object.fromEntries(KINDS.map((k) => [k, spreadOf(reports.map((r) => r.byKind[k].count))])) as Record<Kind, Spread>;
  const all = classAsSummary(reports);
  const time = timeOf(all);
  const studentSeconds = reports.map((r) => {
    const t = timeOf(handInSummary(r));
    return round1(t.measured + t.estimated);
  });
  return {
    format: CLASS_FORMAT,
    version: CLASS_VERSION,
    reports: reports.length,
    totals,
    byKind,
    byPlatform,
    byFamily: all.byFamily,
    byValue: all.byValue,
    time: { measured: round1(time.measured), estimated: round1(time.estimated) },
    perReport: reports.map((r) => ({ count: r.totals.count, seconds: r.totals.seconds })),
    spread,
    perStudent: { gestures: spreadOf(reports.map((r) => r.totals.count)), seconds: spreadOf(studentSeconds) },
    captchas: { solved, rounds, labels },
  };
}

/** Real weeks and practice hand-ins, never mixed: each gets its own summary. */
export function splitClass(entries: readonly ClassEntry[]): { real: AnonymizedReport[]; practice: AnonymizedReport[] } {
  return {
    real: entries.filter((e) => !e.report.practice).map((e) => e.report),
    practice: entries.filter((e) => e.report.practice).map((e) => e.report),
  };
}

/** The class summary file: the real weeks' summary, with the practice hand-ins' own summary under `practice`. */
export function classExport(entries: readonly ClassEntry[]): ClassSummary & { practice?: ClassSummary } {
  const { real, practice } = splitClass(entries);
  return { ...classSummary(real), ...(practice.length > 0 ? { practice: classSummary(practice) } : {}) };
}

/** Entries sorted by count, largest first, ties by name: for the "top" lists. */
export const top = <V extends number | Tally>(o: Partial<Record<string, V>>, n = 5): [string, number][] =>
  Object.entries(o)
    .map(([k, v]): [string, number] => [k, typeof v === 'number' ? v : (v as Tally).count])
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n);
