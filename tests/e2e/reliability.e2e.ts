/**
 * Reliability under faults, on the built extension in real Chromium:
 * - the service worker is stopped (CDP Target.closeTarget) again and again while a person keeps liking posts:
 *   every like is stored once, none lost, none doubled; the same across a browser restart with the same profile;
 * - the worker is stopped while the anchor frame's "solved" of a reCAPTCHA is being written, before the challenge
 *   frame reports the same success: exactly one CAPTCHA is stored;
 * - a page that pushes history entries (reported by Chromium as the tab loading) and adds invisible reCAPTCHA frames
 *   gets one passive scoring per page load, not one per pushState;
 * - storage full is proved in tests/unit/fuzz.test.ts (recorder + real content-script delivery over a database whose
 *   writes fail with QuotaExceededError): CDP Storage.overrideQuotaForOrigin does not make the service worker's
 *   small writes fail in Chromium 156 (tried: a page's 100 KB write fails, the worker's rows still commit);
 * - 1,000 forged messages sent from the content script's own world (as a compromised or buggy content script
 *   would) are all refused and counted, and a page's own scripts cannot reach the background at all;
 * - page scripts firing synthetic events at every control of every fixture page record nothing;
 * - hostile strings (HTML, script, RTL override, 10 KB) stored as sites and labels render as text in every
 *   extension page.
 */
import { writeFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, exportJson, extensionUrl, launch, startServer, type FixtureServer, type Session } from './harness';
import { fixturePages, NOT_GESTURES, storedGestures, storedKinds } from './proof-helpers';

/** The extension API as seen from an extension page or a content script (typed loosely: tests only). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** A browser-wide CDP session (any page's session can use the Target domain). */
async function browserCdp(s: Session): Promise<{ cdp: CDPSession; page: Page }> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'report.html'));
  return { cdp: await s.context.newCDPSession(page), page };
}

