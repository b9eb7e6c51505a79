/** lib/trends.ts: weekly series by family, the weekday x hour grid (local time, DST days), per-platform series. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LaborDB, recordEvents, rollupsBetween } from '@/lib/db';
import { dayOf, type Kind, type LaborEvent, type Platform } from '@/lib/events';
import { daysOf, weekOf } from '@/lib/period';
import { eventRow } from '@/lib/report';
import { busiestHour, dayStart, hourGrid, platformSeries, rowEstimate, weeklySeries, weeksPeriod, weekTimes } from '@/lib/trends';

// Paris: summer time starts on Sunday 29 March 2026 (02:00 -> 03:00) and ends on Sunday 25 October 2026 (03:00 -> 02:00).
const tz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  process.env.TZ = tz;
});

let n = 0;
const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const ev = (time: number, kind: Kind = 'reaction', platform: Platform = 'x', extra: Partial<LaborEvent> = {}): LaborEvent => ({
  uid: `t-${++n}`,
  at: time,
  day: dayOf(time),
  kind,
  platform,
  site: 'x.com',
  ...extra,
});

describe('weeks', () => {
  it('weeks start on the day lib/period.ts weeks start on, across a month and a year', () => {
    const p = weeksPeriod('2026-01-07', 12);
    expect(p).toEqual({ start: weekOf('2025-10-20').start, end: weekOf('2026-01-07').end });
    const s = weeklySeries([], '2026-01-07', 12);
    expect(s).toHaveLength(12);
    expect(s.map((w) => w.start)).toEqual(s.map((w) => weekOf(w.start).start));
    for (let i = 1; i < s.length; i++) expect(weekOf(s[i]!.start).start > s[i - 1]!.end).toBe(true);
    expect(s.at(-1)!.end).toBe(weekOf('2026-01-07').end);
    expect(s.every((w) => w.count === 0 && w.byFamily.social.count === 0)).toBe(true);
  });

  it('a week that spans the summer-time change is still seven days', () => {
    const s = weeklySeries([], '2026-10-25', 2);
    expect(s.map((w) => [w.start, w.end])).toEqual([
      [weekOf('2026-10-18').start, weekOf('2026-10-18').end],
      [weekOf('2026-10-25').start, weekOf('2026-10-25').end],
    ]);
  });

  it('sums gestures and time by family; the days on a week boundary go to their own week; empty weeks stay', () => {
    const w = weekOf('2026-11-18');
    const rows = [
      ev(at(2026, 11, 16, 0, 5), 'reaction'),
      ev(at(2026, 11, 16, 9), 'captcha', 'recaptcha', { seconds: 20 }),
      ev(at(2026, 11, 16, 9), 'captcha', 'recaptcha', { passive: true }),
      ev(at(2026, 11, 15, 23, 55), 'comment'),
      ev(at(2026, 11, 2, 12), 'rating', 'amazon'),
    ].map(eventRow);
    const s = weeklySeries(rows, '2026-11-18', 4);
    const last = s.at(-1)!;
    expect(last.start).toBe(w.start);
    const firstDayIn = (day: string) => s.find((p) => day >= p.start && day <= p.end)!;
    // 23:55 on Sunday 15 is the week before (ISO weeks, as lib/period.ts); 00:05 on Monday 16 is this week.
    expect(firstDayIn('2026-11-16').count).toBe(3);
    expect(firstDayIn('2026-11-15').count).toBe(1);
    expect(s.reduce((a, p) => a + p.count, 0)).toBe(5);
    expect(last.byFamily.micro.measured).toBe(20);
    // A passive CAPTCHA took no time of its own: no estimate.
    expect(last.byFamily.micro.estimated).toBe(0);
    expect(firstDayIn('2026-11-02').byFamily['on-demand'].count).toBe(1);
    expect(s.filter((p) => p.count === 0).length).toBeGreaterThanOrEqual(1);
  });

  it('rowEstimate: untimed gestures only', () => {
    expect(rowEstimate({ kind: 'comment', count: 3, timed: 1, passive: 0 })).toBeGreaterThan(0);
    expect(rowEstimate({ kind: 'captcha', count: 2, timed: 1, passive: 1 })).toBe(0);
    expect(rowEstimate({ kind: 'post-view', count: 9, timed: 0, passive: 0 })).toBe(0);
  });
});

describe('hour grid', () => {
  it('local day and hour; minutes before and after midnight land on their own day', () => {
    const week = weekOf('2026-11-18');
    const g = hourGrid([at(2026, 11, 18, 21, 30), at(2026, 11, 18, 21, 59), at(2026, 11, 18, 22), at(2026, 11, 23, 0, 1), at(2026, 11, 15, 23, 59)], week);
    expect(g).toHaveLength(7);
    expect(g.every((r) => r.length === 24)).toBe(true);
    const wed = daysOf(week).indexOf('2026-11-18');
    expect(g[wed]![21]).toBe(2);
    expect(g[wed]![22]).toBe(1);
    expect(g.flat().reduce((a, b) => a + b, 0)).toBe(3);
    expect(busiestHour(g)).toEqual({ day: wed, hour: 21, count: 2 });
  });

  it('empty week: all zeros, no busiest hour', () => {
    const g = hourGrid([], weekOf('2026-11-18'));
    expect(g.flat().every((c) => c === 0)).toBe(true);
    expect(busiestHour(g)).toBeNull();
  });

  it('DST days: the repeated hour of 25 October counts twice at 02 h; 29 March has no 02 h', () => {
    const autumn = dayStart('2026-10-25');
    expect(dayStart('2026-10-26') - autumn).toBe(25 * 3600e3);
    const hours = Array.from({ length: 25 }, (_, i) => autumn + i * 3600e3);
    const g = hourGrid(hours, weekOf('2026-10-25'));
    const sun = g.findIndex((r) => r.some((c) => c > 0));
    expect(g[sun]!.reduce((a, b) => a + b, 0)).toBe(25);
    expect(g[sun]![2]).toBe(2);
    expect(g[sun]![3]).toBe(1);

    const spring = dayStart('2026-03-29');
    expect(dayStart('2026-03-30') - spring).toBe(23 * 3600e3);
    const g2 = hourGrid(Array.from({ length: 23 }, (_, i) => spring + i * 3600e3), weekOf('2026-03-29'));
    const sun2 = g2.findIndex((r) => r.some((c) => c > 0));
    expect(g2[sun2]![2]).toBe(0);
    expect(g2[sun2]!.filter((c) => c === 1)).toHaveLength(23);
  });
});

describe('from the database', () => {
  let db: LaborDB;
  afterEach(() => db.close());

  it('weekTimes reads the week through the `at` index, from local midnight to local midnight (25 h on a DST day)', async () => {
    db = new LaborDB(`trends-${Math.random()}`);
    const week = weekOf('2026-10-25');
    const before = dayStart(week.start) - 1;
    const after = dayStart('2026-10-26');
    await recordEvents(db, [ev(before), ev(dayStart(week.start)), ev(at(2026, 10, 25, 2, 30)), ev(at(2026, 10, 25, 2, 30) + 3600e3), ev(after - 1), ev(after)]);
    const times = await weekTimes(db, week);
    expect(times).toHaveLength(4);
    expect(times.every((t) => typeof t === 'number')).toBe(true);
    expect(hourGrid(times, week)[6]![2]).toBe(2);
  });

  it('platformSeries: per platform, each day of the week, busiest first, from rollups', async () => {
    db = new LaborDB(`trends-${Math.random()}`);
    const week = weekOf('2026-11-18');
    await recordEvents(db, [
      ev(at(2026, 11, 16, 10), 'reaction', 'youtube'),
      ev(at(2026, 11, 16, 11), 'reaction', 'youtube'),
      ev(at(2026, 11, 22, 11), 'search', 'youtube'),
      ev(at(2026, 11, 17, 11), 'captcha', 'hcaptcha'),
      ev(at(2026, 11, 9, 11), 'reaction', 'x'),
    ]);
    const s = platformSeries(await rollupsBetween(db, week.start, week.end), week);
    expect(s.map((p) => [p.platform, p.total, p.family])).toEqual([
      ['youtube', 3, 'social'],
      ['hcaptcha', 1, 'micro'],
    ]);
    expect(s[0]!.days).toHaveLength(7);
    expect(s[0]!.days.reduce((a, b) => a + b, 0)).toBe(3);
    expect(platformSeries([], week)).toEqual([]);
  });
});
