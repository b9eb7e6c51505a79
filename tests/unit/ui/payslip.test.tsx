/** The payslip at the head of the report and the year page, rendered from the database as the pages do; EN and FR. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { payslipSheet } from '@/components/Payslip';
import { Report } from '@/entrypoints/report/Report';
import { Year, yearSheet } from '@/entrypoints/year/Year';
import type { LaborDB } from '@/lib/db';
import type { Wage } from '@/lib/estimates';
import { translator, type Lang } from '@/lib/i18n';
import { buildPayslip } from '@/lib/payslip';
import { weekOf } from '@/lib/period';
import { eventRow } from '@/lib/report';
import { yearReview } from '@/lib/year';
import { aYear, ev, heavyWeek, newDb, NOW, oneDay, seed, TODAY } from './seed';

let db: LaborDB;
beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/report.html');
  db = newDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (testid: string) => clean(screen.getByTestId(testid).textContent);
const show = (lang: Lang, page: 'report' | 'year' = 'report') =>
  render(<I18nProvider lang={lang}>{page === 'report' ? <Report db={db} now={NOW} /> : <Year db={db} now={NOW} />}</I18nProvider>);
const NNBSP = '\u202f';

describe('payslip in the report', () => {
  it('heads the report: net pay 0, the gross total is the report pay line, one line per platform by family', async () => {
    await seed(db, [...oneDay(), ev(TODAY, 'rating', 'amazon', { site: 'www.amazon.com' })]);
    show('en');
    await screen.findByTestId('payslip-lines');
    const slip = screen.getByTestId('payslip');
    // Before the summary, the day bars and the tables.
    expect(slip.compareDocumentPosition(screen.getByTestId('summary')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(slip.compareDocumentPosition(screen.getByTestId('days')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(text('payslip-net')).toBe('Net pay $0.00');
    const gross = clean(slip.querySelector('.ps-gross td:last-child')!.textContent);
    expect(text('report-pay')).toContain(gross);
    expect(text('payslip-gross')).toBe(`Gross total ≈ ${gross}`); // beside the net, at a glance
    const rows = [...slip.querySelectorAll('[data-testid="payslip-lines"] tbody tr')].map((tr) => [...tr.children].map((c) => clean(c.textContent)).join(' '));
    expect(rows[0]).toMatch(/^Networked social labor/);
    expect(rows[1]).toMatch(/^X 3 – \d+(\.\d)?s \$7\.25\/h \$0\.\d\d$/);
    expect(rows.some((r) => /^reCAPTCHA 1 20s – \$7\.25\/h \$0\.04$/.test(r))).toBe(true);
    expect(rows.some((r) => /^Amazon 1/.test(r))).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    expect([...slip.querySelector('.ps-paid')!.children].map((c) => c.textContent).filter(Boolean)).toEqual(['Paid by the platforms', '$0.00']);
    expect(text('payslip-glance')).toMatch(/^\d+s of work \(5 gestures\), worth ≈ \$0\.\d\d at the US minimum wage: paid \$0\.00\.$/);
    expect(text('payslip-employers')).toBe('X, Amazon, reCAPTCHA'); // most gestures first, then by id
    // The footnotes carry the sources of the rate and of the estimated times, and link to the sources panel.
    const notes = clean(slip.querySelector('.ps-notes')!.textContent);
    expect(notes).toContain('Fair Labor Standards Act');
    expect(notes).toContain('En attendant les robots');
    expect(slip.querySelector('.ps-notes a')?.getAttribute('href')).toBe('#sources');
    expect(screen.getByTestId('open-year').getAttribute('href')).toMatch(/year\.html$/);
  });

  it('families only: one line per family and no site name, on the page and in the image', async () => {
    await seed(db, [...heavyWeek(), ...oneDay()]);
    show('en');
    await screen.findByTestId('payslip-lines');
    fireEvent.click(screen.getByTestId('payslip-anonymize'));
    await waitFor(() => expect(text('payslip-employers')).toBe('the platforms (names left out)'));
    const slip = clean(screen.getByTestId('payslip').textContent);
    for (const name of ['YouTube', 'Reddit', 'Mastodon', 'reCAPTCHA', 'hCaptcha', ' X ']) expect(slip).not.toContain(name);
    const rows = [...document.querySelectorAll('[data-testid="payslip-lines"] tbody tr:not(.ps-section)')].map((tr) => clean(tr.querySelector('th')!.textContent));
    expect(rows).toEqual(['Networked social labor ³ (ch. 5)', 'Micro-work ³ (ch. 4)']);
  });

  it('French: bulletin de paie, typographic spaces, plural, euros at the SMIC when the browser is French', async () => {
    Object.defineProperty(navigator, 'language', { value: 'fr-FR', configurable: true });
    try {
      await seed(db, oneDay().slice(0, 1));
      show('fr');
      await screen.findByTestId('payslip-lines');
      expect(text('payslip-net')).toMatch(/^Net à payer 0,00\s€$/);
      expect(text('payslip-glance')).toContain('(1 geste)');
      // Raw text: the narrow no-break space before the colon (clean() would turn it into a plain space).
      expect(screen.getByTestId('payslip-glance').textContent).toContain(`au SMIC${NNBSP}: payé 0,00`);
      expect(clean(screen.getByTestId('payslip').textContent)).not.toMatch(/travail numérique/i);
    } finally {
      Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
    }
  });

  it('the image says what the page says (same totals, same lines)', () => {
    const wage: Wage = { ref: 'locale', rate: 7.25, currency: 'USD', figure: 'usMinimumWage' };
    const p = buildPayslip([...heavyWeek(), ...oneDay()].map(eventRow), weekOf(TODAY), wage);
    const sheet = payslipSheet(p, translator('en'), 'en');
    const table = sheet.tables[0]!.table;
    expect(sheet.headline).toEqual({ label: 'Net pay', value: '$0.00', above: `Gross total ≈ ${table.foot[0]!.cells[5]}` });
    expect(table.groups.map((g) => g.rows.length)).toEqual(p.sections.map((s) => s.lines.length));
    expect(table.foot.map((f) => f.cells[0])).toEqual(['Gross total', 'Paid by the platforms', 'Net pay']);
    expect(table.foot[0]!.cells[5]).toMatch(/^\$\d+\.\d\d$/);
    expect(table.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });
});

describe('year page', () => {
  it('totals, the busiest week, CAPTCHAs and labels, hours and the pay line', { timeout: 30_000 }, async () => {
    await seed(db, [...aYear(), ...heavyWeek()]);
    history.replaceState(null, '', '/year.html');
    show('en', 'year');
    await screen.findByTestId('year-glance');
    expect(clean(document.querySelector('h1')!.textContent)).toBe('Your year of digital labor, 2026');
    expect(text('year-glance')).toMatch(/^[\d,]+ gestures on 326 days, worth ≈ \$[\d,.]+ at the US minimum wage: paid \$0\.00\.$/);
    const dd = (testid: string) => clean(screen.getByTestId(testid).querySelector('dd')!.textContent);
    expect(dd('year-top-week')).toBe(`week of November 16: ${heavyWeek().length + 7 * 6} gestures`);
    expect(dd('year-captchas')).toBe('7 CAPTCHAs solved in 1m 45s (7 image rounds)');
    expect([...screen.getByTestId('year-labels').querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent).join(' '))).toEqual(['buses 7']);
    expect(text('year-pay')).toContain('Paid: $0.00');
    expect(screen.getByTestId('year-months').children).toHaveLength(12);
    expect(screen.getByTestId('year-next').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByTestId('year-prev'));
    await waitFor(() => expect(clean(document.querySelector('h1')!.textContent)).toBe('Your year of digital labor, 2025'));
    expect(location.search).toBe('?year=2025');
  });

  it('its image has the same hours and pay', () => {
    const wage: Wage = { ref: 'locale', rate: 7.25, currency: 'USD', figure: 'usMinimumWage' };
    const y = yearReview(aYear().map(eventRow), 2026, TODAY, wage);
    const sheet = yearSheet(y, wage, translator('en'), 'en');
    expect(sheet.headline.label).toBe('Unpaid work');
    expect(sheet.bars!.items).toHaveLength(12);
    expect(sheet.meta.map(([k]) => k)).toEqual(['Busiest week', 'CAPTCHAs', 'The pay line', 'Top platforms']);
  });
});
