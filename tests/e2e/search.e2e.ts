/**
 * Search engines end to end (issue 12, h9): the built extension in real headless Chromium on the fixtures served
 * under the real hostnames (https), with real Playwright input, then the JSON report exported from report.html.
 * Google in the French UI (home page and results page) and DuckDuckGo (French UI): a query typed and sent with
 * Enter, a suggestion picked, a result opened (left click, Ctrl+click), a sponsored result middle-clicked. Not
 * counted: results pages opened from the address bar, a right click, the engine's tabs, a page script's events.
 * Only kinds and platforms are stored: no query, result URL or title anywhere in the export.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { armed, exportJson, launch, waitForStored, type Session } from './harness';

let s: Session;
// A browser of its own for each attempt, so a retry starts from an empty database.
beforeEach(async () => {
  s = await launch({ locale: 'fr-FR' });
});
afterEach(async () => s?.close());

interface ExportedEvent {
  kind: string;
  platform: string;
  site: string;
  [k: string]: unknown;
}

/** Clicks and waits for the navigation it starts (the engine loads its results page). */
const navigating = async (page: Page, url: RegExp, act: () => Promise<void>) => {
  await Promise.all([page.waitForURL(url, { waitUntil: 'load' }), act()]);
};

describe('search engines', () => {
  it('records each search and each result opened once, never a page load, a right click or a script, and exports no query', async () => {
    // --- Google, French UI. A results page opened from the address bar: nothing.
    const g = await s.context.newPage();
    await g.goto('https://www.google.com/search?q=travail+du+clic&hl=fr');
    await armed(s, g);
    await g.locator('#rso .yuRUbf').first().waitFor();
    // The home page: typed query and Enter (1: search).
    await g.goto('https://www.google.com/?hl=fr');
    await armed(s, g);
    await g.locator('textarea[name="q"]').click();
    await g.keyboard.type('travail du clic');
    await g.locator('li.sbct').first().waitFor();
    await navigating(g, /\/search\?q=travail\+du\+clic/, () => g.keyboard.press('Enter'));
    await g.locator('#rso .yuRUbf').first().waitFor();
    // On the results page: a new query, a suggestion picked (2: search).
    await g.locator('textarea[name="q"]').click();
    await g.keyboard.press('Control+A');
    await g.keyboard.type('micro');
    await navigating(g, /q=travail\+du\+clic\+casilli/, () => g.locator('li.sbct [role="option"]').nth(1).click());
    await g.locator('#rso .yuRUbf').first().waitFor();
    // A right click on a result, the "About this result" toggle and a script's middle click: nothing.
    await g.locator('#rso a[jsname="UWckNb"]').first().click({ button: 'right' });
    await g.keyboard.press('Escape');
    await g.locator('[aria-label="À propos de ce résultat"]').first().click();
    await g.evaluate(() => document.querySelector('#rso a[jsname="UWckNb"]')!.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true })));
    // The sponsored result, middle-clicked (3: result-click): a new tab opens.
    const adTab = s.context.waitForEvent('page');
    await g.locator('#tads a.sVXRqc').click({ button: 'middle' });
    await (await adTab).close();
    // An organic result, left click (4: result-click): the page follows it.
    await navigating(g, /wikipedia\.org/, () => g.locator('#rso a[jsname="UWckNb"] h3').nth(1).click());

    // --- DuckDuckGo, French UI. Opened from the address bar: nothing.
    const d = await s.context.newPage();
    await d.goto('https://duckduckgo.com/?q=travail+du+clic&kl=fr');
    await armed(s, d);
    await d.locator('article[data-testid="result"]').first().waitFor();
    // Its own vertical tab: not a result.
    await navigating(d, /ia=images/, () => d.locator('nav a[data-zci-link="images"]').click());
    // Typed query and Enter (5: search).
    await d.locator('#searchbox_input').click();
    await d.keyboard.press('Control+A');
    await d.keyboard.type('digital labor');
    await navigating(d, /q=digital\+labor/, () => d.keyboard.press('Enter'));
    // A suggestion picked (6: search).
    await d.locator('#searchbox_input').click();
    await d.keyboard.press('Control+A');
    await d.keyboard.type('micro');
    await navigating(d, /q=micro-travail/, () => d.locator('[role="listbox"] [role="option"]').nth(2).click());
    // A result opened in a new tab with Ctrl+click (7: result-click), a sponsored one middle-clicked (8).
    const r1 = s.context.waitForEvent('page');
    await d.locator('a[data-testid="result-title-a"]').nth(1).click({ modifiers: ['Control'] });
    await (await r1).close();
    const r2 = s.context.waitForEvent('page');
    await d.locator('article[data-testid="ad"] a').click({ button: 'middle' });
    await (await r2).close();

    await waitForStored(s, 8, 20_000);
    await d.waitForTimeout(1500); // any late (wrong) signal
    const report = await exportJson(s);
    const events = report.events as ExportedEvent[];
    expect(events.map((e) => [e.kind, e.platform, e.site])).toEqual([
      ['search', 'google', 'www.google.com'],
      ['search', 'google', 'www.google.com'],
      ['result-click', 'google', 'www.google.com'],
      ['result-click', 'google', 'www.google.com'],
      ['search', 'duckduckgo', 'duckduckgo.com'],
      ['search', 'duckduckgo', 'duckduckgo.com'],
      ['result-click', 'duckduckgo', 'duckduckgo.com'],
      ['result-click', 'duckduckgo', 'duckduckgo.com'],
    ]);
    expect(report.byKind.search.count).toBe(4);
    expect(report.byKind['result-click'].count).toBe(4);
    expect(report.totals.count).toBe(8);
    // Kind, platform, hostname and time only: no query, no result URL or title.
    for (const e of events) expect(Object.keys(e).sort()).toEqual(['at', 'kind', 'platform', 'site']);
    expect(JSON.stringify(report)).not.toMatch(/travail du|travail\+du|digital labor|digital\+labor|micro-travail|casilli|wikipedia|boutique|Wikip/i);
    await g.close();
    await d.close();
  }, 150_000);
});
