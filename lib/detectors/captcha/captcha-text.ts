/**
 * Text and image CAPTCHAs that sites host themselves: an image whose URL, alt, id, name or class says "captcha"
 * next to a text field where the person types what the image shows (MediaWiki ConfirmEdit/FancyCaptcha,
 * Securimage, Really Simple CAPTCHA for Contact Form 7, django-simple-captcha, ...). Platform `captcha-text`.
 *
 * Applies on any page that has such an image when it settles (one querySelector); then only delegated trusted
 * listeners. Counted when the form is submitted with the CAPTCHA field filled: a trusted submit, a trusted click on
 * the form's submit button, or Enter in one of its fields (scripted forms that never fire `submit` are covered
 * by the click and the key). One count per image and answer, so the click and the submit it triggers are one;
 * a new image after a refused answer is a new challenge. Timed from the first keystroke in the field to the
 * submission. The answer is compared in memory only, never sent or stored.
 *
 * Anchors in the table below, each with its source: an image and a field named after the CAPTCHA are what these
 * projects render in every language, so nothing reads text.
 */
import { onTrusted } from '../core/dom';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { CAPTCHA_IMAGE, WHERE } from '../routes';

const CHECKED = '(checked 2026-11-30)';
const SECURIMAGE = `Securimage quick start as sites paste it: <img id="captcha" src="securimage/securimage_show.php" alt="CAPTCHA Image"> and <input name="captcha_code"> (code search, >10 sites' forms) ${CHECKED}`;
const CONFIRMEDIT = 'wikimedia/mediawiki-extensions-ConfirmEdit FancyCaptcha (img.fancycaptcha-image, #mw-input-captchaWord / wpCaptchaWord), fixture en.wikipedia.org/wiki/Special:CreateAccount.html';
const DJANGO = 'django-simple-captcha (img.captcha, field captcha_1), as cited since issue 4';

export const A = {
  // shown: the site's own CAPTCHA image (vendor widgets are left to their own detectors).
  image: {
    role: 'captcha',
    anchors: [
      { sel: CAPTCHA_IMAGE, src: `${SECURIMAGE}; ${CONFIRMEDIT}; ${DJANGO}` },
    ],
  },
  // The answer field: named after the CAPTCHA, else the first text field after the image.
  field: {
    role: 'captcha',
    anchors: [
      { sel: 'input[name*="captcha" i]', src: `${SECURIMAGE}; ${DJANGO}` },
      { sel: 'input[id*="captcha" i]', src: CONFIRMEDIT },
      { sel: 'input[class*="captcha" i]', src: DJANGO },
    ],
  },
  // round / solved: the form is sent with the field filled (its submit button, Enter, or the submit event).
  submit: {
    role: 'action',
    anchors: [
      { sel: 'button[type="submit"]', src: `${CONFIRMEDIT} (#wpCreateaccount); HTML forms` },
      { sel: 'button:not([type])', src: 'HTML: a button without type submits its form' },
      { sel: 'input[type="submit"]', src: SECURIMAGE },
      { sel: 'input[type="image"]', src: 'HTML: an image button submits its form' },
    ],
  },
} satisfies AnchorTable;

export const CAPTCHA_TEXT = {
  image: anyOf(A.image),
  namedField: anyOf(A.field),
  textField: 'input:not([type]), input[type="text"], input[type="number"], input[type="tel"], input[type="search"]',
  submit: anyOf(A.submit),
} as const;

interface Challenge {
  image: HTMLImageElement;
  field: HTMLInputElement;
}

/** The CAPTCHA of the form (or nearby block) that holds `el`, if it has one. */
export function challengeOf(el: Element): Challenge | undefined {
  const container = el.closest('form') ?? el.parentElement?.parentElement?.parentElement;
  const image = container?.querySelector<HTMLImageElement>(CAPTCHA_TEXT.image);
  if (!container || !image) return undefined;
  const named = [...container.querySelectorAll<HTMLInputElement>(CAPTCHA_TEXT.namedField)].find((i) => i.matches(CAPTCHA_TEXT.textField));
  const after = [...container.querySelectorAll<HTMLInputElement>(CAPTCHA_TEXT.textField)].find(
    (i) => image.compareDocumentPosition(i) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const field = named ?? after;
  return field ? { image, field } : undefined;
}

export const captchaText: Detector = {
  id: 'captcha-text',
  matches: WHERE['captcha-text'],
  anchors: A,
  start(root, signal, emit) {
    const typedAt = new WeakMap<HTMLInputElement, number>();
    const counted = new WeakMap<HTMLInputElement, string>();
    const submitted = (el: Element, validated = false) => {
      // A click or Enter on a form the browser refuses to send (a required field left empty) sends nothing.
      const form = el.closest('form');
      if (!validated && form && !form.noValidate && !form.checkValidity()) return;
      const c = challengeOf(el);
      const answer = c?.field.value.trim();
      if (!c || !answer) return;
      const key = `${c.image.src}\n${answer}`;
      if (counted.get(c.field) === key) return;
      counted.set(c.field, key);
      const since = typedAt.get(c.field);
      typedAt.delete(c.field);
      emit({ kind: 'captcha', platform: 'captcha-text', rounds: 1, ...(since ? { seconds: (Date.now() - since) / 1000 } : {}) });
    };
    onTrusted(
      root,
      'keydown',
      (event, path) => {
        const input = path[0];
        if (!(input instanceof HTMLInputElement)) return;
        if (event.key === 'Enter') return submitted(input);
        const c = challengeOf(input);
        if (c?.field === input && !typedAt.has(input)) typedAt.set(input, Date.now());
      },
      signal,
    );
    onTrusted(root, 'submit', (event) => event.target instanceof HTMLFormElement && submitted(event.target, true), signal);
    onTrusted(
      root,
      'click',
      (_e, path) => {
        const button = path.find((el) => el.matches(CAPTCHA_TEXT.submit));
        if (button) submitted(button);
      },
      signal,
    );
  },
};
