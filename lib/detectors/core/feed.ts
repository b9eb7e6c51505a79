/**
 * Feed views and time spent in feeds, shared by every social detector.
 *
 * Usage, in a detector's start(root, signal, emit):
 *   trackViews(root, signal, emit, { platform: 'reddit', items: 'shreddit-post, .thing.link' });
 * `items` selects one feed item (a post, a video tile...); an item nested in another one is part of it. The optional `key(item)` gives an in-memory identity
 * (e.g. the post's link) so a virtualised feed that re-creates an item counts it once; keys are never sent.
 *
 * A view (`post-view`): an item at least 50 % visible for at least 1 s, the viewable impression rule the ad
 * industry uses (IAB/MRC viewable impression guidelines, 2014, which also require the window to be in focus), and
 * only while the person is there: when the second is up, the tab is visible and focused (`document.hasFocus()`)
 * and the person gave a trusted input of their own (wheel, key, pointer press, touch) in the last PRESENCE_MS.
 * `scroll` is not such an input: the browser fires it as trusted when a page script scrolls, so a page that
 * scrolls itself past a feed with nobody there gets nothing. An item whose second ends while nobody is there
 * starts a fresh second at the person's next input, if it is still half on screen.
 * At most MAX_VIEWS_PER_PAGE views per page load (per document, all trackers together): a page that copies a
 * feed's markup and scrolls itself while the person types cannot inflate the count without bound. 500 is a
 * post every 3 s for 25 minutes without a pause; past it, that page load records no more views (a reload, or
 * another tab, starts again).
 *
 * Time in a feed: seconds when the tab is visible and focused, a feed item is on screen, and the person gave such
 * an input in the last INPUT_WINDOW_MS. Each post-view carries the feed seconds accrued since the previous
 * post-view of this tracker (capped per event), so the sum of post-view seconds is the time spent in feeds. Time
 * after the last view is not reported: seconds only travel with a view.
 *
 * Discovery: no MutationObserver (a timeline changes its DOM hundreds of times a second). One hub per document,
 * shared by every tracker, looks for items at start and then at most once per SCAN_MS while something scrolls or
 * the person acts (see discover): the feed only brings new items on screen as it scrolls, and a view needs the
 * person's input anyway. Views go through IntersectionObserver (no layout reads here), so the logic is testable with
 * a stubbed IntersectionObserver. Everything stops with the AbortSignal.
 */
import type { Kind, Platform } from '../../events';
import { waitForChange } from './dom';
import type { Emit } from './types';

export const VIEW_RATIO = 0.5;
export const VIEW_MS = 1000;
export const INPUT_WINDOW_MS = 30_000;
/** A view counts only if the person's own input came at most this long before its second was up. */
export const PRESENCE_MS = 5000;
export const MAX_SECONDS_PER_VIEW = 300;
/** After a wheel event is heard, the next ones are not listened to for this long (see trackViews). */
export const WHEEL_REST_MS = 500;
/** Views per page load (per document, every tracker together); see above. */
export const MAX_VIEWS_PER_PAGE = 500;
/** Keys (post identities) a tracker remembers, the least recently seen forgotten first: a tab open for days. */
export const MAX_KEYS = 2000;
/** Discovery: at most one scan of the document per this long, while the person scrolls or acts (see discover). */
export const SCAN_MS = 500;
/**
 * What makes discovery look again: a scroll anywhere (wheel, touch, keys, momentum, scrollbar, inner feeds) and the
 * person's key or press (a "show new posts" button adds items without scrolling). Not `wheel` nor `touchstart`: a
 * wheel or a swipe that moves the feed fires `scroll` too, so they would only double the listener calls.
 */
const TRIGGERS = ['scroll', 'keydown', 'pointerdown'] as const;
/** Observed items past which disconnected ones are dropped (virtualised feeds remove items all the time); doubles. */
const SWEEP = 300;
/** The person's own input. Never `scroll` (a page script's scrolling fires it, trusted) nor pointer moves. */
const INPUTS = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

export interface ViewOptions {
  platform: Platform;
  /** Selector of one feed item. */
  items: string;
  key?: (item: Element) => string | null | undefined;
}

/** Looks for the feed items now in the document. */
type Scan = () => void;

const hubs = new WeakMap<Document, { scans: Set<Scan>; stop: AbortController }>();
/** Views counted in each document (page load), by every tracker. */
const viewsIn = new WeakMap<Document, number>();

