/**
 * The popup with its own part of the messages alone (lib/catalog-parts.ts, issue 14), as the built popup loads them:
 * every text it shows is in that part (no key shown raw), and the figures' labels and citations load only when a
 * source is opened. The modules are loaded afresh so that the catalogs the other unit tests share are not there.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settle } from '../helpers';
import { keysOf, raw } from './raw-keys';
import { heavyWeek, newDb, NOW, oneDay, seed } from './seed';

afterEach(() => cleanup());

/** The popup's modules loaded afresh, with no message loaded yet. */
async function fresh() {
  vi.resetModules();
  return {
    ...(await import('@/lib/summary')),
    ...(await import('@/lib/settings')),
    ...(await import('@/lib/i18n')),
    ...(await import('@/lib/catalogs')),
    ...(await import('@/components/i18n')),
    ...(await import('@/entrypoints/popup/Popup')),
  };
}

describe.each([['en'], ['fr']] as const)('popup with only its part of the messages (%s)', (lang) => {
  it('shows no raw key, and loads the figures’ labels and citations when a source is opened', async () => {
    fakeBrowser.reset();
    const db = newDb();
    await seed(db, oneDay());
    const { rebuildSummary, getSettings, updateSettings, hasPart, loadCatalog, I18nProvider, Popup } = await fresh();
    await rebuildSummary(db, NOW);
    await updateSettings({ language: lang });
    await loadCatalog(lang, 'popup');
    expect([hasPart(lang, 'popup'), hasPart(lang, 'sources'), hasPart(lang, 'rest')]).toEqual([true, false, false]);

    const { container } = render(
      <I18nProvider part="popup" initial={lang}>
        <Popup now={NOW} tabId={null} initial={{ settings: await getSettings(), summary: null }} />
      </I18nProvider>,
    );
    await screen.findByTestId('top-platforms');
    const keys = keysOf(lang);
    expect(raw(container, keys)).toEqual([]);

    const summary = container.querySelector('.how details.src > summary')!;
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.querySelector('cite')).toBeNull();
    fireEvent.click(summary);
    details.open = true; // happy-dom does not toggle <details> on click
    await waitFor(() => expect(details.querySelector('[data-figure="klmClick"] cite')!.textContent).toContain('Keystroke-Level Model'));
    expect(hasPart(lang, 'sources')).toBe(true);
    expect(hasPart(lang, 'rest')).toBe(false);
    expect(raw(details, keys)).toEqual([]);
    db.close();
  });

  it('shows no raw key with a heavy week, a paused site and a detector that finds nothing', async () => {
    fakeBrowser.reset();
    const db = newDb();
    await seed(db, heavyWeek());
    const { rebuildSummary, getSettings, updateSettings, loadCatalog, I18nProvider, Popup } = await fresh();
    await rebuildSummary(db, NOW);
    await updateSettings({ language: lang, counting: true, pausedSites: ['x.com'] });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      hostname: 'x.com',
      detectors: ['x'],
      health: [{ id: 'x', known: 5, items: 0, actions: 0, unknownToggles: 0, warnings: ['no-items'] }],
    } as never);
    await loadCatalog(lang, 'popup');
    const { container } = render(
      <I18nProvider part="popup" initial={lang}>
        <Popup now={NOW} tabId={5} initial={{ settings: await getSettings(), summary: null }} />
      </I18nProvider>,
    );
    await screen.findByTestId('top-platforms');
    await screen.findByTestId('tab-status-line');
    await settle();
    expect(raw(container, keysOf(lang))).toEqual([]);
    db.close();
  });
});
