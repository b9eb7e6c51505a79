/**
 * Store screenshots (issue 15): 1280 x 800 PNGs of the real pages, in English and French, after real gestures (a
 * like, a repost and a follow on the x.com fixture, a solved reCAPTCHA, a like on the practice page), written to
 * test-artifacts/store/ for the store listings (docs/store/listing.*.md). The toolbar popup cannot be captured in
 * headless Chromium: it is rendered as a page (popup.html, 384 x 600, as in the toolbar, about the x.com tab) and shown
 * enlarged on a plain background.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consent, tabIdOf, work } from './gestures';
import { ARTIFACTS, extensionUrl, launch } from './harness';

const OUT = join(ARTIFACTS, 'store');
const SIZE = { width: 1280, height: 800 };

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (file: string) => {
  const b = readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

async function shot(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  await page.screenshot({ path: file });
  expect(pngSize(file)).toEqual(SIZE);
  return file;
}

const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
};

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('store screenshots, %s', (lang, locale) => {
  it('welcome, popup over x.com, report, concepts, practice and settings at 1280 x 800', async () => {
    const s = await launch({ locale, consent: false });
    try {
      const open = async (path: string) => {
        const page = await s.context.newPage();
        await page.setViewportSize(SIZE);
        await page.goto(extensionUrl(s, path));
        await settle(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        return page;
      };
      // The welcome page as a new user sees it, then consent with its own button.
      const welcome = await open('welcome.html');
      await shot(welcome, `5-welcome-${lang}.png`);
      await welcome.close();
      await consent(s);
      const x = await work(s, lang, { consented: true });

      // Practice: a like on the sandbox feed, counted apart.
      const practice = await open('practice.html');
      await practice.locator('[data-testid="like"]').first().click();
      await practice.locator('[data-testid="unlike"]').first().waitFor();
      await practice.waitForTimeout(1500);
      await shot(practice, `4-practice-${lang}.png`);
      await practice.close();

      // The popup as it shows over the x.com tab (the fixture page itself is bare markup: not shown), enlarged 1.3 times
      // on a plain background so its text reads at store-thumbnail size.
      const tabId = await tabIdOf(s, x);
      const popup = await s.context.newPage();
      await popup.setViewportSize({ width: 384, height: 600 });
      await popup.goto(extensionUrl(s, `popup.html?tab=${tabId}`));
      await popup.locator('[data-testid="week-count"]').waitFor();
      await settle(popup);
      const popupPng = await popup.screenshot();
      await popup.close();
      const frame = await s.context.newPage();
      await frame.setViewportSize(SIZE);
      await frame.setContent(
        `<body style="margin:0;width:1280px;height:800px;overflow:hidden;background:#e9e6df;display:grid;place-items:center">
           <img src="data:image/png;base64,${popupPng.toString('base64')}" style="width:${384 * 1.3}px;border:1px solid #b9b3a8;border-radius:10px;box-shadow:0 8px 30px rgb(0 0 0 / 30%)">
         </body>`,
      );
      await frame.waitForTimeout(200);
      await shot(frame, `1-popup-${lang}.png`);
      await frame.close();

      const report = await open('report.html');
      await shot(report, `2-report-${lang}.png`);
      await report.locator('#concepts-h').scrollIntoViewIfNeeded();
      await report.evaluate(() => document.getElementById('concepts-h')!.scrollIntoView({ block: 'start' }));
      await shot(report, `3-report-concepts-${lang}.png`);
      await report.close();

      const options = await open('options.html');
      await shot(options, `6-settings-${lang}.png`);
      await options.close();
    } finally {
      await s.close();
    }
  }, 240_000);
});
