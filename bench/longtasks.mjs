// Long-task attribution for the feed benchmark (bench/feed.mjs), apart so that tests/unit/bench-longtasks.test.ts can
// check it on synthetic trace events.

/**
 * Long tasks (over 50 ms of wall time, as the Long Tasks API counts them) of the page's main thread in the trace, and
 * which of them the extension caused: a task is the extension's when the extension's own callbacks inside it are what
 * takes it over 50 ms (its duration without them is under 50 ms). Tasks where the extension ran a little inside a
 * task that was long anyway are counted apart (`withExtensionCode`), with the extension's largest share of one task.
 */
export function attributeLongTasks(chunks, extEvents) {
  const LONG_US = 50_000;
  const tid = extEvents[0]?.tid;
  const tasks = [];
  const candidates = chunks
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.tid === tid && e.dur > LONG_US)
    .sort((a, b) => a.ts - b.ts);
  // The two names can wrap the same task: keep the outermost.
  for (const e of candidates) if (!tasks.length || e.ts >= tasks.at(-1).ts + tasks.at(-1).dur) tasks.push(e);
  let attributable = 0;
  let withExtensionCode = 0;
  let maxExtensionMs = 0;
  for (const task of tasks) {
    const inside = extEvents.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    if (inside.length === 0) continue;
    // Top-level extension events only (nested ones are in their parent's time), as in extensionThreadMs.
    let extUs = 0;
    let end = -1;
    for (const e of inside) if (e.ts >= end) (extUs += e.dur), (end = e.ts + e.dur);
    withExtensionCode++;
    maxExtensionMs = Math.max(maxExtensionMs, extUs / 1000);
    if (task.dur - extUs < LONG_US) attributable++;
  }
  return { total: tasks.length, withExtensionCode, attributable, maxExtensionMs: Math.round(maxExtensionMs * 100) / 100 };
}