/**
 * The last `max` keys, the least recently seen forgotten first. `seen(key)` says whether the key is remembered and
 * remembers it as the most recent. A Set keeps insertion order, so its first key is the least recent.
 */
export function recentKeys(max = MAX_KEYS) {
  const keys = new Set<string>();
  return {
    seen(key: string): boolean {
      const had = keys.delete(key);
      keys.add(key);
      if (keys.size > max) keys.delete(keys.values().next().value!);
      return had;
    },
    get size() {
      return keys.size;
    },
  };
}

/**
 * Registers `scan` on the document's discovery hub, creating it for the first tracker. The hub listens, passive and
 * capturing, for a scroll (the page's or any inner scroller's) and for the person's input; each listener is added
 * `once` and only again after the next scan, so a scrolling person costs one callback per type and one scan per
 * SCAN_MS, and a page that changes its DOM without anyone scrolling costs nothing. A scan runs at once when the last
 * one is SCAN_MS old, else when it is. Nothing here counts: a page firing its own scroll events only makes it scan
 * (at most once per SCAN_MS); views still need the person's trusted input (see trackViews).
 */
function discover(doc: Document, scan: Scan, signal: AbortSignal): void {
  let hub = hubs.get(doc);
  if (!hub) {
    const scans = new Set<Scan>();
    const stop = new AbortController();
    let last = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listen = () => {
      for (const type of TRIGGERS) doc.addEventListener(type, request, { capture: true, passive: true, once: true, signal: stop.signal });
    };
    const run = () => {
      timer = undefined;
      last = Date.now();
      scans.forEach((s) => s());
      listen();
    };
    function request() {
      timer ??= setTimeout(run, Math.max(0, last + SCAN_MS - Date.now()));
    }
    stop.signal.addEventListener('abort', () => clearTimeout(timer));
    listen();
    hubs.set(doc, (hub = { scans, stop }));
  }
  const { scans, stop } = hub;
  scans.add(scan);
  signal.addEventListener('abort', () => {
    scans.delete(scan);
    if (scans.size === 0) stop.abort(), hubs.delete(doc);
  });
}

