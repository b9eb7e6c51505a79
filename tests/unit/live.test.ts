/**
 * lib/db.ts `watch` (components/useLive.ts): the report's sections read the database again after it changes, at most
 * once per window, so that a burst of commits (a feed's views, fast clicks) does not keep the background's writes
 * waiting behind readonly transactions. fake-indexeddb, real timers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LaborDB, watch } from '@/lib/db';
import type { LaborEvent } from '@/lib/events';

const MS = 150;
let db: LaborDB;
beforeEach(() => {
  db = new LaborDB(`live-test-${Math.random().toString(36).slice(2)}`);
});
afterEach(() => db.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let n = 0;
const event = (): LaborEvent => ({ uid: `u${n++}`, at: Date.now(), day: '2026-12-01', kind: 'reaction', platform: 'x', site: 'x.com' });

/** Starts a watch on the number of events, recording each run's start and end. */
function counting() {
  const runs: { start: number; end: number }[] = [];
  const seen: number[] = [];
  const errors: Error[] = [];
  const stop = watch(
    async () => {
      const start = Date.now();
      const count = await db.events.count();
      runs.push({ start, end: Date.now() });
      return count;
    },
    (count) => seen.push(count),
    (error) => errors.push(error),
    MS,
  );
  const until = async (value: number) => {
    for (const t = Date.now() + 5000; Date.now() < t && seen.at(-1) !== value; ) await sleep(10);
    expect(seen.at(-1)).toBe(value);
  };
  return { runs, seen, errors, stop, until };
}

describe('watch', () => {
  it('reads at once, then after each change, once per window however many commits arrive', async () => {
    const w = counting();
    await w.until(0);
    // 40 commits, one at a time (each its own transaction, as the background stores gestures).
    for (let i = 0; i < 40; i++) await db.events.add(event());
    await w.until(40);
    await sleep(MS * 2);
    expect(w.seen.at(-1)).toBe(40);
    // 40 commits, but only the first read and a few more: one per window while they arrived, and one after.
    expect(w.runs.length).toBeGreaterThanOrEqual(2);
    expect(w.runs.length).toBeLessThanOrEqual(2 + Math.ceil((w.runs.at(-1)!.start - w.runs[0]!.end) / MS));
    expect(w.runs.length).toBeLessThan(10);
    w.stop();
  });

  it('leaves at least the window between the end of one read and the start of the next', async () => {
    const w = counting();
    await w.until(0);
    const until = Date.now() + MS * 4;
    while (Date.now() < until) await db.events.add(event()), await sleep(5);
    await sleep(MS * 2);
    expect(w.runs.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < w.runs.length; i++) expect(w.runs[i]!.start - w.runs[i - 1]!.end).toBeGreaterThanOrEqual(MS - 2);
    expect(w.seen.at(-1)).toBe(await db.events.count());
    w.stop();
  });

  it('reads a change made while a read was running in the next read', async () => {
    const seen: number[] = [];
    let first = true;
    const stop = watch(
      async () => {
        const count = await db.events.count();
        if (first) (first = false), await db.events.add(event()); // a commit in the middle of the first read
        return count;
      },
      (count) => seen.push(count),
      () => undefined,
      MS,
    );
    for (const t = Date.now() + 3000; Date.now() < t && seen.at(-1) !== 1; ) await sleep(10);
    expect(seen).toEqual([0, 1]);
    stop();
  });

  it('stops: no read and no result after it is stopped', async () => {
    const w = counting();
    await w.until(0);
    await db.events.add(event());
    w.stop(); // the read this commit asked for was still waiting for its window
    const runs = w.runs.length;
    await db.events.add(event());
    await sleep(MS * 3);
    expect(w.runs.length).toBe(runs);
    expect(w.seen).toEqual([0]);
  });

  it('reports a failed read, and reads again after the next change', async () => {
    const errors: Error[] = [];
    const seen: number[] = [];
    let fail = true;
    const stop = watch(
      async () => {
        if (fail) throw new Error('read failed');
        return db.events.count();
      },
      (count) => seen.push(count),
      (error) => errors.push(error),
      MS,
    );
    for (const t = Date.now() + 3000; Date.now() < t && errors.length === 0; ) await sleep(10);
    expect(errors.map((e) => e.message)).toEqual(['read failed']);
    fail = false;
    await db.events.add(event());
    for (const t = Date.now() + 3000; Date.now() < t && seen.length === 0; ) await sleep(10);
    expect(seen).toEqual([1]);
    stop();
  });
});
