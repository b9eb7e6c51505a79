/**
 * Benchmarks of the built extension in real headless Chromium (Debian's /usr/bin/chromium): the same pages with and
 * without the extension in one run, reported as ratios beside their goals (issue 7). Writes bench/results.json.
 *
 *   npm run bench                      (builds Chrome and Firefox into .output, then runs this: the Firefox build
 *                                      is the one `web-ext lint` checks)
 *   WXT_OUT_DIR=.output-x node bench/run.mjs
 *
 * Not part of `npm test`: timings depend on the machine; the tests assert behaviour, this file measures cost.
 *
 * Measures:
 * 1. content-script bundle, raw and gzip;
 * 2. a heavy infinite feed under x.com against a baseline page that renders each post as X's React app does, in a
 *    virtualised list (bench/feed.mjs, which says how): scripting and task-time ratios with / without, the content
 *    script's CPU per 1,000 posts (a sampled profile, and the trace's thread time), long tasks. `BENCH_ONLY=feed`
 *    runs this part alone and merges it into bench/results.json;
 * 3. the cost in the page of one recorded gesture: extra ScriptDuration per like (trusted mouse clicks at fixed
 *    coordinates, so no Playwright script runs in the page), with / without, and the content script's CPU per like
 *    from a profile, with its heaviest functions. `BENCH_ONLY=gesture` runs it alone and merges it;
 * 4. sustained writes through the real message path: valid gestures sent with runtime.sendMessage from the X
 *    page's content-script world (found over CDP), in `batch` messages of 50 as the content script sends a burst,
 *    each awaited until the background acknowledges it stored, then the database counted (from a page that never
 *    creates the database nor reads it live): events/s and losses; then one gesture's round trip, alone and with the
 *    report page open (its live sections read the database after commits), in two pairs. `BENCH_ONLY=writes` runs it
 *    alone and merges it into bench/results.json;
 * 5. extension pages and the service worker (bench/pages.mjs): script the popup loads, popup and report first data
 *    paint with a year of heavy use (500,000 events written through lib/db.ts recordEvents) against a bare page
 *    that renders one line with Preact, background size, service-worker cold start to first gesture stored against
 *    a bare worker that stores one row with Dexie, `web-ext lint` of the Firefox build when there is one.
 *    `BENCH_ONLY=pages node bench/run.mjs` runs this part alone and merges it into bench/results.json.
 * 6. the search-engine detector on a results page (issue 12): Google's French results page fixture
 *    (tests/fixtures/sites/www.google.com/search.fr.html) loaded, then 30 clicks on the page's own toggles and 30
 *    keys typed in its box (what the delegated listeners see): ScriptDuration with / without, and the content
 *    script's own CPU from a CPU profile. `BENCH_ONLY=search node bench/run.mjs` runs this part alone (it then
 *    prints its figures and does not write bench/results.json).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { QUIET_FLAGS } from './flags.mjs';
import { grantConsent } from './consent.mjs';
// Timed runs keep their least disturbed repetition (`best`): on a shared machine, other work only ever adds time.
import { best, round, sleep } from './stats.mjs';
// extensionProfile: the content script's CPU from a CDP CPU profile, with its heaviest functions (run apart from
// the timed runs: sampling has its own cost).
import { extensionProfile, FEED_GOALS, feedBench } from './feed.mjs';
import { PAGE_GOALS, pagesBench } from './pages.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const X_FIXTURE = join(ROOT, 'tests/fixtures/sites/x.com');
const GOOGLE_FIXTURE = join(ROOT, 'tests/fixtures/sites/www.google.com');
const SEARCH_GESTURES = 30;
const POSTS = 1000;
const GESTURES = 30;
const WRITES = Number(process.env.BENCH_WRITES ?? 20_000);
const SEED = Number(process.env.BENCH_SEED ?? 500_000);

const GOALS = {
  contentRawKB: 25,
  contentGzipKB: 8,
  gestureMs: 0.5,
  writesPerSecond: 2000,
};

const log = (...a) => console.log('[bench]', ...a);

// ---------------------------------------------------------------------------------------------------------------
// The feed page: X's timeline markup (one post of the saved fixture as template), the fixture's site.js for X's
// reactions, and a loader that appends 10 posts whenever the bottom comes near, as X's timeline does, up to 1,000.

function feedPage() {
  const home = readFileSync(join(X_FIXTURE, 'home.en.html'), 'utf8');
  const cell = /<div data-testid="cellInnerDiv"[\s\S]*?<\/article>\s*<\/div>/.exec(home)?.[0];
  if (!cell) throw new Error('bench: no post found in tests/fixtures/sites/x.com/home.en.html');
  const template = cell.replace(/style="[^"]*"/, '').replace(/transform: translateY\(\d+px\);/, '');
  return `<!DOCTYPE html>
<!-- Benchmark feed: X's home timeline markup from tests/fixtures/sites/x.com/home.en.html, one post repeated. -->
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>Home / X</title>
<style>body{margin:0;font:15px system-ui}article{border-bottom:1px solid #eee;padding:12px;min-height:150px}</style></head>
<body><div id="react-root"><main role="main"><div data-testid="primaryColumn">
<section role="region"><div aria-label="Timeline: Your Home Timeline" id="timeline"></div></section>
<div id="sentinel" style="height:1px"></div></div></main></div>
<template id="post">${template}</template>
<script src="/site.js"></script>
<script>
  const TOTAL = ${POSTS};
  const timeline = document.getElementById('timeline');
  const tpl = document.getElementById('post');
  let n = 0;
  function append(k) {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < k && n < TOTAL; i++, n++) {
      const cell = tpl.content.firstElementChild.cloneNode(true);
      const text = cell.querySelector('[data-testid="tweetText"] span');
      if (text) text.textContent = 'Post number ' + n + ': ' + 'lorem ipsum '.repeat(1 + (n % 7));
      cell.querySelector('article').setAttribute('aria-labelledby', 'id__p' + n);
      frag.append(cell);
    }
    timeline.append(frag);
    window.__posts = n;
  }
  append(10);
  new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) append(10);
  }, { rootMargin: '1500px' }).observe(document.getElementById('sentinel'));
</script></body></html>`;
}

function startServer() {
  const page = feedPage();
  const site = readFileSync(join(X_FIXTURE, 'site.js'));
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (host === 'www.google.com') {
      const file = req.url.startsWith('/site.js') ? 'site.js' : 'search.fr.html';
      const type = file === 'site.js' ? 'text/javascript' : 'text/html; charset=utf-8';
      return res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(join(GOOGLE_FIXTURE, file)));
    }
    if (host !== 'x.com') return res.writeHead(404).end();
    if (req.url === '/site.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(site);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function launch(port, withExtension) {
  const profile = mkdtempSync(join(tmpdir(), 'tdc-bench-'));
  const args = [
    `--host-resolver-rules=MAP x.com 127.0.0.1:${port}, MAP www.google.com 127.0.0.1:${port}, MAP * ~NOTFOUND`,
    ...QUIET_FLAGS,
    ...(withExtension ? [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`] : []),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args,
  });
  let extensionId = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
    await grantConsent(context, worker);
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

// ---------------------------------------------------------------------------------------------------------------

async function gestureRun(browser, { profile = false } = {}) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto('http://x.com/home');
  await page.waitForFunction(() => window.__posts >= 10);
  await sleep(1500); // the first posts' views are done: what follows is the gestures' own cost
  const spot = await page.evaluate(() => {
    const r = document.querySelector('[data-testid="like"]').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  const before = await metrics(cdp);
  const clicks = async () => {
    for (let i = 0; i < GESTURES; i++) {
      await page.mouse.click(spot.x, spot.y); // like (the site flips it to "unlike" 60 ms later)
      await sleep(250);
      await page.mouse.click(spot.x, spot.y); // undo
      await sleep(250);
    }
    await sleep(500);
  };
  const extension = profile ? await extensionProfile(cdp, clicks) : (await clicks(), undefined);
  const after = await metrics(cdp);
  await page.close();
  return { scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000, extensionMs: extension?.ms, samples: extension?.samples, top: extension?.top };
}

/** The cost in the page of one recorded like (with its undo): one timed pair of runs, then one profiled run. */
async function gestureCost(withExt, without, likesBefore) {
  const g = { with: [], without: [] };
  g.without.push((await gestureRun(without)).scriptMs);
  g.with.push((await gestureRun(withExt)).scriptMs);
  const profiled = await gestureRun(withExt, { profile: true });
  const ext = await extensionPage(withExt, 'report.html');
  const likesStored = ((await countEvents(ext)).reaction ?? 0) - likesBefore;
  await ext.close();
  const scriptMsPerLikeAndUndo = { with: round(best(g.with) / GESTURES, 3), without: round(best(g.without) / GESTURES, 3) };
  return {
    likes: GESTURES * 2,
    likesStored,
    scriptMsPerLikeAndUndo,
    // Content-script CPU per like (the undo click included), from a CPU profile (extensionProfile: samples x the
    // mean interval), and how many samples it rests on.
    contentScriptCpuMsPerGesture: round(profiled.extensionMs / GESTURES, 3),
    profileSamples: profiled.samples,
    extraMsPerGesture: round(scriptMsPerLikeAndUndo.with - scriptMsPerLikeAndUndo.without, 3),
    heaviestFunctions: profiled.top,
  };
}