/** Stops the extension's service worker the way Chromium does when it idles; returns how many it closed. */
async function stopWorker(s: Session, cdp: CDPSession): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${s.extensionId}/`));
  for (const w of workers) await cdp.send('Target.closeTarget', { targetId: w.targetId }).catch(() => undefined);
  return workers.length;
}

/** The recorder's saved counters (lib/recorder-store.ts), read from an extension page. */
const readStats = (page: Page) =>
  page.evaluate(async () => ((await chrome.storage.local.get('stats')) as { stats?: { rejected: number; storageError: { name: string } | null } }).stats ?? { rejected: 0, storageError: null });

/** One like on post `i % 3` of the X fixture, then its undo (which records nothing), as a person clicks. */
async function likeAndUndo(page: Page, i: number, afterClick?: () => Promise<unknown>): Promise<void> {
  const post = page.locator('article[data-testid="tweet"]').nth(i % 3);
  await post.locator('[data-testid="like"]').click();
  await afterClick?.();
  await post.locator('[data-testid="unlike"]').waitFor();
  await page.waitForTimeout(120);
  await post.locator('[data-testid="unlike"]').click();
  await post.locator('[data-testid="like"]').waitFor();
}

/** Waits until `n` likes are stored, then waits out the content script's first retries and checks again. */
async function expectLikesExactly(ext: Page, n: number) {
  const until = Date.now() + 20_000;
  let likes = 0;
  while (Date.now() < until) {
    likes = (await storedKinds(ext)).reaction ?? 0;
    if (likes >= n) break;
    await sleep(100);
  }
  await sleep(2500);
  expect((await storedKinds(ext)).reaction ?? 0).toBe(n);
}

describe('service worker stopped mid-stream, and a browser restart', () => {
  let server: FixtureServer;
  const profile = mkdtempSync(join(tmpdir(), 'tdc-restart-'));
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server?.close());

  it('stores every like exactly once while the worker is stopped again and again, and after a restart', async () => {
    let s = await launch({ profile, server });
    let { cdp, page: ext } = await browserCdp(s);
    const page = await s.context.newPage();
    await page.goto('http://x.com/home');
    let likes = 0;
    let stops = 0;
    // Stopped right after the click (before the like is even detected), while the message is in flight, and
    // after it was probably written but maybe not acknowledged.
    const offsets = [0, 40, 90, 150, 250];
    for (let i = 0; i < 25; i++) {
      const offset = offsets[i % offsets.length]!;
      await likeAndUndo(page, i, i % 2 === 0 ? async () => { await sleep(offset); stops += await stopWorker(s, cdp); } : undefined);
      likes += 1;
    }
    expect(stops).toBeGreaterThanOrEqual(10); // the worker was really there to stop, and came back each time
    await expectLikesExactly(ext, likes);

    // Browser restart with the same profile: what was stored is still there, recording goes on, with stops.
    await s.close();
    s = await launch({ profile, server });
    ({ cdp, page: ext } = await browserCdp(s));
    expect((await storedKinds(ext)).reaction).toBe(likes);
    const again = await s.context.newPage();
    await again.goto('http://x.com/home?hl=fr');
    for (let i = 0; i < 6; i++) {
      await likeAndUndo(again, i, i % 2 === 1 ? async () => void (await stopWorker(s, cdp)) : undefined);
      likes += 1;
    }
    await expectLikesExactly(ext, likes);
    await s.close();
  });
});

describe('faults in one session', () => {
  let s: Session;
  let cdp: CDPSession;
  let ext: Page;
  beforeAll(async () => {
    s = await launch();
    ({ cdp, page: ext } = await browserCdp(s));
  });
  afterAll(async () => s?.close());

  it('refuses and counts 1,000 forged messages from the content script world; page scripts cannot reach it', async () => {
    const page = await s.context.newPage();
    await page.goto('http://x.com/home');
    const likesBefore = (await storedKinds(ext)).reaction ?? 0;
    const before = await storedGestures(ext);
    const rejectedBefore = (await readStats(ext)).rejected;

    // The page's own world has no way to the background (no externally_connectable, no page-facing listener).
    const fromPage = await page.evaluate(() => {
      const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      window.postMessage({ type: 'gesture', uid: 'pagepost0001', gesture: { kind: 'reaction', platform: 'x' } }, '*');
      return typeof c?.runtime?.sendMessage;
    });
    expect(fromPage).toBe('undefined');

    // The content script's isolated world, found over CDP, sends what a compromised content script could.
    const page_cdp = await s.context.newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    page_cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await page_cdp.send('Runtime.enable');
    await sleep(200);
    const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(s.extensionId))
      ?? contexts.find((c) => c.auxData?.type === 'isolated');
    expect(isolated, JSON.stringify(contexts)).toBeDefined();
    const { result, exceptionDetails } = await page_cdp.send('Runtime.evaluate', {
      contextId: isolated!.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(${forgeAndSend.toString()})(1000)`,
    });
    expect(exceptionDetails).toBeUndefined();
    const replies = result.value as { sent: number; thrown: number; invalid: number; other: string[] };
    expect(replies.other).toEqual([]);
    expect(replies.sent).toBe(1000);
    // Every message that reached the background was refused (a few cannot even be serialised by sendMessage).
    expect(replies.invalid + replies.thrown).toBe(1000);
    expect(replies.thrown).toBeLessThan(50);
    expect((await readStats(ext)).rejected - rejectedBefore).toBe(replies.invalid);
    expect(await storedGestures(ext)).toBe(before);

    // Still alive: a person's like is stored.
    await likeAndUndo(page, 0);
    await expectLikesExactly(ext, likesBefore + 1);
  });

  it('page scripts firing synthetic events at every control of every fixture page record nothing', async () => {
    const before = await storedKinds(ext);
    const page = await s.context.newPage();
    page.on('dialog', (d) => void d.dismiss());
    const recorded: string[] = [];
    const storm = async () => {
      let n = 0;
      for (const frame of page.frames()) {
        n += await Promise.race([frame.evaluate(syntheticStorm).catch(() => 0), sleep(3000).then(() => 0)]);
      }
      return n;
    };
    let fired = 0;
    for (const url of fixturePages()) {
      await page.goto(url, { waitUntil: 'commit', timeout: 8000 }).catch(() => undefined);
      await page.waitForLoadState('domcontentloaded', { timeout: 4000 }).catch(() => undefined);
      await page.waitForTimeout(150);
      fired += await storm();
      await page.waitForTimeout(400); // the sites react to the synthetic clicks (state flips); detectors must not
      fired += await storm();
      await page.waitForTimeout(300);
      const now = await storedKinds(ext);
      for (const [kind, n] of Object.entries(now)) if (!NOT_GESTURES.has(kind) && n !== (before[kind] ?? 0)) recorded.push(`${url}: ${kind}`);
      Object.assign(before, now);
    }
    expect(fired).toBeGreaterThan(200);
    await sleep(1500);
    // Post views and passive CAPTCHA scorings are not gestures (recorded without any click, by design): every other
    // kind stays put. A submit event that follows a script's button.click() or form.requestSubmit() is trusted
    // (the browser fires it), so a detector that counts trusted `submit` events alone is fooled here.
    expect(recorded).toEqual([]);
  }, 240_000);

  it('hostile sites and labels render as text in every extension page', { timeout: 120_000 }, async () => {
    const hostile = [
      '<img src=x onerror="window.__pwned=1" data-pwn=1>',
      '<script data-pwn>window.__pwned=1</script>',
      '"><svg onload="window.__pwned=1" data-pwn=1>',
      '\u202Emoc.elgoog<b data-pwn>x</b>',
      `${'w'.repeat(10_240)}.example`,
    ];
    // Written straight into the database (the schema would refuse them through messages), this week.
    await ext.evaluate(async (hostile) => {
      const open = indexedDB.open('travail-du-clic');
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction(['events', 'rollups'], 'readwrite');
      const now = Date.now();
      const d = new Date(now);
      const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      hostile.forEach((h, i) => {
        tx.objectStore('events').add({ uid: `hostile-${i}-${now}`, at: now - i, day, kind: 'captcha', platform: 'recaptcha', site: h, seconds: 5, rounds: 1, labels: [h] });
      });
      tx.objectStore('rollups').put({ key: `${day}|captcha|recaptcha|hostile`, day, kind: 'captcha', platform: 'recaptcha', count: hostile.length, timed: hostile.length, seconds: 25, rounds: hostile.length, passive: 0, labels: Object.fromEntries(hostile.map((h) => [h, 1])) });
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
      // A paused site with a hostile name, for the settings list.
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), pausedSites: hostile } });
    }, hostile);

    // A class hand-in with hostile contents and a hostile file name, for the class view.
    const dir = mkdtempSync(join(tmpdir(), 'tdc-hostile-'));
    const handIn = join(dir, `${hostile[0]!.replace(/[/\\]/g, '_')}.json`);
    writeFileSync(handIn, JSON.stringify({ format: 'digital-labor-report', version: 1, anonymized: true, events: hostile.map((h) => ({ at: Date.now(), kind: 'captcha', platform: 'recaptcha', site: h, labels: [h] })) }));

    const pages = readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['popup.html', 'report.html']));
    for (const html of pages) {
      const page = await s.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(extensionUrl(s, html));
      await page.waitForTimeout(500);
      const input = page.locator('input[type="file"]');
      if (await input.count()) {
        await input.first().setInputFiles(handIn);
        await page.waitForTimeout(500);
      }
      // Open whatever the page folds away (details, tabs), so that lists of sites and labels are rendered.
      for (const summary of await page.locator('summary:visible').all()) await summary.click({ timeout: 500 }).catch(() => undefined);
      await page.waitForTimeout(200);
      const injected = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
        elements: document.querySelectorAll('[data-pwn], [onerror], [onload]').length,
        scripts: [...document.scripts].filter((x) => !x.src).length,
      }));
      expect(injected, html).toEqual({ pwned: 0, elements: 0, scripts: 0 });
      expect(errors, html).toEqual([]);
      await page.close();
    }
  });
});

