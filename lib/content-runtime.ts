/**
 * What the content script does in each frame: pick the detectors that apply, start them, and deliver what they
 * report to the background. Kept free of `browser` so unit tests and the practice page drive it directly.
 *
 * Delivery: every signal gets a random uid and is re-sent until the background acknowledges that it stored it
 * (the background drops a uid it already has), so a service worker stopped mid-write loses and doubles nothing.
 */
import { MAX_BATCH } from './events';
import type { ContentMessage, Reply, SingleMessage } from './messages';
import type { Detector, Route, Signal, Where } from './detectors/core/types';
import { isCaptchaStep } from './detectors/core/types';

export type Send = (message: ContentMessage) => Promise<Reply | undefined>;

const RETRY_DELAYS = [200, 500, 1000, 2000, 4000, 8000, 15000, 30000];

export function newUid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

interface Pending {
  message: SingleMessage;
  attempt: number;
}

/**
 * Delivers messages, re-sending each until the background answers it (a stored, duplicate or refused reply all end
 * its retries; a storage failure is retried later). Messages emitted in the same task travel in one `batch`
 * message: a burst of gestures costs one round trip to the background, not one each.
 */
export function createSender(send: Send, signal: AbortSignal): (message: SingleMessage) => void {
  let pending: Pending[] = [];
  let scheduled = false;
  const enqueue = (item: Pending) => {
    pending.push(item);
    if (!scheduled) (scheduled = true), queueMicrotask(() => void flush());
  };
  const flush = async () => {
    scheduled = false;
    const items = pending.splice(0, MAX_BATCH);
    if (pending.length > 0) (scheduled = true), queueMicrotask(() => void flush());
    let replies: (Reply | undefined)[];
    try {
      const reply = await send(items.length === 1 ? items[0]!.message : { type: 'batch', messages: items.map((i) => i.message) });
      replies = items.length === 1 ? [reply] : items.map((_, i) => (reply?.ok ? reply.results?.[i] : reply));
    } catch (error) {
      // The extension was reloaded or removed: this page's script is orphaned, nothing can deliver any more.
      if (String(error).includes('context invalidated')) return;
      replies = [];
    }
    items.forEach((item, i) => {
      const reply = replies[i];
      if (reply && !(reply.ok === false && reply.error === 'storage')) return;
      const delay = RETRY_DELAYS[item.attempt++];
      if (delay !== undefined && !signal.aborted) setTimeout(() => enqueue(item), delay);
    });
  };
  return (message) => enqueue({ message, attempt: 0 });
}

export function toMessage(signal: Signal): SingleMessage {
  return isCaptchaStep(signal)
    ? { type: 'captcha', uid: newUid(), step: signal }
    : { type: 'gesture', uid: newUid(), gesture: signal };
}

/** Loads the code of the detectors with these ids (the content script imports their chunks). */
export type Load = (ids: string[]) => Promise<Detector[]>;

/**
 * Starts the detectors that apply to this frame and returns their ids (empty: no detector listens here).
 * With `load`, `routes` only say where each detector applies and the code of the matching ones is loaded; without
 * it, `routes` are the detectors themselves. The background then hears which detectors run here (popup status).
 * Where none matched, the routes are checked again later, a bounded number of times (`watchLate`): a widget
 * rendered after the page settled (GeeTest loaded on demand, a site's own CAPTCHA shown after a click, a Mastodon
 * web app rendered by script) still gets its detector, started once.
 */
