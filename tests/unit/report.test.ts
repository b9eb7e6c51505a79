import { describe, expect, it } from 'vitest';
import { KINDS, type LaborEvent } from '@/lib/events';
import { addDays, daysOf, weekOf } from '@/lib/period';
import { buildReport, eventsCsv, summarize, eventRow } from '@/lib/report';

const at = (day: string, h: number) => new Date(`${day}T${String(h).padStart(2, '0')}:00:00`).getTime();
const ev = (day: string, e: Partial<LaborEvent>): LaborEvent => ({
  uid: `u${Math.random()}`, at: at(day, 10), day, kind: 'reaction', platform: 'x', site: 'x.com', ...e,
});

const EVENTS: LaborEvent[] = [
  ev('2026-11-16', {}),
  ev('2026-11-16', { kind: 'share' }),
  ev('2026-11-18', { kind: 'post-view', platform: 'reddit', site: 'www.reddit.com', seconds: 40 }),
  ev('2026-11-20', { kind: 'captcha', platform: 'recaptcha', site: 'shop.example', seconds: 21.5, rounds: 2, labels: ['crosswalk', 'bus'] }),
  ev('2026-11-22', { kind: 'captcha', platform: 'recaptcha', site: 'shop.example', passive: true }),
  ev('2026-11-23', {}), // the next week
];
const WEEK = { start: '2026-11-16', end: '2026-11-22' };

describe('periods', () => {
  it('weeks run Monday to Sunday', () => {
    expect(weekOf('2026-11-22')).toEqual(WEEK); // a Sunday
    expect(weekOf('2026-11-16')).toEqual(WEEK); // a Monday
    expect(weekOf('2026-03-29')).toEqual({ start: '2026-03-23', end: '2026-03-29' }); // DST change in Europe
    expect(daysOf(WEEK)).toHaveLength(7);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('JSON report v1', () => {
  const report = buildReport(EVENTS, WEEK, new Date('2026-11-22T20:00:00Z'));

  it('has the documented header and totals', () => {
    expect(report).toMatchObject({
      format: 'digital-labor-report',
      version: 1,
      generatedAt: '2026-11-22T20:00:00.000Z',
      period: WEEK,
      anonymized: false,
      totals: { count: 5, seconds: 61.5 },
    });
  });

  it('splits by kind (every kind), platform, family and value', () => {
    expect(Object.keys(report.byKind)).toEqual([...KINDS]);
    expect(report.byKind.reaction).toEqual({ count: 1, seconds: 0 });
    expect(report.byKind.captcha).toEqual({ count: 2, seconds: 21.5 });
    expect(report.byKind.comment).toEqual({ count: 0, seconds: 0 });
    expect(report.byPlatform).toEqual({
      x: { count: 2, seconds: 0 },
      reddit: { count: 1, seconds: 40 },
      recaptcha: { count: 2, seconds: 21.5 },
    });
    expect(report.byFamily).toEqual({ social: { count: 3, seconds: 40 }, micro: { count: 2, seconds: 21.5 }, 'on-demand': { count: 0, seconds: 0 } });
    expect(report.byValue).toEqual({
      qualification: { count: 1, seconds: 0 },
      monetisation: { count: 2, seconds: 40 },
      automation: { count: 2, seconds: 21.5 },
    });
  });

  it('sums CAPTCHAs, keeping passive scoring apart from solved challenges', () => {
    expect(report.captchas).toEqual({ solved: 1, passive: 1, rounds: 2, seconds: 21.5, labels: { crosswalk: 1, bus: 1 } });
  });

  it('lists every day and only the period’s events', () => {
    expect(report.days.map((d) => d.date)).toEqual(daysOf(WEEK));
    expect(report.days[0]).toEqual({ date: '2026-11-16', count: 2, seconds: 0 });
    expect(report.events).toHaveLength(5);
    expect(report.events![3]).toEqual({
      at: new Date(at('2026-11-20', 10)).toISOString(), kind: 'captcha', platform: 'recaptcha', site: 'shop.example',
      seconds: 21.5, rounds: 2, labels: ['crosswalk', 'bus'],
    });
  });

  it('gives the same totals from rollups as from events', () => {
    const fromEvents = summarize(EVENTS.map(eventRow), WEEK);
    const byDay = new Map<string, ReturnType<typeof eventRow>>();
    for (const e of EVENTS) {
      const r = eventRow(e);
      const key = `${r.day}|${r.kind}|${r.platform}`;
      const prev = byDay.get(key);
      if (!prev) byDay.set(key, r);
      else {
        prev.count += r.count;
        prev.seconds += r.seconds;
        prev.timed += r.timed;
        prev.rounds += r.rounds;
        prev.passive += r.passive;
        for (const [l, n] of Object.entries(r.labels)) prev.labels[l] = (prev.labels[l] ?? 0) + n;
      }
    }
    expect(summarize(byDay.values(), WEEK)).toEqual(fromEvents);
  });
});

describe('CSV of events', () => {
  it('has one row per event with a header, RFC 4180 quoting', () => {
    const csv = eventsCsv([EVENTS[3]!, ev('2026-11-20', { site: 'we,ird"host' })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('at,day,kind,platform,site,seconds,rounds,labels,passive');
    expect(lines[1]).toBe(`${new Date(at('2026-11-20', 10)).toISOString()},2026-11-20,captcha,recaptcha,shop.example,21.5,2,crosswalk;bus,`);
    expect(lines[2]).toContain(',"we,ird""host",');
    expect(lines).toHaveLength(4);
  });
});
