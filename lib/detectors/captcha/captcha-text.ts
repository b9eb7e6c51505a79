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
 * Markup learned from the open-source projects: wikimedia/mediawiki-extensions-ConfirmEdit (FancyCaptcha:
 * `img.fancycaptcha-image` from `Special:Captcha/image`, field `#wpCaptchaWord`), dapphp/securimage
 * (`img#captcha_image`, field `captcha_code`), django-simple-captcha (`img.captcha`, field `captcha_1`).
 */
import { hostMatches, onTrusted } from '../core/dom';
import type { Detector } from '../core/types';
import { CAPTCHA_IMAGE, WHERE } from '../routes';

export const CAPTCHA_TEXT = {
  // The CAPTCHA image (vendor widgets have their own detectors: their logos are not a site's CAPTCHA).
  image: CAPTCHA_IMAGE,
  // The answer field: named after the CAPTCHA, else the first text field after the image.
  namedField: 'input[name*="captcha" i], input[id*="captcha" i], input[class*="captcha" i]',
  textField: 'input:not([type]), input[type="text"], input[type="number"], input[type="tel"], input[type="search"]',
  submit: 'button:not([type]), button[type="submit"], input[type="submit"], input[type="image"]',
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
