/**
 * Test helpers: load a saved site fixture into happy-dom (with its site.js imitating the site), dispatch events as
 * a person's (isTrusted) or as a page script's, and collect what a detector emits.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Detector, Signal } from '@/lib/detectors/core/types';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/sites');

declare global {
  interface Window {
    happyDOM: { setURL(url: string): void };
  }
}

/**
 * Loads `sites/<host>/<file>` as the current document at `url`, then runs the host's site.js (if any) so that the
 * page reacts to clicks the way the real site does. Returns the document.
 */
export function loadFixture(url: string, file: string, { site = true } = {}): Document {
  const host = new URL(url).hostname;
  window.happyDOM.setURL(url);
  const html = readFileSync(resolve(FIXTURES, host, file), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The fixture's <script> tags are for the e2e server; here site.js runs below.
  for (const script of doc.querySelectorAll('script')) script.remove();
  document.documentElement.lang = doc.documentElement.lang;
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
  const sim = resolve(FIXTURES, host, 'site.js');
  if (site && existsSync(sim)) new Function(readFileSync(sim, 'utf8'))();
  return document;
}

function mark<E extends Event>(event: E, trusted: boolean): E {
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A person's click: a trusted click event that bubbles and crosses shadow roots. */
export function click(el: Element | null | undefined, { trusted = true } = {}): void {
  if (!el) throw new Error('click: no element');
  el.dispatchEvent(mark(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }), trusted));
}

export function key(el: Element, keyName: string, init: KeyboardEventInit = {}, { trusted = true } = {}): void {
  el.dispatchEvent(
    mark(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, composed: true, ...init }), trusted),
  );
}

/** Types into a contenteditable or input as the site sees it (the text itself is never read by detectors). */
export function type(el: Element, text: string): void {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = text;
  else el.textContent = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

export interface Run {
  signals: Signal[];
  stop(): void;
}

/** Starts a detector on the current document (asserting it applies here) and collects its signals. */
export function run(detector: Detector, doc: Document = document): Run {
  const where = { hostname: doc.location.hostname, pathname: doc.location.pathname };
  if (!detector.matches(where, doc)) throw new Error(`${detector.id} does not apply to ${doc.location.href}`);
  const controller = new AbortController();
  const signals: Signal[] = [];
  detector.start(doc, controller.signal, (s) => signals.push(s));
  return { signals, stop: () => controller.abort() };
}

/** Lets timers (site reactions, detector polls) run. */
export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

export const $ = (selector: string, root: ParentNode = document) => {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`no element for ${selector}`);
  return el as HTMLElement;
};
export const $$ = (selector: string, root: ParentNode = document) => [...root.querySelectorAll(selector)] as HTMLElement[];
