/**
 * The first-frame messages kept in the extension's localStorage (lib/catalogs.ts, issue 14): the next popup takes
 * them from there, without loading one more file, but only this build's copy, well formed; anything else is
 * loaded from its file as before, and a page without localStorage still gets its messages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import versions from 'virtual:tdc-catalog-version';
import en from 'virtual:tdc-catalog/en/popup';

const KEY = 'tdc-catalog-en-popup';

/** lib/catalogs.ts and lib/i18n.ts afresh: no message loaded yet. */
async function fresh() {
  vi.resetModules();
  return { ...(await import('@/lib/catalogs')), ...(await import('@/lib/i18n')) };
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('the popup part kept for the next page', () => {
  it('is loaded from its file the first time, then kept with the build’s version', async () => {
    const { loadCatalog, translator } = await fresh();
    await loadCatalog('en', 'popup');
    expect(translator('en')('popup_today')).toBe('Today');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ v: versions.en.popup, m: en });
    // Only the first-frame parts are kept: the figures' labels are loaded from their file each time.
    await loadCatalog('en', 'sources');
    expect(Object.keys(localStorage).sort()).toEqual([KEY]);
  });

  it('is taken from the copy, before the call returns, when the copy is this build’s', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: versions.en.popup, m: { ...en, popup_today: 'Today (kept)' } }));
    const { loadCatalog, hasPart, translator } = await fresh();
    const loading = loadCatalog('en', 'popup');
    expect(hasPart('en', 'popup')).toBe(true); // no file awaited
    await loading;
    expect(translator('en')('popup_today')).toBe('Today (kept)');
  });

  it.each([
    ['another build’s copy', JSON.stringify({ v: 'older', m: { ...en, popup_today: 'Stale' } })],
    ['no version', JSON.stringify({ m: { ...en, popup_today: 'Stale' } })],
    ['damaged JSON', '{"v":'],
    ['messages that are not text', JSON.stringify({ v: versions.en.popup, m: { ...en, popup_today: { Stale: 1 } } })],
    ['a list', JSON.stringify({ v: versions.en.popup, m: ['Stale'] })],
    ['null', 'null'],
  ])('is not used when it is %s: the file is loaded and the copy replaced', async (_what, stored) => {
    localStorage.setItem(KEY, stored);
    const { loadCatalog, translator } = await fresh();
    await loadCatalog('en', 'popup');
    expect(translator('en')('popup_today')).toBe('Today');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ v: versions.en.popup, m: en });
  });

  it('still loads the messages where localStorage cannot be used', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { loadCatalog, translator } = await fresh();
    await loadCatalog('en', 'report');
    expect(translator('en')('popup_today')).toBe('Today');
    expect(translator('en')('report_title' as never)).not.toBe('report_title');
  });

  it('has a version for each kept part of each language, different between the languages', () => {
    expect(Object.keys(versions.en).sort()).toEqual(['popup', 'report']);
    expect(versions.fr.popup).toMatch(/^[\w-]{16}$/);
    expect(versions.fr.popup).not.toBe(versions.en.popup);
  });
});
