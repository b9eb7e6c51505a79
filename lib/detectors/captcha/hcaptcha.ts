/**
 * hCaptcha: the checkbox frame and the challenge frame, both served from *.hcaptcha.com as
 * `/captcha/v1/<build>/static/hcaptcha.html#frame=checkbox` and `#frame=challenge` (older builds:
 * `hcaptcha-checkbox.html`, `hcaptcha-challenge.html`). Same scheme as reCAPTCHA: the checkbox frame reports the
 * person's tick ('shown') and `aria-checked="true"` ('solved'); the challenge frame reports each Next / Verify /
 * Skip press as a round with the normalised object of the prompt ("Please click each image containing a
 * bicycle", "Veuillez cliquer sur chaque image contenant un vélo"), its first tile click as 'shown' (invisible
 * hCaptcha has no checkbox), and being hidden right after a press as 'solved'. A "Please try again" error is
 * followed by a new round the person works through: it simply adds rounds.
 *
 * Anchors in the table below, each with its source. The frames' markup is the same in every language (only the
 * text changes); the frame itself (`#frame=checkbox` / `#frame=challenge`) is told apart by its URL.
 */
import { hiddenAfterSubmit, watchCheckbox } from '../core/captcha-frames';
import { normaliseLabel } from '../../captcha-labels';
import { findInPath, onTrusted } from '../core/dom';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const CHECKED = '(checked 2026-11-30)';
const CHALLENGER = `QIN2DIM/hcaptcha-challenger src/hcaptcha_challenger/agent/challenger.py (June 2025) ${CHECKED}`;
const WAFER = `Averyy/wafer wafer/browser/_hcaptcha.py (2026) ${CHECKED}`;
const NOCAPTCHA = `noCaptchaAi/hCaptchaSolver.user.js hCaptchaSolver.user.js ${CHECKED}`;
const GCC = `s0uboxxx/Userscripts-GCC release/Auto20Click2022I27m20not20a20robot22.user.js (aria-checked of #checkbox) ${CHECKED}`;

export const A = {
  // shown (checkbox frame): the person ticks "I am human".
  checkbox: {
    role: 'action',
    anchors: [
      { sel: '#checkbox[role="checkbox"]', src: `${GCC}; fixture newassets.hcaptcha.com/captcha/v1/a9589f9/static/hcaptcha.html` },
      { sel: '#checkbox', src: `${CHALLENGER}; ${WAFER}; ${NOCAPTCHA}` },
    ],
  },
  // solved (checkbox frame): its ARIA state flips, in every language.
  solved: {
    role: 'state',
    anchors: [{ sel: '#checkbox[aria-checked="true"]', src: GCC }],
  },
  // shown (challenge frame; invisible hCaptcha has no checkbox): the first tile or canvas click.
  tile: {
    role: 'action',
    anchors: [
      { sel: '.task-image', src: `${CHALLENGER}; ${NOCAPTCHA}` },
      { sel: '.task', src: `${CHALLENGER} (div.task with aria-label "Challenge Image N")` },
      { sel: '.challenge-view canvas', src: `${CHALLENGER} (drag and "click on the object" challenges)` },
    ],
  },
  // round: the one button reading Next / Verify / Skip.
  submit: {
    role: 'action',
    anchors: [{ sel: '.button-submit', src: `${CHALLENGER} (div.button-submit.button)` }],
  },
  // label: the prompt ("Please click each image containing a bicycle"), only normalised.
  prompt: {
    role: 'captcha',
    anchors: [
      { sel: '.prompt-text', src: NOCAPTCHA },
      { sel: '.challenge-prompt', src: 'fixture newassets.hcaptcha.com (older layout, no 2025-2026 source found)' },
    ],
  },
  // the challenge is on screen (health and diagnostics).
  challenge: {
    role: 'captcha',
    anchors: [
      { sel: '.challenge-view', src: CHALLENGER },
      { sel: '.challenge-container', src: WAFER },
    ],
  },
} satisfies AnchorTable;

export const HCAPTCHA = {
  checkbox: anyOf(A.checkbox),
  prompt: anyOf(A.prompt),
  tile: anyOf(A.tile),
  submit: anyOf(A.submit),
} as const;

export const hcaptcha: Detector = {
  id: 'hcaptcha',
  matches: WHERE.hcaptcha,
  anchors: A,
  start(root, signal, emit) {
    const step = (s: 'shown' | 'round' | 'solved', label?: string) =>
      emit({ vendor: 'hcaptcha', step: s, ...(label ? { label } : {}) });
    const frame = /frame=(checkbox|challenge)/.exec(root.location.hash)?.[1] ?? (root.querySelector('#checkbox') ? 'checkbox' : 'challenge');
    if (frame === 'checkbox') return watchCheckbox(root, signal, HCAPTCHA.checkbox, () => step('shown'), () => step('solved'));
    let started = false;
    const arm = hiddenAfterSubmit(root, signal, 5000, () => step('solved'));
    onTrusted(
      root,
      'click',
      (_event, path) => {
        if (findInPath(path, HCAPTCHA.submit)) {
          const prompt = root.querySelector(HCAPTCHA.prompt);
          started = false;
          arm();
          step('round', prompt ? normaliseLabel(prompt.textContent) : undefined);
        } else if (!started && findInPath(path, HCAPTCHA.tile)) {
          started = true;
          step('shown');
        }
      },
      signal,
    );
  },
};
