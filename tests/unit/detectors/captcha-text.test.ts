/**
 * Sites' own image CAPTCHAs against MediaWiki's account creation form (ConfirmEdit FancyCaptcha) on
 * fr.wikipedia.org and en.wikipedia.org, and the negative: Wikipedia's article about CAPTCHAs, which shows CAPTCHA
 * pictures next to a search box but asks nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { captchaText } from '@/lib/detectors/captcha/captcha-text';
import { CAPTCHA_IMAGE, WHERE } from '@/lib/detectors/routes';
import { $, click, key, loadFixture, run, settle, type, type Run } from '../helpers';

let r: Run | undefined;
afterEach(() => r?.stop());

const counted = { kind: 'captcha', platform: 'captcha-text', rounds: 1, seconds: expect.any(Number) };

function fillAccount() {
  type($('#wpName2'), 'Exemple');
  type($('#wpPassword2'), 'correct horse battery');
  type($('#wpRetype'), 'correct horse battery');
}
function answer(text: string) {
  const field = $('#mw-input-captchaWord');
  key(field, text[0]!); // the person's first keystroke starts the clock
  type(field, text);
}

describe.each([
  ['fr', 'fr.wikipedia.org'],
  ['en', 'en.wikipedia.org'],
])('own image CAPTCHA (%s)', (lang, host) => {
  const open = () => {
    if (host === 'fr.wikipedia.org') loadFixture('https://fr.wikipedia.org/wiki/Special:CreateAccount', 'wiki/Special:CreateAccount.html');
    else loadFixture('https://en.wikipedia.org/wiki/Special:CreateAccount', 'wiki/Special:CreateAccount.html');
    return (r = run(captchaText));
  };

  it('counts each submission with the CAPTCHA filled: a refused answer (new image) and the accepted one', async () => {
    const { signals } = open();
    expect(document.documentElement.lang).toBe(lang);
    fillAccount();
    answer('dogf00d');
    await settle(30);
    click($('#wpCreateaccount')); // a click on the submit button...
    $('#userlogin2').dispatchEvent(Object.defineProperty(new Event('submit', { cancelable: true }), 'isTrusted', { value: true }));
    expect(signals).toEqual([counted]); // ...and the submit it causes are one CAPTCHA
    expect((signals[0] as { seconds: number }).seconds).toBeGreaterThan(0.02);
    expect($('.mw-message-box-error')).toBeTruthy();
    expect(($("#mw-input-captchaWord") as HTMLInputElement).value).toBe("");
    answer('dogfood');
    key($('#mw-input-captchaWord'), 'Enter');
    expect(signals).toEqual([counted, counted]);
  });

  it('counts nothing when the CAPTCHA field is empty, the form is refused by the browser, or a script submits', () => {
    const { signals } = open();
    fillAccount();
    click($('#wpCreateaccount')); // CAPTCHA field required and empty: the browser sends nothing
    type($('#wpName2'), '');
    answer('dogfood');
    click($('#wpCreateaccount')); // user name missing
    type($('#wpName2'), 'Exemple');
    click($('#wpCreateaccount'), { trusted: false });
    expect(signals).toEqual([]);
  });

  it('does not count a search from the same page', () => {
    const { signals } = open();
    type($('#searchInput'), 'captcha');
    key($('#searchInput'), 'Enter');
    click($('#searchform button'));
    expect(signals).toEqual([]);
  });
});

describe('own image CAPTCHA: negatives', () => {
  it('a page about CAPTCHAs, with CAPTCHA pictures and a search box, counts no search', () => {
    loadFixture('https://fr.wikipedia.org/wiki/CAPTCHA', 'wiki/CAPTCHA.html');
    r = run(captchaText); // it applies (the pictures say "captcha")...
    type($('#searchInput'), 'captcha');
    key($('#searchInput'), 'Enter');
    click($('#searchform button'));
    expect(r.signals).toEqual([]); // ...but no form asks for one
  });

  it('stays off ordinary pages: no listener at all on a timeline or a page embedding hCaptcha', () => {
    loadFixture('https://x.com/home', 'home.fr.html');
    expect(captchaText.matches({ hostname: 'x.com', pathname: '/home' }, document)).toBe(false);
    loadFixture('https://accounts.hcaptcha.com/demo', 'demo.html', { site: false });
    expect(captchaText.matches({ hostname: 'accounts.hcaptcha.com', pathname: '/demo' }, document)).toBe(false);
  });

  it('does not apply to a page that merely says "captcha", nor inside CAPTCHA vendors\' frames', () => {
    loadFixture('https://en.wikipedia.org/wiki/CAPTCHA', 'wiki/CAPTCHA.html');
    for (const img of document.querySelectorAll('img')) img.remove();
    expect(document.body.textContent).toMatch(/captcha/i);
    expect(captchaText.matches({ hostname: 'en.wikipedia.org', pathname: '/wiki/CAPTCHA' }, document)).toBe(false);
    loadFixture('https://en.wikipedia.org/wiki/Special:CreateAccount', 'wiki/Special:CreateAccount.html');
    expect(captchaText.matches({ hostname: 'www.google.com', pathname: '/recaptcha/api2/bframe' }, document)).toBe(false);
    expect(captchaText.matches({ hostname: 'newassets.hcaptcha.com', pathname: '/captcha/v1/a/static/hcaptcha.html' }, document)).toBe(false);
  });
});

describe("where a site's own CAPTCHA applies (lib/detectors/routes.ts, without a whole-page selector scan)", () => {
  it.each([
    ['<img src="/securimage/securimage_show.php" id="captcha" alt="CAPTCHA Image">', true],
    ['<img class="fancycaptcha-image" src="/w/index.php?title=Special:Captcha/image">', true],
    ['<img name="Captcha" src="/c.png">', true],
    ['<img alt="captcha" src="https://www.gstatic.com/recaptcha/logo.png">', false],
    ['<img class="captcha" src="https://hcaptcha.com/logo.svg">', false],
    ['<img src="/photo.jpg" alt="A cat">', false],
    ['<div class="captcha"><input name="captcha_code"></div>', false],
  ])('%s -> %s, as CAPTCHA_IMAGE selects', (html, expected) => {
    document.body.innerHTML = html;
    expect(document.querySelector(CAPTCHA_IMAGE) !== null).toBe(expected);
    expect(WHERE['captcha-text']({ hostname: 'www.exemple.fr', pathname: '/' }, document)).toBe(expected);
  });
});
