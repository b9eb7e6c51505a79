/**
 * Every social detector of this area tracks post-views on its own feed items (40-item fixtures), with the stubbed
 * IntersectionObserver of feed.test.ts standing in for layout, only once the person gives an input of their own; and the negative: the same saved pages served under
 * an unrelated hostname start no detector and record nothing, whatever is clicked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DETECTORS } from '@/lib/detectors';
import { startDetectors } from '@/lib/content-runtime';
import type { Detector } from '@/lib/detectors/core/types';
import { bluesky } from '@/lib/detectors/social/bluesky';
import { mastodon } from '@/lib/detectors/social/mastodon';
import { reddit } from '@/lib/detectors/social/reddit';
import { x } from '@/lib/detectors/social/x';
import { youtube } from '@/lib/detectors/social/youtube';
import { click, loadFixture, run, settle, type Run } from '../helpers';

class StubIO {
  static all: StubIO[] = [];
  targets = new Set<Element>();
  constructor(public cb: IntersectionObserverCallback) {
    StubIO.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
}
const show = (el: Element, ratio: number) => {
  for (const io of StubIO.all)
    if (io.targets.has(el))
      io.cb([{ target: el, isIntersecting: ratio > 0, intersectionRatio: ratio } as IntersectionObserverEntry], io as never);
};

/** The person's own input, and the `scroll` the browser fires (trusted) when a page script scrolls. */
const trusted = (type: string) => {
  const e = new Event(type, { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  document.dispatchEvent(e);
};
const wheel = () => trusted('wheel');
const scrolled = () => trusted('scroll');

let r: Run | undefined;
beforeEach(() => {
  StubIO.all = [];
  vi.stubGlobal('IntersectionObserver', StubIO);
});
afterEach(() => {
  r?.stop();
  vi.unstubAllGlobals();
});

const CASES: [string, Detector, string, string, string][] = [
  ['X search timeline', x, 'https://x.com/search?q=a', 'search.fr.html', 'article[data-testid="tweet"]'],
  ['YouTube related videos', youtube, 'https://www.youtube.com/watch?v=a', 'watch.fr.html', 'ytd-compact-video-renderer'],
  ['new Reddit feed', reddit, 'https://www.reddit.com/', 'index.fr.html', 'shreddit-post'],
  ['old Reddit listing', reddit, 'https://old.reddit.com/', 'index.fr.html', '.thing.link'],
  ['Mastodon timeline', mastodon, 'https://piaille.fr/home', 'home.fr.html', '.status'],
  ['Bluesky feed', bluesky, 'https://bsky.app/', 'index.fr.html', '[data-testid^="feedItem-by-"]'],
];

describe.each(CASES)('post-view on the %s', (_name, detector, url, file, items) => {
  it('observes the 40 feed items and reports each one viewed for a second, once', async () => {
    loadFixture(url, file);
    r = run(detector);
    const feed = [...document.querySelectorAll(items)];
    expect(feed).toHaveLength(40);
    const observed = StubIO.all.flatMap((io) => [...io.targets]);
    expect(observed).toHaveLength(40);
    expect(observed.every((el) => el.matches(items))).toBe(true);
    // Shown with nobody there (no input of the person's own; a page's scrolling fires trusted `scroll`): nothing.
    show(feed[3]!, 0.8);
    show(feed[4]!, 0.3);
    scrolled();
    await settle(1200);
    expect(r.signals).toEqual([]);
    // The person's wheel: the item still half on screen counts a second later, once.
    wheel();
    await settle(1200);
    show(feed[3]!, 0);
    show(feed[3]!, 1);
    wheel();
    await settle(1200);
    expect(r.signals).toEqual([{ kind: 'post-view', platform: detector.id, seconds: expect.any(Number) }]);
  }, 20_000);
});

describe('negative: the same pages on an unrelated site', () => {
  it.each(CASES)('%s served as blog.example.org starts nothing and records nothing', async (_n, _d, url, file) => {
    loadFixture(url, file);
    // The page keeps its markup, but the person is on an unrelated site (and no Mastodon web app mounts there).
    window.happyDOM.setURL('https://blog.example.org/article');
    document.getElementById('mastodon')?.removeAttribute('id');
    document.getElementById('initial-state')?.remove();
    const delivered: unknown[] = [];
    const controller = new AbortController();
    const active = startDetectors(DETECTORS, location, document, controller.signal, (m) => delivered.push(m));
    expect(active).toEqual([]);
    for (const el of document.querySelectorAll('button, [role="button"], a')) click(el);
    await settle();
    controller.abort();
    expect(delivered).toEqual([]);
  }, 20_000);
});