export function startDetectors(
  routes: readonly (Route | Detector)[],
  where: Where,
  doc: Document,
  signal: AbortSignal,
  deliver: (message: SingleMessage) => void,
  load?: Load,
  late: LateOptions | false = LATE,
): string[] {
  // One detector's failure never stops the others.
  const safely = <T>(id: string, fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (error) {
      console.debug('[travail-du-clic]', id, error);
      return fallback;
    }
  };
  const start = (detectors: Detector[]) => {
    const emit = (s: Signal) => deliver(toMessage(s));
    const active = detectors.filter((d) => safely(d.id, () => (d.start(doc, signal, emit), true), false));
    if (active.length > 0 && !signal.aborted) deliver({ type: 'hello', detectors: active.map((d) => d.id) });
  };
  // Each route is started at most once per page: `tried` holds those that matched.
  const tried = new Set<string>();
  const startMatching = () => {
    const ids = routes.filter((r) => !tried.has(r.id) && safely(r.id, () => r.matches(where, doc), false)).map((r) => r.id);
    ids.forEach((id) => tried.add(id));
    if (ids.length === 0) return ids;
    if (load) void load(ids).then(start, (error) => console.debug('[travail-du-clic] load', error));
    else start(routes.filter((r): r is Detector => ids.includes(r.id) && 'start' in r));
    return ids;
  };
  const ids = startMatching();
  // Only in a frame where nothing started at load: a platform page or a vendor's frame already has its detector,
  // and its feed must not pay for re-checks (issue 7's feed budget).
  if (late && ids.length === 0) watchLate(doc, signal, () => (startMatching(), tried.size < routes.length), late);
  return ids;
}

export interface LateOptions {
  /** Re-checks per page load, whatever triggers them. */
  checks: number;
  /** Re-checks caused by DOM changes: this long after the change (the widget settles), at least `gapMs` apart. */
  settleMs: number;
  gapMs: number;
  /** DOM changes that may cause a re-check after load, and again after each trusted form interaction. */
  armed: number;
  rearm: number;
  /** Re-checks caused by interactions: at least this far apart. */
  interactionGapMs: number;
}

export const LATE: LateOptions = { checks: 12, settleMs: 300, gapMs: 3000, armed: 3, rearm: 2, interactionGapMs: 300 };

/** Where an interaction may reveal a CAPTCHA: in a form, or on a field outside one. */
const FORM_PART = 'form, input, textarea, select';

/**
 * Widgets that arrive late (issue 10 item 9): calls `recheck` (which starts the routes that match now) when a
 * widget may have appeared, and stops for good once it returns false (nothing left to start) or after
 * `o.checks` calls. Two triggers, neither doing per-mutation work:
 * - the person's trusted `focusin` / `pointerdown` in a form or on a field: a re-check at once (at most one per
 *   `interactionGapMs`), and the next few DOM changes may trigger one too (the click that reveals a CAPTCHA);
 * - DOM changes: one MutationObserver, connected only while armed (`armed` changes after load, `rearm` after an
 *   interaction) and disconnected while a re-check waits, so a page that keeps changing costs at most a few
 *   callbacks; the re-check runs `settleMs` after the change and `gapMs` after the previous one.
 */
export function watchLate(doc: Document, signal: AbortSignal, recheck: () => boolean, o: LateOptions = LATE): void {
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { signal: stop.signal });
  let left = o.checks;
  let armed = o.armed;
  let last = -Infinity;
  let soon = false;
  let due = Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  const check = () => {
    timer = undefined;
    due = Infinity;
    last = Date.now();
    if (!recheck() || --left <= 0) return stop.abort();
    observe();
  };
  const schedule = (delay: number) => {
    if (Date.now() + delay >= due) return;
    clearTimeout(timer);
    observer?.disconnect();
    due = Date.now() + delay;
    timer = setTimeout(check, delay);
  };
  const observe = () => {
    if (armed <= 0 || timer !== undefined) return;
    observer ??= new MutationObserver(() => {
      armed--;
      schedule(soon ? o.settleMs : Math.max(o.settleMs, last + o.gapMs - Date.now()));
      soon = false;
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  };
  const interact = (event: Event) => {
    if (!event.isTrusted || !(event.target instanceof Element) || !event.target.closest(FORM_PART)) return;
    armed = Math.max(armed, o.rearm);
    soon = true;
    schedule(Math.max(0, last + o.interactionGapMs - Date.now()));
  };
  for (const type of ['focusin', 'pointerdown']) doc.addEventListener(type, interact, { capture: true, passive: true, signal: stop.signal });
  stop.signal.addEventListener('abort', () => (observer?.disconnect(), clearTimeout(timer)));
  observe();
}
