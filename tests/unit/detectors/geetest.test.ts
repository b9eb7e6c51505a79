/**
 * GeeTest against its saved demo pages: v3 slide in float mode (www.geetest.com/demo/slide-float.html) and v4
 * icon challenge (www.geetest.com/adaptive-captcha-demo), in English and French (?hl=fr).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { geetest } from '@/lib/detectors/captcha/geetest';
import { WHERE } from '@/lib/detectors/routes';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { $, $$, click, FIXTURES, loadFixture, run, settle, type Run } from '../helpers';

let r: Run | undefined;
afterEach(() => r?.stop());

/** A person's pointer event (trusted) at `x`. */
function pointer(el: Element | Document, type: string, x: number, { trusted = true } = {}) {
  const e = new PointerEvent(type, { bubbles: true, composed: true, clientX: x, pointerId: 1 });
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}
const drag = (knob: Element, by: number, opts?: { trusted?: boolean }) => {
  pointer(knob, 'pointerdown', 10, opts);
  pointer(document, 'pointermove', 10 + by, opts);
  pointer(document.body, 'pointerup', 10 + by, opts);
};
const solvedEvent = { kind: 'captcha', platform: 'geetest', rounds: 2, seconds: expect.any(Number) };

describe.each(['en', 'fr'])('GeeTest, %s', (lang) => {
  it('v4 slide in bind mode, loaded on demand: a missed slide and a fitted one, solved when the result says success', async () => {
    // The login page, then gt4.js (tests/fixtures/sites/www.geetest.com/static/v4/gt4.js) as its "Log in" loads it.
    loadFixture(`https://www.geetest.com/demo/login-on-demand?hl=${lang}`, 'demo/login-on-demand.html', { site: false });
    new Function(readFileSync(resolve(FIXTURES, 'www.geetest.com/static/v4/gt4.js'), 'utf8'))();
    const init = (window as unknown as { initGeetest4: (c: object, h: (c: { showCaptcha(): void }) => void) => void }).initGeetest4;
    init({ captchaId: 'fixture', product: 'bind', language: lang === 'fr' ? 'fra' : 'eng' }, (c) => c.showCaptcha());
    expect($('.geetest_text_tips').textContent).toBe(lang === 'fr' ? 'Faites glisser pour compléter le puzzle' : 'Slide to complete the puzzle');
    r = run(geetest);
    drag($('.geetest_btn'), 70);
    await settle(300);
    expect($('.geetest_result_tips').className).toBe('geetest_result_tips fail');
    expect(r.signals).toEqual([]);
    await settle(300); // the knob goes back
    drag($('.geetest_btn'), 150);
    await settle(500);
    expect(r.signals).toEqual([solvedEvent]);
  });

  it('v3 slide: a missed slide and a fitted one, solved when the holder turns radar_success', async () => {
    loadFixture(`https://www.geetest.com/demo/slide-float.html?hl=${lang}`, 'demo/slide-float.html');
    r = run(geetest);
    expect($('.geetest_radar_tip_content').textContent).toBe(lang === 'fr' ? 'Cliquez pour vérifier' : 'Click to verify');
    click($('.geetest_radar_tip'));
    drag($('.geetest_slider_button'), 60);
    await settle(300);
    expect($('.geetest_result_tip').classList.contains('geetest_fail')).toBe(true);
    expect(r.signals).toEqual([]);
    drag($('.geetest_slider_button'), 150);
    await settle(500);
    expect($('.geetest_holder').classList.contains('geetest_radar_success')).toBe(true);
    expect(r.signals).toEqual([solvedEvent]);
    expect((r.signals[0] as { seconds: number }).seconds).toBeGreaterThan(0.2);
    // The success badge clicked afterwards is not a new challenge.
    click($('.geetest_radar_tip'));
    await settle(200);
    expect(r.signals).toHaveLength(1);
  });

  it('v4 icon challenge: a refused confirm then an accepted one, solved when the box locks', async () => {
    loadFixture(`https://www.geetest.com/adaptive-captcha-demo?hl=${lang}`, 'adaptive-captcha-demo.html');
    r = run(geetest);
    click($('.geetest_btn_click'));
    click($('.geetest_bg'));
    click($('.geetest_submit'));
    await settle(300);
    expect($('.geetest_result_tips').classList.contains('geetest_fail')).toBe(true);
    for (let i = 0; i < 3; i++) click($('.geetest_bg'));
    click($('.geetest_submit_tips'));
    await settle(500);
    expect($('.geetest_captcha').classList.contains('geetest_lock_success')).toBe(true);
    expect(r.signals).toEqual([solvedEvent]);
  });

  it('ignores a page script solving the widget', async () => {
    loadFixture(`https://www.geetest.com/adaptive-captcha-demo?hl=${lang}`, 'adaptive-captcha-demo.html');
    r = run(geetest);
    click($('.geetest_btn_click'), { trusted: false });
    for (let i = 0; i < 3; i++) click($('.geetest_bg'), { trusted: false });
    click($('.geetest_submit'), { trusted: false });
    await settle(500);
    expect($('.geetest_captcha').classList.contains('geetest_lock_success')).toBe(true);
    expect(r.signals).toEqual([]);
  });
});

