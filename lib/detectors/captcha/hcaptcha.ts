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
 * Markup learned from the widget's frames (docs.hcaptcha.com describes the frames and the `h-captcha-response`
 * field) and from open-source solvers that drive them: QIN2DIM/hcaptcha-challenger (`.prompt-text`, `.task-image`,
 * `.button-submit`), maximedrn/hcaptcha-solver-python-selenium (`#checkbox`, `.task-image .image`).
 */
import { hiddenAfterSubmit, watchCheckbox } from '../core/captcha-frames';
import { normaliseLabel } from '../../captcha-labels';
import { findInPath, hostMatches, onTrusted } from '../core/dom';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';


export const HCAPTCHA = {
  // Checkbox frame: role=checkbox, aria-checked "false" -> "true" when the whole challenge is passed.
  checkbox: '#checkbox[role="checkbox"], #checkbox',
  // Challenge frame: the prompt (its text is only normalised, never kept).
  prompt: '.prompt-text, .challenge-prompt',
  // Image tiles of the grid challenge (`.task-image` since 2023, `.task` before), and the canvas of the
  // "click on the object" / drag challenges.
  tile: '.task-image, .task, .challenge-view canvas',
  // The one button whose text reads Next / Verify / Skip (Suivant / Vérifier / Passer): one press = one round.
  submit: '.button-submit',
} as const;

export const hcaptcha: Detector = {
  id: 'hcaptcha',
  matches: WHERE.hcaptcha,
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
