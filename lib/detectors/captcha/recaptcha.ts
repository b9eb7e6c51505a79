/**
 * Google reCAPTCHA v2 (checkbox, invisible, image and audio challenges) and v3 / invisible scoring, api2 and
 * Enterprise, on www.google.com and www.recaptcha.net.
 *
 * reCAPTCHA runs in two cross-origin iframes of the embedding page, and our content script runs in each:
 * - the anchor frame (`/recaptcha/{api2,enterprise}/anchor`) holds the "I'm not a robot" checkbox, whose
 *   `aria-checked` turns "true" when the whole challenge is solved. With `size=invisible` in its URL (v3, and
 *   invisible v2) it has no checkbox: the page scores the person's behaviour, counted once per load as passive;
 * - the challenge frame (`/recaptcha/{api2,enterprise}/bframe`) shows the image grid (3x3 or 4x4, dynamic tiles
 *   that refill), the audio challenge, and the Verify / Skip / Next button; one press is one round, whether the
 *   answer is then accepted or met with "Please try again" (the person did the work either way).
 * Each frame sends CAPTCHA steps; the background merges them per tab into one `captcha` event with the measured
 * seconds (first interaction -> solved), the rounds and the labels asked (lib/recorder.ts). Success is seen in the
 * anchor (checkbox ticked) and, for invisible v2 which has no checkbox, in the challenge frame being hidden right
 * after a Verify; the background keeps one of the two reports.
 *
 * Markup learned from the widget itself and from open-source tools that drive it: Buster (dessant/buster,
 * src/content/solve.js: `#recaptcha-anchor`, `#recaptcha-audio-button`, `#audio-response`,
 * `#recaptcha-verify-button`) and the fixtures in tests/fixtures/sites/www.google.com/ and www.recaptcha.net/.
 */
import { hiddenAfterSubmit, watchCheckbox } from '../core/captcha-frames';
import { normaliseLabel } from '../../captcha-labels';
import { findInPath, onTrusted } from '../core/dom';
import type { Detector } from '../core/types';
import { RECAPTCHA_FRAME, WHERE } from '../routes';


export const RECAPTCHA = {
  // Anchor frame: the checkbox (role=checkbox, aria-checked false -> true when solved).
  checkbox: '#recaptcha-anchor, .recaptcha-checkbox[role="checkbox"]',
  // Challenge frame: the object to find, in bold: dynamic 3x3 ("no-canonical": "...once there are none left"),
  // 4x4 ("desc": "If there are none, click skip"), and the wrapper as a fallback.
  imageLabel: '.rc-imageselect-desc-no-canonical strong, .rc-imageselect-desc strong, .rc-imageselect-desc-wrapper strong',
  imageTile: '.rc-imageselect-tile, td[role="button"]',
  // Audio challenge: the answer field (replaces the grid in the same frame).
  audioResponse: '#audio-response, .rc-audiochallenge-response-field',
  // One press = one round (its text reads "Verify", "Skip", "Next", "Vérifier", "Ignorer"... the id stays).
  verify: '#recaptcha-verify-button',
} as const;

/** The label of the challenge currently displayed in the challenge frame. */
export function currentLabel(doc: Document): string | undefined {
  if (doc.querySelector(RECAPTCHA.audioResponse)) return 'audio';
  const strong = doc.querySelector(RECAPTCHA.imageLabel);
  return strong ? normaliseLabel(strong.textContent) : undefined;
}

export const recaptcha: Detector = {
  id: 'recaptcha',
  matches: WHERE.recaptcha,
  start(root, signal, emit) {
    const step = (s: 'shown' | 'round' | 'solved' | 'passive', label?: string) =>
      emit({ vendor: 'recaptcha', step: s, ...(label ? { label } : {}) });
    if (RECAPTCHA_FRAME.exec(root.location.pathname)?.[2] === 'anchor') {
      // v3 and invisible v2: no checkbox, the page scored this visit. Once per load of the frame, never "solved".
      if (new URLSearchParams(root.location.search).get('size') === 'invisible') return step('passive');
      return watchCheckbox(root, signal, RECAPTCHA.checkbox, () => step('shown'), () => step('solved'));
    }
    // Challenge frame. `started`: the current round already reported its first tile (invisible v2 starts here).
    let started = false;
    const arm = hiddenAfterSubmit(root, signal, 5000, () => step('solved'));
    const round = (label = currentLabel(root)) => {
      started = false;
      arm();
      step('round', label);
    };
    onTrusted(
      root,
      'click',
      (_event, path) => {
        if (findInPath(path, RECAPTCHA.verify)) round();
        else if (!started && findInPath(path, RECAPTCHA.imageTile)) {
          started = true;
          step('shown');
        }
      },
      signal,
    );
    onTrusted(
      root,
      'keydown',
      (event, path) => {
        // Enter in the audio answer field submits the round (Enter on the Verify button itself arrives as a click).
        if (event.key === 'Enter' && findInPath(path, RECAPTCHA.audioResponse)) round('audio');
      },
      signal,
    );
  },
};
