/** The unpaid payslip and the year in review (issue 16): their figures are the report's, split and laid out. */
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '@/lib/concepts';
import { payFor, timeOf, type Wage } from '@/lib/estimates';
import { buildPayslip } from '@/lib/payslip';
import { weekOf } from '@/lib/period';
import { eventRow, summarize } from '@/lib/report';
import { yearPeriod, yearReview } from '@/lib/year';
import { aYear, ev, heavyWeek, oneDay, TODAY } from './ui/seed';

const SMIC: Wage = { ref: 'locale', rate: 12.02, currency: 'EUR', figure: 'smicHourly' };
const week = weekOf(TODAY);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-9);

describe('buildPayslip', () => {
  it('one section per family with gestures, lines per platform (most first), totals equal to the report', () => {
    const rows = [...heavyWeek(), ...oneDay(), ev(TODAY, 'rating', 'amazon', { site: 'www.amazon.fr' })].map(eventRow);
    const p = buildPayslip(rows, week, SMIC);
    expect(p.sections.map((s) => s.family)).toEqual(['social', 'micro', 'on-demand']);
    const social = p.sections[0]!;
    expect(social.lines.map((l) => l.platform)).toEqual(['youtube', 'reddit', 'mastodon', 'x']);
    expect(p.sections[1]!.lines.map((l) => l.platform)).toEqual(['recaptcha', 'hcaptcha']); // 7 passive scorings + 1 solved, 7 solved
    expect(p.sections[2]!.lines).toEqual([expect.objectContaining({ platform: 'amazon', count: 1 })]);
    // The whole payslip is the report's summary: same gestures, same time, same pay.
    const s = summarize(rows, week);
    const time = timeOf(s);
    expect(p.total.count).toBe(s.totals.count);
    close(p.total.measured, time.measured);
    close(p.total.estimated, time.estimated);
    close(p.total.gross, payFor(time.measured + time.estimated, SMIC));
    // Lines add up to their section, sections to the total; values split the same total.
    for (const sec of p.sections) {
      expect(sec.lines.reduce((n, l) => n + l.count, 0)).toBe(sec.count);
      close(sec.lines.reduce((n, l) => n + l.gross, 0), sec.gross);
    }
    close(p.sections.reduce((n, x) => n + x.gross, 0), p.total.gross);
    expect(p.values.reduce((n, v) => n + v.count, 0)).toBe(p.total.count);
    expect(p.paid).toBe(0);
    expect(p.net).toBe(0);
    expect(p.employers.slice(0, 3)).toEqual(['youtube', 'reddit', 'recaptcha']);
    expect(p.figures).toContain('smicHourly');
  });

  it('anonymised: one line per family, no platform anywhere', () => {
    const rows = [...heavyWeek(), ...oneDay()].map(eventRow);
    const p = buildPayslip(rows, week, SMIC, { anonymized: true });
    expect(p.sections.map((s) => s.lines.length)).toEqual([1, 1]);
    expect(p.sections.every((s) => s.lines[0]!.platform === null && s.lines[0]!.count === s.count)).toBe(true);
    expect(p.employers).toEqual([]);
    expect(JSON.stringify(p)).not.toMatch(/youtube|reddit|mastodon|recaptcha|hcaptcha|"x"/);
    expect(p.total).toEqual(buildPayslip(rows, week, SMIC).total);
  });

  it('only the period counts; an empty week is a blank payslip that still says paid 0', () => {
    const p = buildPayslip(aYear().map(eventRow), { start: '2030-01-07', end: '2030-01-13' }, SMIC);
    expect(p.sections).toEqual([]);
    expect(p.total).toEqual({ count: 0, measured: 0, estimated: 0, gross: 0 });
    expect(p.values.map((v) => v.value)).toEqual(['qualification', 'monetisation', 'automation']);
    expect(p.net).toBe(0);
  });
});

describe('yearReview', () => {
  it('the current year runs to today; an earlier one to 31 December', () => {
    expect(yearPeriod(2026, '2026-11-22')).toEqual({ start: '2026-01-01', end: '2026-11-22' });
    expect(yearPeriod(2025, '2026-11-22')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('totals, months, the busiest week, CAPTCHAs and their labels, the pay line', () => {
    const rows = [...aYear(), ...heavyWeek(), ...oneDay()].map(eventRow);
    const y = yearReview(rows, 2026, TODAY, SMIC);
    const s = summarize(rows, { start: '2026-01-01', end: TODAY });
    expect(y.summary.totals.count).toBe(s.totals.count);
    expect(y.months.reduce((n, m) => n + m.count, 0)).toBe(s.totals.count);
    expect(y.months[11]!.count).toBe(0); // December has not come yet
    expect(y.topWeek).toEqual({ start: '2026-11-16', end: '2026-11-22', count: expect.any(Number) });
    expect(y.topWeek!.count).toBe(heavyWeek().length + oneDay().length + 7 * 6);
    expect(y.activeDays).toBe(326); // 1 January to 22 November
    expect(y.labels).toEqual([['bus', 7], ['crosswalk', 1], ['traffic light', 1]]);
    expect(y.platforms[0]![0]).toBe('instagram');
    close(y.gross, payFor(y.time.measured + y.time.estimated, SMIC));
    expect(y.paid).toBe(0);
    for (const f of FAMILIES) expect(y.summary.byFamily[f].count).toBe(s.byFamily[f].count);
  });

  it('a year with nothing counted has no busiest week', () => {
    const y = yearReview([], 2024, TODAY, SMIC);
    expect(y.topWeek).toBeNull();
    expect(y.activeDays).toBe(0);
    expect(y.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
});
