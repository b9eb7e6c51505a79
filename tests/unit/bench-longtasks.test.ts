/**
 * The feed benchmark's long-task attribution (bench/longtasks.mjs), on synthetic trace events: a long task counts
 * against the extension only when the extension's own callbacks take it over 50 ms.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the benchmark, without types
import { attributeLongTasks } from '../../bench/longtasks.mjs';

const MAIN = 1;
const task = (ts: number, ms: number, name = 'RunTask', tid = MAIN) => ({ ph: 'X', name, tid, ts, dur: ms * 1000 });
const ext = (ts: number, ms: number, tid = MAIN) => ({ ph: 'X', name: 'FunctionCall', tid, ts, dur: ms * 1000, tdur: ms * 1000 });

describe('long tasks the extension causes', () => {
  it('counts a task that only the extension takes over 50 ms', () => {
    const e = [ext(10_000, 30)];
    const r = attributeLongTasks([task(0, 70), ...e], e);
    expect(r).toEqual({ total: 1, withExtensionCode: 1, attributable: 1, maxExtensionMs: 30 });
  });

  it('does not count a task that is long without the extension, but says the extension ran in it', () => {
    const e = [ext(10_000, 2)];
    const r = attributeLongTasks([task(0, 90), ...e], e);
    expect(r).toEqual({ total: 1, withExtensionCode: 1, attributable: 0, maxExtensionMs: 2 });
  });

  it('ignores short tasks, other threads, and the extension outside long tasks', () => {
    const e = [ext(1_000, 10), ext(200_000, 45)];
    const chunks = [task(0, 40), task(100_000, 200, 'RunTask', 2), task(199_000, 49), ...e];
    expect(attributeLongTasks(chunks, e)).toEqual({ total: 0, withExtensionCode: 0, attributable: 0, maxExtensionMs: 0 });
  });

  it('counts a task once when both of its trace events wrap it, and nested extension calls once', () => {
    const e = [ext(5_000, 40), ext(6_000, 10)];
    const chunks = [task(0, 60), task(100, 59.8, 'ThreadControllerImpl::RunTask'), ...e];
    expect(attributeLongTasks(chunks, e)).toEqual({ total: 1, withExtensionCode: 1, attributable: 1, maxExtensionMs: 40 });
  });
});
