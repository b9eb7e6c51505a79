/**
 * First run and consent (issue 15) in real Chromium: the install opens the welcome page; a person's real clicks on
 * a platform before consent record nothing and start no detector; the practice sandbox works before consent, apart
 * from the counts; counting starts with one category left off, which then records nothing; turning it on in the
 * settings makes it count at once, on a page already open too. Screenshots of the welcome page in en and fr, light
 * and dark (test-artifacts/welcome-*.png).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, exportJson, extensionUrl, launch, storedCount, welcomePage, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await launch({ consent: false });
});
afterAll(async () => s?.close());

/** The detectors running in the top frame of the tab showing `hostname` (asked as the popup asks, never stored). */
async function detectorsOn(hostname: string): Promise<string[] | null> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'report.html'));
  const found = await page.evaluate(async (host) => {
    type Probe = { hostname: string; detectors: string[] };
    const api = (globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object, o: object): Promise<Probe> } };
    }).chrome;
    for (const tab of await api.tabs.query({})) {
      const reply = await api.tabs.sendMessage(tab.id!, { type: 'probe' }, { frameId: 0 }).catch(() => undefined);
      if (reply?.hostname === host) return reply.detectors;
    }
    return null;
  }, hostname);
  await page.close();
  return found;
}

async function countNow(): Promise<number> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'report.html'));
  const n = await storedCount(page);
  await page.close();
  return n;
}

/** A search typed on Google's home page and sent with Enter (the search detector's gesture). */
async function googleSearch(g: Page, query: string) {
  await g.goto('https://www.google.com/?hl=fr');
  await g.locator('textarea[name="q"]').click();
  await g.keyboard.type(query);
  await g.locator('li.sbct').first().waitFor();
  await Promise.all([g.waitForURL(/\/search\?q=/, { waitUntil: 'load' }), g.keyboard.press('Enter')]);
  await g.locator('#rso .yuRUbf').first().waitFor();
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `welcome-${name}.png`), fullPage: true });
}

describe('first run and consent', () => {
  it('records nothing before consent, then only the categories chosen, and follows the settings at once', async () => {
    // The install opened the welcome page; everything preselected, nothing counted yet.
    const welcome = await welcomePage(s);
    await welcome.locator('[data-testid="start-counting"]').waitFor();
    expect(await welcome.locator('h1').innerText()).toBe('Travail du clic');
    expect(await welcome.locator('main').innerText()).toContain('Nothing is counted yet.');
    expect(await welcome.locator('input[type="checkbox"]:checked').count()).toBe(5);
    expect(await welcome.locator('[data-testid="privacy-link"]').getAttribute('href')).toBe('/privacy.html');
    await shoot(welcome, 'en-light');
    await welcome.emulateMedia({ colorScheme: 'dark' });
    await shoot(welcome, 'en-dark');
    await welcome.emulateMedia({ colorScheme: 'light' });

    // A person's real clicks on X before consent: the site reacts, nothing is recorded, no detector even started
    // (the posts stay in view long enough to count as viewed, were the detector running).
    const x = await s.context.newPage();
    await x.goto('http://x.com/home');
    const posts = x.locator('article[data-testid="tweet"]');
    await posts.nth(0).locator('[data-testid="like"]').click();
    await posts.nth(0).locator('[data-testid="unlike"]').waitFor();
    await x.waitForTimeout(1500);
    expect(await detectorsOn('x.com')).toEqual([]);
    expect(await countNow()).toBe(0);

    // The practice sandbox works before consent: its gesture goes to its own table, not to the counts.
    const practice = await s.context.newPage();
    await practice.goto(extensionUrl(s, 'practice.html'));
    await practice.locator('article[data-testid="tweet"]').nth(0).locator('[data-testid="like"]').click();
    await practice.locator('[data-testid="practice-kind-reaction"]').waitFor();
    expect(await practice.locator('[data-testid="practice-kind-reaction"]').innerText()).toMatch(/: 1$/);
    await practice.close();
    expect(await countNow()).toBe(0);

    // Start counting with search engines left off.
    await welcome.bringToFront();
    await welcome.locator('[data-testid="category-search"]').uncheck();
    await welcome.locator('[data-testid="start-counting"]').click();
    await welcome.locator('[data-testid="welcome-done"]').waitFor();

    // The X page already open: its detector starts as soon as counting does (no reload), and a like counts.
    await x.bringToFront();
    await expect.poll(() => detectorsOn('x.com'), { timeout: 10_000 }).toEqual(['x']);
    await posts.nth(1).locator('[data-testid="like"]').click();
    await posts.nth(1).locator('[data-testid="unlike"]').waitFor();
    await expect.poll(async () => (await exportJson(s)).byKind.reaction?.count ?? 0, { timeout: 10_000 }).toBe(1);

    // A search, category off: the search page runs no detector, and nothing of it is recorded.
    const g = await s.context.newPage();
    await googleSearch(g, 'travail du clic');
    expect(await detectorsOn('www.google.com')).toEqual([]);
    let report = await exportJson(s);
    expect(report.byPlatform.google).toBeUndefined();

    // The settings page turns search engines back on: the open results page starts its detector, and the next
    // search counts.
    const options = await s.context.newPage();
    await options.goto(extensionUrl(s, 'options.html'));
    expect(await options.locator('[data-testid="category-search"]').isChecked()).toBe(false);
    await options.locator('[data-testid="settings-counting"]').screenshot({ path: join(ARTIFACTS, 'welcome-settings-en-light.png') });
    await options.locator('[data-testid="category-search"]').check();
    await expect.poll(() => detectorsOn('www.google.com'), { timeout: 10_000 }).toEqual(['google']);
    await googleSearch(g, 'micro travail');
    await expect.poll(async () => (await exportJson(s)).byPlatform.google?.count ?? 0, { timeout: 10_000 }).toBe(1);
    report = await exportJson(s);
    expect(report.byKind.search.count).toBe(1);
    expect(report.byKind.reaction.count).toBe(1);
    // Before consent: nothing at all (only post-consent X events and the one search).
    expect(Object.keys(report.byPlatform).sort()).toEqual(['google', 'x']);

    // The settings page links back to the welcome page, which now keeps the choices.
    await options.locator('[data-testid="open-welcome"]').click();
    await options.waitForURL(/welcome\.html$/);
    await options.locator('[data-testid="start-counting"]').waitFor();
    expect(await options.locator('[data-testid="start-counting"]').innerText()).toBe('Save my choices');
    expect(await options.locator('input[type="checkbox"]:checked').count()).toBe(5);
  }, 240_000);

  it('shows the welcome page in French, light and dark', async () => {
    const fr = await launch({ consent: false, locale: 'fr-FR' });
    try {
      const welcome = await welcomePage(fr);
      await welcome.locator('[data-testid="start-counting"]').waitFor();
      expect(await welcome.locator('[data-testid="start-counting"]').innerText()).toBe('Commencer à compter');
      expect(await welcome.locator('main').innerText()).toContain('Rien n’est encore compté.');
      await shoot(welcome, 'fr-light');
      await welcome.emulateMedia({ colorScheme: 'dark' });
      await shoot(welcome, 'fr-dark');
    } finally {
      await fr.close();
    }
  }, 120_000);
});
