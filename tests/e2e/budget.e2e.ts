/**
 * Weight budgets of the built extension (issue 14), in `npm test`:
 * - the script the popup loads: every chunk it fetches when it opens (entry, static imports, and on its first open in
 *   a language the dynamic import of that language's popup messages, kept in localStorage for the next opens), from
 *   Chromium's network log (extension resources are not in resource timing), sizes read from the build; in English
 *   and in French (the longer catalog); and no Dexie among them (the popup paints from the background's summary in
 *   storage, lib/summary.ts);
 * - the content script that runs on every page (content-scripts/content.js) does not grow, nor the heaviest platform
 *   page's (content.js and its detector chunk), whose chunks carry no citation (modules/strip-anchor-sources.ts);
 * - the citations and the figures' labels (lib/figure-sources.ts, the `sources` messages) load only when a source is
 *   opened, and then show.
 * The limits are today's figures, so that nothing makes them worse unnoticed. The popup's goal is 60 KB raw and 20 KB
 * gzip (issue 14): met by every open but the first in a language, which loads the messages' file too (README,
 * "Benchmarks"); lower the limits as the popup gets lighter. A change that must make either bigger says so here,
 * with the new figure and why.
 * `WXT_OUT_DIR` selects the build, as for every e2e file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, extensionUrl, launch, ROOT, type Session } from './harness';

/** Issue 14's goal for the popup's script, raw and gzip (KB). */
export const POPUP_SCRIPT_GOAL = { rawKB: 60, gzipKB: 20 };
/**
 * The popup's first open in a language (after install, an update or a change of language), which also loads that
 * language's messages: 1 December 2026, French, the larger, 57.3 KB raw, 22.9 KB gzip (was 240 KB with Dexie, 71.8 KB
 * before the citations and the report's concept sources left it). Raw is held to the goal. Every later open takes
 * the messages from its copy in localStorage and is held to the goal itself (POPUP_SCRIPT_GOAL).
 */
export const POPUP_SCRIPT_LIMIT = { rawKB: 60, gzipKB: 23 };
/**
 * content-scripts/content.js, raw bytes: 9,199 when issue 14 was taken up (commit 2600a03), 10,071 since consent
 * before counting (cc3190f, issue 15: nothing starts before the person agrees), 10,062 since the detector import is
 * written `chrome.runtime.getURL(...)` (da8f183).
 */
export const CONTENT_SCRIPT_BYTES = 10_062;
/**
 * The heaviest platform page's content script (content.js and the largest detector chunk), raw bytes: 27,652 on 1 Dec
 * 2026 (TikTok), 25,513 once the anchors' citations were left out of the chunks (modules/strip-anchor-sources.ts).
 */
