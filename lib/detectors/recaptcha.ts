/**
 * Google reCAPTCHA v2 (checkbox and image challenge), api2 and Enterprise, on www.google.com and www.recaptcha.net.
 *
 * reCAPTCHA runs in two cross-origin iframes of the embedding page, and our content script runs in each:
 * - the anchor frame (`/recaptcha/{api2,enterprise}/anchor`) holds the "I'm not a robot" checkbox, whose
 *   `aria-checked` turns "true" when the whole challenge is solved;
 * - the challenge frame (`/recaptcha/{api2,enterprise}/bframe`) shows the image grid (3x3 or 4x4, tiles that
 *   refill), the audio challenge, and the Verify button; one Verify press is one round.
 * Each frame sends CAPTCHA steps; the background merges them per tab into one `captcha` event with the measured
 * seconds (first interaction -> solved), the rounds and the labels asked (lib/recorder.ts).
 *
 * Markup learned from the widget itself and from open-source tools that drive it: Buster (dessant/buster,
 * src/content/solve.js: `#recaptcha-anchor`, `#recaptcha-audio-button`, `#audio-response`,
 * `#recaptcha-verify-button`) and the fixtures in tests/fixtures/sites/www.google.com/.
 */
import { normaliseLabel } from '../captcha-labels';
import { findInPath, onTrusted } from './dom';
import type { Detector } from './types';

export const RECAPTCHA_HOSTS = ['www.google.com', 'www.recaptcha.net', 'recaptcha.net', 'recaptcha.google.com'];
const FRAME_PATH = /^\/recaptcha\/(api2|enterprise)\/(anchor|bframe)/;

export const RECAPTCHA = {
  // Anchor frame: the checkbox (role=checkbox, aria-checked false -> true when solved).
  checkbox: '#recaptcha-anchor, .recaptcha-checkbox[role="checkbox"]',
  // Challenge frame: the object to find, in bold, in the 3x3 ("no-canonical") and 4x4 ("desc") prompts.
  imageLabel: '.rc-imageselect-desc-no-canonical strong, .rc-imageselect-desc strong, .rc-imageselect-desc-wrapper strong',
  imageTile: '.rc-imageselect-tile, td[role="button"]',
  // Audio challenge: the answer field.
  audioResponse: '#audio-response, .rc-audiochallenge-response-field',
  audioButton: '#recaptcha-audio-button',
  // One press = one round (its text reads "Verify", "Skip", "Next", "Vérifier", "Ignorer"... the id stays).
  verify: '#recaptcha-verify-button',
} as const;

/** The label of the challenge currently displayed in the challenge frame. */
export function currentLabel(doc: Document): string | undefined {
  // The audio challenge replaces the image grid in the frame.
  if (doc.querySelector(RECAPTCHA.audioResponse)) return 'audio';
  const strong = doc.querySelector(RECAPTCHA.imageLabel);
  return strong ? normaliseLabel(strong.textContent) : undefined;
}

export const recaptcha: Detector = {
  id: 'recaptcha',
  matches: ({ hostname, pathname }) => RECAPTCHA_HOSTS.includes(hostname) && FRAME_PATH.test(pathname),
  start(root, signal, emit) {
    const frame = FRAME_PATH.exec(root.location.pathname)?.[2];
    if (frame === 'anchor') {
      const box = root.querySelector(RECAPTCHA.checkbox);
      if (!box) return;
      let watching: MutationObserver | undefined;
      onTrusted(
        root,
        'click',
        (_event, path) => {
          if (!findInPath(path, RECAPTCHA.checkbox) || box.getAttribute('aria-checked') === 'true' || watching) return;
          emit({ vendor: 'recaptcha', step: 'shown' });
          // One attribute of one element, only while a challenge is open.
          watching = new MutationObserver(() => {
            if (box.getAttribute('aria-checked') !== 'true') return;
            watching?.disconnect();
            watching = undefined;
            emit({ vendor: 'recaptcha', step: 'solved' });
          });
          watching.observe(box, { attributes: true, attributeFilter: ['aria-checked'] });
          signal.addEventListener('abort', () => watching?.disconnect());
        },
        signal,
      );
      return;
    }
    // Challenge frame.
    onTrusted(
      root,
      'click',
      (_event, path) => {
        if (findInPath(path, RECAPTCHA.verify)) {
          const label = currentLabel(root);
          emit({ vendor: 'recaptcha', step: 'round', ...(label ? { label } : {}) });
        } else if (findInPath(path, RECAPTCHA.imageTile)) {
          // A challenge opened without the checkbox (invisible reCAPTCHA): its first tile starts the clock.
          emit({ vendor: 'recaptcha', step: 'shown' });
        }
      },
      signal,
    );
    onTrusted(
      root,
      'keydown',
      (event, path) => {
        // Enter in the audio answer field submits the round.
        if (event.key === 'Enter' && findInPath(path, RECAPTCHA.audioResponse)) {
          emit({ vendor: 'recaptcha', step: 'round', label: 'audio' });
        }
      },
      signal,
    );
  },
};
