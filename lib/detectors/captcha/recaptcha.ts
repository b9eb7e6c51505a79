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
 * Anchors in the table below, each with its source (the widget's markup is the same in every language and on
 * api2, Enterprise and www.recaptcha.net: only the text changes, and no anchor reads text).
 */
import { hiddenAfterSubmit, watchCheckbox } from '../core/captcha-frames';
import { normaliseLabel } from '../../captcha-labels';
import { findInPath, onTrusted } from '../core/dom';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { RECAPTCHA_FRAME, WHERE } from '../routes';

const CHECKED = '(checked 2026-11-30)';
const BUSTER = `dessant/buster src/base/main.js (April 2026) ${CHECKED}`;
const WAFER = `Averyy/wafer wafer/browser/_recaptcha.py (live google.com/recaptcha/api2/demo, Feb 2026) ${CHECKED}`;
const WAFER_GRID = `Averyy/wafer wafer/browser/_recaptcha_grid.py ${CHECKED}`;

export const A = {
  // shown (anchor frame): the person ticks the "I'm not a robot" box.
  checkbox: {
    role: 'action',
    anchors: [
      { sel: '#recaptcha-anchor', src: `${WAFER}; ${BUSTER}` },
      { sel: '.recaptcha-checkbox[role="checkbox"]', src: 'fixtures www.google.com/recaptcha/api2/anchor.*.html (role and class of #recaptcha-anchor)' },
    ],
  },
  // solved (anchor frame): the box's ARIA state flips, in every language.
  solved: {
    role: 'state',
    anchors: [{ sel: '#recaptcha-anchor[aria-checked="true"]', src: `${WAFER} (_token_observed: aria-checked == "true")` }],
  },
  // shown (challenge frame; invisible v2 has no box): the first tile the person clicks.
  tile: {
    role: 'action',
    anchors: [
      { sel: 'td.rc-imageselect-tile', src: WAFER_GRID },
      { sel: '.rc-imageselect-tile', src: WAFER_GRID },
      { sel: 'td[role="button"]', src: 'fixtures www.google.com/recaptcha/api2/bframe.*.html (role of each tile cell)' },
    ],
  },
  // round: one press of Verify / Skip / Next (its id stays in every language).
  verify: {
    role: 'action',
    anchors: [{ sel: '#recaptcha-verify-button', src: `${BUSTER}; ${WAFER_GRID}` }],
  },
  // label: the object to find, in bold: dynamic 3x3 ("no-canonical"), 4x4, and the wrapper.
  label: {
    role: 'captcha',
    anchors: [
      { sel: '.rc-imageselect-desc-no-canonical strong', src: `${WAFER_GRID} (dynamic grids use the "no-canonical" description)` },
      { sel: '.rc-imageselect-desc strong', src: 'fixtures www.google.com/recaptcha/api2/bframe.*.html (4x4 description)' },
      { sel: '.rc-imageselect-desc-wrapper strong', src: WAFER_GRID },
    ],
  },
  // label "audio": the audio challenge's answer field replaces the grid in the same frame.
  audio: {
    role: 'captcha',
    anchors: [
      { sel: '#audio-response', src: BUSTER },
      { sel: '.rc-audiochallenge-response-field', src: 'fixtures www.google.com/recaptcha/api2/bframe.audio.*.html (class of #audio-response)' },
    ],
  },
} satisfies AnchorTable;

export const RECAPTCHA = {
  checkbox: anyOf(A.checkbox),
  imageLabel: anyOf(A.label),
  imageTile: anyOf(A.tile),
  audioResponse: anyOf(A.audio),
  verify: anyOf(A.verify),
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
  anchors: A,
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
