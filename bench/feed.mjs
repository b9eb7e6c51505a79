/**
 * The heavy feed under x.com, against a baseline page that does the work of a real timeline (issue 14).
 *
 * The page: X's home timeline markup (one post of tests/fixtures/sites/x.com/home.en.html as template, with the
 * fixture's site.js for X's buttons) and a loader that adds 10 posts whenever the bottom comes near, up to 1,000,
 * while the wheel scrolls. It renders each post as X's web app does, so that the extension is compared with a page
 * that really works for its posts, not with a page that only clones a template:
 * - React-like render: the post's markup is held as a tree of element descriptions; each post builds a fresh
 *   virtual tree (one object per node, props copied and compared with the previous post's, as a reconciler does),
 *   then commits it with createElement / setAttribute / append, one DOM call per node and attribute (X's cells
 *   are React components: about as many DOM operations per post as the template has nodes and attributes);
 * - a virtualised list as X's timeline is: each new cell is measured (offsetHeight: the layout read a virtualiser
 *   makes), cells are positioned with transform: translateY, and cells more than two screens above the viewport
 *   are removed from the DOM (X keeps a few dozen cells mounted; the cells seen stay in the app's memory only).
 * The baseline's own cost per post is measured in the same run (its script time without the extension divided by
 * the posts) and reported beside the results.
 *
 * Measured:
 * - scripting (CDP ScriptDuration) and main-thread task time (TaskDuration), with / without the extension, in
 *   `REPS` pairs whose order alternates: the median of the pairs' ratios (the spread and the scripting the extension
 *   adds, in ms, beside it);
 * - the content script's own CPU per 1,000 posts, from a CDP CPU profile (samples in frames whose script is a
 *   chrome-extension:// URL, see bench/profile.mjs), in `PROFILES` separate runs, with its heaviest functions; and,
 *   as a cross-check, in two more runs, the thread time of its callbacks from a trace (which adds the tracer's own
 *   cost to each callback, and counts the DOM work a callback asks of the browser, which the profile leaves out);
 * - long tasks over 50 ms (PerformanceObserver 'longtask') with / without, pair by pair, as information; and those
 *   the extension caused, from the traces: tasks over 50 ms that its own callbacks take over 50 ms (attributeLongTasks).
 *
 *   node bench/feed.mjs            (uses .output/chrome-mv3 or WXT_OUT_DIR; prints the figures)
 * bench/run.mjs calls feedBench() for `npm run bench`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { QUIET_FLAGS } from './flags.mjs';
import { grantConsent } from './consent.mjs';
import { attributeLongTasks } from './longtasks.mjs';
import { extensionShare } from './profile.mjs';
import { best, median, round, sleep, worst } from './stats.mjs';

export const FEED_GOALS = { contentCpuMsPer1000: 15, scriptingRatio: 1.03, taskRatio: 1.03, extensionLongTasks: 0 };

const POSTS = 1000;
const REPS = Number(process.env.BENCH_FEED_REPS ?? 6);
const PROFILES = 3;

function feedPage(ROOT) {
  const home = readFileSync(join(ROOT, 'tests/fixtures/sites/x.com/home.en.html'), 'utf8');
  const cell = /<div data-testid="cellInnerDiv"[\s\S]*?<\/article>\s*<\/div>/.exec(home)?.[0];
  if (!cell) throw new Error('bench: no post found in tests/fixtures/sites/x.com/home.en.html');
  const template = cell.replace(/style="[^"]*"/, '').replace(/transform: translateY\(\d+px\);/, '');
  return `<!DOCTYPE html>
<!-- Benchmark feed: X's home timeline markup from tests/fixtures/sites/x.com/home.en.html, rendered per post as a
     React app with a virtualised list would (bench/feed.mjs). -->
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>Home / X</title>
<style>body{margin:0;font:15px system-ui}#timeline{position:relative}
[data-testid=cellInnerDiv]{position:absolute;left:0;right:0}article{border-bottom:1px solid #eee;padding:12px;min-height:150px}</style></head>
<body><div id="react-root"><main role="main"><div data-testid="primaryColumn">
<section role="region"><div aria-label="Timeline: Your Home Timeline" id="timeline"></div></section>
<div id="sentinel" style="position:relative;height:1px"></div></div></main></div>
<template id="post">${template}</template>
<script src="/site.js"></script>
<script>
  const TOTAL = ${POSTS};
  const timeline = document.getElementById('timeline');
  const sentinel = document.getElementById('sentinel');
  // The post's markup as element descriptions (what a component's JSX compiles to).
  const describe = (node) => node.nodeType === 3 ? { text: node.data }
    : { tag: node.localName, props: Object.fromEntries([...node.attributes].map((a) => [a.name, a.value])), children: [...node.childNodes].map(describe) };
  const TEMPLATE = describe(document.getElementById('post').content.firstElementChild);
  let previous = null;
  // Render: a fresh virtual tree per post, compared prop by prop with the previous post's (a reconciler's work).
  function render(d, n, prev) {
    if (d.text !== undefined) return { text: d.text.includes('lorem') ? 'Post number ' + n + ': ' + 'lorem ipsum '.repeat(1 + (n % 7)) : d.text };
    const props = {};
    let changed = 0;
    for (const k in d.props) { props[k] = k === 'aria-labelledby' ? 'id__p' + n : d.props[k]; if (!prev || prev.props[k] !== props[k]) changed++; }
    return { tag: d.tag, props, changed, children: d.children.map((c, i) => render(c, n, prev && prev.children && prev.children[i])) };
  }
  // Commit: one DOM call per node and attribute.
  function commit(v) {
    if (v.text !== undefined) return document.createTextNode(v.text);
    const el = document.createElement(v.tag);
    for (const k in v.props) el.setAttribute(k, v.props[k]);
    for (const c of v.children) el.appendChild(commit(c));
    return el;
  }
  const text = (v) => v.text !== undefined ? v : v.children.map(text).find(Boolean);
  let n = 0, y = 0;
  const mounted = [];
  function append(k) {
    for (let i = 0; i < k && n < TOTAL; i++, n++) {
      const vnode = render(TEMPLATE, n, previous);
      previous = vnode;
      const cell = commit(vnode);
      cell.style.transform = 'translateY(' + y + 'px)';
      timeline.append(cell);
      y += cell.offsetHeight; // the virtualiser measures each new cell
      mounted.push({ cell, bottom: y });
    }
    timeline.style.height = y + 'px';
    // Unmount cells more than two screens above the viewport.
    const limit = scrollY - 2 * innerHeight;
    while (mounted.length && mounted[0].bottom < limit) mounted.shift().cell.remove();
    window.__posts = n;
  }
  append(10);
  new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) append(10);
  }, { rootMargin: '1500px' }).observe(sentinel);
</script></body></html>`;
}

function startServer(ROOT) {
  const page = feedPage(ROOT);
  const site = readFileSync(join(ROOT, 'tests/fixtures/sites/x.com/site.js'));
  const server = http.createServer((req, res) => {
    if ((req.headers.host ?? '').replace(/:\d+$/, '') !== 'x.com') return res.writeHead(404).end();
    if (req.url === '/site.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(site);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function launch(CHROMIUM, EXT, port, withExtension) {
  const profile = mkdtempSync(join(tmpdir(), 'tdc-feed-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--host-resolver-rules=MAP x.com 127.0.0.1:${port}, MAP * ~NOTFOUND`,
      ...QUIET_FLAGS,
      ...(withExtension ? [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`] : []),
    ],
  });
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    await grantConsent(context, worker);
  }
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const metrics = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** The extension's CPU while `work` runs, from a CPU profile (bench/profile.mjs says how); also bench/run.mjs. */
export async function extensionProfile(cdp, work) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  return extensionShare(profile);
}

