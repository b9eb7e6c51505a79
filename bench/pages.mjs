/**
 * The extension pages and the service worker, against bare baselines in the same browser and the same run (issue 14):
 *
 * - the bare extension (bench/bare/, built here into a temporary folder and loaded beside the real one): a page that
 *   renders one line with Preact (`bare.html`), a service worker that stores one row with Dexie on a message and
 *   answers once it is committed, and an empty content script on x.com (a world to send that message from);
 * - script loaded by the popup: every script resource the popup page loads until its first data paint (the entry,
 *   its static imports and the dynamic ones it makes, the language catalog included), sizes read from the build;
 * - first data paint (navigation start to the first frame that shows data) of popup.html and report.html with a
 *   year of heavy use (`SEED` events written through lib/db.ts recordEvents), alternated with bare.html: each
 *   time is the median of `PAINT_REPS` loads; each ratio is the median, over the repetitions, of the page's load
 *   divided by the bare page's load of the same repetition (the ratio of the medians is kept beside it). Once the
 *   year is written, the browser is restarted on the same profile and left `SETTLE_MS` (`BENCH_RESTART=0` keeps it
 *   open): what a person finds when they open their browser with a year of data, not the same browser straight
 *   after a bulk write of 500,000 rows (on 1 Dec, bare page 43 and 52 ms after a restart, 54 and 54 ms without);
 * - service worker cold start to first gesture stored: the worker is stopped (CDP Target.closeTarget, as Chromium
 *   does after 30 s of quiet), then one gesture is sent from the content script's world on x.com and timed until
 *   the background answers (it answers once the event is committed); the same for the bare worker, alternated;
 * - background script size (raw, gzip).
 *
 * Two runs (`RUNS`), each reported, with the best and the worst: the machine is shared.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { QUIET_FLAGS } from './flags.mjs';
import { grantConsent } from './consent.mjs';
import { median, round, sleep } from './stats.mjs';

export const PAGE_GOALS = {
  popupScriptRawKB: 60,
  popupScriptGzipKB: 20,
  popupPaintRatio: 1.5,
  popupPaintMs: 60,
  reportPaintRatio: 2,
  backgroundRawKB: 100,
  coldStartRatio: 1.5,
};

const PAINT_REPS = Number(process.env.BENCH_PAINT_REPS ?? 11);
const COLD_REPS = Number(process.env.BENCH_COLD_REPS ?? 7);
const RUNS = 2;
const SETTLE_MS = 3000;

const kb = (bytes) => round(bytes / 1024);

/** Builds bench/bare/ into a temporary unpacked extension; returns its folder. */
async function buildBare(ROOT) {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'tdc-bare-'));
  const bundle = async (entry, format) => {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      build: { write: false, minify: true, lib: { entry: join(ROOT, 'bench/bare', entry), formats: [format], name: 'Bare' } },
    });
    return (Array.isArray(out) ? out[0] : out).output.find((o) => o.type === 'chunk').code;
  };
  writeFileSync(join(dir, 'page.js'), await bundle('page.js', 'es'));
  writeFileSync(join(dir, 'worker.js'), await bundle('worker.js', 'iife'));
  copyFileSync(join(ROOT, 'bench/bare/cs.js'), join(dir, 'cs.js'));
  writeFileSync(
    join(dir, 'bare.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title><script type="module" src="/page.js"></script></head><body><div id="app"></div></body></html>',
  );
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'bare',
      version: '1.0',
      background: { service_worker: 'worker.js' },
      content_scripts: [{ matches: ['http://x.com/*'], js: ['cs.js'] }],
    }),
  );
  return dir;
}

