/**
 * Arkose Labs (FunCaptcha): game challenges ("rotate the animal", "pick the dice pair that adds up to 7"...),
 * several puzzles in a row ("1 of 5"), inside nested frames: the embedding page -> the enforcement frame
 * (`<client>-api.arkoselabs.com/v2/<key>/enforcement.<hash>.html`) -> the game frame
 * (`/fc/assets/ec-game-core/game-core/<version>/standard/index.html`, legacy `/fc/gc/`). Only the game frame has
 * gestures, so only it runs this detector.
 *
 * 'shown' on "Start Puzzle" (or on the first answer when the game opens straight away), one 'round' per submitted
 * answer (a wrong one included: Arkose then asks again), with the normalised object of the game's title; 'solved'
 * when the enforcement frame hides or removes the game right after an answer (Arkose closes the game once it
 * accepts the person; a wrong answer keeps the frame open on a "Try again" screen).
 *
 * Markup learned from open-source scripts that drive the game frame (selectors seen in several SeleniumBase /
 * Playwright solvers: `button[data-theme="home.verifyButton"]`, `.challenge-container`, `span[role="text"]`
 * titles, `button.button` submit, `a[aria-label="Navigate to next image"]` arrows). Its class names are
 * styled-components hashes, so only those stable hooks are used.
 */
import { hiddenAfterSubmit } from '../core/captcha-frames';
import { normaliseLabel } from '../../captcha-labels';
import { findInPath, hostMatches, onTrusted } from '../core/dom';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';


export const ARKOSE = {
  // Home screen of the game frame: "Start Puzzle" / "Commencer" (the theme key stays in every language).
  start: 'button[data-theme="home.verifyButton"]',
  // Submit of a puzzle (rotate / match games), and the answer tiles of tile games ("Image 3 of 6").
  answer: '.challenge-container button.button, button[data-theme*="submit" i], .challenge-container [role="button"][aria-label^="Image"]',
  // The puzzle's title, normalised to a label (never kept as text).
  title: '.challenge-container span[role="text"], .challenge-container h2',
} as const;

export const arkose: Detector = {
  id: 'arkose',
  matches: WHERE.arkose,
  start(root, signal, emit) {
    let started = false;
    // Hidden and then removed is one success: report it once.
    const solved = () => {
      if (!started) return;
      started = false;
      emit({ vendor: 'arkose', step: 'solved' });
    };
    const arm = hiddenAfterSubmit(root, signal, 6000, solved);
    let answeredAt = 0;
    // The enforcement frame may remove the game frame instead of hiding it.
    root.defaultView?.addEventListener('pagehide', () => answeredAt && Date.now() - answeredAt < 6000 && solved(), { signal });
    onTrusted(
      root,
      'click',
      (_event, path) => {
        if (findInPath(path, ARKOSE.start)) {
          started = true;
          return emit({ vendor: 'arkose', step: 'shown' });
        }
        if (!findInPath(path, ARKOSE.answer)) return;
        if (!started) emit({ vendor: 'arkose', step: 'shown' });
        started = true;
        const title = root.querySelector(ARKOSE.title);
        arm();
        answeredAt = Date.now();
        emit({ vendor: 'arkose', step: 'round', ...(title ? { label: normaliseLabel(title.textContent) } : {}) });
      },
      signal,
    );
  },
};