export function trackViews(root: Document, signal: AbortSignal, emit: Emit, opts: ViewOptions): void {
  if (signal.aborted || typeof IntersectionObserver !== 'function') return;
  const observed = new Set<Element>();
  const counted = new WeakSet<Element>();
  const keys = recentKeys();
  /** Items on screen at all (the person is in a feed), and those at least half visible. */
  const onScreen = new Set<Element>();
  const half = new Set<Element>();
  /**
   * Items whose second is running, with the time it is up. One timer for all of them (not one per item): the map
   * keeps insertion order and every second is VIEW_MS long, so its first entry is always the next one due.
   */
  const due = new Map<Element, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Half-visible items whose second ended while nobody was there: the person's next input starts a fresh one. */
  const waiting = new Set<Element>();
  let shown = root.visibilityState !== 'hidden';
  let focused = root.hasFocus();
  let lastInput = -Infinity;
  let accruedAt = Date.now();
  let pendingMs = 0;
  let sweepAt = SWEEP;

  /** Credits feed time up to now; call before anything that changes whether time counts. */
  const accrue = () => {
    const now = Date.now();
    if (shown && focused && onScreen.size > 0) pendingMs += Math.max(0, Math.min(now, lastInput + INPUT_WINDOW_MS) - accruedAt);
    accruedAt = now;
  };

  /** The person is there: the tab visible and focused, and their own input a moment ago. */
  const present = () =>
    root.visibilityState !== 'hidden' && root.hasFocus() && Date.now() - lastInput <= PRESENCE_MS;

  const count = (el: Element) => {
    if (!el.isConnected || counted.has(el)) return;
    // Nobody there: the item waits, still half visible, for the person's next input (which re-arms it).
    if (!present()) return void waiting.add(el);
    const views = viewsIn.get(root) ?? 0;
    if (views >= MAX_VIEWS_PER_PAGE) return;
    counted.add(el);
    const key = opts.key?.(el);
    if (key && keys.seen(key)) return;
    viewsIn.set(root, views + 1);
    accrue();
    const seconds = Math.round(Math.min(pendingMs / 1000, MAX_SECONDS_PER_VIEW) * 10) / 10;
    pendingMs = 0;
    emit({ kind: 'post-view', platform: opts.platform, seconds });
  };
  const tick = () => {
    timer = undefined;
    const now = Date.now();
    for (const [el, at] of due) {
      if (at > now) break;
      due.delete(el);
      count(el);
    }
    schedule();
  };
  const schedule = () => {
    if (timer !== undefined || due.size === 0) return;
    const next: number = due.values().next().value!;
    timer = setTimeout(tick, Math.max(0, next - Date.now()));
  };
  const arm = (el: Element) => {
    if (shown && !counted.has(el) && !due.has(el) && (viewsIn.get(root) ?? 0) < MAX_VIEWS_PER_PAGE)
      due.set(el, Date.now() + VIEW_MS), schedule();
  };
  const disarm = (el: Element) => {
    due.delete(el);
    waiting.delete(el);
  };
  const disarmAll = () => {
    due.clear();
    waiting.clear();
    clearTimeout(timer);
    timer = undefined;
  };

  const io = new IntersectionObserver(
    (entries) => {
      accrue();
      for (const { target, isIntersecting, intersectionRatio } of entries) {
        if (isIntersecting) onScreen.add(target);
        else onScreen.delete(target);
        if (isIntersecting && intersectionRatio >= VIEW_RATIO) half.add(target), arm(target);
        else half.delete(target), disarm(target);
      }
    },
    { threshold: [0, VIEW_RATIO] },
  );

  // Only the outermost item counts: a quoted post or a tile inside a feed cell is part of the item around it.
  const observe = (el: Element) => {
    if (!observed.has(el) && !el.parentElement?.closest(opts.items)) observed.add(el), io.observe(el);
  };
  const scan: Scan = () => {
    if (observed.size > sweepAt) {
      for (const el of observed)
        if (!el.isConnected) observed.delete(el), onScreen.delete(el), half.delete(el), disarm(el), io.unobserve(el);
      sweepAt = Math.max(SWEEP, observed.size * 2);
    }
    root.querySelectorAll(opts.items).forEach(observe);
  };

  const input = () => {
    accrue();
    lastInput = accruedAt;
    // Items whose second ended while nobody was there start a fresh one (armed ones and counted ones are left).
    if (waiting.size > 0) {
      const again = [...waiting];
      waiting.clear();
      again.forEach(arm);
    }
  };
  const listen = { capture: true, passive: true, signal };
  for (const type of INPUTS) if (type !== 'wheel') root.addEventListener(type, (e) => e.isTrusted && input(), listen);
  // The wheel fires dozens of times a second while the person scrolls: one is heard, then the listener rests for
  // WHEEL_REST_MS (so `lastInput` is at most that old, well inside PRESENCE_MS), instead of running for each.
  const wheel = () => {
    if (!signal.aborted)
      root.addEventListener(
        'wheel',
        (e) => {
          if (!e.isTrusted) return wheel();
          input();
          setTimeout(wheel, WHEEL_REST_MS);
        },
        { ...listen, once: true },
      );
  };
  wheel();
  root.addEventListener(
    'visibilitychange',
    () => {
      accrue();
      shown = root.visibilityState !== 'hidden';
      // Hidden: no view can complete. Visible again: the items still half on screen start a fresh second.
      if (shown) half.forEach(arm);
      else disarmAll();
    },
    { signal },
  );
  // Focus moving to or from the window: the flag is always re-read from the browser (a page's fake event changes
  // nothing), after crediting the time up to now.
  const view = root.defaultView;
  for (const type of ['focus', 'blur'])
    view?.addEventListener(
      type,
      () => {
        accrue();
        focused = root.hasFocus();
      },
      { signal },
    );
  signal.addEventListener('abort', () => {
    io.disconnect();
    disarmAll();
  });

  scan();
  discover(root, scan, signal);
}

/**
 * Toggles (like, save, follow...), shared by the social detectors: `watch(control, isOn, kind)` after a trusted
 * click counts `kind` once if `isOn` turns true; a control already on (an undo) or already being watched (a menu
 * and its button both clicked) records nothing.
 */
export function toggleWatcher(signal: AbortSignal, emit: Emit, platform: Platform) {
  const busy = new WeakSet<Element>();
  return (el: Element, on: () => boolean, kind: Kind) => {
    if (on() || busy.has(el)) return;
    busy.add(el);
    void waitForChange(on, false, { signal }).then((now) => {
      busy.delete(el);
      if (now) emit({ kind, platform });
    });
  };
}