function startServer() {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end('<!doctype html><html lang="en"><head><title>Home / X</title></head><body><main>x.com</main></body></html>');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function launch(CHROMIUM, port, dirs, profile = mkdtempSync(join(tmpdir(), 'tdc-bench-pages-'))) {
  const fresh = readdirSync(profile).length === 0;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--host-resolver-rules=MAP x.com 127.0.0.1:${port}, MAP * ~NOTFOUND`,
      ...QUIET_FLAGS,
      `--disable-extensions-except=${dirs.join(',')}`,
      `--load-extension=${dirs.join(',')}`,
    ],
  });
  for (let i = 0; i < 100 && context.serviceWorkers().length < dirs.length; i++) await sleep(100);
  const ids = {};
  for (const w of context.serviceWorkers()) {
    const u = new URL(w.url());
    ids[u.pathname.endsWith('/worker.js') ? 'bare' : 'real'] = u.host;
  }
  if (!ids.real || !ids.bare) throw new Error(`bench pages: workers found ${JSON.stringify(ids)}`);
  // Counting starts after consent (issue 15): given as the welcome page's button gives it (once: it stays in the profile).
  if (fresh) await grantConsent(context, context.serviceWorkers().find((w) => new URL(w.url()).host === ids.real));
  return {
    context,
    ids,
    /** The same profile in a new browser: what a person with this data finds when they open the browser. */
    restart: async () => {
      await context.close();
      return launch(CHROMIUM, port, dirs, profile);
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Time from navigation start to the first frame that shows data (not a loading placeholder); scripts it loaded. */
async function firstDataPaint(context, url, selector) {
  const page = await context.newPage();
  // Scripts it loads, from the network log (extension resources are not in the page's resource timing).
  const cdp = await context.newCDPSession(page);
  const loaded = [];
  cdp.on('Network.requestWillBeSent', (e) => loaded.push(new URL(e.request.url).pathname));
  await cdp.send('Network.enable');
  await page.addInitScript(`(() => {
    const sel = ${JSON.stringify(selector)};
    const check = () => {
      if (window.__dataDom !== undefined) return;
      const el = document.querySelector(sel);
      if (el && !document.querySelector('[aria-busy="true"]')) {
        window.__dataDom = performance.now();
        // The frame that shows it: the next animation frame after the DOM has the data.
        requestAnimationFrame(() => { window.__dataAt = performance.now(); });
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  })()`);
  await page.goto(url);
  await page.waitForFunction(() => window.__dataAt !== undefined, null, { timeout: 30_000 });
  const r = await page.evaluate(() => ({
    paint: window.__dataAt,
    dom: window.__dataDom,
    text: document.body.innerText.replace(/\s+/g, ' ').slice(0, 160),
  }));
  await sleep(300); // what it loads just after its first paint counts too
  r.scripts = loaded.filter((p) => p.endsWith('.js'));
  await page.close();
  return r;
}

/** Raw and gzip size of build files (paths from the extension's root). */
function sizeOf(EXT, paths) {
  const files = [...new Set(paths)].filter((p) => /\.js$/.test(p) && existsSync(join(EXT, p)));
  const raw = files.reduce((n, f) => n + readFileSync(join(EXT, f)).length, 0);
  const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(EXT, f)), { level: 9 }).length, 0);
  return { rawKB: kb(raw), gzipKB: kb(gzip), files };
}

/** Bundles bench/seed-entry.ts (lib/db.ts and Dexie) into one script that defines `globalThis.BenchSeed`. */
async function seedBundle(ROOT) {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: { write: false, minify: true, lib: { entry: join(ROOT, 'bench/seed-entry.ts'), formats: ['iife'], name: 'BenchSeed' } },
  });
  const chunk = (Array.isArray(out) ? out[0] : out).output.find((o) => o.type === 'chunk');
  return `${chunk.code}\n;globalThis.BenchSeed = BenchSeed;`;
}

/**
 * A year of heavy use: `total` events over the 365 days ending now, spread like a heavy user's week (social gestures
 * and feed views, a few CAPTCHAs with measured seconds and labels), written with recordEvents in batches; then the
 * popup's summary rebuilt from the rollups (lib/summary.ts rebuildSummary, as a restore does).
 */
async function seedYear(ROOT, context, id, total) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/report.html`);
  await page.evaluate(await seedBundle(ROOT));
  const t0 = Date.now();
  const seeded = await page.evaluate(async (total) => {
    const { LaborDB, recordEvents, dayOf, rebuildSummary } = globalThis.BenchSeed;
    const db = new LaborDB();
    const kinds = [['post-view', 'x'], ['post-view', 'youtube'], ['reaction', 'x'], ['reaction', 'instagram'], ['share', 'x'], ['comment', 'reddit'], ['follow', 'bluesky'], ['save', 'pinterest'], ['search', 'youtube'], ['post-view', 'tiktok']];
    const now = Date.now();
    const span = 365 * 86_400_000;
    const BATCH = 10_000;
    for (let i = 0; i < total; i += BATCH) {
      const events = [];
      for (let j = i; j < Math.min(total, i + BATCH); j++) {
        const at = now - span + Math.floor((j / total) * span);
        const captcha = j % 400 === 0;
        const [kind, platform] = captcha ? ['captcha', 'recaptcha'] : kinds[j % kinds.length];
        const e = { uid: `seed${String(j).padStart(10, '0')}`, at, day: dayOf(at), kind, platform, site: platform === 'x' ? 'x.com' : `www.${platform}.com` };
        if (captcha) Object.assign(e, { seconds: 20 + (j % 30), rounds: 1 + (j % 3), labels: ['crosswalk'] });
        else if (kind === 'post-view') e.seconds = 2;
        events.push(e);
      }
      await recordEvents(db, events);
    }
    if (rebuildSummary) await rebuildSummary(db);
    const count = await db.events.count();
    const rollups = await db.rollups.count();
    db.close();
    return { count, rollups, summaryRebuilt: !!rebuildSummary };
  }, total);
  await page.close();
  return { ...seeded, seconds: Math.round((Date.now() - t0) / 1000) };
}

/** The isolated worlds of the content scripts on an x.com page, by extension id. */
async function contentWorlds(context, ids) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto('http://x.com/home');
  for (let i = 0; i < 50; i++) {
    if (Object.values(ids).every((id) => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin.includes(id)))) break;
    await sleep(100);
  }
  const world = (id) => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(id))?.id;
  return { page, cdp, real: world(ids.real), bare: world(ids.bare) };
}

