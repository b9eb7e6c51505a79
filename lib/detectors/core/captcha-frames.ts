/**
 * Small pieces shared by the CAPTCHA detectors (lib/detectors/{recaptcha,hcaptcha,turnstile,arkose,geetest}.ts).
 * Kept outside lib/detectors/ because they are not detectors. Everything here is bounded work started by a
 * trusted gesture, or one observer on one element of a vendor's own frame: never a page-wide observer.
 */
import { findInPath, onTrusted, waitForChange } from './dom';

/**
 * Calls `onHidden` once when this frame leaves the viewport within `windowMs` after `armed()` was last called.
 * The embedding page hides a challenge frame (moved off-screen, `visibility: hidden`) as soon as the vendor
 * accepts the answer, so "hidden right after a Verify" is the challenge frame's own sign of success: this is how an
 * invisible reCAPTCHA or hCaptcha, which has no checkbox to tick, is seen solved. One IntersectionObserver on the
 * frame's own <html>; a frame hidden without a recent Verify (the person closed the challenge) is not a success.
 */
export function hiddenAfterSubmit(doc: Document, signal: AbortSignal, windowMs: number, onHidden: () => void): () => void {
  let armedAt = 0;
  let visible = false;
  if (typeof IntersectionObserver === 'function') {
    const io = new IntersectionObserver((entries) => {
      const now = entries[entries.length - 1]!.isIntersecting;
      if (visible && !now && armedAt && Date.now() - armedAt <= windowMs) {
        armedAt = 0;
        onHidden();
      }
      visible = now;
    });
    io.observe(doc.documentElement);
    signal.addEventListener('abort', () => io.disconnect());
  }
  return () => (armedAt = Date.now());
}

/**
 * After a trusted gesture: waits (bounded) for `isSolved` to turn true, then calls `onSolved` once. Several gestures
 * in a row share one wait.
 */
export function solvedWatcher(isSolved: () => boolean, onSolved: () => void, signal: AbortSignal, timeout = 8000) {
  let waiting = false;
  return () => {
    if (waiting || isSolved()) return;
    waiting = true;
    void waitForChange(isSolved, false, { signal, timeout }).then((solved) => {
      waiting = false;
      if (solved) onSolved();
    });
  };
}

/**
 * Is the element displayed? `checkVisibility` (Chromium 105+, Firefox 106+) sees CSS classes too; the fallback
 * reads inline styles and the `hidden` attribute, which is how the vendors' widgets toggle their states.
 */
export function shown(el: Element | null | undefined): boolean {
  if (!el) return false;
  const check = (el as Element & { checkVisibility?: (o?: { visibilityProperty?: boolean }) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return false;
    const style = (e as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/** A checkbox frame: 'shown' on the person's tick (click, Space or Enter), 'solved' when `aria-checked` turns true. */
export function watchCheckbox(
  root: Document,
  signal: AbortSignal,
  selector: string,
  onShown: () => void,
  onSolved: () => void,
): void {
  const box = root.querySelector(selector);
  if (!box) return;
  let watching: MutationObserver | undefined;
  signal.addEventListener('abort', () => watching?.disconnect());
  const start = (path: Element[]) => {
    if (!findInPath(path, selector) || box.getAttribute('aria-checked') === 'true' || watching) return;
    onShown();
    // One attribute of one element, only while a challenge is open.
    watching = new MutationObserver(() => {
      if (box.getAttribute('aria-checked') !== 'true') return;
      watching?.disconnect();
      watching = undefined;
      onSolved();
    });
    watching.observe(box, { attributes: true, attributeFilter: ['aria-checked'] });
  };
  onTrusted(root, 'click', (_e, path) => start(path), signal);
  onTrusted(root, 'keydown', (e, path) => (e.key === ' ' || e.key === 'Enter') && start(path), signal);
}