/**
 * The extension's CPU time while `work` runs, from a Chromium trace: the thread time (`tdur`, CPU time of the
 * renderer's main thread, not wall time: a loaded machine that deschedules the thread adds nothing) of every
 * top-level FunctionCall / event-listener / observer callback whose script is the extension's. Nested calls are
 * inside their parent's time, so only events not contained in another counted event are summed.
 */
async function extensionThreadMs(cdp, work) {
  const chunks = [];
  cdp.on('Tracing.dataCollected', ({ value }) => chunks.push(...value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'], enableSampling: false },
    transferMode: 'ReportEvents',
  });
  await work();
  await cdp.send('Tracing.end');
  await done;
  const ext = (e) => {
    const d = e.args?.data ?? e.args?.beginData ?? {};
    return typeof d.url === 'string' && d.url.startsWith('chrome-extension://');
  };
  // Complete events ('X') with thread duration, on the page's main thread, from the extension's scripts.
  const events = chunks
    .filter((e) => e.ph === 'X' && typeof e.tdur === 'number' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') && ext(e))
    .sort((a, b) => a.ts - b.ts);
  let us = 0;
  let end = -1;
  let calls = 0;
  const byFn = new Map();
  for (const e of events) {
    if (e.ts < end) continue; // nested in the previous counted event
    us += e.tdur;
    end = e.ts + e.dur;
    calls++;
    const d = e.args?.data ?? {};
    const fn = `${d.functionName || e.name} ${String(d.url).replace(/^chrome-extension:\/\/[^/]+\//, '')}:${(d.lineNumber ?? 0) + 1}:${(d.columnNumber ?? 0) + 1}`;
    const f = byFn.get(fn) ?? { ms: 0, calls: 0 };
    f.ms += e.tdur / 1000;
    f.calls++;
    byFn.set(fn, f);
  }
  const top = [...byFn].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8).map(([fn, f]) => ({ fn, ms: round(f.ms), calls: f.calls }));
  return { ms: us / 1000, calls, top, longTasks: attributeLongTasks(chunks, events) };
}

