/**
 * hCaptcha against its saved frame document (newassets.hcaptcha.com/.../static/hcaptcha.html), which renders the
 * checkbox or the challenge from the URL hash like the real one, in English and French.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hcaptcha } from '@/lib/detectors/captcha/hcaptcha';
import { $, $$, click, key, loadFixture, run, settle, type Run } from '../helpers';

let r: Run | undefined;
afterEach(() => r?.stop());

const FILE = 'captcha/v1/a9589f9/static/hcaptcha.html';
const hash = (frame: string, lang: string) =>
  `#frame=${frame}&id=0f2kd8x1q&host=accounts.hcaptcha.com&sentry=true&hl=${lang}&sitekey=a5f74b19-9e45-40e0-b45d-47ff91b7a6c2&theme=light`;

describe.each(['en', 'fr'])('hCaptcha, %s', (lang) => {
  it('checkbox frame: the tick starts the clock, aria-checked="true" solves it', async () => {
    loadFixture(`https://newassets.hcaptcha.com/captcha/v1/a9589f9/static/hcaptcha.html${hash('checkbox', lang)}`, FILE);
    r = run(hcaptcha);
    expect($('#label').textContent).toBe(lang === 'fr' ? 'Je suis humain' : 'I am human');
    click($('#checkbox'));
    expect(r.signals).toEqual([{ vendor: 'hcaptcha', step: 'shown' }]);
    window.postMessage({ hcFixture: 'solved' }, '*');
    await settle(100);
    expect(r.signals).toEqual([
      { vendor: 'hcaptcha', step: 'shown' },
      { vendor: 'hcaptcha', step: 'solved' },
    ]);
  });

  it('checkbox frame: Enter on the focused box starts it too; a page script\'s click does not', () => {
    loadFixture(`https://newassets.hcaptcha.com/captcha/v1/a9589f9/static/hcaptcha.html${hash('checkbox', lang)}`, FILE);
    r = run(hcaptcha);
    click($('#checkbox'), { trusted: false });
    expect(r.signals).toEqual([]);
    key($('#checkbox'), 'Enter');
    expect(r.signals).toEqual([{ vendor: 'hcaptcha', step: 'shown' }]);
  });

  it('challenge frame: a refused round and its retry, each with the normalised prompt', () => {
    loadFixture(`https://newassets.hcaptcha.com/captcha/v1/a9589f9/static/hcaptcha.html${hash('challenge', lang)}`, FILE);
    r = run(hcaptcha);
    click($$('.task-image')[0]);
    click($$('.task-image')[4]);
    click($('.button-submit'));
    expect($('.error-text').style.display).toBe(''); // "Please try again." / "Veuillez réessayer."
    click($$('.task-image')[2]);
    click($('.button-submit .text')); // the label inside the button
    expect(r.signals).toEqual([
      { vendor: 'hcaptcha', step: 'shown' },
      { vendor: 'hcaptcha', step: 'round', label: 'bicycle' },
      { vendor: 'hcaptcha', step: 'shown' },
      { vendor: 'hcaptcha', step: 'round', label: 'bus' },
    ]);
  });

  it('challenge frame: refresh and page scripts are not rounds', () => {
    loadFixture(`https://newassets.hcaptcha.com/captcha/v1/a9589f9/static/hcaptcha.html${hash('challenge', lang)}`, FILE);
    r = run(hcaptcha);
    click($('.refresh'));
    click($('.button-submit'), { trusted: false });
    expect(r.signals).toEqual([]);
  });
});

describe('hCaptcha frame matching', () => {
  it.each([
    ['newassets.hcaptcha.com', '/captcha/v1/a9589f9/static/hcaptcha.html', true],
    ['assets.hcaptcha.com', '/captcha/v1/3f2a1b0/static/hcaptcha-checkbox.html', true],
    ['accounts.hcaptcha.com', '/demo', false],
    ['newassets.hcaptcha.com', '/captcha/v1/a9589f9/static/i18n/fr.json', false],
    ['hcaptcha.com.evil.example', '/captcha/v1/a9589f9/static/hcaptcha.html', false],
  ])('%s%s -> %s', (hostname, pathname, expected) => {
    expect(hcaptcha.matches({ hostname, pathname }, document)).toBe(expected);
  });
});
