/**
 * The shared feed machinery (lib/detectors/core/feed.ts): viewable impressions (50 % for 1 s, tab visible and
 * focused, the person's own input in the last 5 s, at most 500 per page load), time in feeds (visible and focused,
 * an item on screen, a trusted input in the last 30 s), discovery by one scan per SCAN_MS while the page scrolls or
 * the person acts (no MutationObserver). happy-dom computes no layout, so IntersectionObserver is replaced by a stub the
 * test drives: `show(el, ratio)` is what the browser would report when the person scrolls.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_KEYS, MAX_VIEWS_PER_PAGE, recentKeys, SCAN_MS, trackViews, type ViewOptions } from '@/lib/detectors/core/feed';
import type { Signal } from '@/lib/detectors/core/types';

class StubIO {
  static all: StubIO[] = [];
  targets = new Set<Element>();
  constructor(public cb: IntersectionObserverCallback, public init?: IntersectionObserverInit) {
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

/** The browser reporting that `el` is now `ratio` visible, to every observer watching it. */
function show(el: Element, ratio: number) {
  for (const io of StubIO.all)
    if (io.targets.has(el))
      io.cb([{ target: el, isIntersecting: ratio > 0, intersectionRatio: ratio } as IntersectionObserverEntry], io as never);
}

const trusted = (type: string, target: EventTarget = document) => {
  const e = new Event(type, { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
};

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(v: DocumentVisibilityState) {
  visibility = v;
  document.dispatchEvent(new Event('visibilitychange'));
}
/** Whether the window has the focus (document.hasFocus()); the browser then fires focus or blur on the window. */
let focused = true;
function setFocus(f: boolean) {
  focused = f;
  window.dispatchEvent(new Event(f ? 'focus' : 'blur'));
}

let controller: AbortController;
let signals: Signal[];
const start = (opts: Partial<ViewOptions> = {}) => {
  trackViews(document, controller.signal, (s) => signals.push(s), { platform: 'reddit', items: '.post', ...opts });
};
const feed = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `<article class="post" data-id="${from + i}">post ${from + i}</article>`).join('');
const posts = () => [...document.querySelectorAll('.post')];
const views = () => signals.filter((s) => 'kind' in s && s.kind === 'post-view');
const seconds = () => views().map((s) => ('seconds' in s ? s.seconds : undefined));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'requestAnimationFrame'] });
  vi.stubGlobal('IntersectionObserver', StubIO);
  StubIO.all = [];
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  focused = true;
  vi.spyOn(document, 'hasFocus').mockImplementation(() => focused);
  controller = new AbortController();
  signals = [];
  document.body.innerHTML = `<main>${feed(5)}</main><p class="other">not a post</p>`;
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('post-view: the viewable-impression rule', () => {
  it('counts an item at least half visible for one second, once', () => {
    start();
    const [a] = posts();
    trusted('wheel');
    show(a!, 0.6);
    vi.advanceTimersByTime(999);
    expect(views()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(views()).toEqual([{ kind: 'post-view', platform: 'reddit', seconds: 1 }]);
    // Scrolled away and back: the same item is not a second view.
    show(a!, 0);
    show(a!, 1);
    vi.advanceTimersByTime(5000);
    expect(views()).toHaveLength(1);
  });

  it('does not count an item under half visible, or one scrolled past in under a second', () => {
    start();
    const [a, b] = posts();
    trusted('wheel');
    show(a!, 0.49);
    show(b!, 0.9);
    vi.advanceTimersByTime(600);
    show(b!, 0.3); // scrolled on before the second was up
    vi.advanceTimersByTime(3000);
    expect(views()).toHaveLength(0);
    show(b!, 0.5); // exactly half is enough
    vi.advanceTimersByTime(1000);
    expect(views()).toHaveLength(1);
  });

  it('counts nothing while the tab is hidden, and a full second again once it is visible', () => {
    start();
    const [a, b] = posts();
    show(a!, 1);
    vi.advanceTimersByTime(500);
    setVisibility('hidden');
    vi.advanceTimersByTime(5000);
    show(b!, 1); // became half visible while hidden
    vi.advanceTimersByTime(5000);
    expect(views()).toHaveLength(0);
    setVisibility('visible');
    trusted('pointerdown');
    vi.advanceTimersByTime(999);
    expect(views()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(views()).toHaveLength(2);
  });

  it('does not count an item removed from the page before its second is up', () => {
    start();
    const [a] = posts();
    trusted('wheel');
    show(a!, 1);
    a!.remove();
    vi.advanceTimersByTime(2000);
    expect(views()).toHaveLength(0);
  });

  it('counts a re-created item once when the detector gives it a key', async () => {
    start({ key: (el) => el.getAttribute('data-id') });
    const [a] = posts();
    trusted('wheel');
    show(a!, 1);
    vi.advanceTimersByTime(1000);
    const copy = a!.cloneNode(true) as Element; // a virtualised list renders the same post anew
    a!.replaceWith(copy);
    document.dispatchEvent(new Event('scroll')); // the list re-rendered as the person scrolled
    vi.advanceTimersByTime(SCAN_MS); // the next scan finds it
    expect(StubIO.all[0]!.targets.has(copy)).toBe(true);
    show(copy, 1);
    vi.advanceTimersByTime(2000);
    expect(views()).toHaveLength(1);
  });

  it('remembers the last MAX_KEYS keys, the least recently seen forgotten first (a tab open for days)', () => {
    const keys = recentKeys();
    for (let i = 0; i < MAX_KEYS; i++) expect(keys.seen(`post-${i}`)).toBe(false);
    expect(keys.size).toBe(MAX_KEYS);
    expect(keys.seen('post-0')).toBe(true); // seen again: now the most recent
    expect(keys.seen('post-new')).toBe(false); // one more: the least recent (post-1) is forgotten
    expect(keys.size).toBe(MAX_KEYS);
    expect(keys.seen('post-1')).toBe(false);
    expect(keys.seen('post-0')).toBe(true);
    for (let i = 0; i < 3 * MAX_KEYS; i++) keys.seen(`later-${i}`);
    expect(keys.size).toBe(MAX_KEYS);
  }, 20_000);

  it('ignores elements that are not feed items', () => {
    start();
    for (const io of StubIO.all) expect([...io.targets].every((el) => el.matches('.post'))).toBe(true);
    expect(StubIO.all[0]!.targets.size).toBe(5);
    expect(StubIO.all[0]!.init?.threshold).toContain(0.5);
  });
});

describe('post-view: only while the person is there', () => {
  it('counts nothing for a page that scrolls itself: trusted scroll events and page-made input are not the person', () => {
    start();
    const [a, b] = posts();
    for (let i = 0; i < 10; i++) {
      trusted('scroll'); // what the browser fires when a page script scrolls
      document.dispatchEvent(new WheelEvent('wheel', { bubbles: true })); // a page script's wheel: untrusted
      document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
      show(i % 2 ? a! : b!, 1);
      vi.advanceTimersByTime(1500);
    }
    expect(views()).toHaveLength(0);
    // The person's own wheel: what is still half on screen starts a fresh second and counts.
    trusted('wheel');
    vi.advanceTimersByTime(999);
    expect(views()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(views()).toHaveLength(2);
  });

  it('needs the input in the last 5 seconds', () => {
    start();
    const [a, b] = posts();
    trusted('touchstart');
    vi.advanceTimersByTime(4000);
    show(a!, 1); // its second ends 5 s after the input: counts
    vi.advanceTimersByTime(1000);
    expect(views()).toHaveLength(1);
    show(b!, 1); // ends 6 s after it: the person may have left
    vi.advanceTimersByTime(1000);
    expect(views()).toHaveLength(1);
    vi.advanceTimersByTime(60_000);
    expect(views()).toHaveLength(1);
  });

  it('counts nothing while the window is not focused, even with input', () => {
    focused = false;
    start();
    const [a] = posts();
    trusted('keydown'); // e.g. typed into another window that overlaps this one
    show(a!, 1);
    vi.advanceTimersByTime(2000);
    expect(views()).toHaveLength(0);
    setFocus(true);
    trusted('pointerdown');
    vi.advanceTimersByTime(1000);
    expect(views()).toHaveLength(1);
  });

  it(`counts at most ${MAX_VIEWS_PER_PAGE} views per page load, every tracker of the document together`, () => {
    const load = () => {
      const doc = document.implementation.createHTMLDocument('feed');
      Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => 'visible' });
      doc.hasFocus = () => true;
      doc.body.innerHTML = feed(260) + Array.from({ length: 260 }, (_, i) => `<div class="card">${i}</div>`).join('');
      trackViews(doc, controller.signal, (s) => signals.push(s), { platform: 'reddit', items: '.post' });
      trackViews(doc, controller.signal, (s) => signals.push(s), { platform: 'x', items: '.card' });
      trusted('wheel', doc);
      doc.querySelectorAll('.post, .card').forEach((el) => show(el, 1));
      vi.advanceTimersByTime(1000);
      // The person keeps scrolling: nothing more on that page load.
      trusted('wheel', doc);
      vi.advanceTimersByTime(5000);
    };
    load();
    expect(views()).toHaveLength(MAX_VIEWS_PER_PAGE);
    expect(views().filter((v) => 'platform' in v && v.platform === 'x').length).toBeGreaterThan(0);
    load(); // the page reloaded: a new document counts again
    expect(views()).toHaveLength(2 * MAX_VIEWS_PER_PAGE);
  }, 30_000);
});

describe('time in feeds', () => {
  it('carries the seconds since the previous view, counting only time after a trusted input', () => {
    start();
    const [a, b, c] = posts();
    trusted('wheel');
    show(a!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([1]);
    vi.advanceTimersByTime(4000);
    trusted('wheel');
    show(b!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([1, 5]);
    // 60 s without any input: only the 30 s after the last input count; c waits for the person's next input.
    vi.advanceTimersByTime(60_000);
    show(c!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([1, 5]);
    trusted('keydown');
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([1, 5, 30]);
  });

  it('does not count input from page scripts, time with the tab hidden, or time with no item on screen', () => {
    start();
    const [a, b, c] = posts();
    document.dispatchEvent(new Event('wheel')); // untrusted
    show(a!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([]);
    trusted('keydown');
    show(a!, 0); // nothing of the feed on screen (e.g. a settings panel covers... or scrolled to the footer)
    vi.advanceTimersByTime(10_000);
    trusted('pointerdown');
    show(b!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([1]);
    trusted('scroll'); // fired by the browser for a page script's scrolling too: not an input
    vi.advanceTimersByTime(2000);
    setVisibility('hidden');
    trusted('touchstart');
    vi.advanceTimersByTime(20_000);
    setVisibility('visible');
    trusted('wheel');
    vi.advanceTimersByTime(3000);
    show(c!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([1, 6]);
  });

  it('does not count time while the window has lost the focus', () => {
    start();
    const [a, b] = posts();
    trusted('wheel');
    show(a!, 1);
    vi.advanceTimersByTime(1000);
    setFocus(false); // another window in front; the feed stays on screen
    vi.advanceTimersByTime(10_000);
    setFocus(true);
    trusted('wheel');
    show(b!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([1, 1]);
  });

  it('caps the seconds one view carries', () => {
    start();
    const [a, b] = posts();
    trusted('wheel');
    show(a!, 1);
    vi.advanceTimersByTime(1000);
    for (let i = 0; i < 40; i++) trusted('wheel'), vi.advanceTimersByTime(20_000); // 800 s of scrolling
    trusted('wheel');
    show(b!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([1, 300]);
  });
});

describe('discovery', () => {
  const add = (html: string) => document.querySelector('main')!.insertAdjacentHTML('beforeend', html);

  it('looks for new items when the page scrolls or the person acts, never on DOM changes alone', () => {
    start();
    const io = StubIO.all[0]!;
    expect(io.targets.size).toBe(5); // the items there at start
    add(feed(3, 5));
    vi.advanceTimersByTime(10_000);
    expect(io.targets.size).toBe(5); // the page changed, nobody scrolled: no work
    document.dispatchEvent(new Event('scroll'));
    expect(io.targets.size).toBe(5); // not inside the scroll event itself
    vi.advanceTimersByTime(0);
    expect(io.targets.size).toBe(8);
    // An inner scroller's scroll does not bubble, but discovery listens in the capture phase.
    const inner = document.createElement('div');
    document.querySelector('main')!.append(inner);
    inner.insertAdjacentHTML('beforeend', `<div><div>${feed(100, 8)}</div></div>`);
    vi.advanceTimersByTime(SCAN_MS);
    inner.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(0);
    expect(io.targets.size).toBe(108);
    // The person's input (a click that opens a post, a key) makes it look too.
    add(feed(1, 108));
    vi.advanceTimersByTime(SCAN_MS);
    trusted('pointerdown');
    vi.advanceTimersByTime(0);
    expect(io.targets.size).toBe(109);
    const last = posts().at(-1)!;
    trusted('wheel');
    show(last, 1);
    vi.advanceTimersByTime(1000);
    expect(views()).toHaveLength(1);
  });

  it('scans at most once per SCAN_MS while scrolling, with one listener call per event type in between', () => {
    const scans = vi.spyOn(document, 'querySelectorAll');
    start();
    const listened = vi.spyOn(document, 'addEventListener');
    scans.mockClear();
    // Ten seconds of scrolling: a scroll event every frame.
    for (let t = 0; t < 10_000; t += 16) document.dispatchEvent(new Event('scroll')), vi.advanceTimersByTime(16);
    expect(scans.mock.calls.length).toBeGreaterThanOrEqual(10_000 / SCAN_MS - 1);
    expect(scans.mock.calls.length).toBeLessThanOrEqual(10_000 / SCAN_MS + 1);
    // Each scan listens again once for each trigger: no listener runs per frame.
    const scrollListens = listened.mock.calls.filter(([type]) => type === 'scroll').length;
    expect(scrollListens).toBeLessThanOrEqual(scans.mock.calls.length);
    scans.mockClear();
    vi.advanceTimersByTime(5000);
    expect(scans).not.toHaveBeenCalled(); // idle: nothing
  });

  it('uses one discovery per document for every tracker, and stops everything on abort', () => {
    const scans = vi.spyOn(document, 'querySelectorAll');
    const other = new AbortController();
    start();
    trackViews(document, other.signal, (s) => signals.push(s), { platform: 'x', items: '.post' });
    expect(StubIO.all).toHaveLength(2);
    scans.mockClear();
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(0);
    expect(scans).toHaveBeenCalledTimes(2); // one scan, each tracker's selector once
    controller.abort();
    other.abort();
    expect(StubIO.all.every((io) => io.targets.size === 0)).toBe(true);
    const first = posts()[0]!;
    scans.mockClear();
    show(first, 1);
    add(feed(1, 9));
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(2000);
    expect(scans).not.toHaveBeenCalled();
    expect(signals).toEqual([]);
    // A new tracker after everything stopped gets a fresh discovery that works.
    controller = new AbortController();
    start();
    add(feed(1, 10));
    vi.advanceTimersByTime(SCAN_MS);
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(0);
    expect(StubIO.all.at(-1)!.targets.size).toBe(7);
  });

  it('does nothing with an aborted signal or without IntersectionObserver', () => {
    controller.abort();
    start();
    expect(StubIO.all).toHaveLength(0);
    controller = new AbortController();
    vi.stubGlobal('IntersectionObserver', undefined);
    expect(() => start()).not.toThrow();
  });
});