/**
 * A Google results page (the French fixture): its load, then 30 clicks on "About this result" toggles and 30 keys
 * typed in the box. ScriptDuration of the load (a fresh tab) and of the interactions; with `profile`, the content
 * script's own CPU over both.
 */
async function searchRun(browser, { profile = false, path = '/search' } = {}) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // With `profile`, each phase is sampled on its own: the content script's CPU at load, then at the interactions.
  const phase = (work) => (profile ? extensionProfile(cdp, work).then((p) => p.ms) : work().then(() => undefined));
  const start = await metrics(cdp);
  const loadCpuMs = await phase(async () => {
    await page.goto(`http://www.google.com${path}?q=travail+du+clic&hl=fr`, { waitUntil: 'load' });
    await sleep(1000); // the detector's chunk loads at document idle
  });
  const loaded = await metrics(cdp);
  const spot = await page.evaluate(() => {
    const r = document.querySelector('[aria-label="À propos de ce résultat"]').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  const interactCpuMs = await phase(async () => {
    for (let i = 0; i < SEARCH_GESTURES; i++) {
      await page.mouse.click(spot.x, spot.y);
      await sleep(30);
    }
    await page.focus('textarea[name="q"]');
    for (let i = 0; i < SEARCH_GESTURES; i++) {
      await page.keyboard.press(i % 2 ? 'Backspace' : 'a');
      await sleep(30);
    }
    await sleep(300);
  });
  const done = await metrics(cdp);
  await page.close();
  return {
    loadMs: (loaded.ScriptDuration - start.ScriptDuration) * 1000,
    interactMs: (done.ScriptDuration - loaded.ScriptDuration) * 1000,
    loadCpuMs,
    interactCpuMs,
  };
}

/** 6. The search-engine detector's cost on a results page, with / without the extension. */
async function searchCost(withExt, without) {
  const runs = { with: [], without: [] };
  for (let r = 0; r < 3; r++) {
    runs.without.push(await searchRun(without));
    runs.with.push(await searchRun(withExt));
  }
  // The same markup at a path no detector applies to: the content script's cost on an ordinary page, to tell the
  // search detector's own share of the load from the content script's.
  const ordinary = [];
  for (let r = 0; r < 3; r++) ordinary.push(await searchRun(withExt, { path: '/ordinary' }));
  const profiled = await searchRun(withExt, { profile: true });
  const b = (k, xs) => round(best(xs.map((x) => x[k])));
  const out = {
    page: 'www.google.com/search (tests/fixtures/sites/www.google.com/search.fr.html)',
    loadScriptMs: { with: b('loadMs', runs.with), without: b('loadMs', runs.without), withNoDetector: b('loadMs', ordinary) },
    interactionScriptMs: { with: b('interactMs', runs.with), without: b('interactMs', runs.without), clicksAndKeys: SEARCH_GESTURES * 2 },
    contentScriptCpuMs: { load: round(profiled.loadCpuMs), interactions: round(profiled.interactCpuMs) },
  };
  out.loadExtraMs = round(out.loadScriptMs.with - out.loadScriptMs.without);
  out.searchDetectorLoadMs = round(out.loadScriptMs.with - out.loadScriptMs.withNoDetector);
  out.contentScriptCpuMsPerEvent = round(profiled.interactCpuMs / (SEARCH_GESTURES * 2), 3);
  return out;
}

/** An extension page of `browser`, with a CDP session for evaluation that the page's CSP does not apply to. */
async function extensionPage(browser, path) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

const countEvents = (page) =>
  page.evaluate(
    () =>
      new Promise((ok, fail) => {
        const req = indexedDB.open('travail-du-clic');
        // Never create the database nor hold it open: the extension's own first open would wait on this page.
        let absent = false;
        req.onupgradeneeded = () => ((absent = true), req.transaction.abort());
        req.onerror = () => (absent ? ok({}) : fail(req.error));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('events')) return db.close(), ok({});
          const tx = db.transaction('events');
          const kinds = {};
          const c = tx.objectStore('events').openCursor();
          c.onsuccess = () => {
            const cur = c.result;
            if (!cur) {
              db.close();
              return ok(kinds);
            }
            kinds[cur.value.kind] = (kinds[cur.value.kind] ?? 0) + 1;
            cur.continue();
          };
        };
      }),
  );

