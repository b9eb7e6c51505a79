/**
 * The report's first frame from the background's summary (issue 14): the current week paints from it while Dexie and
 * the database load, with the figures the database gives (nothing in them changes when it answers); a summary of
 * another day, or another week in the address, waits for the database and never shows the summary; the database's
 * rows replace the summary's; the sections that read the database render once it is there.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { loadCitations } from '@/components/Source';
import { Report, type Live } from '@/entrypoints/report/Report';
import * as parts from '@/entrypoints/report/live';
import { rollupsBetween, type LaborDB } from '@/lib/db';
import { addDays } from '@/lib/period';
import { getSettings } from '@/lib/settings';
import { summaryFromRows, type PopupSummary } from '@/lib/summary';
import { ev, heavyWeek, newDb, NOW, seed, TODAY } from './seed';

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

/** The summary the background keeps for `day`, from what the database holds now. */
const summaryOf = async (day = TODAY) => summaryFromRows(await rollupsBetween(db, addDays(day, -13), day), day, NOW);

/** The database and the report's parts, handed over when the test says; `answered` once the week's rows were read. */
function gate() {
  let open!: () => void;
  let answered!: () => void;
  const read = new Promise<void>((ok) => (answered = ok));
  const live = new Promise<Live>((ok) => {
    open = () =>
      ok({
        db,
        parts: {
          ...parts,
          rollupsBetween: async (...a: Parameters<typeof rollupsBetween>) => {
            const rows = await rollupsBetween(...a);
            setTimeout(answered, 0);
            return rows;
          },
        },
      });
  });
  return { live, open, read };
}

