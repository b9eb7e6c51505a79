/**
 * The unpaid payslip: a period's rollups laid out as a pay stub (fr: bulletin de paie). One section per family of
 * digital labor (Casilli, part 2), one line per platform in it (or, anonymised, one line per family: no site name
 * for a classroom poster), the time measured and estimated, the reference rate, the gross amount; then what was
 * paid (nothing) and the net. The three values the platforms extract are the payslip's "contributions" block.
 *
 * Every figure comes from lib/report.ts summarize() over a subset of the same rows and lib/estimates.ts timeOf()
 * and payFor(), so the payslip's totals are the report's totals, never a second computation.
 */
import { FAMILIES, KIND_CONCEPTS, VALUES, type Family, type Value } from './concepts';
import { estimateSources, payFor, timeOf, type Wage } from './estimates';
import type { Platform } from './events';
import type { FigureId } from './figures';
import { summarize, type Row } from './report';
import type { Period } from './period';

export interface PayAmounts {
  count: number;
  /** Seconds measured on this machine (CAPTCHA solved, feed time, comments). */
  measured: number;
  /** Seconds from the per-gesture defaults (lib/figures.ts), labelled as estimates. */
  estimated: number;
  /** What that time would be paid at the reference rate. */
  gross: number;
}

export interface PayLine extends PayAmounts {
  /** The platform, or null on an anonymised payslip (the line is the whole family). */
  platform: Platform | null;
}

export interface PaySection extends PayAmounts {
  family: Family;
  lines: PayLine[];
}

export interface Payslip {
  period: Period;
  wage: Wage;
  anonymized: boolean;
  sections: PaySection[];
  /** Gestures and gross amount by value extracted (each gesture has one main value, lib/concepts.ts). */
  values: (PayAmounts & { value: Value })[];
  total: PayAmounts;
  /** What the platforms paid for it: nothing. A field, so that the layout never hard-codes the zero. */
  paid: number;
  net: number;
  /** Platforms on the payslip, most gestures first (the "employers"); empty when anonymised. */
  employers: Platform[];
  /** Sources of the estimated times and of the rate: the payslip's footnotes. */
  figures: FigureId[];
  own: boolean;
}

function amounts(rows: Row[], period: Period, wage: Wage): PayAmounts {
  const s = summarize(rows, period);
  const time = timeOf(s);
  return { count: s.totals.count, measured: time.measured, estimated: time.estimated, gross: payFor(time.measured + time.estimated, wage) };
}

const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

export function buildPayslip(rows: Iterable<Row>, period: Period, wage: Wage, { anonymized = false } = {}): Payslip {
  const inPeriod = [...rows].filter((r) => r.day >= period.start && r.day <= period.end && r.count > 0);
  const sections: PaySection[] = [];
  for (const family of FAMILIES) {
    const mine = inPeriod.filter((r) => KIND_CONCEPTS[r.kind].family === family);
    if (mine.length === 0) continue;
    const platforms = [...new Set(mine.map((r) => r.platform))];
    const lines: PayLine[] = anonymized
      ? [{ platform: null, ...amounts(mine, period, wage) }]
      : platforms
          .map((platform) => ({ platform, ...amounts(mine.filter((r) => r.platform === platform), period, wage) }))
          .sort((a, b) => byCount(a, b) || a.platform.localeCompare(b.platform));
    sections.push({ family, lines, ...amounts(mine, period, wage) });
  }
  const values = VALUES.map((value) => ({ value, ...amounts(inPeriod.filter((r) => KIND_CONCEPTS[r.kind].value === value), period, wage) }));
  const s = summarize(inPeriod, period);
  const src = estimateSources(s);
  const employers = anonymized
    ? []
    : (Object.entries(s.byPlatform) as [Platform, { count: number }][]).sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).map(([p]) => p);
  const total = amounts(inPeriod, period, wage);
  const paid = 0;
  return {
    period,
    wage,
    anonymized,
    sections,
    values,
    total,
    paid,
    net: paid,
    employers,
    figures: [...src.figures, ...(wage.figure ? [wage.figure] : [])],
    own: src.own,
  };
}
