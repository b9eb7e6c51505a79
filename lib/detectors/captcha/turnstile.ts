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
 * Firefox). Anchors in the table below, each with its source. Polling is bounded and happens only in this frame.
 */
import { shown } from '../core/captcha-frames';
import { findInPath, onTrusted, waitForChange } from '../core/dom';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const CHECKED = '(checked 2026-11-30)';
const DATAMINING = `Cloudflare-Mining/Cloudflare-Datamining data/products/turnstile/widget-normal.html, widget-compact.html ${CHECKED}`;
const SELENIUM = 'code search: a 2025 Selenium script waiting for "label.cb-lb, input[type=\'checkbox\']" in the Turnstile frame (index shows no repository name)';
const BEEPS = 'beeps.website "Otherkin-friendly CAPTCHAs, revisited" userstyle, updated 2024-05-17 for Turnstile (div#content div#challenge-stage div.cb-c label.cb-lb)';

export const A = {
  // The widget in its frame (shown): "Verifying..." then either success or the checkbox stage.
  widget: {
    role: 'captcha',
    anchors: [
      { sel: '#content', src: DATAMINING },
      { sel: '#verifying', src: DATAMINING },
    ],
  },
  // shown (interactive / managed): the "Verify you are human" checkbox the person ticks.
  tick: {
    role: 'action',
    anchors: [
      { sel: '#challenge-stage input[type="checkbox"]', src: `${DATAMINING} (#challenge-stage); ${SELENIUM}` },
      { sel: 'label.cb-lb', src: `${SELENIUM}; ${BEEPS}` },
      { sel: '#challenge-stage', src: DATAMINING },
    ],
  },
  // solved (after a tick) or passive (without one): the success block is displayed.
  success: {
    role: 'state',
    anchors: [
      { sel: '#success', src: DATAMINING },
      { sel: '#success-text', src: DATAMINING },
    ],
  },
  // Not a success: failure and expiry blocks (diagnostics only).
  failed: {
    role: 'captcha',
    anchors: [
      { sel: '#fail', src: DATAMINING },
      { sel: '#expired', src: DATAMINING },
    ],
  },
} satisfies AnchorTable;

export const TURNSTILE = {
  // Shown (display != none) once Cloudflare accepted the visitor.
  success: anyOf(A.success),
  // Links of the widget (Cloudflare logo, Privacy, Terms, "Refresh"): a click there is not a tick.
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
  anchors: A,
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
