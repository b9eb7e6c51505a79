/**
 * The shared feed machinery (lib/detectors/feed.ts): viewable impressions (50 % for 1 s, tab visible), time in
 * feeds (visible, an item on screen, a trusted input in the last 30 s), discovery through one batched
 * MutationObserver per document. happy-dom computes no layout, so IntersectionObserver is replaced by a stub the
 * test drives: `show(el, ratio)` is what the browser would report when the person scrolls.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackViews, type ViewOptions } from '@/lib/detectors/core/feed';
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
  controller = new AbortController();
  signals = [];
  document.body.innerHTML = `<main>${feed(5)}</main><p class="other">not a post</p>`;
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('post-view: the viewable-impression rule', () => {
  it('counts an item at least half visible for one second, once', () => {
    start();
    const [a] = posts();
    show(a!, 0.6);
    vi.advanceTimersByTime(999);
    expect(views()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(views()).toEqual([{ kind: 'post-view', platform: 'reddit', seconds: 0 }]);
    // Scrolled away and back: the same item is not a second view.
    show(a!, 0);
    show(a!, 1);
    vi.advanceTimersByTime(5000);
    expect(views()).toHaveLength(1);
  });

  it('does not count an item under half visible, or one scrolled past in under a second', () => {
    start();
    const [a, b] = posts();
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
    vi.advanceTimersByTime(999);
    expect(views()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(views()).toHaveLength(2);
  });

  it('does not count an item removed from the page before its second is up', () => {
    start();
    const [a] = posts();
    show(a!, 1);
    a!.remove();
    vi.advanceTimersByTime(2000);
    expect(views()).toHaveLength(0);
  });

  it('counts a re-created item once when the detector gives it a key', async () => {
    start({ key: (el) => el.getAttribute('data-id') });
    const [a] = posts();
    show(a!, 1);
    vi.advanceTimersByTime(1000);
    const copy = a!.cloneNode(true) as Element; // a virtualised list renders the same post anew
    a!.replaceWith(copy);
    await vi.advanceTimersByTimeAsync(20); // next frame: discovered
    expect(StubIO.all[0]!.targets.has(copy)).toBe(true);
    show(copy, 1);
    vi.advanceTimersByTime(2000);
    expect(views()).toHaveLength(1);
  });

  it('ignores elements that are not feed items', () => {
    start();
    for (const io of StubIO.all) expect([...io.targets].every((el) => el.matches('.post'))).toBe(true);
    expect(StubIO.all[0]!.targets.size).toBe(5);
    expect(StubIO.all[0]!.init?.threshold).toContain(0.5);
  });
});

describe('time in feeds', () => {
  it('carries the seconds since the previous view, counting only time after a trusted input', () => {
    start();
    const [a, b, c] = posts();
    show(a!, 1); // on screen from t=0, but no input yet: the person may have left the computer
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([0]);
    trusted('wheel');
    vi.advanceTimersByTime(4000);
    show(b!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([0, 5]);
    // 60 s without any input: only the 30 s after the last input count.
    vi.advanceTimersByTime(60_000);
    show(c!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([0, 5, 25]);
  });

  it('does not count input from page scripts, time with the tab hidden, or time with no item on screen', () => {
    start();
    const [a, b, c] = posts();
    document.dispatchEvent(new Event('wheel')); // untrusted
    show(a!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([0]);
    trusted('keydown');
    show(a!, 0); // nothing of the feed on screen (e.g. a settings panel covers... or scrolled to the footer)
    vi.advanceTimersByTime(10_000);
    trusted('pointerdown');
    show(b!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([0, 1]);
    trusted('scroll');
    vi.advanceTimersByTime(2000);
    setVisibility('hidden');
    trusted('touchstart');
    vi.advanceTimersByTime(20_000);
    setVisibility('visible');
    trusted('wheel');
    vi.advanceTimersByTime(3000);
    show(c!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([0, 1, 6]);
  });

  it('caps the seconds one view carries', () => {
    start();
    const [a, b] = posts();
    show(a!, 1);
    vi.advanceTimersByTime(1000);
    for (let i = 0; i < 40; i++) trusted('wheel'), vi.advanceTimersByTime(20_000); // 800 s of scrolling
    show(b!, 1);
    vi.advanceTimersByTime(1000);
    expect(seconds()).toEqual([0, 300]);
  });
});

describe('discovery', () => {
  it('observes items the feed adds later, a few at a time or in a burst', async () => {
    start();
    const io = StubIO.all[0]!;
    document.querySelector('main')!.insertAdjacentHTML('beforeend', feed(3, 5));
    await Promise.resolve();
    expect(io.targets.size).toBe(5); // batched: nothing before the next frame
    await vi.advanceTimersByTimeAsync(20);
    expect(io.targets.size).toBe(8);
    // A burst (infinite scroll loading a page of 100 items, nested in wrappers): one rescan.
    const more = document.createElement('div');
    document.querySelector('main')!.append(more);
    for (let i = 0; i < 100; i++) more.insertAdjacentHTML('beforeend', `<div><div>${feed(1, 8 + i)}</div></div>`);
    await vi.advanceTimersByTimeAsync(20);
    expect(io.targets.size).toBe(108);
    const last = posts().at(-1)!;
    show(last, 1);
    vi.advanceTimersByTime(1000);
    expect(views()).toHaveLength(1);
  });

  it('uses one MutationObserver per document for every tracker, and stops everything on abort', async () => {
    const Real = globalThis.MutationObserver;
    let made = 0;
    vi.stubGlobal(
      'MutationObserver',
      class extends Real {
        constructor(cb: MutationCallback) {
          super(cb);
          made++;
        }
      },
    );
    const other = new AbortController();
    start();
    trackViews(document, other.signal, (s) => signals.push(s), { platform: 'x', items: '.post' });
    expect(made).toBe(1);
    expect(StubIO.all).toHaveLength(2);
    controller.abort();
    other.abort();
    expect(StubIO.all.every((io) => io.targets.size === 0)).toBe(true);
    show(posts()[0]!, 1);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', feed(1, 9));
    await vi.advanceTimersByTimeAsync(2000);
    expect(signals).toEqual([]);
    // A new tracker after everything stopped gets a fresh observer that works.
    controller = new AbortController();
    start();
    expect(made).toBe(2);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', feed(1, 10));
    await vi.advanceTimersByTimeAsync(20);
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