describe('a solved CAPTCHA across a worker stop', () => {
  let s: Session;
  afterAll(async () => s?.close());

  it('stores exactly one CAPTCHA when the worker stops between the anchor frame\'s and the challenge frame\'s "solved"', { timeout: 120_000 }, async () => {
    s = await launch();
    const { cdp, page: ext } = await browserCdp(s);
    const page = await s.context.newPage();
    await page.goto('http://www.boutique-exemple.fr/?hl=en');
    const frameOf = async (url: RegExp) => {
      for (let i = 0; i < 100; i++) {
        const f = page.frames().find((fr) => url.test(fr.url()));
        if (f && (await f.evaluate(() => document.readyState === 'complete').catch(() => false))) return f;
        await sleep(100);
      }
      throw new Error(`no frame ${url}`);
    };
    const anchor = await frameOf(/\/recaptcha\/api2\/anchor\?/);
    const challenge = await frameOf(/\/recaptcha\/api2\/bframe\?/);
    await anchor.locator('#recaptcha-anchor').click();
    await challenge.locator('.rc-imageselect-tile').nth(1).click();
    await page.waitForTimeout(250);
    await challenge.locator('#recaptcha-verify-button').click(); // one round; the challenge frame watches for its close
    await page.waitForTimeout(400);

    // The database is busy for a while (another extension page holds a write on it), so the anchor frame's report
    // cannot be committed before the worker is stopped: the worker dies mid-write, as it can when Chromium stops it.
    const held = ext.evaluate(
      (ms) =>
        new Promise<void>((ok, fail) => {
          const open = indexedDB.open('travail-du-clic');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['events'], 'readwrite');
            const until = Date.now() + ms;
            const spin = () => {
              if (Date.now() < until) tx.objectStore('events').count().onsuccess = spin;
            };
            spin();
            tx.oncomplete = () => (db.close(), ok());
          };
        }),
      3000,
    );
    await sleep(200);
    // The CAPTCHA is solved: the embedding page ticks the anchor's checkbox (the anchor frame reports "solved")...
    await page.evaluate(() => document.querySelectorAll('iframe')[0]!.contentWindow!.postMessage({ rcFixture: 'solved' }, '*'));
    await anchor.locator('#recaptcha-anchor[aria-checked="true"]').waitFor();
    await sleep(400);
    // ...the worker stops while that report is being written...
    expect(await stopWorker(s, cdp)).toBeGreaterThan(0);
    // ...and then the page closes the challenge frame, which reports the same success (a new worker answers it).
    await page.evaluate(() => Object.assign(document.getElementById('rc-bframe-container')!.style, { visibility: 'hidden', top: '-10000px', opacity: '0' }));
    await held;

    // Both frames' retries are done well within this.
    const until = Date.now() + 15_000;
    while (Date.now() < until && !(await storedKinds(ext)).captcha) await sleep(100);
    await sleep(4000);
    expect(await storedKinds(ext)).toEqual({ captcha: 1 });
    const report = await exportJson(s);
    expect(report.captchas).toMatchObject({ solved: 1, passive: 0, rounds: 1 });
    expect(report.events).toMatchObject([{ kind: 'captcha', platform: 'recaptcha', site: 'www.boutique-exemple.fr', rounds: 1 }]);
  });
});