async function show(summary: PopupSummary | null, live: Promise<Live>) {
  await loadCitations('en'); // as main.tsx does, so that the sources are there from the first frame
  render(
    <I18nProvider lang="en">
      <Report live={() => live} now={NOW} initial={{ settings: await getSettings(), summary }} />
    </I18nProvider>,
  );
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (testid: string) => clean(screen.getByTestId(testid).textContent);
const busy = () => document.querySelector('[aria-busy="true"]') !== null;
/** The week's figures: the payslip, the totals, the day bars, the tables, the CAPTCHA section. */
const figures = () => [...document.querySelectorAll('main.report > section:not(.trends), main.report > .payslip, main.report > [data-testid="payslip"]')];

describe('report from the summary', () => {
  it('paints the current week from the summary before the database is there; its rows then change nothing on screen', async () => {
    await seed(db, heavyWeek());
    const summary = await summaryOf();
    const g = gate();
    await show(summary, g.live);
    // First frame: the figures, nothing busy, nothing that needs the database yet.
    await screen.findByTestId('by-kind');
    expect(busy()).toBe(false);
    expect(text('report-count')).toBe('623 gestures');
    expect([...screen.getByTestId('days').querySelectorAll('.day-count')].map((e) => e.textContent)).toEqual(['89', '89', '89', '89', '89', '89', '89']);
    expect(text('captcha-line')).toContain('7 CAPTCHAs, 7 image rounds. You labeled buses. And 7 silent checks');
    for (const id of ['trends', 'report-health', 'export-panel', 'practice-section', 'sources']) expect(screen.queryByTestId(id)).toBeNull();
    const sections = figures();
    expect(sections.length).toBeGreaterThanOrEqual(6);
    const before = sections.map((e) => e.outerHTML);
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((r) => changes.push(...r));
    for (const e of sections) watch.observe(e, { subtree: true, childList: true, characterData: true, attributes: true });

    g.open();
    await g.read;
    // The sections that read the database, once it is there; the figures untouched.
    await screen.findByTestId('sources');
    for (const id of ['report-health', 'export-panel', 'practice-section']) expect(screen.getByTestId(id)).toBeTruthy();
    // (The trends chart renders once its own query of a year of rows answers: tests/unit/ui/trends.test.tsx.)
    await new Promise((ok) => setTimeout(ok, 50));
    watch.disconnect();
    // (Preact sets an empty text node's data again on every render, '' to '': no change on screen.)
    expect(changes.filter((c) => !(c.type === 'characterData' && (c.target as Text).data === ''))).toEqual([]);
    expect(sections.every((e) => e.isConnected)).toBe(true);
    expect(sections.map((e) => e.outerHTML)).toEqual(before);
  }, 30_000); // the whole page: a few seconds on the shared 2-core machine

  it('the same page as without a summary, once the database has answered', async () => {
    await seed(db, heavyWeek());
    const g = gate();
    await show(await summaryOf(), g.live);
    await screen.findByTestId('by-kind');
    g.open();
    await g.read;
    await screen.findByTestId('sources');
    const withSummary = figures().map((e) => e.outerHTML);
    cleanup();
    const h = gate();
    await show(null, h.live);
    h.open();
    await screen.findByTestId('sources');
    expect(figures().map((e) => e.outerHTML)).toEqual(withSummary);
  });

  it('a summary of another day: waits for the database and never shows it', async () => {
    await seed(db, heavyWeek());
    // Yesterday's summary (the background has not written today's yet): 534 gestures, not this week's 623.
    const stale = await summaryOf(addDays(TODAY, -1));
    expect(stale.thisWeek.reduce((n, r) => n + r.count, 0)).toBe(534);
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(clean(document.querySelector('[data-testid="report-count"]')?.textContent)));
    watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    const g = gate();
    await show(stale, g.live);
    await screen.findByText('Loading…');
    expect(busy()).toBe(true);
    expect(screen.queryByTestId('by-kind')).toBeNull();
    g.open();
    await screen.findByTestId('by-kind');
    expect(text('report-count')).toBe('623 gestures');
    watch.disconnect();
    expect(seen.filter((s) => s.includes('534'))).toEqual([]);
  });

  it('another week in the address: waits for the database, then shows that week', async () => {
    await seed(db, [...heavyWeek(), ev('2026-11-10', 'reaction', 'x'), ev('2026-11-11', 'reaction', 'x')]);
    history.replaceState(null, '', '/report.html?week=2026-11-09');
    const g = gate();
    await show(await summaryOf(), g.live);
    await screen.findByText('Loading…');
    expect(screen.queryByTestId('by-kind')).toBeNull();
    expect(screen.queryByTestId('days')).toBeNull();
    g.open();
    await screen.findByTestId('by-kind');
    expect(text('week-range')).toMatch(/Nov 9\s?–\s?15, 2026/);
    expect(text('report-count')).toBe('2 gestures');
  });

  it('a day of the current week in the address: the current week, from the summary', async () => {
    await seed(db, heavyWeek());
    history.replaceState(null, '', '/report.html?week=2026-11-18');
    const g = gate();
    await show(await summaryOf(), g.live);
    await screen.findByTestId('by-kind');
    expect(text('report-count')).toBe('623 gestures');
    expect(busy()).toBe(false);
  });

  it('the database’s rows replace the summary’s (a gesture stored after it was written)', async () => {
    await seed(db, heavyWeek());
    const summary = await summaryOf();
    await seed(db, [ev(TODAY, 'share', 'x')]);
    const g = gate();
    await show(summary, g.live);
    await screen.findByTestId('by-kind');
    expect(text('report-count')).toBe('623 gestures');
    g.open();
    await waitFor(() => expect(text('report-count')).toBe('624 gestures'));
    expect([...screen.getByTestId('days').querySelectorAll('.day-count')].map((e) => e.textContent).at(-1)).toBe('90');
  });

  it('no summary: waits for the database, as before', async () => {
    await seed(db, heavyWeek());
    const g = gate();
    await show(null, g.live);
    await screen.findByText('Loading…');
    expect(busy()).toBe(true);
    g.open();
    await screen.findByTestId('by-kind');
    expect(text('report-count')).toBe('623 gestures');
  });
});