export const PLATFORM_PAGE_BYTES = 25_513;

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
    const entry = /<script type="module"[^>]* src="([^"]+)"/.exec(readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8'))![1]!;
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
      // As just installed: no page has kept a copy of the messages yet (the report just opened did). Cleared from a
      // blank tab once the report is closed, so that it cannot keep a new copy after.
      const blank = await s.context.newPage();
      const cdp = await s.context.newCDPSession(blank);
      await cdp.send('Storage.clearDataForOrigin', { origin: new URL(extensionUrl(s, 'popup.html')).origin, storageTypes: 'local_storage' });
      await blank.close();
      // The first open in a language loads its messages' file (and, right after a change of language, the one it
      // guessed from the last open: entrypoints/popup/main.tsx), then keeps a copy in localStorage (lib/catalogs.ts).
      const first = await popupScripts(s);
      const firstCatalogs = first.filter((p) => /\/popup-/.test(p) && p !== entry);
      expect(firstCatalogs.length, `one or both languages' messages once: ${first.join(' ')}`).toBeGreaterThanOrEqual(1);
      expect(firstCatalogs.length, `one or both languages' messages once: ${first.join(' ')}`).toBeLessThanOrEqual(2);
      // Its own language's file among them (the other one, if any, is the guess from the last open).
      const today = (JSON.parse(readFileSync(join(ROOT, `public/_locales/${language}/messages.json`), 'utf8')) as Record<string, { message: string }>).popup_today!.message;
      const own = firstCatalogs.find((p) => readFileSync(join(EXTENSION_DIR, p), 'utf8').includes(`"popup_today":"${today}"`));
      expect(own, `${language} messages loaded on the first open: ${first.join(' ')}`).toBeDefined();
      const f = weigh([...first.filter((p) => !firstCatalogs.includes(p)), own!]);
      console.log(`[budget] popup, first open in ${language}: ${f.rawKB} KB raw, ${f.gzipKB} KB gzip: ${first.join(' ')}`);
      expect(f.rawKB, `popup script raw, first open (${language})`).toBeLessThanOrEqual(POPUP_SCRIPT_LIMIT.rawKB);
      expect(f.gzipKB, `popup script gzip, first open (${language})`).toBeLessThanOrEqual(POPUP_SCRIPT_LIMIT.gzipKB);
      // Every later open: the entry and its static imports only, the messages from the copy.
      const paths = await popupScripts(s);
      const w = weigh(paths);
      console.log(`[budget] popup (${language}): ${w.rawKB} KB raw, ${w.gzipKB} KB gzip (goal ${POPUP_SCRIPT_GOAL.rawKB} / ${POPUP_SCRIPT_GOAL.gzipKB}): ${paths.join(' ')}`);
      expect(paths, 'the popup entry is among the scripts').toContain(entry);
      expect(paths.filter((p) => /\/popup-/.test(p) && p !== entry), 'no messages file once a copy is kept').toEqual([]);
      expect(w.dexie, `no Dexie in the popup: ${paths.join(' ')}`).toBe(false);
      expect(w.rawKB, `popup script raw (${language})`).toBeLessThanOrEqual(POPUP_SCRIPT_GOAL.rawKB);
      expect(w.gzipKB, `popup script gzip (${language})`).toBeLessThanOrEqual(POPUP_SCRIPT_GOAL.gzipKB);
      expect(paths.filter((p) => /figure-sources|\/sources-/.test(p)), 'no citations before a source is opened').toEqual([]);
      const opened = await popupScripts(s, true);
      expect(opened.filter((p) => /figure-sources/.test(p)), `citations loaded when a source is opened: ${opened.join(' ')}`).toHaveLength(1);
      expect(opened.filter((p) => /\/sources-/.test(p)), `one language's figure labels: ${opened.join(' ')}`).toHaveLength(1);
    }
  });

  it("the detector chunks carry none of their anchors' citations, and the heaviest platform page does not grow", () => {
    const chunks = readdirSync(EXTENSION_DIR).filter((f) => /^detector-.+\.js$/.test(f));
    expect(chunks.length).toBeGreaterThan(20);
    const sizes = chunks.map((f) => {
      const code = readFileSync(join(EXTENSION_DIR, f), 'utf8');
      // Every citation says when it was checked, or that it came from a code search (lib/detectors/*/*.ts).
      expect(code, f).not.toMatch(/\(checked 20\d\d-\d\d-\d\d\)|code search: /);
      return { f, bytes: Buffer.byteLength(code) };
    });
    const heaviest = sizes.sort((a, b) => b.bytes - a.bytes)[0]!;
    const bytes = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js')).length + heaviest.bytes;
    console.log(`[budget] heaviest platform page: content.js + ${heaviest.f}, ${bytes} bytes (limit ${PLATFORM_PAGE_BYTES})`);
    expect(bytes).toBeLessThanOrEqual(PLATFORM_PAGE_BYTES);
  });

  it('the content script on every page does not grow', () => {
    const bytes = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js')).length;
    console.log(`[budget] content.js: ${bytes} bytes (limit ${CONTENT_SCRIPT_BYTES})`);
    expect(bytes).toBeLessThanOrEqual(CONTENT_SCRIPT_BYTES);
  });
});
