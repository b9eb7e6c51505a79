// The extension's share of a V8 CPU profile, for bench/feed.mjs (extensionProfile), apart so that
// tests/unit/bench-profile.test.ts can check it on synthetic profiles.
import { round } from './stats.mjs';

/**
 * The samples that caught the extension's own code (a frame whose script is a chrome-extension:// URL) times the
 * profile's mean sampling interval, in ms, and the heaviest functions counted the same way.
 *
 * Not the sum of those samples' own time deltas, which is kept beside it (`summedMs`) as information: on the
 * 2-core project machine the sampler is sometimes held back for several ms (gaps up to 8 ms among intervals of
 * ~0.2 ms), and summing deltas hands each whole gap to whatever frame the late sample catches. One gap that lands in
 * the extension's code adds its full length: the same build read 7 to 21 ms per 1,000 posts across runs. Counting
 * samples weighs every sample alike, which is what a sampling profiler measures (the time a function takes is its
 * share of the samples); the same build then read 4.5 to 9 ms.
 */
export function extensionShare(profile, top = 8) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFn = new Map();
  let samples = 0;
  let summedUs = 0;
  profile.samples.forEach((id, i) => {
    const f = nodes.get(id)?.callFrame;
    if (!f?.url.startsWith('chrome-extension://')) return;
    samples++;
    summedUs += profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFn.set(name, (byFn.get(name) ?? 0) + 1);
  });
  const intervalUs = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  return {
    ms: (samples * intervalUs) / 1000,
    samples,
    intervalUs: round(intervalUs, 1),
    summedMs: summedUs / 1000,
    top: [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, n]) => ({ fn, ms: round((n * intervalUs) / 1000), samples: n })),
  };
}
