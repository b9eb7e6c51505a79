/**
 * GeeTest v3 and v4: an in-page widget (no frame) that sites embed on any host, with slide ("drag the piece into
 * the gap"), click ("click the characters in order") and icon ("click the icons in order") challenges.
 *
 * It applies on any page that carries GeeTest's script or markup when the page settles (one querySelector), and
 * then only listens: trusted pointer and click events, delegated on the document, ignored at once unless they
 * land on an element with a `geetest_` class (both versions prefix every class of the widget). A slide is one
 * round when the knob is released; a click/icon challenge is one round when its confirm button is pressed; a
 * refused attempt simply adds a round. Solved when the widget takes its final success state
 * (v3 `.geetest_holder.geetest_radar_success`, v4 `.geetest_captcha.geetest_lock_success`), read in a bounded
 * wait after the gesture. One event per solved challenge, timed from the first gesture on the widget.
 *
 * Anchors in the table below, each with its source. GeeTest v4 also adds hashed classes (`geetest_slider_1fb54cb8`)
 * beside the plain ones (Averyy/wafer docs/ref-geetest.md): only the plain `geetest_` names are used.
 */
import { solvedWatcher } from '../core/captcha-frames';
import { findInPath, onTrusted } from '../core/dom';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const CHECKED = '(checked 2026-11-30)';
const WAFER = `Averyy/wafer wafer/browser/_drag.py, tests/mocks/geetest/slide.html, docs/ref-geetest.md (live GeeTest v4 demo, Feb 2026) ${CHECKED}`;
const BOTBROWSER = `soitun/BotBrowser tests/tests/antibots/geetest.spec.ts (www.geetest.com/en/adaptive-captcha-demo) ${CHECKED}`;
const SPIDER = `spider-rs/spider spider/src/features/solvers.rs (GEETEST_VISIBLE_PATTERNS) ${CHECKED}`;
const V3DEMO = `AntonySilverhand/captcha 极验滑块.py (www.geetest.com/demo/slide-float.html: geetest_radar_tip_content) ${CHECKED}`;

export const A = {
  // shown: the widget is on the page (first gesture on any of it starts the timing).
  widget: {
    role: 'captcha',
    anchors: [
      { sel: '.geetest_captcha', src: `${BOTBROWSER}; ${WAFER}` },
      { sel: '.geetest_holder', src: `${SPIDER} (v3 geetest_widget/holder); fixture www.geetest.com/demo/slide-float.html` },
      { sel: '.geetest_box', src: WAFER },
    ],
  },
  // The entry button: v4 "Click to verify" (float/popup), v3 radar tip.
  entry: {
    role: 'action',
    anchors: [
      { sel: '.geetest_btn_click', src: WAFER },
      { sel: '.geetest_radar_tip', src: V3DEMO },
      { sel: '[class*="geetest_"][aria-label="Click to verify"]', src: BOTBROWSER },
    ],
  },
  // round (slide): the knob, released = one attempt. v3 `.geetest_slider_button`, v4 `.geetest_btn` in the track.
  knob: {
    role: 'action',
    anchors: [
      { sel: '.geetest_slider_button', src: SPIDER },
      { sel: '.geetest_slider .geetest_btn', src: WAFER },
      { sel: '.geetest_track .geetest_btn', src: WAFER },
    ],
  },
  // round (click / icon): the confirm button. v3 `.geetest_commit`, v4 `.geetest_submit`.
  confirm: {
    role: 'action',
    anchors: [
      { sel: '.geetest_submit', src: 'fixture www.geetest.com/adaptive-captcha-demo.html (v4 icon challenge); not in a 2025-2026 source found' },
      { sel: '.geetest_commit', src: 'fixture www.geetest.com (v3 click challenge); not in a 2025-2026 source found' },
    ],
  },
  // solved: v3 holder, v4 float box locked, v4 bind/popup result line saying success.
  solved: {
    role: 'state',
    anchors: [
      { sel: '.geetest_lock_success', src: BOTBROWSER },
      { sel: '.geetest_radar_success', src: 'fixture www.geetest.com/demo/slide-float.html (v3 holder after success)' },
      { sel: '[class~="geetest_result_tips"][class~="success"]', src: `${WAFER} (_check_result: class includes "success")` },
      { sel: '.geetest_result_tips.geetest_success', src: 'fixture www.geetest.com/adaptive-captcha-demo.html' },
    ],
  },
} satisfies AnchorTable;

/** Kept for the tests and the practice page: the selectors the detector matches with, from the table. */
export const GEETEST = { knob: anyOf(A.knob), confirm: anyOf(A.confirm), solved: anyOf(A.solved) } as const;

const isWidget = (el: Element) => typeof el.className === 'string' && el.className.includes('geetest_');

export const geetest: Detector = {
  id: 'geetest',
  matches: WHERE.geetest,
  anchors: A,
  start(root, signal, emit) {
    let startedAt = 0;
    let rounds = 0;
    let dragging = false;
    const isSolved = () => root.querySelector(GEETEST.solved) !== null;
    const watch = solvedWatcher(
      isSolved,
      () => {
        emit({ kind: 'captcha', platform: 'geetest', seconds: (Date.now() - startedAt) / 1000, rounds });
        startedAt = 0;
      },
      signal,
    );
    const begin = (path: Element[]) => {
      if (!path.some(isWidget)) return false;
      if (!startedAt) {
        // A widget already showing success (solved before, not reset): its badge is not a new challenge.
        if (isSolved()) return false;
        startedAt = Date.now();
        rounds = 0;
      }
      return true;
    };
    onTrusted(
      root,
      'pointerdown',
      (_e, path) => {
        if (begin(path) && findInPath(path, GEETEST.knob)) dragging = true;
      },
      signal,
    );
    // The release may happen anywhere on the page: the person overshoots the track.
    onTrusted(
      root,
      'pointerup',
      () => {
        if (!dragging) return;
        dragging = false;
        rounds += 1;
        watch();
      },
      signal,
    );
    onTrusted(
      root,
      'click',
      (_e, path) => {
        if (!begin(path)) return;
        if (findInPath(path, GEETEST.confirm)) rounds += 1;
        // The entry button alone may pass the person (v3 "click to verify", v4 "click the button"): watch too.
        watch();
      },
      signal,
    );
  },
};
