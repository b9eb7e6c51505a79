/**
 * End-to-end harness: serves tests/fixtures/sites/<hostname>/ under the real hostnames (http and https on one
 * port, routed by Host header), and launches Debian's Chromium with the built extension, every fixture hostname
 * resolved to that server and every other hostname to nothing (`MAP * ~NOTFOUND`).
 *
 * Routing: `/a/b?hl=fr` on host H serves the first file that exists among `H/a/b`, `H/a/b.fr.html` (language from
 * `hl` or `lang`, default en), `H/a/b.html`, `H/a/b/index.html`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { Duplex } from 'node:stream';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CATEGORY_IDS } from '../../lib/consent';
import type { Category } from '../../lib/detectors/routes';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SITES = join(ROOT, 'tests/fixtures/sites');
export const EXTENSION_DIR = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test-artifacts');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const fixtureHosts = () => readdirSync(SITES).filter((h) => statSync(join(SITES, h)).isDirectory());

function resolveFile(host: string, url: URL): string | undefined {
  const base = join(SITES, host);
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/index';
  const file = resolve(base, `.${path}`);
  if (!file.startsWith(base)) return undefined;
  const lang = url.searchParams.get('hl') ?? url.searchParams.get('lang') ?? 'en';
  return [file, `${file}.${lang}.html`, `${file}.html`, join(file, 'index.html'), join(file, `index.${lang}.html`)].find(
    (f) => existsSync(f) && statSync(f).isFile(),
  );
}

let certCache: { key: Buffer; cert: Buffer } | undefined;
/** A throwaway self-signed certificate (the browser is told to ignore certificate errors). */
function certificate() {
  if (certCache) return certCache;
  const dir = mkdtempSync(join(tmpdir(), 'tdc-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=fixtures',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  certCache = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  rmSync(dir, { recursive: true, force: true });
  return certCache;
}

export interface FixtureServer {
  port: number;
  /** Every request received: `host path` (for the zero-network assertions). */
  requests: string[];
  close(): Promise<void>;
}

/** `port`: a fixed port (Firefox resolves every hostname to 127.0.0.1 and connects to port 80); default any free. */
export async function startServer({ port: fixedPort = 0 }: { port?: number } = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const handler: http.RequestListener = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `http://${host}`);
    requests.push(`${host} ${url.pathname}`);
    const file = resolveFile(host, url);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  };
  const plain = http.createServer(handler);
  const secure = https.createServer(certificate(), handler);
  // One port answers both: a TLS handshake starts with byte 0x16.
  const server = net.createServer((socket) => {
    socket.once('data', (chunk) => {
      socket.pause();
      if (chunk[0] !== 0x16) {
        socket.unshift(chunk);
        plain.emit('connection', socket);
        socket.resume();
        return;
      }
      // TLS reads the socket's native handle, which never sees an unshifted chunk: hand the TLS server a stream
      // that replays the first chunk and then relays the socket (Node wraps such a stream in JS, not the handle).
      const relay = new Duplex({
        read: () => socket.resume(),
        write: (data, encoding, done) => socket.write(data, encoding, done),
        final: (done) => socket.end(done),
        destroy: (error, done) => (socket.destroy(), done(error)),
      });
      relay.push(chunk);
      socket.on('data', (data) => relay.push(data) || socket.pause());
      socket.on('end', () => relay.push(null));
      socket.on('close', () => relay.destroy());
      secure.emit('connection', relay);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(fixedPort, '127.0.0.1', ok);
  });
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    requests,
    close: () =>
      new Promise((ok) => {
        plain.closeAllConnections();
        secure.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface Session {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  worker: Worker;
  profile: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile directory (browser restart tests). */
  profile?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  server?: FixtureServer;
  extensionDir?: string;
  /**
   * The real web instead of the fixtures (`npm run health -- --live`, for a maintainer with a network; never used by
   * tests or CI): no fixture server, hostnames resolved as usual.
   */
  live?: boolean;
  /**
   * The welcome page's consent (issue 15). Default true: on a fresh profile the harness waits for the welcome page
   * the install opens, closes it and stores consent with every category on, as if the person had pressed "Start
   * counting". A record turns only the categories set to true on. false: launch as installed, nothing consented (the
   * welcome page stays open: `welcomePage(session)`). A reused profile keeps what it has.
   */
  consent?: boolean | Partial<Record<Category, boolean>>;
}

export async function launch(opts: LaunchOptions = {}): Promise<Session> {
  const server = opts.live ? { port: 0, requests: [], close: async () => undefined } : (opts.server ?? (await startServer()));
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'tdc-profile-'));
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run "npx wxt build" first.`);
  const fresh = readdirSync(profile).length === 0;
  const rules = [...fixtureHosts().map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND'].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    ignoreHTTPSErrors: true,
    locale: opts.locale ?? 'en-US',
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(opts.live ? [] : [`--host-resolver-rules=${rules}`]),
      `--lang=${opts.locale ?? 'en-US'}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const session: Session = {
    context,
    server,
    extensionId,
    worker,
    profile,
    close: async () => {
      await context.close();
      if (!opts.server) await server.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
  const consent = opts.consent ?? true;
  if (fresh && consent !== false) {
    // The install stores "not counting" and then opens the welcome page: once the page is there, consent may be
    // written without the install overwriting it.
    await (await welcomePage(session)).close();
    const on = consent === true ? Object.fromEntries(CATEGORY_IDS.map((c) => [c, true])) : consent;
    await setConsent(session, true, on);
  }
  return session;
}

/** The welcome page the install opened (waits for it up to `timeout`). */
export async function welcomePage(s: Session, timeout = 15_000): Promise<Page> {
  const until = Date.now() + timeout;
  for (;;) {
    const page = s.context.pages().find((p) => p.url().startsWith(extensionUrl(s, 'welcome.html')));
    if (page) return page;
    if (Date.now() > until) throw new Error('the welcome page did not open');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Stores the consent and categories straight into the extension's settings (what the welcome page's button
 * stores); categories missing from `categories` are off. For tests that are not about the welcome page itself.
 */
export async function setConsent(s: Session, counting: boolean, categories: Partial<Record<Category, boolean>>): Promise<void> {
  const all = Object.fromEntries(CATEGORY_IDS.map((c) => [c, categories[c] === true]));
  await s.worker.evaluate(
    async ({ counting, all }) => {
      type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      const area = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      const { settings } = await area.get('settings');
      await area.set({ settings: { ...(settings as object), counting, categories: all } });
    },
    { counting, all },
  );
}

export const extensionUrl = (s: Session, path: string) => `chrome-extension://${s.extensionId}/${path}`;

/** Number of events stored, read from the extension's database through one of its pages. */
export async function storedCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok, fail) => {
        const req = indexedDB.open('travail-du-clic');
        // Never create the database nor hold it open: the extension's own first open would wait on this page.
        let absent = false;
        req.onupgradeneeded = () => ((absent = true), req.transaction!.abort());
        req.onerror = () => (absent ? ok(0) : fail(req.error));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('events')) return db.close(), ok(0);
          const count = db.transaction('events').objectStore('events').count();
          count.onsuccess = () => {
            ok(count.result);
            db.close();
          };
        };
      }),
  );
}

