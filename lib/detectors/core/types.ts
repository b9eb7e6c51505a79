import type { CaptchaStep, Gesture } from '../events';

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
}

export const isCaptchaStep = (s: Signal): s is CaptchaStep => 'vendor' in s;

/** A detector's id and where it applies, without its code (lib/detectors/routes.ts). */
export type Route = Pick<Detector, 'id' | 'matches'>;
