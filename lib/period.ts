/** Local calendar days as `YYYY-MM-DD` strings, and weeks from Monday to Sunday (ISO 8601). */
import { dayOf } from './events';

export interface Period {
  start: string;
  end: string;
}

/** Noon avoids daylight-saving edges when stepping days. */
export const parseDay = (day: string): Date => new Date(`${day}T12:00:00`);

export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  d.setDate(d.getDate() + n);
  return dayOf(d.getTime());
}

export function weekOf(day: string): Period {
  const weekday = (parseDay(day).getDay() + 6) % 7; // Monday = 0
  const start = addDays(day, -weekday);
  return { start, end: addDays(start, 6) };
}

export function daysOf({ start, end }: Period): string[] {
  const out: string[] = [];
  for (let d = start; d <= end && out.length < 3700; d = addDays(d, 1)) out.push(d);
  return out;
}

export const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(parseDay(s).getTime());
