/**
 * reCAPTCHA v2 / v3 / Enterprise against saved frames: www.google.com/recaptcha/api2/{anchor,bframe} (checkbox,
 * 3x3 then 4x4, audio, invisible badge) and www.recaptcha.net/recaptcha/enterprise/{anchor,bframe} (dynamic tiles,
 * "Please try again"), in English and French. site.js imitates the widget (see the fixtures' headers).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recaptcha } from '@/lib/detectors/captcha/recaptcha';
import { $, $$, click, FIXTURES, key, loadFixture, run, settle, type Run } from '../helpers';

// The widget's stand-in lives beside the frames (the helper only runs a site.js at the host's root).
const widget = (host: string, dir: string) => new Function(readFileSync(resolve(FIXTURES, host, dir, 'site.js'), 'utf8'))();
const google = (url: string, file: string) => {
  loadFixture(url, `recaptcha/api2/${file}`);
  widget('www.google.com', 'recaptcha/api2');
};
const recaptchaNet = (url: string, file: string) => {
  loadFixture(url, `recaptcha/enterprise/${file}`);
  widget('www.recaptcha.net', 'recaptcha/enterprise');
};

let r: Run | undefined;
afterEach(() => r?.stop());

const ANCHOR = 'https://www.google.com/recaptcha/api2/anchor?ar=1&k=6Lc-fixture&co=aHR0cHM6Ly93d3cuZXhhbXBsZS5mcjo0NDM.&v=fixture&size=normal&cb=1';
const BFRAME = 'https://www.google.com/recaptcha/api2/bframe?v=fixture&k=6Lc-fixture';
const solveFromPage = () => window.postMessage({ rcFixture: 'solved' }, '*');

describe.each(['en', 'fr'])('reCAPTCHA anchor frame, %s', (lang) => {
  it('times a checkbox-only pass: the tick starts it, aria-checked="true" ends it, no round', async () => {
    google(`${ANCHOR}&hl=${lang}`, `anchor.${lang}.html`);
    r = run(recaptcha);
    click($('.recaptcha-checkbox-border'));
    expect(r.signals).toEqual([{ vendor: 'recaptcha', step: 'shown' }]);
    solveFromPage();
    await settle(100);
    expect($('#recaptcha-anchor').getAttribute('aria-checked')).toBe('true');
    expect(r.signals).toEqual([
      { vendor: 'recaptcha', step: 'shown' },
      { vendor: 'recaptcha', step: 'solved' },
    ]);
    // Clicking the ticked box again is not a new challenge.
    click($('#recaptcha-anchor'));
    await settle(50);
    expect(r.signals).toHaveLength(2);
  });

  it('starts on Space from the keyboard, and ignores a page script ticking the box', async () => {
    google(`${ANCHOR}&hl=${lang}`, `anchor.${lang}.html`);
    r = run(recaptcha);
    click($('#recaptcha-anchor'), { trusted: false });
    expect(r.signals).toEqual([]);
    key($('#recaptcha-anchor'), ' ');
    expect(r.signals).toEqual([{ vendor: 'recaptcha', step: 'shown' }]);
  });
});

describe('reCAPTCHA v3 / invisible anchor', () => {
  it('counts passive scoring once per load of a size=invisible anchor, never as solved', async () => {
    loadFixture('https://www.google.com/recaptcha/api2/anchor?ar=1&k=6Lc-fixture&hl=fr&v=fixture&size=invisible&cb=1', 'recaptcha/api2/anchor.invisible.html');
    r = run(recaptcha);
    expect(r.signals).toEqual([{ vendor: 'recaptcha', step: 'passive' }]);
    click($('.rc-anchor-invisible-text'));
    await settle(50);
    expect(r.signals).toEqual([{ vendor: 'recaptcha', step: 'passive' }]);
  });

  it('does not count a checkbox anchor as passive', () => {
    google(`${ANCHOR}&hl=fr`, 'anchor.fr.html');
    r = run(recaptcha);
    expect(r.signals).toEqual([]);
  });
});

describe.each(['en', 'fr'])('reCAPTCHA challenge frame, %s', (lang) => {
  it('reports the first tile of each round and each Verify / Skip with the normalised object', async () => {
    google(`${BFRAME}&hl=${lang}`, `bframe.${lang}.html`);
    r = run(recaptcha);
    click($$('.rc-imageselect-tile')[1]);
    click($$('.rc-imageselect-tile')[4]);
    click($('#recaptcha-verify-button'));
    expect($('.rc-imageselect-table-44')).toBeTruthy(); // the 4x4 round is on screen
    click($$('.rc-imageselect-tile')[5]);
    click($('#recaptcha-verify-button'));
    expect(r.signals).toEqual([
      { vendor: 'recaptcha', step: 'shown' },
      { vendor: 'recaptcha', step: 'round', label: 'crosswalk' },
      { vendor: 'recaptcha', step: 'shown' },
      { vendor: 'recaptcha', step: 'round', label: 'traffic light' },
    ]);
  });

  it('ignores a page script pressing Verify', () => {
    google(`${BFRAME}&hl=${lang}`, `bframe.${lang}.html`);
    r = run(recaptcha);
    click($('#recaptcha-verify-button'), { trusted: false });
    expect(r.signals).toEqual([]);
  });

  it('labels the audio challenge "audio", submitted with Enter or Verify', () => {
    google(`${BFRAME}&hl=${lang}`, `bframe.audio.${lang}.html`);
    r = run(recaptcha);
    key($('#audio-response'), 'Enter');
    key($('#audio-response'), 'a'); // typing is not a round
    click($('#recaptcha-verify-button'));
    expect(r.signals).toEqual([
      { vendor: 'recaptcha', step: 'round', label: 'audio' },
      { vendor: 'recaptcha', step: 'round', label: 'audio' },
    ]);
  });
});

describe.each(['en', 'fr'])('reCAPTCHA Enterprise on www.recaptcha.net, %s', (lang) => {
  it('counts dynamic tiles as one round, a refused answer and its retry as rounds', async () => {
    recaptchaNet(`https://www.recaptcha.net/recaptcha/enterprise/bframe?hl=${lang}&v=fixture&k=6LcEnterprise-fixture`, `bframe.${lang}.html`);
    r = run(recaptcha);
    for (const i of [0, 2, 2, 7]) click($$('.rc-imageselect-tile')[i]); // a refilled tile clicked again
    await settle(200);
    click($('#recaptcha-verify-button'));
    expect(getComputedStyle($('.rc-imageselect-incorrect-response')).display).not.toBe('none');
    click($$('.rc-imageselect-tile')[3]);
    click($('#recaptcha-verify-button'));
    click($('#recaptcha-verify-button')); // 4x4 with none to pick: Skip
    expect(r.signals).toEqual([
      { vendor: 'recaptcha', step: 'shown' },
      { vendor: 'recaptcha', step: 'round', label: 'fire hydrant' },
      { vendor: 'recaptcha', step: 'shown' },
      { vendor: 'recaptcha', step: 'round', label: 'fire hydrant' },
      { vendor: 'recaptcha', step: 'round', label: 'motorcycle' },
    ]);
  });

  it('times the Enterprise checkbox like api2', async () => {
    recaptchaNet(`https://www.recaptcha.net/recaptcha/enterprise/anchor?ar=1&k=6LcEnterprise-fixture&hl=${lang}&size=normal`, `anchor.${lang}.html`);
    r = run(recaptcha);
    click($('#recaptcha-anchor'));
    solveFromPage();
    await settle(100);
    expect(r.signals.map((s) => 'step' in s && s.step)).toEqual(['shown', 'solved']);
  });
});

describe('reCAPTCHA frame matching', () => {
  it.each([
    ['www.google.com', '/recaptcha/api2/anchor', true],
    ['www.google.com', '/recaptcha/enterprise/bframe', true],
    ['www.recaptcha.net', '/recaptcha/api2/bframe', true],
    ['www.recaptcha.net', '/recaptcha/enterprise/anchor', true],
    ['www.google.com', '/search', false],
    ['www.google.com', '/recaptcha/api.js', false],
    ['evil.example', '/recaptcha/api2/anchor', false],
  ])('%s%s -> %s', (hostname, pathname, expected) => {
    expect(recaptcha.matches({ hostname, pathname }, document)).toBe(expected);
  });
});
