/**
 * What the five search-engine detectors share (issue 12): `search` (a query the person submits) and `result-click`
 * (a result the person opens from the results page). Results pages must not get slower: four delegated listeners
 * on the document (capture phase, trusted events only, lib/detectors/core/dom.ts onTrusted), no observer, no
 * polling, no work at load. At a gesture the work is a walk up the event path (tens of elements) and, for the
 * search button, one querySelector for the box.
 *
 * - `result-click`: a click (left button, with or without Ctrl/Cmd/Shift), a middle click (auxclick button 1), or
 *   Enter on a focused link, on a link of a result (organic or sponsored: the engine's `result`/`ad` items and
 *   `link` anchors). Not a right click (auxclick button 2, contextmenu), not the engine's tabs, pagination or
 *   toggles (they are not result links), not a link outside a result. The same link again within 1 s is the same
 *   gesture (Enter then the browser's click, a click echoed by an auxclick).
 * - `search`: Enter in the search box (not during IME composition), the search button with a non-empty box, or a
 *   suggestion picked from the list. A results page loaded from a link or the address bar emits nothing: nothing
 *   runs at load. One search per second at most (Enter in a form also "clicks" its submit button). Only the box's
 *   emptiness is read, never its text; no query, URL or title leaves this file: only kind and platform.
 */
import type { Platform } from '../../events';
import { findInPath, onTrusted, textOf } from './dom';
import { composing } from './keys';
import { WHERE } from '../routes';
import { anyOf, type AnchorTable, type Detector, type Emit, type Thing } from './types';

export interface SearchSpec {
  platform: Platform;
  /** An organic result (role item). */
  result: Thing;
  /** A sponsored result (role item). */
  ad: Thing;
  /** The links of a result that open it (role action), matched inside a result or an ad. */
  link: Thing;
  /** The query box (role search). */
  box: Thing;
  /** The search button (role action). */
  submit: Thing;
  /** An entry of the autocomplete list (role menu). */
  suggestion: Thing;
}

/** The same link (or a second submission) within this window is one gesture. */
export const SAME_GESTURE_MS = 1000;
/** How far up the event path a result link and its result are looked for. */
const PATH_LIMIT = 40;

export interface SearchSelectors {
  item: string;
  link: string;
  box: string;
  submit: string;
  suggestion: string;
}

export const selectorsOf = (spec: SearchSpec): SearchSelectors => ({
  item: `${anyOf(spec.result)}, ${anyOf(spec.ad)}`,
  link: anyOf(spec.link),
  box: anyOf(spec.box),
  submit: anyOf(spec.submit),
  suggestion: anyOf(spec.suggestion),
});

/** The result link the event went through (an `a[href]` matching the table, inside a result or an ad). */
function resultLink(path: Element[], sel: SearchSelectors): Element | undefined {
  const near = path.slice(0, PATH_LIMIT);
  const i = near.findIndex((el) => el.tagName === 'A' && el.hasAttribute('href'));
  if (i < 0) return undefined;
  const a = near[i]!;
  const href = a.getAttribute('href') ?? '';
  if (href === '' || href.startsWith('#') || /^javascript:/i.test(href)) return undefined;
  if (!a.matches(sel.link)) return undefined;
  return near.slice(i).some((el) => el.matches(sel.item)) ? a : undefined;
}

export function searchStart(spec: SearchSpec, root: Document, signal: AbortSignal, emit: Emit): void {
  const sel = selectorsOf(spec);
  const { platform } = spec;
  let lastLink: Element | undefined;
  let lastLinkAt = 0;
  let lastSearchAt = -Infinity;

  const opened = (a: Element | undefined) => {
    if (!a) return;
    const now = Date.now();
    if (a === lastLink && now - lastLinkAt < SAME_GESTURE_MS) return;
    lastLink = a;
    lastLinkAt = now;
    emit({ kind: 'result-click', platform });
  };
  const searched = () => {
    const now = Date.now();
    if (now - lastSearchAt < SAME_GESTURE_MS) return;
    lastSearchAt = now;
    emit({ kind: 'search', platform });
  };
  const filled = (box: Element | null | undefined) => !!box && textOf(box).trim() !== '';

  onTrusted(root, 'click', (event, path) => {
    if (event.button !== 0) return;
    const link = resultLink(path, sel);
    if (link) return opened(link);
    if (findInPath(path.slice(0, PATH_LIMIT), sel.suggestion)) return searched();
    const button = findInPath(path.slice(0, PATH_LIMIT), sel.submit);
    if (button) {
      const form = button.closest('form');
      const box = form?.querySelector(sel.box) ?? root.querySelector(sel.box);
      if (filled(box)) searched();
    }
  }, signal);

  // Middle click (a new tab): only button 1, never the right button's auxclick.
  onTrusted(root, 'auxclick', (event, path) => {
    if (event.button === 1) opened(resultLink(path, sel));
  }, signal);

  onTrusted(root, 'keydown', (event, path) => {
    if (event.key !== 'Enter' || composing(event) || event.repeat) return;
    const box = findInPath(path.slice(0, PATH_LIMIT), sel.box);
    if (box) {
      if (filled(box)) searched();
      return;
    }
    // Enter on a highlighted suggestion (focus in the list itself), or on a focused result link.
    if (findInPath(path.slice(0, PATH_LIMIT), sel.suggestion)) return searched();
    opened(resultLink(path, sel));
  }, signal);
}

/** A results page: at least one result the table knows, or the search box (the home page). */
export const showsResults = (spec: SearchSpec) => (doc: Document) => doc.querySelector(selectorsOf(spec).item) !== null;

/** The anchor table every search engine fills: the things of a SearchSpec. */
export type SearchTable = Omit<SearchSpec, 'platform'> & AnchorTable;

/** A search engine's detector: its anchor table is its whole spec (lib/detectors/search/<id>.ts). */
export function searchEngine(platform: 'google' | 'bing' | 'duckduckgo' | 'qwant' | 'ecosia', table: SearchTable): Detector {
  const spec: SearchSpec = { ...table, platform };
  return {
    id: platform,
    matches: WHERE[platform],
    start: (root, signal, emit) => searchStart(spec, root, signal, emit),
    anchors: table,
    expects: showsResults(spec),
  };
}
