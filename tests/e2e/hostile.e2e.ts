/**
 * Hostile pages, in real Chromium with the built extension (issue 10, items 3 and 4):
 * - a page that listens for every `message` and replays whatever it hears, as a message and as DOM events of the
 *   same names, and that even knows the extension's id (public for a store extension) and dispatches the names
 *   WXT's content-script context used to listen to: it hears nothing, cannot switch counting off (a trusted like
 *   afterwards is counted), and cannot tell that the extension is installed (no message, no attribute, no
 *   property, no element, no resource it can load or see loaded), compared with the same page in the same
 *   browser without the extension;
 * - the built content script carries none of that machinery;
 * - a page that copies Mastodon's signature and scrolls itself with nobody there records no post-view;
 * - a page with 50 invisible reCAPTCHA frames records one passive scoring per page load.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR, exportJson, extensionUrl, fixtureHosts, launch, startServer, type Session } from './harness';

interface Stored {
  kind: string;
  platform: string;
  site: string;
  passive?: boolean;
}

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => s?.close());

/** Every stored event, read from the extension's database through one of its pages. */
async function stored(): Promise<Stored[]> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'report.html'));
  const events = await page.evaluate(
    () =>
      new Promise<Stored[]>((ok, fail) => {
        const req = indexedDB.open('travail-du-clic');
        // Never create the database nor hold it open: the extension's own first open would wait on this page.
        let absent = false;
        req.onupgradeneeded = () => ((absent = true), req.transaction!.abort());
        req.onerror = () => (absent ? ok([]) : fail(req.error));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('events')) return db.close(), ok([]);
          const all = db.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => {
            ok(all.result as Stored[]);
            db.close();
          };
        };
      }),
  );
  await page.close();
  return events;
}

/** Polls the stored events until `done` holds (or the time is up), and returns them. */
async function storedUntil(done: (events: Stored[]) => boolean, timeout = 8000): Promise<Stored[]> {
  const until = Date.now() + timeout;
  let events = await stored();
  while (!done(events) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    events = await stored();
  }
  return events;
}

/**
 * The hostile page's script, run in the page's own world of every frame before its other scripts. It keeps what
 * it hears in `window.__heard` and replays each new thing once: posted back, and dispatched as a CustomEvent of
 * the same name on document and window, with its own detail and with another `messageId`. Knowing the extension's
 * id, it also dispatches every quarter second the event WXT's context aborted on.
 */
function hostile(extensionId: string) {
  const w = window as unknown as { __heard: string[] };
  w.__heard = [];
  const replayed = new Set<string>();
  const dispatch = (name: string, detail: unknown) => {
    for (const target of [document, window]) {
      target.dispatchEvent(new CustomEvent(name, { detail }));
      if (detail && typeof detail === 'object') target.dispatchEvent(new CustomEvent(name, { detail: { ...detail, messageId: 'page' } }));
    }
  };
  addEventListener(
    'message',
    (event) => {
      let heard: string;
      try {
        heard = JSON.stringify(event.data) ?? String(event.data);
      } catch {
        heard = String(event.data);
      }
      w.__heard.push(heard);
      if (replayed.has(heard)) return;
      replayed.add(heard);
      postMessage(event.data, '*');
      const data = event.data as { type?: unknown; name?: unknown } | string | null;
      const name = typeof data === 'string' ? data : typeof data?.type === 'string' ? data.type : data?.name;
      if (typeof name === 'string') dispatch(name, data);
    },
    true,
  );
  const attack = () => {
    for (const entrypoint of ['content', 'content-scripts/content'])
      dispatch(`${extensionId}:${entrypoint}:wxt:content-script-started`, { contentScriptName: entrypoint, messageId: 'page' });
  };
  attack();
  document.addEventListener('DOMContentLoaded', attack);
  setInterval(attack, 250);
}

