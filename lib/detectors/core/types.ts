import type { CaptchaStep, Gesture } from '../../events';

/** What a detector reports: a complete gesture, or one step of a CAPTCHA merged by the background. */
export type Signal = Gesture | CaptchaStep;
export type Emit = (signal: Signal) => void;

/** Where the content script runs: the frame's own URL parts (never stored, only used to decide). */
export interface Where {
  hostname: string;
  pathname: string;
}

export interface Detector {
  /** The file name in lib/detectors/, also shown in the popup's detector status. */
  id: string;
  /**
   * Does this detector apply to this frame? A host list, a URL, or a page signature (Mastodon on any host).
   * Called once per frame at document idle; must be cheap (a hostname test or a few querySelector calls).
   */
  matches(where: Where, doc: Document): boolean;
  /**
   * Wires the detector's listeners on `root`, every one tied to `signal`. Only trusted user gestures may lead to
   * `emit`. Must not throw for unexpected markup: it then simply records nothing.
   */
  start(root: Document, signal: AbortSignal, emit: Emit): void;
  /**
   * What it recognises, most stable anchor first (issue 11): the table the detector matches with, and what the
   * health check and the diagnostics file count on a page (counts only, never text).
   */
  anchors?: AnchorTable;
  /**
   * Is this a page where the detector should recognise something (a feed, a post, an answer)? When it does and
   * recognises no item, the popup warns that the site may have changed. Default: lib/detectors/core/health.ts.
   */
  expects?: (doc: Document) => boolean;
}

/** What a thing of an anchor table is, for health: items and action controls are what a working page shows. */
export type AnchorRole = 'item' | 'action' | 'state' | 'composer' | 'menu' | 'search' | 'captcha';

export interface Anchor {
  /** A CSS selector (testid, custom element, role/ARIA state, structure, or a localised label last). */
  sel: string;
  /** Where it was verified: `owner/repo path (checked YYYY-MM-DD)`, or a page and date. */
  src: string;
}

/** One thing a detector recognises (a post, a like button, its "on" state...), with its anchors in order. */
export interface Thing {
  role: AnchorRole;
  anchors: readonly Anchor[];
}

export type AnchorTable = Record<string, Thing>;

/** The selector that matches a thing by any of its anchors (what the detector itself uses). */
export const anyOf = (thing: Thing): string => thing.anchors.map((a) => a.sel).join(', ');

export const isCaptchaStep = (s: Signal): s is CaptchaStep => 'vendor' in s;

/** A detector's id and where it applies, without its code (lib/detectors/routes.ts). */
export type Route = Pick<Detector, 'id' | 'matches'>;
