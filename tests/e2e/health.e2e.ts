/**
 * Detector health in real Chromium with the built extension (issue 11):
 * - every platform page of tests/e2e/health-pages.ts: the detector runs, has an anchor table, and recognises items
 *   or buttons on its own fixture (a detector that recognises nothing there fails CI); the counts are printed
 *   (`npm run health` runs this file alone; `npm run health -- --live` runs it against the real sites, printing only);
 * - x.com with its testids renamed, as after a redesign: the popup warns in plain words, while the unaltered page shows
 *   healthy counts; the diagnostics file is saved and holds counts only.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeReply } from '@/lib/health';
import { ARTIFACTS, extensionUrl, launch, SITES, type Session } from './harness';
import { HEALTH_PAGES } from './health-pages';

const LIVE = process.env.HEALTH_LIVE === '1';
let s: Session;
beforeAll(async () => {
  s = await launch({ live: LIVE, ...(process.env.HEALTH_PROFILE ? { profile: process.env.HEALTH_PROFILE } : {}) });
});
afterAll(async () => s?.close());

/** The id of the tab showing `page`: the active tab of the window, as the real popup gets it. */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return s.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** Asks the tab's top frame what its detectors recognise, as the popup does; retried while the chunks load. */
async function probe(page: Page, full = false): Promise<ProbeReply | null> {
  const tabId = await tabIdOf(page);
  for (let i = 0; i < 20; i++) {
    const reply = await s.worker.evaluate(
      async ([id, f]) => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        return (api.tabs.sendMessage(id, { type: 'probe', full: f }, { frameId: 0 }) as Promise<ProbeReply>).catch(() => null);
      },
      [tabId, full] as const,
    );
    if (reply && reply.health.length > 0) return reply;
    await page.waitForTimeout(250);
  }
  return null;
}

describe(LIVE ? 'detector health on the live sites' : 'detector health on every platform fixture', () => {
  const rows: string[] = [];
  afterAll(() => {
    const head = `${'detector'.padEnd(12)} ${'items'.padStart(6)} ${'actions'.padStart(8)} ${'anchors matched'.padStart(16)}  warnings`;
    console.log(`\n${LIVE ? 'Live' : 'Fixture'} health (npm run health${LIVE ? ' -- --live' : ''}):\n${head}\n${rows.join('\n')}\n`);
  });

  it.each(HEALTH_PAGES.map((p) => [p.detector, LIVE ? p.live : p.fixture] as const))('%s on %s', async (detector, url) => {
    const page = await s.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: LIVE ? 45_000 : 15_000 });
      if (LIVE) await page.waitForTimeout(4000); // let the site's app render its feed
      const reply = await probe(page, true);
      const health = reply?.health.find((h) => h.id === detector);
      const anchors = reply?.anchors?.[detector] ?? [];
      const matched = anchors.flatMap((t) => t.anchors).filter((a) => a.matched > 0).length;
      const total = anchors.flatMap((t) => t.anchors).length;
      rows.push(
        `${detector.padEnd(12)} ${String(health?.items ?? '-').padStart(6)} ${String(health?.actions ?? '-').padStart(8)} ${`${matched}/${total}`.padStart(16)}  ${health ? health.warnings.join(', ') || 'none' : 'did not run'}`,
      );
      if (LIVE) return; // the live web is reported, never asserted
      expect(health, `${detector} runs on its fixture`).toBeDefined();
      expect(health!.known, `${detector} has an anchor table`).toBeGreaterThan(0);
      expect(health!.items + health!.actions, `${detector} recognises something on its own fixture`).toBeGreaterThan(0);
      expect(health!.warnings).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(LIVE)('a redesigned x.com: the popup says so', () => {
  it('warns when X testids are renamed, shows healthy counts on the unaltered page, and saves a clean diagnostics file', async () => {
    // The same saved page with every data-testid renamed, as after a redesign (served under the real hostname).
    const original = readFileSync(join(SITES, 'x.com', 'home.en.html'), 'utf8');
    await s.context.route('http://x.com/redesigned', (route) =>
      route.fulfill({ contentType: 'text/html', body: original.replace(/data-testid="/g, 'data-testid="v2-') }),
    );
    mkdirSync(ARTIFACTS, { recursive: true });

    const healthy = await s.context.newPage();
    await healthy.goto('http://x.com/home?hl=en');
    await healthy.locator('article[data-testid="tweet"]').first().waitFor();
    await probe(healthy);
    const okTab = await tabIdOf(healthy);
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(extensionUrl(s, `popup.html?tab=${okTab}`));
    await expect.poll(() => popup.locator('[data-testid="tab-health"]').textContent()).toMatch(/^X: \d+ items and \d+ buttons recognized on this page\.$/);
    expect(await popup.locator('[data-testid="tab-health"]').textContent()).not.toMatch(/^X: 0 items/);
    expect(await popup.locator('[data-testid="tab-health-warning"]').count()).toBe(0);
    await popup.screenshot({ path: join(ARTIFACTS, 'health-popup-healthy.png'), fullPage: true });

    const altered = await s.context.newPage();
    await altered.goto('http://x.com/redesigned');
    await altered.locator('article').first().waitFor();
    await probe(altered);
    const badTab = await tabIdOf(altered);
    await popup.goto(extensionUrl(s, `popup.html?tab=${badTab}`));
    const warning = popup.locator('[data-testid="tab-health-warning"]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('This page of x.com looks different from what this version knows: gestures here may not be counted.');
    // Only label fallbacks may still match: no post is recognised.
    expect(await popup.locator('[data-testid="tab-health"]').textContent()).toMatch(/^X: (nothing recognized|0 items and \d+ buttons? recognized) on this page\.$/);
    await popup.screenshot({ path: join(ARTIFACTS, 'health-popup-warning.png'), fullPage: true });

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-testid="save-diagnostics"]').click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'travail-du-clic-diagnostics', site: 'x.com', detectors: [{ id: 'x', items: 0, warnings: ['no-items'] }] });
    const json = JSON.stringify(file);
    for (const text of await altered.locator('article').allTextContents())
      for (const word of text.split(/\s+/).filter((w) => w.length >= 6)) expect(json).not.toContain(word);
    expect(json).not.toContain('redesigned');
    await Promise.all([healthy.close(), altered.close(), popup.close()]);
  });
});

describe.skipIf(LIVE)('the popup on a phone (Firefox for Android opens it as a 360 px page)', () => {
  it('fits 360 px without sideways scrolling, with the tab health readable', async () => {
    const android = await s.context.newPage();
    const x = await s.context.newPage();
    await x.goto('http://x.com/home?hl=en');
    await x.locator('article[data-testid="tweet"]').first().waitFor();
    await probe(x);
    const tabId = await tabIdOf(x);
    // The same popup page, as a phone's browser shows it: narrow viewport and an Android user agent.
    const cdp = await s.context.newCDPSession(android);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: 'Mozilla/5.0 (Android 15; Mobile; rv:145.0) Gecko/145.0 Firefox/145.0' });
    await android.setViewportSize({ width: 360, height: 740 });
    await android.goto(extensionUrl(s, `popup.html?tab=${tabId}`));
    await android.locator('[data-testid="tab-health"]').waitFor();
    expect(await android.evaluate(() => document.documentElement.classList.contains('narrow'))).toBe(true);
    expect(await android.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = await android.locator('[data-testid="pause-all"]').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await android.screenshot({ path: join(ARTIFACTS, 'health-popup-android-360.png'), fullPage: true });
    await Promise.all([android.close(), x.close()]);
  });
});
