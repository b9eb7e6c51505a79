/**
 * The CAPTCHA anchor tables (issue 11) against every variant fixture: for each step a detector counts (shown,
 * round, solved, label), the table's anchors find it on each variant, so the table the detector matches with is
 * also what health and the diagnostics file count there. The gestures themselves run over the same variants in
 * each vendor's own test file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { A as RECAPTCHA } from '@/lib/detectors/captcha/recaptcha';
import { A as HCAPTCHA } from '@/lib/detectors/captcha/hcaptcha';
import { A as ARKOSE } from '@/lib/detectors/captcha/arkose';
import { A as GEETEST } from '@/lib/detectors/captcha/geetest';
import { A as CAPTCHA_TEXT } from '@/lib/detectors/captcha/captcha-text';
import { anyOf, type Thing } from '@/lib/detectors/core/types';
import { click, FIXTURES, loadFixture } from '../helpers';

const widget = (host: string, dir: string) => new Function(readFileSync(resolve(FIXTURES, host, dir, 'site.js'), 'utf8'))();
const hc = (frame: string, lang: string) =>
  `https://newassets.hcaptcha.com/captcha/v1/a9589f9/static/hcaptcha.html#frame=${frame}&id=0f2kd8x1q&host=accounts.hcaptcha.com&hl=${lang}&sitekey=a5f74b19-9e45-40e0-b45d-47ff91b7a6c2`;

interface Variant {
  name: string;
  load(): void;
  /** Things of the table that must be found on this variant. */
  things: Record<string, Thing>;
}