async function stopWorker(cdp, id) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`));
  for (const w of workers) await cdp.send('Target.closeTarget', { targetId: w.targetId }).catch(() => undefined);
  // Done when the closed worker is gone (an event may start a new one at once: that one is cold too).
  const closed = new Set(workers.map((w) => w.targetId));
  for (let i = 0; i < 200; i++) {
    const { targetInfos: now } = await cdp.send('Target.getTargets');
    if (!now.some((t) => closed.has(t.targetId))) return workers.length;
    await sleep(50);
  }
  return -1; // still there: this repetition is not a cold start, and is left out
}

/** One message from a content-script world, timed until the worker's answer (after its commit). */
async function sendTimed(cdp, contextId, message) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId,
    awaitPromise: true,
    returnByValue: true,
    expression: `(async () => { const t0 = performance.now(); const r = await chrome.runtime.sendMessage(${JSON.stringify(message)}); return { ms: performance.now() - t0, r }; })()`,
  });
  if (exceptionDetails) throw new Error(`bench pages: message failed: ${JSON.stringify(exceptionDetails).slice(0, 300)}`);
  if (!result.value?.r?.ok || result.value.r.stored === false) throw new Error(`bench pages: not stored: ${JSON.stringify(result.value)}`);
  return result.value.ms;
}

const gesture = () => ({ type: 'gesture', uid: `cold${Math.random().toString(36).slice(2, 12)}`, gesture: { kind: 'save', platform: 'x' } });

async function coldStarts(context, ids) {
  const w = await contentWorlds(context, ids);
  if (!w.real || !w.bare) throw new Error('bench pages: no content-script world on x.com');
  const out = { real: [], bare: [], realWarm: [], bareWarm: [] };
  for (let r = 0; r < COLD_REPS; r++) {
    for (const which of r % 2 ? ['bare', 'real'] : ['real', 'bare']) {
      const stopped = await stopWorker(w.cdp, ids[which]);
      await sleep(300);
      const ms = await sendTimed(w.cdp, w[which], which === 'real' ? gesture() : { kind: 'save' });
      if (stopped >= 0) out[which].push(ms);
      else out.notStopped = (out.notStopped ?? 0) + 1;
      out[`${which}Warm`].push(await sendTimed(w.cdp, w[which], which === 'real' ? gesture() : { kind: 'save' }));
    }
  }
  await w.page.close();
  return out;
}

async function paints(context, ids) {
  const urls = {
    bare: [`chrome-extension://${ids.bare}/bare.html`, '[data-testid="bare"]'],
    popup: [`chrome-extension://${ids.real}/popup.html`, '[data-testid="week"], [data-testid="top-platforms"]'],
    report: [`chrome-extension://${ids.real}/report.html`, '[data-testid="by-kind"], [data-testid="days"]'],
  };
  const out = { bare: [], popup: [], report: [] };
  let popupScripts = [];
  let popupText = '';
  const order = ['bare', 'popup', 'report'];
  for (let r = 0; r < PAINT_REPS; r++) {
    for (let k = 0; k < order.length; k++) {
      const which = order[(k + r) % order.length];
      const p = await firstDataPaint(context, ...urls[which]);
      out[which].push(p.paint);
      if (which === 'popup') {
        popupScripts = p.scripts;
        popupText = p.text;
      }
    }
  }
  return { out, popupScripts, popupText };
}

