/**
 * Privacy and security, proved on the built extension:
 * - the manifest asks for the minimum (storage only in Chromium; Firefox adds the host permission it needs for
 *   sender.tab.url), ships no remote code, and sets a strict CSP for extension pages;
 * - a run over every fixture page of every fixture host (tests/fixtures/sites/*), clicking what a person would,
 *   then opening the popup and the report and exporting, makes zero network requests of the extension's own: the
 *   service worker and extension pages request nothing outside the extension, and the fixture server receives
 *   nothing the same pages did not ask for in the same browser without the extension;
 * - the CSP really blocks a leak: fetch, images, a beacon or a CSS background from the background or the report
 *   reach nobody.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR, extensionUrl, exportJson, fixtureHosts, launch, startServer, type Session } from './harness';
import { fixturePages } from './proof-helpers';

const FIREFOX_DIR = EXTENSION_DIR.replace(/chrome-mv3$/, 'firefox-mv3');

/**
 * Opens a fixture page and gives it a moment; a page that never finishes loading (a frame of a host the fixtures
 * do not serve) is used as far as it got, the same way with and without the extension.
 */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit', timeout: 8000 }).catch(() => undefined);
  await page.waitForLoadState('domcontentloaded', { timeout: 4000 }).catch(() => undefined);
  await page.waitForTimeout(300);
}

/** Clicks, as a person, the controls a detector may react to (links and submits left alone: no navigation). */
async function useEveryPage(context: BrowserContext, pages: string[]): Promise<void> {
  const page = await context.newPage();
  for (const url of pages) {
    await visit(page, url);
    const controls = page.locator('button:not([type="submit"]), [role="button"]:not(a), [role="checkbox"], [role="menuitem"]:not(a)');
    const n = Math.min(await controls.count(), 4);
    for (let i = 0; i < n; i++) {
      await controls.nth(i).click({ timeout: 300, noWaitAfter: true }).catch(() => undefined);
      if (page.url() !== url) await visit(page, url);
    }
    await page.waitForTimeout(200);
  }
  await page.close();
}

/** URLs requested by the service worker or an extension page, outside the extension itself. */
function watchExtension(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (/^(chrome-extension|data|blob):/.test(url)) return;
    const from = req.serviceWorker()?.url() ?? req.frame()?.url() ?? '';
    if (req.serviceWorker() || from.startsWith('chrome-extension:')) seen.push(`${from} -> ${url}`);
  });
  return seen;
}

