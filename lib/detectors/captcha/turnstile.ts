/**
 * Cloudflare Turnstile: the widget frame at challenges.cloudflare.com
 * (`/cdn-cgi/challenge-platform/h/<b|g>/turnstile/if/ov2/...`), embedded by any site and by Cloudflare's own
 * "Just a moment..." interstitial.
 *
 * Turnstile first checks the browser by itself. Either it passes without the person doing anything
 * (non-interactive: counted as passive scoring, like reCAPTCHA v3), or it asks for a tick on "Verify you are
 * human" / "Vérifiez que vous êtes humain" (interactive: a solved challenge, timed from the tick to "Success!").
 * Turnstile has no image rounds.
 *
 * Since 2024 the widget lives in a closed shadow root of the frame's <body>: a click inside reaches our document
 * listener retargeted to the shadow host (still trusted), and the success state is read through the shadow root
 * that extensions may open (`chrome.dom.openOrClosedShadowRoot` in Chromium, `openOrClosedShadowRoot` in
 * Firefox). Markup (`#success`, `#fail`, `#verifying`, `label.cb-lb input[type=checkbox]`) learned from the live
 * widget and from open-source solvers that drive it (camoufox-captcha, DivMode/browserless docs/CLOUDFLARE_SOLVER.md).
 * Polling is bounded and happens only in this frame.
 */
import { shown } from '../core/captcha-frames';
import { findInPath, onTrusted, waitForChange } from '../core/dom';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';

export const TURNSTILE = {
  // Shown (display != none) once Cloudflare accepted the visitor.
  success: '#success',
  // Links of the widget (Privacy, Terms, help): a click there is not a tick.
  link: 'a[href]',
} as const;

type ShadowOpener = (el: Element) => ShadowRoot | null;

/** The widget's root: the frame document, or the (possibly closed) shadow root of a body child. */
function widgetRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [doc];
  const g = globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: ShadowOpener } } };
  for (const el of Array.from(doc.body?.children ?? [])) {
    const shadow =
      el.shadowRoot ??
      (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
      g.chrome?.dom?.openOrClosedShadowRoot?.(el) ??
      null;
    if (shadow) roots.push(shadow);
  }
  return roots;
}

export const turnstile: Detector = {
  id: 'turnstile',
  matches: WHERE.turnstile,
  start(root, signal, emit) {
    const solved = () => widgetRoots(root).some((r) => shown(r.querySelector(TURNSTILE.success)));
    let tickedAt = 0;
    let waiting = false;
    let done = false;
    // One bounded wait at a time: from load (the non-interactive check takes a few seconds) and after a tick.
    const watch = (timeout: number) => {
      if (waiting || done) return;
      waiting = true;
      void waitForChange(solved, false, { signal, timeout }).then((ok) => {
        waiting = false;
        if (done) return;
        // The load wait ran out just after a tick: keep waiting for that tick's outcome.
        if (!ok) return void (tickedAt && Date.now() - tickedAt < 30_000 && watch(30_000));
        done = true;
        emit({ vendor: 'turnstile', step: tickedAt ? 'solved' : 'passive' });
      });
    };
    if (solved()) return;
    watch(60_000);
    onTrusted(
      root,
      'click',
      (_event, path) => {
        if (done || tickedAt || findInPath(path, TURNSTILE.link)) return;
        tickedAt = Date.now();
        emit({ vendor: 'turnstile', step: 'shown' });
        watch(30_000);
      },
      signal,
    );
  },
};
