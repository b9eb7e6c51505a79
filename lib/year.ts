/**
 * A year in review (issue 16): a calendar year's rollups read through summarize() (lib/report.ts), plus what the
 * page shows at a glance: months, the busiest week, the CAPTCHAs and what they asked to label, the time and the pay.
 */
import { estimateSources, payFor, timeOf, type TimeSplit, type Wage } from './estimates';
import type { Platform } from './events';
import type { FigureId } from './figures';
import { weekOf, type Period } from './period';
import { summarize, type Row, type Summary } from './report';

export interface YearReview {
  year: number;
  /** 1 January to 31 December, or to today in the current year. */
  period: Period;
  summary: Summary;
  time: TimeSplit;
  gross: number;
  paid: number;
  months: { month: number; count: number; seconds: number }[];
  /** The week with the most gestures (the earliest of equals), null when nothing was counted. */
  topWeek: (Period & { count: number }) | null;
  /** Days with at least one gesture. */
  activeDays: number;
  platforms: [Platform, number][];
  labels: [string, number][];
  figures: FigureId[];
  own: boolean;
}

/** The year's period: up to `today` when the year is the current one. */
export function yearPeriod(year: number, today: string): Period {
  const start = `${String(year).padStart(4, '0')}-01-01`;
  const end = `${String(year).padStart(4, '0')}-12-31`;
  return { start, end: today >= start && today < end ? today : end };
}

export function yearReview(rows: Iterable<Row>, year: number, today: string, wage: Wage): YearReview {
  const period = yearPeriod(year, today);
  const summary = summarize(rows, period);
  const time = timeOf(summary);
  const months = Array.from({ length: 12 }, (_, month) => ({ month, count: 0, seconds: 0 }));
  const weeks = new Map<string, number>();
  let activeDays = 0;
  for (const d of summary.days) {
    const m = months[Number(d.date.slice(5, 7)) - 1]!;
    m.count += d.count;
    m.seconds += d.seconds;
    if (d.count > 0) activeDays++;
    const w = weekOf(d.date).start;
    weeks.set(w, (weeks.get(w) ?? 0) + d.count);
  }
  let topWeek: YearReview['topWeek'] = null;
  for (const [start, count] of weeks) {
    if (count > 0 && (!topWeek || count > topWeek.count)) topWeek = { ...weekOf(start), count };
  }
  const desc = <K extends string>(o: Partial<Record<K, number>>) =>
    (Object.entries(o) as [K, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const src = estimateSources(summary);
  return {
    year,
    period,
    summary,
    time,
    gross: payFor(time.measured + time.estimated, wage),
    paid: 0,
    months,
    topWeek,
    activeDays,
    platforms: desc(Object.fromEntries(Object.entries(summary.byPlatform).map(([p, v]) => [p, v!.count])) as Partial<Record<Platform, number>>),
    labels: desc(summary.captchas.labels),
    figures: [...src.figures, ...(wage.figure ? [wage.figure] : [])],
    own: src.own,
  };
}