export function lint(ROOT, OUT) {
  const dir = join(OUT, 'firefox-mv3'); // the Firefox build is MV3 since 8d75952 (H6)
  if (!existsSync(join(dir, 'manifest.json'))) return null;
  try {
    const raw = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '-s', dir, '-o', 'json', '--no-config-discovery'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    }).toString();
    const r = JSON.parse(raw);
    return { errors: r.errors.length, warnings: r.warnings.map((w) => `${w.code} ${w.file ?? ''}`) };
  } catch (error) {
    const r = JSON.parse(error.stdout?.toString() || '{}');
    return { errors: r.errors?.length ?? -1, errorCodes: (r.errors ?? []).map((e) => e.code), warnings: (r.warnings ?? []).map((w) => `${w.code} ${w.file ?? ''}`) };
  }
}

export async function pagesBench({ ROOT, EXT, CHROMIUM, SEED, log = console.log }) {
  const started = Date.now();
  const bare = await buildBare(ROOT);
  const server = await startServer();
  let browser = await launch(CHROMIUM, server.address().port, [EXT, bare]);
  const results = { date: new Date().toISOString(), goals: PAGE_GOALS, baselines: {} };
  results.baselines = {
    page: 'bare.html of a bare extension loaded beside the real one: one module script that renders one <p> with Preact (bench/bare/page.js, Preact bundled and minified, ' + kb(readFileSync(join(bare, 'page.js')).length) + ' KB)',
    worker: 'the bare extension\'s service worker: on a message it adds one row to a Dexie table and answers once it is committed (bench/bare/worker.js, ' + kb(readFileSync(join(bare, 'worker.js')).length) + ' KB); the message is sent from its content script\'s world on the same x.com tab',
  };
  results.background = { ...sizeOf(EXT, ['background.js']) };
  delete results.background.files;
  results.contentEveryPage = sizeOf(EXT, ['content-scripts/content.js']);
  delete results.contentEveryPage.files;
  log('sizes', results.background, results.contentEveryPage);

  results.year = await seedYear(ROOT, browser.context, browser.ids.real, SEED);
  log('seeded', results.year);
  if (process.env.BENCH_RESTART !== '0') {
    browser = await browser.restart();
    await sleep(SETTLE_MS);
  }

  results.runs = [];
  for (let run = 0; run < RUNS; run++) {
    const p = await paints(browser.context, browser.ids);
    const c = await coldStarts(browser.context, browser.ids);
    const m = (xs) => round(median(xs), 1);
    const one = {
      paintMs: { bare: m(p.out.bare), popup: m(p.out.popup), report: m(p.out.report) },
      paintRuns: Object.fromEntries(Object.entries(p.out).map(([k, v]) => [k, v.map((x) => round(x, 1))])),
      coldStartMs: { real: m(c.real), bare: m(c.bare) },
      warmMs: { real: m(c.realWarm), bare: m(c.bareWarm) },
      coldRuns: { real: c.real.map((x) => round(x, 1)), bare: c.bare.map((x) => round(x, 1)), notStopped: c.notStopped ?? 0 },
    };
    // Each ratio pairs the loads of one repetition (bare, popup and report one after the other), then takes the
    // median over repetitions: the machine's drift between repetitions is shared within a pair.
    const paired = (k) => round(median(p.out[k].map((x, i) => x / p.out.bare[i])), 2);
    one.popupRatio = paired('popup');
    one.reportRatio = paired('report');
    one.ratioOfMedians = { popup: round(one.paintMs.popup / one.paintMs.bare, 2), report: round(one.paintMs.report / one.paintMs.bare, 2) };
    one.coldStartRatio = round(one.coldStartMs.real / one.coldStartMs.bare, 2);
    results.runs.push(one);
    results.popupScript = sizeOf(EXT, p.popupScripts);
    results.popupShown = p.popupText;
    log('run', run + 1, one);
  }
  const pick = (f, k) => results.runs.map(f).reduce((a, b) => (k === 'best' ? Math.min(a, b) : Math.max(a, b)));
  results.best = {
    popupRatio: pick((r) => r.popupRatio, 'best'),
    popupMs: pick((r) => r.paintMs.popup, 'best'),
    reportRatio: pick((r) => r.reportRatio, 'best'),
    reportMs: pick((r) => r.paintMs.report, 'best'),
    bareMs: pick((r) => r.paintMs.bare, 'best'),
    coldStartRatio: pick((r) => r.coldStartRatio, 'best'),
    coldStartMs: pick((r) => r.coldStartMs.real, 'best'),
  };
  results.worst = {
    popupRatio: pick((r) => r.popupRatio, 'worst'),
    popupMs: pick((r) => r.paintMs.popup, 'worst'),
    reportRatio: pick((r) => r.reportRatio, 'worst'),
    reportMs: pick((r) => r.paintMs.report, 'worst'),
    bareMs: pick((r) => r.paintMs.bare, 'worst'),
    coldStartRatio: pick((r) => r.coldStartRatio, 'worst'),
    coldStartMs: pick((r) => r.coldStartMs.real, 'worst'),
  };
  results.lint = lint(ROOT, resolve(EXT, '..'));
  results.verdict = {
    popupScriptRawKB: results.popupScript.rawKB <= PAGE_GOALS.popupScriptRawKB,
    popupScriptGzipKB: results.popupScript.gzipKB <= PAGE_GOALS.popupScriptGzipKB,
    popupPaintRatio: results.worst.popupRatio <= PAGE_GOALS.popupPaintRatio,
    popupPaintMs: results.worst.popupMs <= PAGE_GOALS.popupPaintMs,
    reportPaintRatio: results.worst.reportRatio <= PAGE_GOALS.reportPaintRatio,
    backgroundRawKB: results.background.rawKB <= PAGE_GOALS.backgroundRawKB,
    coldStartRatio: results.worst.coldStartRatio <= PAGE_GOALS.coldStartRatio,
    ...(results.lint ? { lint: results.lint.errors === 0 && results.lint.warnings.filter((w) => !/UNSAFE_VAR_ASSIGNMENT/.test(w)).length === 0 && results.lint.warnings.length <= 1 } : {}),
  };
  await browser.close();
  server.close();
  rmSync(bare, { recursive: true, force: true });
  results.seconds = Math.round((Date.now() - started) / 1000);
  return results;
}
