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
 * Anchors in the table below, each with its source. The game's class names are styled-components hashes
 * (`sc-nkuzb1-0 eZxMRy`), so only its stable hooks are used: `data-theme` keys, roles and ARIA labels.
 */
import { hiddenAfterSubmit } from '../core/captcha-frames';
import { normaliseLabel } from '../../captcha-labels';
import { findInPath, onTrusted } from '../core/dom';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const CHECKED = '(checked 2026-11-30)';
const SUITE = `code search: a Playwright anti-bot test suite clicking button[data-theme="home.verifyButton"] in the game frame of blizzard-api.arkoselabs.com/fc/assets/ec-game-core (index shows no repository name) ${CHECKED}`;
const PUPPETEER = `code search: a Puppeteer job script quoting the live button <button aria-label="Visual challenge. Audio challenge is available below..." class="sc-nkuzb1-0 ... button" data-theme="home.verifyButton">Start Puzzle</button> ${CHECKED}`;
const PLAYWRIGHT_ES = `code search: a 2025 Playwright script (enforcement iframe[data-e2e="enforcement-frame"] > #game-core-frame > button[data-theme="home.verifyButton"]) ${CHECKED}`;
const FIXTURE = 'fixture roblox-api.arkoselabs.com/fc/assets/ec-game-core/game-core/1.27.4/standard/index.html (selectors of SeleniumBase / Playwright solvers, 2024); no 2025-2026 source found';

export const A = {
  // shown: "Start Puzzle" / "Commencer" on the game's home screen (the theme key stays in every language).
  start: {
    role: 'action',
    anchors: [{ sel: 'button[data-theme="home.verifyButton"]', src: `${SUITE}; ${PUPPETEER}; ${PLAYWRIGHT_ES}` }],
  },
  // round: the submit of a rotate / match game, or an answer tile of a tile game ("Image 3 of 6").
  answer: {
    role: 'action',
    anchors: [
      { sel: 'button[data-theme*="submit" i]', src: FIXTURE },
      { sel: '.challenge-container button.button', src: `${FIXTURE}; the live button carries the class "button" (${PUPPETEER})` },
      { sel: '.challenge-container [role="button"][aria-label^="Image"]', src: FIXTURE },
    ],
  },
  // label: the game's title, normalised (never kept as text).
  title: {
    role: 'captcha',
    anchors: [
      { sel: '.challenge-container span[role="text"]', src: FIXTURE },
      { sel: '.challenge-container h2', src: FIXTURE },
      { sel: 'p[data-theme="home.instructions"]', src: 'beeps.website "Otherkin-friendly CAPTCHAs, revisited" userstyle (Microsoft\'s Arkose home screen), updated 2024-05-17' },
    ],
  },
  // The game is on screen (health and diagnostics).
  game: {
    role: 'captcha',
    anchors: [{ sel: '.challenge-container', src: FIXTURE }],
  },
} satisfies AnchorTable;

export const ARKOSE = {
  start: anyOf(A.start),
  answer: anyOf(A.answer),
  title: anyOf(A.title),
} as const;

export const arkose: Detector = {
  id: 'arkose',
  matches: WHERE.arkose,
  anchors: A,
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
