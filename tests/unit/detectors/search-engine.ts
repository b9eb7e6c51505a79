/**
 * The cases shared by the five search-engine tests (google, bing, duckduckgo, qwant, ecosia; issue 12): each
 * gesture counts once (result opened by click, modifier click, middle click, Enter; sponsored result; Enter in the
 * box, the search button, a suggestion picked), and nothing else does: a results page load alone, the engine's own
 * tabs, pagination and toggles, a right click, an empty box, Enter while an IME composes, page scripts' events, the
 * same markup on an unrelated site. Each test file gives a loader with a literal fixture URL (registry meta-test).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DETECTORS } from '@/lib/detectors';
import { startDetectors } from '@/lib/content-runtime';
import type { Detector } from '@/lib/detectors/core/types';
import type { ContentMessage } from '@/lib/messages';
import { $, $$, loadFixture, run, settle, type, type Run } from '../helpers';

export interface EngineCase {
  detector: Detector;
  /** Variant name -> loads the fixture (with a literal URL in the caller's file). */
  variants: Record<string, () => Document>;
  /** Selectors in the fixture (not the detector's table: what a person clicks). */
  result: string;
  ad?: string;
  box: string;
  submit?: string;
  /** The suggestion rows the site shows after typing (site.js). */
  suggestion?: string;
  /** The engine's own UI: tabs, pagination, toggles. None of it counts. */
  ui: string;
}

const mark = <E extends Event>(e: E, trusted: boolean): E => {
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
};
export const mouse = (el: Element, type: 'click' | 'auxclick', init: MouseEventInit = {}, trusted = true) =>
  el.dispatchEvent(mark(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0, ...init }), trusted));
export const keydown = (el: Element, key: string, init: KeyboardEventInit = {}, trusted = true) =>
  el.dispatchEvent(mark(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init }), trusted));

/** happy-dom would follow links and submit forms: the page stays put (listeners run after the detector's). */
function stayOnPage() {
  const stop = (e: Event) => e.preventDefault();
  window.addEventListener('click', stop);
  window.addEventListener('submit', stop);
  return () => {
    window.removeEventListener('click', stop);
    window.removeEventListener('submit', stop);
  };
}

