/**
 * The report's first frame from the popup's summary (issue 14, lib/report.ts summarizeFromSummary): for random
 * multi-day weeks it equals `summarize` of the week's rollup rows, every field (totals, kinds, platforms, families,
 * values, CAPTCHA labels, rounds, passive checks, measured seconds, the days), and so does the payslip built from its
 * rows; whether the summary was rebuilt from the rollups or kept up to date event by event as the background does.
 */
import { describe, expect, it } from 'vitest';
import { emptyRollup, addToRollup, type Rollup } from '@/lib/db';
import { KINDS, type Kind, type LaborEvent, type Platform } from '@/lib/events';
import { buildPayslip } from '@/lib/payslip';
import { addDays, weekOf } from '@/lib/period';
import { summarize, summarizeFromSummary } from '@/lib/report';
import { addEvents, SUMMARY_DAYS, summaryFromRows } from '@/lib/summary';
import type { Wage } from '@/lib/estimates';

/** mulberry32: the same random weeks at every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORMS: Platform[] = ['x', 'youtube', 'reddit', 'instagram', 'mastodon', 'facebook'];
const CAPTCHAS: Platform[] = ['recaptcha', 'hcaptcha', 'turnstile'];
const LABELS = ['crosswalk', 'bus', 'traffic light', 'bicycle', 'fire hydrant'];

/** Events of the 14 days ending on `today`, as the recorder stores them (measured times rounded to tenths). */
function events(rnd: () => number, today: string, n: number): LaborEvent[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: LaborEvent[] = [];
  for (let i = 0; i < n; i++) {
    const day = addDays(today, -Math.floor(rnd() * SUMMARY_DAYS));
    const kind: Kind = rnd() < 0.2 ? 'captcha' : pick(KINDS);
    const platform = kind === 'captcha' ? pick(CAPTCHAS) : pick(PLATFORMS);
    const e: LaborEvent = { uid: `e${i}`, at: 0, day, kind, platform, site: 'example.org' };
    if (kind === 'captcha') {
      if (rnd() < 0.3) e.passive = true;
      else {
        e.seconds = Math.round(rnd() * 90 * 10) / 10;
        e.rounds = 1 + Math.floor(rnd() * 4);
        if (rnd() < 0.8) e.labels = [...new Set([pick(LABELS), pick(LABELS)])];
      }
    } else if (rnd() < 0.5) e.seconds = Math.round(rnd() * 120 * 10) / 10;
    out.push(e);
  }
  return out;
}

function rollups(es: LaborEvent[]): Rollup[] {
  const rows = new Map<string, Rollup>();
  for (const e of es) {
    const key = `${e.day}|${e.kind}|${e.platform}`;
    rows.set(key, addToRollup(rows.get(key) ?? emptyRollup(e.day, e.kind, e.platform), e));
  }
  return [...rows.values()];
}

const SMIC: Wage = { ref: 'locale', rate: 12.02, currency: 'EUR', figure: 'smicHourly' };

describe('report from the summary', () => {
  it('equals summarize of the week’s rollups, and the payslip of its rows the payslip of the rollups (random weeks)', () => {
    const rnd = random(20261130);
    let days = 0;
    let captchas = 0;
    for (let trial = 0; trial < 150; trial++) {
      // Any weekday of a few weeks around a year end, a month end and a DST change.
      const today = addDays('2026-10-20', Math.floor(rnd() * 90));
      const week = weekOf(today);
      const es = events(rnd, today, 1 + Math.floor(rnd() * 400));
      const rows = rollups(es);
      const inWeek = rows.filter((r) => r.day >= week.start && r.day <= week.end);
      const expected = summarize(inWeek, week);
      // Rebuilt from the rollups (a new day, a restart), and kept event by event (today's events added one batch at a time).
      const rebuilt = summaryFromRows(rows, today, 0);
      const kept = summaryFromRows(rollups(es.filter((e) => e.day !== today)), today, 0);
      const todays = es.filter((e) => e.day === today);
      for (let i = 0; i < todays.length; i += 7) expect(addEvents(kept, todays.slice(i, i + 7))).toBe(true);
      for (const s of [rebuilt, kept]) {
        expect(summarizeFromSummary(s)).toEqual(expected);
        expect(buildPayslip(s.thisWeek, week, SMIC)).toEqual(buildPayslip(inWeek, week, SMIC));
      }
      days += new Set(inWeek.map((r) => r.day)).size;
      captchas += expected.captchas.solved + expected.captchas.passive;
      if (trial === 0) expect(expected.totals.count).toBeGreaterThan(0);
    }
    // The weeks had several days each, and CAPTCHAs with labels, rounds, passive checks and measured seconds.
    expect(days / 150).toBeGreaterThan(2);
    expect(captchas).toBeGreaterThan(1000);
  });

  it('a time not in tenths (restored from a file made elsewhere): null, the report waits for the database', () => {
    const today = '2026-11-22';
    const s = summaryFromRows(rollups([{ uid: 'a', at: 0, day: today, kind: 'post-view', platform: 'x', site: 'x.com', seconds: 2.345 }]), today, 0);
    expect(summarizeFromSummary(s)).toBeNull();
    const fine = summaryFromRows(rollups([{ uid: 'a', at: 0, day: today, kind: 'post-view', platform: 'x', site: 'x.com', seconds: 2.3 }]), today, 0);
    expect(summarizeFromSummary(fine)?.totals).toEqual({ count: 1, seconds: 2.3, timed: 1 });
  });
});