async function writesRun(browser) {
  const page = await browser.context.newPage();
  await page.goto('http://x.com/home');
  await page.waitForFunction(() => window.__posts >= 10);
  const cdp = await browser.context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await sleep(300);
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(browser.extensionId)) ?? contexts.find((c) => c.auxData?.type === 'isolated');
  if (!isolated) throw new Error('bench: no content-script world found on x.com');
  // Counted from a page that does not read the database itself (the report's live queries re-run at each commit).
  const ext = await extensionPage(browser, 'privacy.html');
  const before = (await countEvents(ext)).save ?? 0;
  // The content script's own delivery (lib/content-runtime.ts): the gestures emitted in one task travel as one
  // `batch` message (up to 100); here bursts of 50, up to 20 in flight, each awaited until the background answers
  // (it replies only once the transaction holding the events is committed).
  const expression = `(async () => {
    const total = ${WRITES}, burst = 50, window_ = 20;
    let next = 0, stored = 0, failed = 0;
    const prefix = 'bench' + Math.random().toString(36).slice(2, 8);
    const t0 = performance.now();
    async function lane() {
      while (next < total) {
        const messages = [];
        while (messages.length < burst && next < total) {
          const i = next++;
          messages.push({ type: 'gesture', uid: prefix + String(i).padStart(8, '0'), gesture: { kind: 'save', platform: 'x' } });
        }
        const reply = await chrome.runtime.sendMessage({ type: 'batch', messages });
        for (const r of (reply && reply.results) || messages.map(() => reply)) if (r && r.ok && r.stored) stored++; else failed++;
      }
    }
    await Promise.all(Array.from({ length: window_ }, lane));
    return { ms: performance.now() - t0, stored, failed };
  })()`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: isolated.id, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(`bench: writes failed: ${JSON.stringify(exceptionDetails).slice(0, 300)}`);
  // One message at a time: the round trip of one gesture (message, validation, one transaction, reply), 200 times,
  // first with no page reading the database, then with the report open on the week that holds these gestures (its
  // live sections read the database again after commits), alternated in pairs so that both see the same machine.
  const SEQ = 200;
  const oneByOne = async () => {
    const { result: r } = await cdp.send('Runtime.evaluate', {
      contextId: isolated.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const prefix = 'seq' + Math.random().toString(36).slice(2, 8);
        const t0 = performance.now();
        for (let i = 0; i < ${SEQ}; i++) await chrome.runtime.sendMessage({ type: 'gesture', uid: prefix + String(i).padStart(8, '0'), gesture: { kind: 'save', platform: 'x' } });
        return (performance.now() - t0) / ${SEQ};
      })()`,
    });
    return r.value;
  };
  const alone = [];
  const withReport = [];
  for (let pair = 0; pair < 2; pair++) {
    alone.push(await oneByOne());
    const report = await extensionPage(browser, 'report.html');
    await report.locator('[data-testid="report-health"]').waitFor({ timeout: 30_000 });
    withReport.push(await oneByOne());
    await report.close();
  }
  const after = ((await countEvents(ext)).save ?? 0) - SEQ * (alone.length + withReport.length);
  await ext.close();
  await page.close();
  const { ms, stored, failed } = result.value;
  const perSecond = Math.round(WRITES / (ms / 1000));
  const lost = WRITES - (after - before);
  return {
    met: perSecond >= GOALS.writesPerSecond && lost === 0,
    sent: WRITES,
    acknowledged: stored,
    failed,
    inDatabase: after - before,
    lost,
    seconds: round(ms / 1000),
    perSecond,
    roundTripMs: round(Math.min(...alone), 2),
    roundTrip: { aloneMs: alone.map((v) => round(v, 2)), reportOpenMs: withReport.map((v) => round(v, 2)), ratio: round(Math.min(...withReport) / Math.min(...alone), 2) },
  };
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(EXT, 'manifest.json'))) throw new Error(`No built extension in ${EXT}: run "npx wxt build" first.`);
  /** One part run alone: its figures merged into `file` (bench/results.json by default) beside the others. */
  const mergeInto = (file, key, value) => {
    const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    writeFileSync(file, `${JSON.stringify({ ...previous, [key]: value }, null, 2)}\n`);
    log(key, 'written to', file, value.met ?? value.verdict);
  };
  if (process.env.BENCH_ONLY === 'feed') {
    mergeInto(join(ROOT, 'bench/results.json'), 'feed', await feedBench({ ROOT, EXT, CHROMIUM, log })); // part 2
    return;
  }
  if (process.env.BENCH_ONLY === 'pages') {
    const pages = await pagesBench({ ROOT, EXT, CHROMIUM, SEED, log }); // part 5; BENCH_PAGES_OUT writes elsewhere
    mergeInto(process.env.BENCH_PAGES_OUT ? resolve(process.env.BENCH_PAGES_OUT) : join(ROOT, 'bench/results.json'), 'pages', pages);
    return;
  }
  const started = Date.now();
  const results = { date: new Date().toISOString(), machine: {}, goals: GOALS };
  results.machine = {
    chromium: execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(),
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
  };

  // 1. Bundle: what every page loads (content.js, the route table) and what an x.com page loads (plus the X
  //    detector's chunk, imported by the content script where it applies). The goal is on the larger.
  const size = (files) => {
    const code = Buffer.concat(files.filter((f) => existsSync(join(EXT, f))).map((f) => readFileSync(join(EXT, f))));
    return { rawKB: round(code.length / 1024), gzipKB: round(files.reduce((n, f) => n + (existsSync(join(EXT, f)) ? gzipSync(readFileSync(join(EXT, f)), { level: 9 }).length : 0), 0) / 1024) };
  };
  const everyPage = size(['content-scripts/content.js']);
  const onX = size(['content-scripts/content.js', 'detector-x.js']);
  const chunks = (await import('node:fs')).readdirSync(EXT).filter((f) => /^detector-.+\.js$/.test(f));
  const largest = chunks.map((f) => ({ f, ...size(['content-scripts/content.js', f]) })).sort((a, b) => b.rawKB - a.rawKB)[0];
  results.bundle = { ...onX, everyPage, onX, largestPage: largest ? { detector: largest.f, rawKB: largest.rawKB, gzipKB: largest.gzipKB } : null };
  if (largest && largest.rawKB > onX.rawKB) Object.assign(results.bundle, { rawKB: largest.rawKB, gzipKB: largest.gzipKB });
  log('content script', results.bundle);

  const server = await startServer();
  const port = server.address().port;
  const withExt = await launch(port, true);
  const without = await launch(port, false);

  if (process.env.BENCH_ONLY === 'writes') {
    mergeInto(join(ROOT, 'bench/results.json'), 'writes', await writesRun(withExt));
    await withExt.close();
    await without.close();
    server.close();
    return;
  }
  if (process.env.BENCH_ONLY === 'gesture') {
    const ext = await extensionPage(withExt, 'report.html');
    const before = (await countEvents(ext)).reaction ?? 0;
    await ext.close();
    mergeInto(join(ROOT, 'bench/results.json'), 'gesture', await gestureCost(withExt, without, before));
    await withExt.close();
    await without.close();
    server.close();
    return;
  }
  if (process.env.BENCH_ONLY === 'search') {
    log('search', JSON.stringify(await searchCost(withExt, without), null, 2));
    await withExt.close();
    await without.close();
    server.close();
    return;
  }

  // 2. Heavy feed against a baseline that does a real timeline's work (bench/feed.mjs: its own browsers).
  results.feed = await feedBench({ ROOT, EXT, CHROMIUM, log });
  log('feed', results.feed);
  const kinds = await (async () => {
    const ext = await extensionPage(withExt, 'report.html');
    const k = await countEvents(ext);
    await ext.close();
    return k;
  })();

  // 3. One gesture.
  results.gesture = await gestureCost(withExt, without, kinds.reaction ?? 0);
  log('gesture', results.gesture);

  // 6 (run here, before the writes fill the database). The search-engine detector on a results page.
  results.search = await searchCost(withExt, without);
  log('search', results.search);

  // 4. Sustained writes.
  results.writes = await writesRun(withExt);
  log('writes', results.writes);


  await withExt.close();
  await without.close();
  server.close();

  // 5. Extension pages and the service worker against bare baselines, with a year of heavy use (bench/pages.mjs).
  results.pages = await pagesBench({ ROOT, EXT, CHROMIUM, SEED, log });
  log('pages', results.pages.best, results.pages.worst);

  results.verdict = {
    contentRawKB: results.bundle.rawKB <= GOALS.contentRawKB,
    contentGzipKB: results.bundle.gzipKB <= GOALS.contentGzipKB,
    ...Object.fromEntries(Object.entries(results.feed.met).map(([k, ok]) => [`feed.${k}`, ok])),
    gestureMs: Math.max(results.gesture.extraMsPerGesture, results.gesture.contentScriptCpuMsPerGesture) <= GOALS.gestureMs,
    ...Object.fromEntries(Object.entries(results.pages.verdict).map(([k, ok]) => [`pages.${k}`, ok])),
    writesPerSecond: results.writes.met,
  };
  results.totalSeconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('written bench/results.json in', results.totalSeconds, 's');
  console.table(
    Object.entries(results.verdict).map(([k, ok]) => ({ goal: k, target: GOALS[k] ?? FEED_GOALS[k.replace('feed.', '')] ?? PAGE_GOALS[k.replace('pages.', '')], ok })),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