const LANGS = ['en', 'fr'];
const VARIANTS: Variant[] = [
  ...LANGS.flatMap((lang): Variant[] => [
    {
      name: `reCAPTCHA api2 anchor (www.google.com), ${lang}`,
      load: () => (loadFixture(`https://www.google.com/recaptcha/api2/anchor?k=6Lc-fixture&hl=${lang}&size=normal`, `recaptcha/api2/anchor.${lang}.html`), widget('www.google.com', 'recaptcha/api2')),
      things: { checkbox: RECAPTCHA.checkbox },
    },
    {
      name: `reCAPTCHA api2 image challenge, ${lang}`,
      load: () => (loadFixture(`https://www.google.com/recaptcha/api2/bframe?hl=${lang}`, `recaptcha/api2/bframe.${lang}.html`), widget('www.google.com', 'recaptcha/api2')),
      things: { tile: RECAPTCHA.tile, verify: RECAPTCHA.verify, label: RECAPTCHA.label },
    },
    {
      name: `reCAPTCHA api2 audio challenge, ${lang}`,
      load: () => loadFixture(`https://www.google.com/recaptcha/api2/bframe?hl=${lang}`, `recaptcha/api2/bframe.audio.${lang}.html`),
      things: { audio: RECAPTCHA.audio, verify: RECAPTCHA.verify },
    },
    {
      name: `reCAPTCHA Enterprise anchor (www.recaptcha.net), ${lang}`,
      load: () => (loadFixture(`https://www.recaptcha.net/recaptcha/enterprise/anchor?k=6LcEnterprise-fixture&hl=${lang}`, `recaptcha/enterprise/anchor.${lang}.html`), widget('www.recaptcha.net', 'recaptcha/enterprise')),
      things: { checkbox: RECAPTCHA.checkbox },
    },
    {
      name: `reCAPTCHA Enterprise image challenge (www.recaptcha.net), ${lang}`,
      load: () => (loadFixture(`https://www.recaptcha.net/recaptcha/enterprise/bframe?hl=${lang}`, `recaptcha/enterprise/bframe.${lang}.html`), widget('www.recaptcha.net', 'recaptcha/enterprise')),
      things: { tile: RECAPTCHA.tile, verify: RECAPTCHA.verify, label: RECAPTCHA.label },
    },
    {
      name: `hCaptcha checkbox frame, ${lang}`,
      load: () => loadFixture(hc('checkbox', lang), 'captcha/v1/a9589f9/static/hcaptcha.html'),
      things: { checkbox: HCAPTCHA.checkbox },
    },
    {
      name: `hCaptcha challenge frame (also the whole of invisible hCaptcha), ${lang}`,
      load: () => loadFixture(hc('challenge', lang), 'captcha/v1/a9589f9/static/hcaptcha.html'),
      things: { tile: HCAPTCHA.tile, submit: HCAPTCHA.submit, prompt: HCAPTCHA.prompt },
    },
    {
      name: `Arkose game frame (Roblox), ${lang}`,
      load: () => loadFixture(`https://roblox-api.arkoselabs.com/fc/assets/ec-game-core/game-core/1.27.4/standard/index.html?lang=${lang}`, 'fc/assets/ec-game-core/game-core/1.27.4/standard/index.html'),
      things: { start: ARKOSE.start },
    },
    {
      name: `GeeTest v3 slide (float), ${lang}`,
      load: () => loadFixture(`https://www.geetest.com/demo/slide-float.html?hl=${lang}`, 'demo/slide-float.html'),
      things: { widget: GEETEST.widget, entry: GEETEST.entry, knob: GEETEST.knob },
    },
    {
      name: `GeeTest v4 icon click (float), ${lang}`,
      load: () => loadFixture(`https://www.geetest.com/adaptive-captcha-demo?hl=${lang}`, 'adaptive-captcha-demo.html'),
      things: { widget: GEETEST.widget, entry: GEETEST.entry, confirm: GEETEST.confirm },
    },
    {
      name: `GeeTest v4 slide (bind, loaded on demand), ${lang}`,
      load: () => {
        loadFixture(`https://www.geetest.com/demo/login-on-demand?hl=${lang}`, 'demo/login-on-demand.html', { site: false });
        new Function(readFileSync(resolve(FIXTURES, 'www.geetest.com/static/v4/gt4.js'), 'utf8'))();
        (window as unknown as { initGeetest4: (c: object, h: (c: { showCaptcha(): void }) => void) => void }).initGeetest4(
          { captchaId: 'fixture', product: 'bind', language: lang === 'fr' ? 'fra' : 'eng' },
          (c) => c.showCaptcha(),
        );
      },
      things: { widget: GEETEST.widget, knob: GEETEST.knob },
    },
  ]),
  {
    name: "a site's own CAPTCHA: MediaWiki FancyCaptcha (en.wikipedia.org)",
    load: () => loadFixture('https://en.wikipedia.org/wiki/Special:CreateAccount', 'wiki/Special:CreateAccount.html'),
    things: { image: CAPTCHA_TEXT.image, field: CAPTCHA_TEXT.field, submit: CAPTCHA_TEXT.submit },
  },
  {
    name: "a site's own CAPTCHA: Securimage shown after a click (www.boutique-exemple.fr)",
    load: () => {
      const html = readFileSync(resolve(FIXTURES, 'www.boutique-exemple.fr/inscription.html'), 'utf8');
      loadFixture('https://www.boutique-exemple.fr/inscription', 'inscription.html');
      // The page's own script (kept inline in the fixture) renders step two: run it, then press "Continuer".
      new Function(/<script>([\s\S]*?)<\/script>/.exec(html)![1]!)();
      click(document.getElementById('continue'));
    },
    things: { image: CAPTCHA_TEXT.image, field: CAPTCHA_TEXT.field, submit: CAPTCHA_TEXT.submit },
  },
];

describe.each(VARIANTS)('$name', (variant) => {
  it('the table finds each step', async () => {
    variant.load();
    await new Promise((r) => setTimeout(r, 300));
    for (const [name, thing] of Object.entries(variant.things)) {
      expect(document.querySelector(anyOf(thing)), name).not.toBeNull();
    }
  });
});
