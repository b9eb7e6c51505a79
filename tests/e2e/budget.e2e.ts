/**
 * Weight budgets of the built extension (issue 14), in `npm test`:
 * - the script the popup loads: every chunk it fetches when it opens (entry, static imports, and the dynamic import
 *   of one language's popup messages), from Chromium's network log (extension resources are not in resource timing),
 *   sizes read from the build; in English and in French (the longer catalog); and no Dexie among them (the popup
 *   paints from the background's summary in storage, lib/summary.ts);
 * - the content script that runs on every page (content-scripts/content.js) does not grow.
 * - the citations and the figures' labels (lib/figure-sources.ts, the `sources` messages) load only when a source is
 *   opened, and then show.
 * The limits are today's figures, so that nothing makes them worse unnoticed. The popup's goal is 60 KB raw (met) and
 * 20 KB gzip (issue 14; missed: README, "Benchmarks", says by how much and what would close it); lower the limits as
 * the popup gets lighter. A change that must make either bigger says so here, with the new figure and why.
 * `WXT_OUT_DIR` selects the build, as for every e2e file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, extensionUrl, launch, type Session } from './harness';

/** Issue 14's goal for the popup's script, raw and gzip (KB). */
export const POPUP_SCRIPT_GOAL = { rawKB: 60, gzipKB: 20 };
/**
 * Today's popup (30 November 2026, French, the larger): 56.6 KB raw, 24.0 KB gzip (was 240 KB with Dexie, 71.8 KB
 * before the citations and the report's concept sources left it). Raw is held to the goal.
 */
export const POPUP_SCRIPT_LIMIT = { rawKB: 60, gzipKB: 23 };
/**
 * content-scripts/content.js, raw bytes: 9,199 when issue 14 was taken up (commit 2600a03), 10,071 since consent
 * before counting (cc3190f, issue 15: nothing starts before the person agrees).
 */
export const CONTENT_SCRIPT_BYTES = 10_071;

const kb = (n: number) => Math.round((n / 1024) * 100) / 100;

/**
 * Scripts the popup loaded up to the frame that shows its figures, as paths in the build; with `openSource`, then
 * those that opening "How these numbers are made: source" loads, once its first citation shows.
 */
async function popupScripts(s: Session, openSource = false): Promise<string[]> {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  const paths: string[] = [];
  cdp.on('Network.requestWillBeSent', (e) => paths.push(new URL(e.request.url).pathname));
  await cdp.send('Network.enable');
  await page.goto(extensionUrl(s, 'popup.html?tab=999999'));
  await page.getByTestId('week').waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500); // what it loads right after its first paint counts too
  if (openSource) {
    paths.length = 0;
    await page.locator('.how details.src > summary').click();
    await page.locator('.how details.src[open] [data-figure] cite').first().waitFor({ timeout: 10_000 });
  }
  await page.close();
  return [...new Set(paths.filter((p) => p.endsWith('.js')))];
}

function weigh(paths: string[]) {
  const files = paths.map((p) => readFileSync(join(EXTENSION_DIR, p)));
  return {
    rawKB: kb(files.reduce((n, f) => n + f.length, 0)),
    gzipKB: kb(files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0)),
    dexie: files.some((f) => f.includes('indexedDB') || f.includes('Dexie')),
  };
}

describe('budgets', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the popup loads no more script than today, and no Dexie, in English and in French', async () => {
    for (const language of ['en', 'fr'] as const) {
      const page = await s.context.newPage();
      await page.goto(extensionUrl(s, 'report.html'));
      await page.evaluate(async (language) => {
        type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
        const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
        const { settings } = (await local.get('settings')) as { settings?: object };
        await local.set({ settings: { ...settings, language } });
      }, language);
      await page.close();
      // The popup starts loading its messages in the language it showed last time (entrypoints/popup/main.tsx): the
      // first open after a change of language loads both once; every later open, the one measured here, loads one.
      const first = await popupScripts(s);
      expect(first.filter((p) => /\/popup-/.test(p)).length, `at most both languages once: ${first.join(' ')}`).toBeLessThanOrEqual(3);
      const paths = await popupScripts(s);
      const w = weigh(paths);
      console.log(`[budget] popup (${language}): ${w.rawKB} KB raw, ${w.gzipKB} KB gzip (goal ${POPUP_SCRIPT_GOAL.rawKB} / ${POPUP_SCRIPT_GOAL.gzipKB}): ${paths.join(' ')}`);
      expect(paths.some((p) => /popup-/.test(p)), 'the popup entry is among the scripts').toBe(true);
      expect(w.dexie, `no Dexie in the popup: ${paths.join(' ')}`).toBe(false);
      expect(w.rawKB, `popup script raw (${language})`).toBeLessThanOrEqual(POPUP_SCRIPT_LIMIT.rawKB);
      expect(w.gzipKB, `popup script gzip (${language})`).toBeLessThanOrEqual(POPUP_SCRIPT_LIMIT.gzipKB);
      expect(paths.filter((p) => /figure-sources|\/sources-/.test(p)), 'no citations before a source is opened').toEqual([]);
      const opened = await popupScripts(s, true);
      expect(opened.filter((p) => /figure-sources/.test(p)), `citations loaded when a source is opened: ${opened.join(' ')}`).toHaveLength(1);
      expect(opened.filter((p) => /\/sources-/.test(p)), `one language's figure labels: ${opened.join(' ')}`).toHaveLength(1);
    }
  });

  it('the content script on every page does not grow', () => {
    const bytes = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js')).length;
    console.log(`[budget] content.js: ${bytes} bytes (limit ${CONTENT_SCRIPT_BYTES})`);
    expect(bytes).toBeLessThanOrEqual(CONTENT_SCRIPT_BYTES);
  });
});
