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
 * Class names learned from GeeTest's demo pages (www.geetest.com/demo/slide-float.html for v3,
 * www.geetest.com/adaptive-captcha-demo for v4) as read by open-source solvers and test scripts (selectors
 * `.geetest_radar_tip`, `.geetest_slider_button`, `.geetest_radar_success`, `.geetest_btn_click`,
 * `.geetest_btn`, `.geetest_lock_success`, `.geetest_commit`, `.geetest_submit`).
 */
import { solvedWatcher } from '../core/captcha-frames';
import { findInPath, onTrusted } from '../core/dom';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';

export const GEETEST = {
  // The knob of a slide challenge: v3 `.geetest_slider_button`, v4 `.geetest_btn` inside the slider track.
  knob: '.geetest_slider_button, .geetest_slider .geetest_btn, .geetest_track .geetest_btn',
  // Confirm button of click / icon challenges: v3 `.geetest_commit`, v4 `.geetest_submit`.
  confirm: '.geetest_commit, .geetest_submit',
  // Final success state of the widget: v3 holder, v4 box.
  solved: '.geetest_radar_success, .geetest_lock_success',
} as const;

const isWidget = (el: Element) => typeof el.className === 'string' && el.className.includes('geetest_');

export const geetest: Detector = {
  id: 'geetest',
  matches: WHERE.geetest,
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
