/**
 * Detector health, measured on the page and shown to the person (issue 11): how many things of its anchor table
 * each detector recognises (posts, action buttons, answers, results), and a warning when it runs on a page where
 * it should recognise something and recognises nothing, so a site's redesign is seen the same day instead of a
 * silently wrong week. Counts only: selectors are counted with querySelectorAll, no text is ever read.
 *
 * Nothing here runs on its own: the content script probes when the popup asks, and once per page load for the
 * weekly table, after the page has settled (entrypoints/content.ts).
 */
import { anyOf, type AnchorRole, type AnchorTable, type Detector } from './detectors/core/types';

export const HEALTH_WARNINGS = ['no-items', 'no-actions', 'unknown-toggles'] as const;
export type HealthWarning = (typeof HEALTH_WARNINGS)[number];

export interface DetectorHealth {
  id: string;
  /** Anchors in the detector's table (0: it has none, so nothing can be said of its health). */
  known: number;
  /** Items recognised (posts, videos, answers, results...), 0 when the detector has no item anchors. */
  items: number;
  /** Action controls recognised (like, repost, thumbs...). */
  actions: number;
  /** Clicks on toggles whose state flipped but that no anchor of the detector knows. */
  unknownToggles: number;
  warnings: HealthWarning[];
}

export interface AnchorCount {
  thing: string;
  role: AnchorRole;
  /** Each anchor's selector (where it was verified is in docs/anchors.md: the build drops citations). */
  anchors: { sel: string; matched: number }[];
}

/** Past these many unknown toggles on a page where nothing was recognised, the detector may be missing gestures. */
export const UNKNOWN_TOGGLES_WARNING = 3;
/** Items on screen past which an action bar is expected (a timeline of posts with no readable button is broken). */
const ITEMS_FOR_ACTIONS = 3;

/** A page that looks like a feed or a thread: several articles, or many pressable toggles. */
export function looksLikeContent(doc: Document): boolean {
  return doc.querySelectorAll('article, [role="article"]').length >= 3 || doc.querySelectorAll('[aria-pressed]').length >= 5;
}

const count = (doc: ParentNode, sel: string) => {
  try {
    return sel ? doc.querySelectorAll(sel).length : 0;
  } catch {
    return 0; // a selector this browser does not support
  }
};

const union = (table: AnchorTable, role: AnchorRole) =>
  Object.values(table)
    .filter((t) => t.role === role)
    .map(anyOf)
    .join(', ');

/** What one detector recognises on this page now, and the warnings that follow. */
export function probeDetector(detector: Detector, doc: Document, unknownToggles = 0, gestures = 0): DetectorHealth {
  const table = detector.anchors ?? {};
  const itemSel = union(table, 'item');
  const actionSel = union(table, 'action');
  const items = count(doc, itemSel);
  const actions = count(doc, actionSel);
  const warnings: HealthWarning[] = [];
  let expects = false;
  try {
    expects = (detector.expects ?? looksLikeContent)(doc);
  } catch {
    expects = false;
  }
  if (itemSel && items === 0 && expects) warnings.push('no-items');
  if (actionSel && items >= ITEMS_FOR_ACTIONS && actions === 0) warnings.push('no-actions');
  if (unknownToggles >= UNKNOWN_TOGGLES_WARNING && gestures === 0) warnings.push('unknown-toggles');
  const known = Object.values(table).reduce((n, t) => n + t.anchors.length, 0);
  return { id: detector.id, known, items, actions, unknownToggles, warnings };
}

/** How many times each anchor of the detector's table matches on this page (the diagnostics file). */
export function countAnchors(detector: Detector, doc: Document): AnchorCount[] {
  return Object.entries(detector.anchors ?? {}).map(([thing, { role, anchors }]) => ({
    thing,
    role,
    anchors: anchors.map(({ sel }) => ({ sel, matched: count(doc, sel) })),
  }));
}

/** Controls whose pressed/checked state a click can flip. */
const TOGGLE = '[aria-pressed], [aria-checked]';
const TOGGLE_SETTLE_MS = 1500;

/**
 * Watches the person's clicks on toggles that no detector knows: when one flips, a gesture may have gone
 * unrecognised. Costs one capture listener in frames where a detector runs, and work only after a trusted click on a
 * toggle. `known(el)`: does a detector's anchor table match this control?
 */
export function watchUnknownToggles(doc: Document, known: (el: Element) => boolean, signal: AbortSignal) {
  let unknown = 0;
  doc.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || !(event.target instanceof Element)) return;
      const toggle = event.target.closest(TOGGLE);
      if (!toggle || known(toggle)) return;
      const state = () => `${toggle.getAttribute('aria-pressed')}|${toggle.getAttribute('aria-checked')}`;
      const before = state();
      setTimeout(() => {
        if (!signal.aborted && toggle.isConnected && state() !== before) unknown += 1;
      }, TOGGLE_SETTLE_MS);
    },
    { capture: true, passive: true, signal },
  );
  return { get count() { return unknown; } };
}

/** Does any anchor of these detectors match the element or one of its ancestors? */
export function knownBy(detectors: readonly Detector[]): (el: Element) => boolean {
  const sel = detectors
    .flatMap((d) => Object.values(d.anchors ?? {}))
    .filter((t) => t.role === 'action' || t.role === 'state')
    .map(anyOf)
    .join(', ');
  return (el) => {
    if (!sel) return false;
    try {
      return el.closest(sel) !== null;
    } catch {
      return false;
    }
  };
}

/** What the content script of a tab's top frame answers to the popup's probe. */
export interface ProbeReply {
  /** The top-level page's hostname (what the popup describes and what "Pause this site" pauses). */
  hostname: string;
  /** Detectors running in this frame. */
  detectors: string[];
  health: DetectorHealth[];
  /** Per-anchor counts, only when asked for the diagnostics file. */
  anchors?: Record<string, AnchorCount[]>;
}

export function probePage(
  detectors: readonly Detector[],
  doc: Document,
  hostname: string,
  { unknownToggles = 0, gestures = 0, full = false } = {},
): ProbeReply {
  return {
    hostname,
    detectors: detectors.map((d) => d.id),
    health: detectors.map((d) => probeDetector(d, doc, unknownToggles, gestures)),
    ...(full ? { anchors: Object.fromEntries(detectors.map((d) => [d.id, countAnchors(d, doc)])) } : {}),
  };
}