/** What a page can see of itself: messages heard, window properties, attributes and elements, resources loaded. */
async function whatThePageSees(page: Page) {
  return page.evaluate(() => {
    const attrs = (el: Element | null) => (el ? [...el.attributes].map((a) => `${a.name}=${a.value}`).sort() : []);
    return {
      heard: (window as unknown as { __heard: string[] }).__heard,
      windowProps: Object.getOwnPropertyNames(window).sort(),
      html: attrs(document.documentElement),
      body: attrs(document.body),
      elements: document.querySelectorAll('*').length,
      resources: performance.getEntriesByType('resource').map((r) => r.name).filter((n) => !/^https?:\/\/x\.com\//.test(n)),
    };
  });
}

/** The hostile x.com page, opened in `context`, given time for the content script (document_idle) and its detector. */
async function openHostile(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(hostile, extensionId);
  await page.goto('http://x.com/home?hl=fr');
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  return page;
}

describe('a hostile page', () => {
  it('hears nothing, cannot switch counting off, and cannot tell the extension is installed', async () => {
    // The same page in the same browser without the extension: what the page sees of itself there.
    const server = await startServer();
    const profile = mkdtempSync(join(tmpdir(), 'tdc-noext-'));
    const rules = [...fixtureHosts().map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND'].join(', ');
    const plain = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1100, height: 800 },
      args: [`--host-resolver-rules=${rules}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const baseline = await whatThePageSees(await openHostile(plain, s.extensionId));
    await plain.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });

    const page = await openHostile(s.context, s.extensionId);
    const seen = await whatThePageSees(page);
    expect(seen.heard).toEqual([]);
    expect(seen).toEqual(baseline);
    // Nothing of the extension's can be fetched or loaded from the page, by its id (the detector chunks are
    // web-accessible only under Chrome's per-session URL) or as a script.
    const probes = await page.evaluate(async (id) => {
      const urls = [`chrome-extension://${id}/detector-x.js`, `chrome-extension://${id}/manifest.json`, `chrome-extension://${id}/content-scripts/content.js`];
      const fetched = await Promise.all(urls.map((u) => fetch(u).then(() => `${u} fetched`, () => 'refused')));
      const loaded = await Promise.all(
        urls.map(
          (u) =>
            new Promise<string>((ok) => {
              const script = document.createElement('script');
              script.src = u;
              script.onload = () => ok(`${u} loaded`);
              script.onerror = () => ok('refused');
              document.head.append(script);
            }),
        ),
      );
      return [...fetched, ...loaded];
    }, s.extensionId);
    expect(probes.every((p) => p === 'refused'), probes.join(', ')).toBe(true);

    // Counting still runs: the person's like after all that is recorded.
    await page.locator('article[data-testid="tweet"]').nth(0).locator('[data-testid="like"]').click();
    await page.locator('article[data-testid="tweet"]').nth(0).locator('[data-testid="unlike"]').waitFor();
    const events = await storedUntil((e) => e.some((x) => x.kind === 'reaction'));
    expect(events.filter((e) => e.kind === 'reaction')).toEqual([expect.objectContaining({ platform: 'x', site: 'x.com' })]);
    expect((await whatThePageSees(page)).heard).toEqual([]);
    const report = await exportJson(s);
    expect(report.byKind.reaction.count).toBe(1);
    await page.close();
  }, 120_000);

  it('the built content script has no announcement, no page messaging and no WXT context', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(script).not.toMatch(/content-script-started|postMessage|wxt:/);
  });

  it('a self-scrolling page with a Mastodon signature records no post-view until the person is there', async () => {
    const page = await s.context.newPage();
    await page.goto('http://masto.exemple.fr/');
    // It scrolls itself past its 200 statuses, faking input and focus, for 6 s with nobody there.
    await page.waitForTimeout(6000);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    const views = (e: Stored[]) => e.filter((x) => x.site === 'masto.exemple.fr');
    expect(views(await stored())).toEqual([]);
    // The person's own wheel: the detector runs on this page, and what is on screen now counts.
    await page.mouse.move(300, 300);
    await page.mouse.wheel(0, 10);
    const after = views(await storedUntil((e) => views(e).length > 0));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((x) => x.kind === 'post-view' && x.platform === 'mastodon')).toBe(true);
    await page.close();
  }, 60_000);

  it('a page with 50 invisible reCAPTCHA frames records one passive scoring per page load', async () => {
    const passive = (e: Stored[]) => e.filter((x) => x.site === 'concours.exemple.fr' && x.kind === 'captcha');
    const page = await s.context.newPage();
    await page.goto('http://concours.exemple.fr/');
    expect(page.frames().filter((f) => f.url().includes('size=invisible'))).toHaveLength(50);
    await storedUntil((e) => passive(e).length > 0);
    await page.waitForTimeout(3000); // every frame has reported by now
    expect(passive(await stored())).toEqual([expect.objectContaining({ platform: 'recaptcha', passive: true })]);
    // A new page load may be scored again, once.
    await page.reload();
    await storedUntil((e) => passive(e).length > 1);
    await page.waitForTimeout(3000);
    expect(passive(await stored())).toHaveLength(2);
    await page.close();
  }, 180_000);
});
