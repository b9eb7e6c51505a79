/**
 * Small DOM helpers shared by the detectors. Everything is delegated on the document in the capture phase (so a
 * page's stopPropagation cannot hide a gesture), tied to an AbortSignal, and ignores untrusted events: a page
 * script's `el.click()` or `dispatchEvent` has `isTrusted === false` and is never counted.
 */
import type { Kind, Platform } from '../../events';
import type { Emit } from './types';


export type TrustedHandler<E extends Event> = (event: E, path: Element[]) => void;

/** Adds a capture-phase listener on `root` that only sees trusted events (and no IME-held key), with the event's element path. */
export function onTrusted<K extends keyof DocumentEventMap>(
  root: Document,
  type: K,
  handler: TrustedHandler<DocumentEventMap[K]>,
  signal: AbortSignal,
): void {
  root.addEventListener(
    type,
    (event) => {
      if (event.isTrusted !== true) return;
      // A key that an IME holds (Enter confirming a word in Japanese, Chinese, Korean...) is text, never a gesture:
      // dropped here for every detector (issue 10 item 8).
      if (event instanceof KeyboardEvent && (event.isComposing || event.keyCode === 229)) return;
      checkWaits();
      handler(event, elementPath(event));
    },
    { capture: true, passive: true, signal },
  );
}

/** The elements an event went through, innermost first, crossing open shadow roots (composedPath). */
export function elementPath(event: Event): Element[] {
  const path = event.composedPath();
  const out: Element[] = [];
  for (const node of path) if ((node as Node).nodeType === 1) out.push(node as Element);
  if (out.length === 0 && event.target instanceof Element) {
    for (let el: Element | null = event.target; el; el = el.parentElement) out.push(el);
  }
  return out;
}

/** The first element of the path that matches `selector`. */
export function findInPath(path: Element[], selector: string): Element | undefined {
  return path.find((el) => el.matches(selector));
}

export interface WaitOptions {
  signal: AbortSignal;
  /** How long the site may take to apply the change (network round trip included). */
  timeout?: number;
}

/**
 * The state reads of the waits in progress (waitForChange). Each trusted input the detectors hear reads them all
 * first (onTrusted), in the capture phase, before the page handles that input: a like undone, or a rating switched,
 * sooner than the next poll still shows the state the first gesture made, so it is counted, not lost.
 */
const waits = new Set<() => void>();
const checkWaits = () => waits.forEach((check) => check());

/**
 * Polls `read` after a gesture until it returns something other than `before`, then resolves with it; resolves
 * with `before` on timeout or abort. Bounded work after a trusted gesture instead of a per-mutation observer; the
 * person's next input reads it at once too (see `waits`).
 */
export function waitForChange<T>(read: () => T, before: T, { signal, timeout = 4000 }: WaitOptions): Promise<T> {
  return new Promise((resolve) => {
    const start = Date.now();
    let delay = 30;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (value: T) => {
      waits.delete(check);
      clearTimeout(timer);
      resolve(value);
    };
    /** Resolves if the state changed (or the wait was aborted), and says whether it did. */
    function check(): boolean {
      let now = before;
      if (!signal.aborted)
        try {
          now = read();
        } catch {
          // read as unchanged
        }
      if (!signal.aborted && now === before) return false;
      done(now);
      return true;
    }
    const tick = () => {
      if (check()) return;
      if (Date.now() - start >= timeout) return done(before);
      delay = Math.min(delay * 1.5, 400);
      timer = setTimeout(tick, delay);
    };
    waits.add(check);
    timer = setTimeout(tick, 0);
  });
}

/**
 * Counts a toggle when it really turns on: `isOn` is read before the click and then polled; `onTurnedOn` runs once
 * if it went from off to on. A click on an already-on control (an undo) records nothing.
 */
export function countWhenTurnedOn(isOn: () => boolean, onTurnedOn: () => void, opts: WaitOptions): void {
  if (isOn()) return;
  void waitForChange(isOn, false, opts).then((on) => {
    if (on) onTurnedOn();
  });
}

export { hostMatches } from '../routes';
/** A selector, or a test on an element (for controls that only a localised label or text identifies). */
export type Match = string | ((el: Element) => boolean);

/** Lower-case, curly apostrophes straightened, spaces collapsed: how label tables are compared. */
export const norm = (s: string | null | undefined) => (s ?? '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** A test: the element's aria-label or own text is one of `labels` (a label table, EN and FR at least). */
export function labelIn(labels: readonly string[] | RegExp, attr = 'aria-label'): (el: Element) => boolean {
  const set = Array.isArray(labels) ? new Set(labels.map(norm)) : { has: (s: string) => s !== '' && (labels as RegExp).test(s) };
  // Labels are short: a long text is not a button's label (and is not worth normalising).
  const own = (el: Element) => ((el.textContent ?? '').length < 60 ? norm(el.textContent) : '');
  return (el) => set.has(norm(el.getAttribute(attr))) || set.has(own(el));
}

/** `sel[aria-label="a"], sel[aria-label="b"]...` for a label table. */
export const ariaAny = (sel: string, labels: readonly string[], op = '=') =>
  labels.map((l) => `${sel}[aria-label${op}"${l.replace(/"/g, '\\"')}"]`).join(', ');

/** The text typed in an input, textarea or rich editor (only its emptiness is ever used). */
export const textOf = (el: Element) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');

/**
 * Enter in a non-empty search box counts a search: only the box's emptiness is read, never its text. Pass the key
 * event: Enter that confirms an IME composition (`isComposing`, or keyCode 229) is not a search (issue 10 item 8).
 */
export function searchOnEnter(path: Element[], selector: string, platform: Platform, emit: Emit, event?: KeyboardEvent): void {
  if (event && (event.isComposing || event.keyCode === 229)) return;
  const box = findInPath(path, selector);
  if (box && textOf(box).trim() !== '') emit({ kind: 'search', platform });
}
