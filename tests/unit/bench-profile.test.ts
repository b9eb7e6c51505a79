/**
 * The feed and gesture benchmarks' CPU figure (bench/profile.mjs), on synthetic V8 CPU profiles: the extension's
 * samples times the mean sampling interval, so a late sample that lands in the extension's code does not bring the
 * whole gap before it.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the benchmark, without types
import { extensionShare } from '../../bench/profile.mjs';

const frame = (id: number, url: string, functionName = 'f') => ({ id, callFrame: { functionName, url, lineNumber: 0, columnNumber: id } });
const PAGE = 1;
const EXT = 2;
const EXT2 = 3;
const nodes = [frame(PAGE, 'http://x.com/site.js'), frame(EXT, 'chrome-extension://abc/detector-x.js', 'scan'), frame(EXT2, 'chrome-extension://abc/content-scripts/content.js', '')];

/** A profile of `ids` sampled every `us`, with `gaps` (index -> delta) replacing some intervals. */
function profile(ids: number[], us = 200, gaps: Record<number, number> = {}) {
  const timeDeltas = ids.map((_, i) => gaps[i] ?? us);
  const total = timeDeltas.reduce((a, b) => a + b, 0);
  return { nodes, samples: ids, timeDeltas, startTime: 0, endTime: total };
}

describe("the extension's share of a CPU profile", () => {
  it('counts its samples at the mean interval', () => {
    const r = extensionShare(profile([PAGE, EXT, EXT, PAGE, EXT2, PAGE, PAGE, PAGE, PAGE, PAGE]));
    expect(r.samples).toBe(3);
    expect(r.intervalUs).toBe(200);
    expect(r.ms).toBeCloseTo(0.6);
    expect(r.top).toEqual([
      { fn: 'scan detector-x.js:1:3', ms: 0.4, samples: 2 },
      { fn: '(anonymous) content-scripts/content.js:1:4', ms: 0.2, samples: 1 },
    ]);
  });

  it('does not hand a long gap to the one extension sample it lands on', () => {
    // 100 samples at 0.2 ms, one of them the extension's, whose following interval is an 8 ms gap.
    const ids = Array.from({ length: 100 }, (_, i) => (i === 40 ? EXT : PAGE));
    const r = extensionShare(profile(ids, 200, { 41: 8000 }));
    expect(r.summedMs).toBeCloseTo(8); // the sum of deltas: the whole gap
    expect(r.samples).toBe(1);
    expect(r.ms).toBeCloseTo((1 * (99 * 200 + 8000)) / 100 / 1000); // one sample at the mean interval: 0.278 ms
  });

  it('reads nothing from a profile without the extension', () => {
    const r = extensionShare(profile([PAGE, PAGE]));
    expect(r).toMatchObject({ ms: 0, samples: 0, summedMs: 0, top: [] });
  });
});