describe('passive CAPTCHA scorings per page load', () => {
  let s: Session;
  afterAll(async () => s?.close());

  it('a page that pushes history entries and adds invisible reCAPTCHA frames gets one scoring per page load', { timeout: 120_000 }, async () => {
    s = await launch();
    const ext = await s.context.newPage();
    await ext.goto(extensionUrl(s, 'report.html'));
    const passive = async (n: number) => {
      const until = Date.now() + 6000;
      while (Date.now() < until && ((await storedKinds(ext))['captcha:passive'] ?? 0) < n) await sleep(100);
      await sleep(1500); // what else the frames report has arrived by now
      return (await storedKinds(ext))['captcha:passive'] ?? 0;
    };
    const page = await s.context.newPage();
    await page.goto('https://recaptcha-demo.appspot.com/recaptcha-v2-invisible.php');
    expect(await passive(1)).toBe(1);
    // Chromium reports a history.pushState or a #hash change as the tab "loading" (tabs.onUpdated); each is followed
    // by a new invisible widget frame, which scores on its load.
    for (let i = 0; i < 4; i++) {
      await page.evaluate((i) => {
        if (i === 3) location.hash = 'again';
        else history.pushState({}, '', `/step-${i}`);
        const f = document.createElement('iframe');
        f.src = document.querySelector('iframe')!.src.replace('cb=fixture', `cb=more${i}`);
        document.body.append(f);
      }, i);
      await sleep(400);
    }
    expect(await passive(2)).toBe(1);
    // A real new page load in the tab (the pushed URLs do not exist on the server: the page itself again): one more,
    // and a reload one more again.
    await page.goto('https://recaptcha-demo.appspot.com/recaptcha-v2-invisible.php');
    expect(await passive(2)).toBe(2);
    await page.reload();
    expect(await passive(3)).toBe(3);
  });
});

