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
 * Starts the detectors that apply to this frame and returns their ids (empty: the script stays idle, no listener).
 * With `load`, `routes` only say where each detector applies and the code of the matching ones is loaded; without
 * it, `routes` are the detectors themselves. The background then hears which detectors run here (popup status).
 */
export function startDetectors(
  routes: readonly (Route | Detector)[],
  where: Where,
  doc: Document,
  signal: AbortSignal,
  deliver: (message: SingleMessage) => void,
  load?: Load,
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
  const ids = routes.filter((r) => safely(r.id, () => r.matches(where, doc), false)).map((r) => r.id);
  if (ids.length === 0) return ids;
  const start = (detectors: Detector[]) => {
    const emit = (s: Signal) => deliver(toMessage(s));
    const active = detectors.filter((d) => safely(d.id, () => (d.start(doc, signal, emit), true), false));
    if (active.length > 0 && !signal.aborted) deliver({ type: 'hello', detectors: active.map((d) => d.id) });
  };
  if (load) void load(ids).then(start, (error) => console.debug('[travail-du-clic] load', error));
  else start(routes.filter((r): r is Detector => ids.includes(r.id) && 'start' in r));
  return ids;
}