/**
 * The stored count once it has stopped moving: at least `min` events and no change for `quietMs` (post-views and
 * feed time arrive a second or more after the gestures that a test waits for). Read through one of the extension's
 * pages (a session's own one when given the session); gives up after `timeoutMs` and returns the last count, for the
 * caller's assertion to report.
 */
export async function settledCount(target: Page | Session, min: number, quietMs = 2000, timeoutMs = 20_000): Promise<number> {
  if (!('goto' in target)) {
    // A session: read through a report page of its own, closed afterwards.
    const page = await target.context.newPage();
    await page.goto(extensionUrl(target, 'report.html'));
    const n = await settledCount(page, min, quietMs, timeoutMs);
    await page.close();
    return n;
  }
  const page = target;
  let last = -1;
  let since = Date.now();
  for (const until = Date.now() + timeoutMs; Date.now() < until; await page.waitForTimeout(150)) {
    const n = await storedCount(page);
    if (n !== last) (last = n), (since = Date.now());
    else if (n >= min && Date.now() - since > quietMs) break;
  }
  return last;
}

/**
 * Waits until the content script in `page` has started its detectors, asked the way the popup asks (a `probe` sent
 * to the tab from the extension; the page itself is never told). A test that clicks the moment `goto` returns would
 * otherwise race the script's `document_idle` start, its settings read and its detector chunk's import, which a
 * loaded machine can stretch past the click (a person does not click in those few milliseconds). Tabs are told apart
 * by hostname: every open page of that hostname must answer with its detectors running.
 */
export async function armed(s: Session, page: Page, timeout = 15_000): Promise<void> {
  const hostname = new URL(page.url()).hostname;
  const expected = s.context.pages().filter((p) => URL.canParse(p.url()) && new URL(p.url()).hostname === hostname).length;
  const worker = s.context.serviceWorkers()[0] ?? s.worker;
  const until = Date.now() + timeout;
  for (;;) {
    const running = await worker.evaluate(async (hostname) => {
      type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      const replies = await Promise.all(
        (await tabs.query({})).map((t) => (t.id === undefined ? null : tabs.sendMessage(t.id, { type: 'probe' }).catch(() => null))),
      );
      return replies.filter((r) => {
        const reply = r as { hostname?: string; detectors?: string[] } | null;
        return reply?.hostname === hostname && (reply.detectors?.length ?? 0) > 0;
      }).length;
    }, hostname);
    if (running >= expected) return;
    if (Date.now() > until) throw new Error(`the detectors did not start on ${hostname} (${running} of ${expected} tabs)`);
    await page.waitForTimeout(50);
  }
}

/** Waits until the extension has stored `n` events (or fails with the count it had). */
export async function waitForStored(s: Session, n: number, timeout = 10_000): Promise<void> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'report.html'));
  const until = Date.now() + timeout;
  let count = -1;
  while (Date.now() < until) {
    count = await storedCount(page);
    if (count >= n) break;
    await page.waitForTimeout(100);
  }
  await page.close();
  if (count !== n) throw new Error(`expected ${n} stored events, found ${count}`);
}

/** Opens report.html, clicks an export button as a person would, and returns the downloaded text. */
export async function exportFrom(s: Session, testid: string, path = 'report.html'): Promise<string> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, path));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  const text = readFileSync((await download.path())!, 'utf8');
  await page.close();
  return text;
}

export const exportJson = async (s: Session) => JSON.parse(await exportFrom(s, 'export-json'));