describe('GeeTest page signature', () => {
  it('applies to a page with the widget, not to a page that merely talks about CAPTCHAs', () => {
    loadFixture('https://www.geetest.com/demo/slide-float.html', 'demo/slide-float.html');
    expect(geetest.matches({ hostname: 'www.geetest.com', pathname: '/demo/slide-float.html' }, document)).toBe(true);
    loadFixture('https://fr.wikipedia.org/wiki/CAPTCHA', 'wiki/CAPTCHA.html');
    expect(geetest.matches({ hostname: 'fr.wikipedia.org', pathname: '/wiki/CAPTCHA' }, document)).toBe(false);
    expect($$('img').length).toBeGreaterThan(0);
  });

  it('stays off ordinary pages (a timeline, a page with a site\'s own CAPTCHA)', () => {
    loadFixture('https://x.com/home', 'home.en.html');
    expect(geetest.matches({ hostname: 'x.com', pathname: '/home' }, document)).toBe(false);
    loadFixture('https://fr.wikipedia.org/wiki/Special:CreateAccount', 'wiki/Special:CreateAccount.html');
    expect(geetest.matches({ hostname: 'fr.wikipedia.org', pathname: '/wiki/Special:CreateAccount' }, document)).toBe(false);
  });

  it('recognises the loader script alone (widget not rendered yet)', () => {
    const doc = new DOMParser().parseFromString('<script src="https://static.geetest.com/v4/gt4.js"></script><form></form>', 'text/html');
    expect(geetest.matches({ hostname: 'www.example.fr', pathname: '/login' }, doc)).toBe(true);
  });
});

describe('where GeeTest applies (lib/detectors/routes.ts, by its loader or a widget root, never a whole-page class scan)', () => {
  it.each([
    ['<script src="https://static.geetest.com/v4/gt4.js"></script>', true],
    ['<script src="https://static.geetest.com/static/tools/gt.js"></script>', true],
    ['<script src="/static/v4/gt4.js"></script>', true],
    ['<link rel="stylesheet" href="https://static.geetest.com/static/css/geetest.css">', true],
    ['<div class="geetest_captcha geetest_bind geetest_customTheme"></div>', true],
    ['<div class="geetest_holder geetest_wind"></div>', true],
    ['<div class="geetest_panel geetest_wind"></div>', true],
    ['<div class="geetest_popup_wrap geetest_popup"></div>', true],
    ['<script src="/js/app.js"></script><div class="captcha"></div>', false],
  ])('%s -> %s', (html, expected) => {
    document.head.innerHTML = '';
    document.body.innerHTML = html;
    expect(WHERE.geetest({ hostname: 'www.exemple.fr', pathname: '/' }, document)).toBe(expected);
  });
});