describe('manifest', () => {
  const chrome = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('asks only for storage; the content script match is the only host access', () => {
    expect(chrome.permissions).toEqual(['storage']);
    expect(chrome.host_permissions ?? []).toEqual([]);
    // Asked for only when the person turns the weekly reminder on (lib/reminder.ts), never at install.
    expect((chrome.optional_permissions ?? []).sort()).toEqual(['alarms', 'notifications']);
    expect(chrome.optional_host_permissions ?? []).toEqual([]);
    for (const key of ['externally_connectable', 'update_url', 'key', 'oauth2', 'sandbox']) expect(chrome[key], key).toBeUndefined();
    // The only files a page may load are the detector chunks the content script imports where they apply, under a
    // per-session URL (use_dynamic_url) so that a page cannot probe for the extension with a fixed address.
    expect(chrome.web_accessible_resources ?? []).toEqual([{ resources: ['detector-*.js'], matches: ['<all_urls>'], use_dynamic_url: true }]);
    expect(chrome.content_scripts).toHaveLength(1);
    expect(chrome.content_scripts[0].matches).toEqual(['<all_urls>']);
  });

  it('sets a strict CSP on extension pages: own scripts only, no eval, no network, no remote images', () => {
    const csp: string = chrome.content_security_policy.extension_pages;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    // Everything not named falls back to default-src: no remote image, style, font, frame or media.
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm|https?:|\*/);
  });

  it('ships no remote code: every script is a file of the extension, nothing is loaded or evaluated from a URL', () => {
    const files: string[] = [];
    const walk = (dir: string) => readdirSync(dir).forEach((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : files.push(join(dir, n))));
    walk(EXTENSION_DIR);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
        expect(src, file).toMatch(/^\/[\w/.-]+\.js$/);
        expect(existsSync(join(EXTENSION_DIR, src!))).toBe(true);
      }
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/); // no inline script
    }
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const js = readFileSync(file, 'utf8');
      expect(js, file).not.toMatch(/importScripts\s*\(|import\s*\(\s*["'`]https?:|new\s+WebSocket|sendBeacon|XMLHttpRequest/);
    }
  });

  it('has no network code: no fetch(, XMLHttpRequest, WebSocket, EventSource or sendBeacon in any script, Chrome or Firefox', () => {
    // The names as code (`fetch(`, `window.fetch(`, `new WebSocket`), not inside other words (`prefetch(`,
    // `fetchPriority`, `myWebSocketish`).
    const NETWORK = /(?<![\w$])(?:fetch(?=\s*\()|XMLHttpRequest|WebSocket|EventSource|sendBeacon)(?![\w$])/g;
    const find = (js: string) => [...js.matchAll(NETWORK)].map((m) => js.slice(Math.max(0, m.index - 40), m.index + 30));
    // The matcher finds Vite's module-preload polyfill (what the build carried until wxt.config.ts turned it off).
    expect(find('function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}')).toHaveLength(1);
    expect(find('prefetch(a);x.fetchPriority="high";isWebSockets;sendBeacons')).toEqual([]);
    const found: string[] = [];
    for (const dir of [EXTENSION_DIR, FIREFOX_DIR].filter((d) => existsSync(join(d, 'manifest.json')))) {
      const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
      for (const file of walk(dir).filter((f) => f.endsWith('.js'))) found.push(...find(readFileSync(file, 'utf8')).map((m) => `${file}: ${m}`));
    }
    expect(found).toEqual([]);
  });

  it.runIf(existsSync(join(FIREFOX_DIR, 'manifest.json')))('Firefox: storage plus the host permission it needs for sender.tab.url, same CSP', () => {
    const ff = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    // Firefox cannot make `alarms` optional (wxt.config.ts); it grants it without a prompt. `notifications` stays
    // optional, asked for when the person turns the weekly reminder on.
    expect(ff.permissions.sort()).toEqual(['alarms', 'storage']);
    expect(ff.host_permissions).toEqual(['<all_urls>']);
    expect(ff.optional_permissions ?? []).toEqual(['notifications']);
    expect(ff.content_security_policy).toEqual(chrome.content_security_policy);
    expect(ff.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('zero network requests', () => {
  let s: Session | undefined;
  afterAll(async () => s?.close());

  it('over every fixture page, the popup and the report: the extension requests nothing, the pages nothing more', async () => {
    const pages = fixturePages();
    expect(pages.length).toBeGreaterThanOrEqual(fixtureHosts().length);

    // Baseline: the same pages, the same clicks, in the same browser without the extension (run side by side).
    const baseline = async () => {
      const baseServer = await startServer();
      const profile = mkdtempSync(join(tmpdir(), 'tdc-noext-'));
      const rules = [...fixtureHosts().map((h) => `MAP ${h} 127.0.0.1:${baseServer.port}`), 'MAP * ~NOTFOUND'].join(', ');
      const plain = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        ignoreHTTPSErrors: true,
        args: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      await useEveryPage(plain, pages);
      await plain.close();
      await baseServer.close();
      rmSync(profile, { recursive: true, force: true });
      return new Set(baseServer.requests);
    };
    const withExtension = async () => {
      s = await launch();
      const seen = watchExtension(s.context);
      await useEveryPage(s.context, pages);
      return seen;
    };
    const [baseLog, fromExtension] = await Promise.all([baseline(), withExtension()]);
    s = s!;

    // Every extension page (popup, report and any other), with data in the database: no request, and nothing of
    // theirs refused by the strict CSP (a refusal would mean a page relies on something the CSP forbids).
    const violations: string[] = [];
    for (const html of readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html'))) {
      const page = await s.context.newPage();
      page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(`${html}: ${m.text()}`));
      await page.goto(extensionUrl(s, html));
      await page.waitForTimeout(300);
      await page.close();
    }
    expect(violations).toEqual([]);
    // The run did exercise the recorder, so the background had every reason to talk (and did not).
    expect((await exportJson(s)).events.length).toBeGreaterThan(0);

    expect(fromExtension).toEqual([]);
    expect([...new Set(s.server.requests)].filter((r) => !baseLog.has(r))).toEqual([]);
  }, 300_000);

  it('the CSP blocks a leak from the background and from an extension page', async () => {
    s ??= await launch();
    const before = s.server.requests.length;
    const fromWorker = await s.worker.evaluate(() => fetch('https://x.com/leak-from-worker').then(() => 'sent', (e: Error) => e.name));
    expect(fromWorker).toBe('TypeError');
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'report.html'));
    const fetched = await page.evaluate(async () => {
      const result = await fetch('https://x.com/leak-fetch').then(() => 'sent', (e: Error) => e.name);
      const image = (src: string) =>
        new Promise<void>((ok) => {
          const i = new Image();
          i.onload = i.onerror = () => ok();
          i.src = src;
        });
      await image('https://x.com/leak-image.png');
      await image('http://x.com/leak-image-http.png');
      navigator.sendBeacon('https://x.com/leak-beacon', 'x');
      const div = document.createElement('div');
      div.style.backgroundImage = 'url(https://x.com/leak-css.png)';
      document.body.append(div);
      return result;
    });
    expect(fetched).toBe('TypeError');
    await page.waitForTimeout(500);
    // Whatever the calls returned, the proof is that nothing arrived.
    expect(s.server.requests.slice(before).filter((r) => r.includes('leak'))).toEqual([]);
  });
});
