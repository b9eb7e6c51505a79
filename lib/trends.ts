/**
 * Rhythms and trends (issue 16): the data behind the report's charts, as pure functions over what is already stored.
 *
 * - weekly series by family: from the daily rollups (a year of them is a few thousand rows, never the events);
 * - the weekday x hour-of-day grid of one week: from the events' stored time `at` alone, read through the `at`
 *   index as keys only (no event object is loaded), the hour taken in the browser's local time; nothing new stored;
 * - per-platform daily series of one week: from the rollups.
 *
 * Weeks are lib/period.ts weeks (`weekOf`), so the charts start their weeks on the same day as the report does.
 * Time is the report's: measured where measured, per-gesture estimates otherwise (lib/estimates.ts), kept apart.
 */
import { FAMILIES, familyOf, type Family } from './concepts';
import type { LaborDB } from './db';
import { dayOf, type Platform } from './events';
import { DEFAULT_GESTURE_SECONDS } from './figures';
import { addDays, daysOf, parseDay, weekOf, type Period } from './period';
import type { Row } from './report';

export interface FamilyTally {
  count: number;
  /** Measured seconds. */
  measured: number;
  /** Estimated seconds of the gestures without a measured time. */
  estimated: number;
}

export interface WeekPoint extends FamilyTally {
  /** The week's first and last local days. */
  start: string;
  end: string;
  byFamily: Record<Family, FamilyTally>;
}

const emptyTally = (): FamilyTally => ({ count: 0, measured: 0, estimated: 0 });
const round1 = (n: number) => Math.round(n * 10) / 10;

/** A rollup row's estimated time: its untimed gestures at their kind's default (a passive CAPTCHA took none). */
export function rowEstimate(r: Pick<Row, 'kind' | 'count' | 'timed' | 'passive'>): number {
  const untimed = Math.max(0, r.count - r.timed - (r.kind === 'captcha' ? r.passive : 0));
  return untimed * DEFAULT_GESTURE_SECONDS[r.kind];
}

function addRow(t: FamilyTally, r: Row) {
  t.count += r.count;
  t.measured = round1(t.measured + r.seconds);
  t.estimated = round1(t.estimated + rowEstimate(r));
}

/** The `weeks` weeks ending with the week of `lastDay`, oldest first, as a period. */
export function weeksPeriod(lastDay: string, weeks: number): Period {
  const last = weekOf(lastDay);
  return { start: weekOf(addDays(last.start, -7 * (weeks - 1))).start, end: last.end };
}

/** Gestures and time per week, by family, for the `weeks` weeks ending with the week of `lastDay`; empty weeks too. */
export function weeklySeries(rows: Iterable<Row>, lastDay: string, weeks: number): WeekPoint[] {
  const out: WeekPoint[] = [];
  let start = weeksPeriod(lastDay, weeks).start;
  for (let i = 0; i < weeks; i++) {
    const w = weekOf(start);
    out.push({ start: w.start, end: w.end, ...emptyTally(), byFamily: Object.fromEntries(FAMILIES.map((f) => [f, emptyTally()])) as WeekPoint['byFamily'] });
    start = addDays(w.end, 1);
  }
  for (const r of rows) {
    // Weeks are consecutive and sorted: find the row's by its day.
    const w = out.find((p) => r.day >= p.start && r.day <= p.end);
    if (!w) continue;
    addRow(w, r);
    addRow(w.byFamily[familyOf(r.kind)], r);
  }
  return out;
}

/** 7 x 24 gesture counts: `grid[d][h]` for the week's day d (0 = its first day) and local hour h. */
export type HourGrid = number[][];

/** Local midnight starting `day`, as a timestamp (a DST day is 23 or 25 hours long: never add 24 h). */
export const dayStart = (day: string): number => {
  const d = parseDay(day);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
};

/** The grid of `week` from event times (ms): the day and hour each took place at, in local time. */
export function hourGrid(ats: Iterable<number>, week: Period): HourGrid {
  const days = daysOf(week);
  const index = new Map(days.map((d, i) => [d, i]));
  const grid = days.map(() => Array.from({ length: 24 }, () => 0));
  for (const at of ats) {
    const i = index.get(dayOf(at));
    if (i === undefined) continue;
    grid[i]![new Date(at).getHours()]! += 1;
  }
  return grid;
}

/** The week's event times, read as keys of the `at` index: only numbers are loaded, never the events themselves. */
export async function weekTimes(db: LaborDB, week: Period): Promise<number[]> {
  const keys = await db.events.where('at').between(dayStart(week.start), dayStart(addDays(week.end, 1)), true, false).keys();
  return keys as number[];
}

export interface PlatformSeries {
  platform: Platform;
  total: number;
  /** Gestures on each day of the week. */
  days: number[];
  /** The family most of its gestures belong to (the chart's colour). */
  family: Family;
}

/** Per platform, gestures on each day of `week`; busiest platform first, platforms with no gesture left out. */
export function platformSeries(rows: Iterable<Row>, week: Period): PlatformSeries[] {
  const days = daysOf(week);
  const index = new Map(days.map((d, i) => [d, i]));
  const by = new Map<Platform, { days: number[]; families: Record<Family, number> }>();
  for (const r of rows) {
    const i = index.get(r.day);
    if (i === undefined || r.count === 0) continue;
    let p = by.get(r.platform);
    if (!p) by.set(r.platform, (p = { days: days.map(() => 0), families: { social: 0, micro: 0, 'on-demand': 0 } }));
    p.days[i]! += r.count;
    p.families[familyOf(r.kind)] += r.count;
  }
  return [...by.entries()]
    .map(([platform, p]) => ({
      platform,
      days: p.days,
      total: p.days.reduce((a, b) => a + b, 0),
      family: FAMILIES.reduce((best, f) => (p.families[f] > p.families[best] ? f : best), FAMILIES[0] as Family),
    }))
    .sort((a, b) => b.total - a.total || a.platform.localeCompare(b.platform));
}

/** The busiest cell of a grid, or null when the grid is empty. */
export function busiestHour(grid: HourGrid): { day: number; hour: number; count: number } | null {
  let best: { day: number; hour: number; count: number } | null = null;
  grid.forEach((row, day) => row.forEach((count, hour) => {
    if (count > 0 && (!best || count > best.count)) best = { day, hour, count };
  }));
  return best;
}