export function describeEngine(c: EngineCase): void {
  const platform = c.detector.id;
  const CLICK = { kind: 'result-click', platform };
  const SEARCH = { kind: 'search', platform };
  let r: Run | undefined;
  let restore: (() => void) | undefined;
  afterEach(() => {
    r?.stop();
    restore?.();
  });

  describe.each(Object.keys(c.variants))(`${platform} detector, %s`, (variant) => {
    const open = () => {
      c.variants[variant]!();
      restore = stayOnPage();
      r = run(c.detector);
      return r;
    };

    it('recognises the results (anchor table) and records nothing for the page load alone', async () => {
      const { signals } = open();
      expect(c.detector.expects!(document)).toBe(true);
      expect($$(c.result).length).toBeGreaterThan(0);
      await settle(50);
      expect(signals).toEqual([]);
    });

    it('counts a result opened by click, Ctrl/Cmd click, Shift click, middle click and Enter, once each', async () => {
      const { signals } = open();
      const links = $$(c.result);
      mouse(links[0]!, 'click');
      expect(signals).toEqual([CLICK]);
      mouse(links[1]!, 'click', { ctrlKey: true });
      mouse(links[1]!, 'click', { metaKey: true }); // the same gesture's echo within 1 s
      expect(signals).toEqual([CLICK, CLICK]);
      mouse(links[2]!, 'auxclick', { button: 1 });
      expect(signals.length).toBe(3);
      await settle(1050);
      // Enter on the focused link, then the click the browser derives from it: one gesture.
      keydown(links[0]!, 'Enter');
      mouse(links[0]!, 'click');
      expect(signals.length).toBe(4);
      mouse(links[1]!, 'click', { shiftKey: true });
      expect(signals).toEqual([CLICK, CLICK, CLICK, CLICK, CLICK]);
    });

    if (c.ad) {
      it('counts a sponsored result, clicked or middle-clicked', async () => {
        const { signals } = open();
        const ad = $(c.ad!);
        mouse(ad.firstElementChild ?? ad, 'auxclick', { button: 1 });
        expect(signals).toEqual([CLICK]);
        await settle(1050);
        mouse(ad, 'click');
        expect(signals).toEqual([CLICK, CLICK]);
      });
    }

    it('does not count a right click, the engine\'s tabs, pagination or toggles, nor a page script\'s click', () => {
      const { signals } = open();
      const link = $(c.result);
      mouse(link, 'auxclick', { button: 2 });
      link.dispatchEvent(mark(new MouseEvent('contextmenu', { bubbles: true, button: 2 }), true));
      const ui = $$(c.ui);
      expect(ui.length).toBeGreaterThan(0);
      for (const el of ui) mouse(el, 'click');
      mouse(link, 'click', {}, false);
      keydown(link, 'Enter', {}, false);
      expect(signals).toEqual([]);
    });

    it('counts Enter in a non-empty box as a search; not an empty box, not Enter while an IME composes', async () => {
      const { signals } = open();
      const box = $(c.box);
      type(box, '');
      keydown(box, 'Enter');
      expect(signals).toEqual([]);
      type(box, 'travail du clic');
      keydown(box, 'Enter', { isComposing: true });
      keydown(box, 'Enter', { keyCode: 229 });
      keydown(box, 'Enter', {}, false);
      expect(signals).toEqual([]);
      keydown(box, 'Enter');
      expect(signals).toEqual([SEARCH]);
      // The form's implicit submit "clicks" its button right after: the same search.
      if (c.submit) mouse($(c.submit), 'click');
      expect(signals).toEqual([SEARCH]);
      await settle(1050);
      keydown(box, 'Enter');
      expect(signals).toEqual([SEARCH, SEARCH]);
    });

    if (c.submit) {
      it('counts the search button with a non-empty box, not with an empty one nor a script\'s click', () => {
        const { signals } = open();
        const box = $(c.box);
        type(box, '');
        mouse($(c.submit!), 'click');
        expect(signals).toEqual([]);
        type(box, 'micro-travail');
        mouse($(c.submit!), 'click', {}, false);
        expect(signals).toEqual([]);
        mouse($(c.submit!), 'click');
        expect(signals).toEqual([SEARCH]);
      });
    }

    if (c.suggestion) {
      it('counts a suggestion picked from the list as one search', async () => {
        const { signals } = open();
        const box = $(c.box);
        type(box, 'travail');
        await settle(20);
        const rows = $$(c.suggestion!);
        expect(rows.length).toBeGreaterThan(0);
        // Typing alone is no search.
        expect(signals).toEqual([]);
        mouse(rows[1]!.querySelector('span') ?? rows[1]!, 'click');
        expect(signals).toEqual([SEARCH]);
        mouse(rows[0]!, 'click', {}, false);
        expect(signals).toEqual([SEARCH]);
      });
    }
  });

  describe(`${platform} detector on other sites`, () => {
    it('records nothing on an unrelated blog carrying the same results page markup', async () => {
      const first = Object.values(c.variants)[0]!;
      first();
      const markup = document.body.innerHTML;
      const doc = loadFixture('https://blog.exemple.fr/', 'index.html');
      doc.body.insertAdjacentHTML('beforeend', markup);
      restore = stayOnPage();
      const where = { hostname: 'blog.exemple.fr', pathname: '/search' };
      expect(c.detector.matches(where, doc)).toBe(false);
      const controller = new AbortController();
      const delivered: ContentMessage[] = [];
      const active = startDetectors(DETECTORS, where, doc, controller.signal, (m) => delivered.push(m));
      expect(active).not.toContain(platform);
      for (const a of $$(c.result)) mouse(a, 'click');
      if (c.ad) mouse($(c.ad), 'auxclick', { button: 1 });
      const box = $(c.box);
      type(box, 'robots');
      keydown(box, 'Enter');
      if (c.submit) mouse($(c.submit), 'click');
      await settle(100);
      const platforms = delivered.flatMap((m) => (m.type === 'gesture' ? [m.gesture.platform] : []));
      expect(platforms).not.toContain(platform);
      controller.abort();
    });
  });
}
