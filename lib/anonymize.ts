/**
 * The anonymised hand-in: what a student gives a teacher. It keeps only platform ids, kinds, families and values,
 * day totals, CAPTCHA totals and normalised labels. No `events`, no `site`, no hostname anywhere.
 *
 * Nothing is copied through: every key is checked against the fixed lists of lib/events.ts and
 * lib/captcha-labels.ts, so even a crafted report (a hostname smuggled into a platform or label field) cannot leak
 * one. Unknown platforms are dropped (their gestures stay in the totals by kind); unknown labels count as `other`.
 */
import { LABELS, OTHER_LABEL } from './captcha-labels';
import { FAMILIES, VALUES } from './concepts';
import { KINDS, PLATFORMS, type Platform } from './events';
import { isDay } from './period';
import { REPORT_FORMAT, REPORT_VERSION, type ReportV1, type Tally } from './report';

/**
 * `practice: true` marks a hand-in of the practice sandbox's counts (lib/practice.ts `practiceHandIn`): the class view
 * shows it apart from real weeks. Absent on every real hand-in (and on every hand-in made before it existed).
 */
export type AnonymizedReport = Omit<ReportV1, 'events' | 'anonymized'> & { anonymized: true; practice?: true };

export const KNOWN_LABELS: ReadonlySet<string> = new Set([...Object.keys(LABELS), OTHER_LABEL]);
const KNOWN_PLATFORMS: ReadonlySet<string> = new Set(PLATFORMS);

const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : 0);
const tally = (t: Partial<Tally> | undefined): Tally => ({ count: num(t?.count), seconds: num(t?.seconds) });
const isoOrEpoch = (s: string) => {
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
};

/** A report (ours or an imported one already checked by lib/class.ts) -> its anonymised form, built key by key. */
export function anonymize(report: ReportV1 | AnonymizedReport): AnonymizedReport {
  const byPlatform: Partial<Record<Platform, Tally>> = {};
  for (const [p, t] of Object.entries(report.byPlatform)) {
    if (KNOWN_PLATFORMS.has(p)) byPlatform[p as Platform] = tally(t);
  }
  const labels: Record<string, number> = {};
  for (const [l, n] of Object.entries(report.captchas.labels)) {
    const id = KNOWN_LABELS.has(l) ? l : OTHER_LABEL;
    labels[id] = (labels[id] ?? 0) + num(n);
  }
  const c = report.captchas;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generatedAt: isoOrEpoch(report.generatedAt),
    period: {
      start: isDay(report.period.start) ? report.period.start : '1970-01-01',
      end: isDay(report.period.end) ? report.period.end : '1970-01-01',
    },
    anonymized: true,
    totals: tally(report.totals),
    byKind: Object.fromEntries(KINDS.map((k) => [k, tally(report.byKind[k])])) as AnonymizedReport['byKind'],
    byPlatform,
    byFamily: Object.fromEntries(FAMILIES.map((f) => [f, tally(report.byFamily[f])])) as AnonymizedReport['byFamily'],
    byValue: Object.fromEntries(VALUES.map((v) => [v, tally(report.byValue[v])])) as AnonymizedReport['byValue'],
    captchas: { solved: num(c.solved), passive: num(c.passive), rounds: num(c.rounds), seconds: num(c.seconds), labels },
    days: report.days
      .filter((d) => isDay(d.date))
      .map((d) => ({ date: d.date, count: num(d.count), seconds: num(d.seconds) })),
    // Only the literal `true` marks practice; anything else (a real report, a crafted value) is a real hand-in.
    ...('practice' in report && report.practice === true ? { practice: true as const } : {}),
  };
}