const LONGTASKS = `window.__long = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

async function feedRun(browser, { profile = false, trace = false } = {}) {
  const page = await browser.context.newPage();
  await page.addInitScript(LONGTASKS);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto('http://x.com/home');
  await page.waitForFunction(() => window.__posts >= 10);
  await sleep(500);
  const before = await metrics(cdp);
  await page.mouse.move(500, 400);
  const scroll = async () => {
    for (let i = 0; i < 800 && (await page.evaluate(() => window.__posts)) < POSTS; i++) {
      await page.mouse.wheel(0, 700);
      await sleep(16);
    }
    await sleep(1500); // the last posts' one-second views
  };
  const prof = profile ? await extensionProfile(cdp, scroll) : trace ? await extensionThreadMs(cdp, scroll) : (await scroll(), null);
  const after = await metrics(cdp);
  const posts = await page.evaluate(() => window.__posts);
  const longTasks = await page.evaluate(() => window.__long.filter((d) => d > 50).length);
  await page.close();
  return {
    posts,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    longTasks,
    profile: prof,
  };
}

export async function feedBench({ ROOT, EXT, CHROMIUM, log = console.log }) {
  const server = await startServer(ROOT);
  const port = server.address().port;
  const withExt = await launch(CHROMIUM, EXT, port, true);
  const without = await launch(CHROMIUM, EXT, port, false);
  try {
    const runs = { with: [], without: [] };
    for (let r = 0; r < REPS; r++) {
      // The order alternates pair by pair: the browsers' times drift upward over a run (by about 4 % a pair here),
      // so a fixed order would always hand the later, slower slot to the same side.
      if (r % 2 === 0) runs.without.push(await feedRun(without)), runs.with.push(await feedRun(withExt));
      else runs.with.push(await feedRun(withExt)), runs.without.push(await feedRun(without));
      log('feed rep', r + 1, { with: round(runs.with.at(-1).scriptMs), without: round(runs.without.at(-1).scriptMs) });
    }
    const profiles = [];
    for (let r = 0; r < PROFILES; r++) profiles.push((await feedRun(withExt, { profile: true })).profile);
    const traces = [];
    for (let r = 0; r < 2; r++) traces.push((await feedRun(withExt, { trace: true })).profile);
    const posts = runs.with[0].posts;
    const pick = (k, xs) => xs.map((x) => x[k]);
    const per1000 = (ms) => round((ms / posts) * 1000);
    const ratios = (k) => runs.with.map((w, i) => w[k] / runs.without[i][k]);
    const result = {
      posts,
      baseline: {
        description:
          'X timeline markup rendered per post as a React app does (a virtual tree per post compared with the previous one, one DOM call per node and attribute), in a virtualised list (each new cell measured, cells two screens above unmounted)',
        scriptMsPerPost: round(best(pick('scriptMs', runs.without)) / posts, 3),
      },
      scriptMs: { with: round(best(pick('scriptMs', runs.with))), without: round(best(pick('scriptMs', runs.without))) },
      taskMs: { with: round(best(pick('taskMs', runs.with))), without: round(best(pick('taskMs', runs.without))) },
      // Judged on the median of the pairs' ratios, as the page ratios are (bench/pages.mjs); one pair swings by far more
      // than the extension's share, so its best and worst are kept as the spread, not as the figure.
      scriptingRatio: { median: round(median(ratios('scriptMs')), 3), best: round(best(ratios('scriptMs')), 3), worst: round(worst(ratios('scriptMs')), 3), pairs: REPS },
      taskRatio: { median: round(median(ratios('taskMs')), 3), best: round(best(ratios('taskMs')), 3), worst: round(worst(ratios('taskMs')), 3), pairs: REPS },
      // Scripting the extension adds per 1,000 posts, pair by pair (median): what the ratio means in milliseconds.
      addedScriptMsPer1000: per1000(median(runs.with.map((w, i) => w.scriptMs - runs.without[i].scriptMs))),
      // The goal's figure: the CPU profile, as the issue names it (100 us asked; Chromium samples about every 200 us
      // on the project machine). The trace's thread time is kept beside it as a cross-check; it counts the tracer's
      // own cost for each of the ~200 callbacks on top, and the browser's work inside them (IntersectionObserver
      // entries, DOM calls).
      contentCpuMsPer1000: {
        best: per1000(best(profiles.map((p) => p.ms))),
        worst: per1000(worst(profiles.map((p) => p.ms))),
        source: 'CPU profile: samples in the extension\'s code x the mean sampling interval (bench/profile.mjs)',
        samples: profiles.map((p) => p.samples),
        intervalUs: profiles.map((p) => p.intervalUs),
        summedDeltas: { best: per1000(best(profiles.map((p) => p.summedMs))), worst: per1000(worst(profiles.map((p) => p.summedMs))) },
      },
      tracedMsPer1000: { best: per1000(best(traces.map((p) => p.ms))), worst: per1000(worst(traces.map((p) => p.ms))), callbacks: traces.map((t) => t.calls) },
      heaviestCallbacks: traces[0].top,
      heaviestFunctions: profiles[0].top,
      longTasksOver50ms: { with: pick('longTasks', runs.with), without: pick('longTasks', runs.without) },
    };
    // Pair by pair, the long tasks with the extension beyond those without it: information only, as the pairs swing
    // by more than the extension's share. The goal is judged on attribution from the traces (attributeLongTasks).
    result.longTaskExcessPerPair = result.longTasksOver50ms.with.map((n, i) => n - (result.longTasksOver50ms.without[i] ?? 0));
    result.longTasksInTraces = traces.map((t) => t.longTasks);
    result.extensionLongTasks = Math.max(...traces.map((t) => t.longTasks.attributable));
    result.goals = FEED_GOALS;
    result.met = {
      contentCpuMsPer1000: result.contentCpuMsPer1000.worst <= FEED_GOALS.contentCpuMsPer1000,
      scriptingRatio: result.scriptingRatio.median <= FEED_GOALS.scriptingRatio,
      taskRatio: result.taskRatio.median <= FEED_GOALS.taskRatio,
      extensionLongTasks: result.extensionLongTasks <= FEED_GOALS.extensionLongTasks,
    };
    return result;
  } finally {
    await withExt.close();
    await without.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const EXT = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
  const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  console.log(JSON.stringify(await feedBench({ ROOT, EXT, CHROMIUM }), null, 2));
}
