/**
 * The report's first frame with the popup's and the report's parts of the messages alone (lib/catalog-parts.ts,
 * issue 14), as the built report loads them: every text of that frame is in them (no key shown raw); the rest of the
 * language's messages loads after it, and the sections that need it (trends, health, exports, practice, concept
 * cards, glossary, sources) render once it and the database are there, with no key shown raw either.
 * The modules are loaded afresh so that the catalogs the other unit tests share are not there.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keysOf, raw } from './raw-keys';
import { heavyWeek, newDb, NOW, oneDay, seed, TODAY } from './seed';

afterEach(() => cleanup());

/** The report's modules loaded afresh, with no message loaded yet. */
async function fresh() {
  vi.resetModules();
  return {
    ...(await import('@/lib/db')),
    ...(await import('@/lib/summary')),
    ...(await import('@/lib/settings')),
    ...(await import('@/lib/i18n')),
    ...(await import('@/lib/catalogs')),
    ...(await import('@/components/i18n')),
    ...(await import('@/entrypoints/report/Report')),
    parts: await import('@/entrypoints/report/live'),
  };
}

describe.each([['en'], ['fr']] as const)('report’s first frame with only its parts of the messages (%s)', (lang) => {
  it.each([
    ['a week with CAPTCHAs, feeds and every family', () => [...heavyWeek(), ...oneDay()]],
    ['an empty week', () => []],
  ])('%s: no raw key before the rest of the messages, nor after', async (_, events) => {
    fakeBrowser.reset();
    history.replaceState(null, '', '/report.html');
    const db = newDb();
    await seed(db, events());
    const m = await fresh();
    await m.updateSettings({ language: lang });
    const summary = await m.rebuildSummary(db, NOW);
    expect(summary.day).toBe(TODAY);
    await m.loadCatalog(lang, 'report');
    expect(['popup', 'report', 'sources', 'rest'].map((p) => m.hasPart(lang, p))).toEqual([true, true, false, false]);

    let open!: () => void;
    const live = new Promise<import('@/entrypoints/report/Report').Live>((ok) => (open = () => ok({ db, parts: m.parts })));
    // The rest of the messages waits until the test lets it load: the first frame is rendered with the two parts alone.
    let letRest!: () => void;
    const rest = new Promise<void>((ok) => (letRest = ok));
    const load = m.loadCatalog;
    const spy = vi.spyOn(await import('@/lib/catalogs'), 'loadCatalog').mockImplementation(async (l, which) => {
      if (which === undefined || which === 'all') await rest;
      return load(l, which);
    });
    const { container } = render(
      <m.I18nProvider part="report" initial={lang}>
        <m.Report live={() => live} now={NOW} initial={{ settings: await m.getSettings(), summary }} />
      </m.I18nProvider>,
    );
    await screen.findByTestId('days');
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
    expect(m.hasPart(lang, 'rest')).toBe(false);
    const keys = keysOf(lang);
    expect(raw(container, keys)).toEqual([]);

    open();
    letRest();
    await screen.findByTestId('sources');
    await screen.findByTestId('trends', {}, { timeout: 30_000 });
    await waitFor(() => expect(m.hasPart(lang, 'rest')).toBe(true));
    expect(spy).toHaveBeenCalled();
    expect(raw(container, keys)).toEqual([]);
    db.close();
  }, 60_000); // a heavy week, the trends' year of rows and the whole page: a few seconds on the shared 2-core machine
});