/**
 * Runs in a content script's world: sends `n` forged messages and tallies the replies. Kept self-contained (it is
 * serialised with toString); the shapes mirror tests/unit/fuzz.test.ts.
 */
function forgeAndSend(n: number) {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T,>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const huge = 'A'.repeat(200_000);
  const strs = [huge, '<img src=x onerror=alert(1)>', '\u202Eevil', 'x'.repeat(10_240), '', 'REACTION', '__proto__'];
  const uid = () => `forged${Math.floor(rnd() * 1e9).toString(36).padStart(8, '0')}`;
  const forge = (): unknown => {
    switch (Math.floor(rnd() * 9)) {
      case 0: return pick<unknown>([null, 0, true, [], {}, ...strs]);
      case 1: return { type: pick(['Gesture', 'tab-status', 'delete-all', ...strs]), uid: uid(), gesture: { kind: 'reaction', platform: 'x' } };
      case 2: return { type: 'gesture', uid: uid(), gesture: { kind: pick(['like', 'Reaction', ...strs]), platform: 'x' } };
      case 3: return { type: 'gesture', uid: uid(), gesture: { kind: 'reaction', platform: pick(['twitter', 'X', ...strs]) } };
      case 4: return { type: 'gesture', uid: uid(), gesture: { kind: 'reaction', platform: 'x', site: pick(['evil.example', ...strs]) } };
      case 5: return { type: 'gesture', uid: uid(), site: 'evil.example', at: 0, gesture: { kind: 'reaction', platform: 'x' } };
      case 6: return { type: 'gesture', uid: pick(['short', 'x'.repeat(65), '<b>uid</b>', huge]), gesture: { kind: 'reaction', platform: 'x' } };
      case 7: return { type: 'captcha', uid: uid(), step: { vendor: pick(['x', ...strs]), step: 'solved', label: pick(strs) } };
      default: return { type: 'gesture', uid: uid(), gesture: { kind: 'captcha', platform: 'recaptcha', labels: [pick(['Select all images with buses', ...strs])], seconds: pick([-1, 1e9, Number.NaN]) } };
    }
  };
  const send = (chrome as unknown as { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } }).runtime.sendMessage;
  const tally = { sent: 0, thrown: 0, invalid: 0, other: [] as string[] };
  const one = async () => {
    tally.sent += 1;
    try {
      const reply = await send(forge());
      if (reply && reply.ok === false && reply.error === 'invalid') tally.invalid += 1;
      else tally.other.push(JSON.stringify(reply));
    } catch {
      tally.thrown += 1;
    }
  };
  return (async () => {
    for (let i = 0; i < n; i += 50) await Promise.all(Array.from({ length: Math.min(50, n - i) }, one));
    return tally;
  })();
}

/** Runs in a page's main world: every kind of synthetic event a page script can fire, at every control. */
function syntheticStorm(): number {
  let fired = 0;
  const controls = document.querySelectorAll<HTMLElement>('button, [role="button"], [role="checkbox"], [role="menuitem"], [role="option"], [data-testid], input, textarea, [contenteditable], .rc-imageselect-tile, a[href^="#"]');
  for (const el of controls) {
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) el.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true }));
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    el.click();
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      el.value = 'synthetic';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (el.isContentEditable) {
      el.textContent = 'synthetic';
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    for (const key of ['Enter', ' ']) {
      el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
    }
    fired += 1;
  }
  for (const form of document.forms) {
    form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
    fired += 1;
  }
  return fired;
}
