/**
 * Google Maps (www.google.com/maps and the country domains): kind `rating`, the stars of a review the person posts.
 * Counts when Post is pressed in the review dialog with a star chosen, and the dialog then closes (Maps accepted
 * the review). Cancel, closing the dialog, or a Post that Maps refuses (the dialog stays) count nothing; the text
 * and the number of stars are never read.
 *
 * Sources: the place panel's reviews (`div[data-review-id]`, `.jJc9Ad`) and its "Write a review" button are
 * confirmed by 2026 scrapers and automation scripts. The review form itself could not be confirmed: one automation
 * script (yashu1wwww/Google-map-auto-ratings map.py) shows it in a frame of its own, with obfuscated classes. The
 * dialog anchors below (ARIA dialog, star radios, Post labels) are the WAI-ARIA pattern Google's Material
 * components use, NOT confirmed on the live form: where Maps renders the form in a frame this detector does not
 * run in, nothing is counted (README notes; `npm run health -- --live` shows it).
 */
import { countWhenTurnedOn, findInPath, onTrusted } from '../core/dom';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const CHECKED = '(checked 2026-11-30)';
const CODE = (what: string) => `code search: ${what} (index shows no repository name) ${CHECKED}`;
const GREASY = `beak2825/greasyfork_archives js_greasyfork/478310.js ("Google Reviews Batch to JSON": div[data-review-id], .d4r55, .wiI7pd) ${CHECKED}`;
const SELECTORS_2026 = /* @__PURE__ */ CODE('a Google Maps scraper\'s selectors "Last updated: January 2026": div[data-review-id], button[aria-label="Write a review"]-style aria labels');
const PUPPETEER = /* @__PURE__ */ CODE('a Puppeteer Google Maps script clicks button[aria-label="Write a review"] / "Viết bài đánh giá"');
const FRAME = `yashu1wwww/Google-map-auto-ratings map.py (the form opens in a frame; star element under c-wiz) ${CHECKED}`;
const UNCONFIRMED = 'WAI-ARIA dialog/radio pattern, not confirmed on the live review form';
const LABEL = 'translation of the button\'s label, not checked on the live site';

export const A = {
  review: {
    role: 'item',
    anchors: [
      { sel: 'div[data-review-id]', src: `${GREASY}; ${SELECTORS_2026}` },
      { sel: '.jJc9Ad', src: `raymond2330/js-webscrape webscrape1.1.js ${CHECKED}` },
    ],
  },
  write: {
    role: 'action',
    anchors: [
      { sel: 'button[aria-label="Write a review"]', src: PUPPETEER },
      { sel: 'button[aria-label="Écrire un avis"]', src: LABEL },
      { sel: 'button[aria-label="Rezension schreiben"]', src: LABEL },
      { sel: 'button[aria-label="Escribir una reseña"]', src: LABEL },
      { sel: 'button[aria-label="Scrivi una recensione"]', src: LABEL },
      { sel: 'button[aria-label="Escrever uma avaliação"]', src: LABEL },
    ],
  },
  dialog: {
    role: 'composer',
    anchors: [
      { sel: '[role="dialog"]:has([role="radiogroup"])', src: `${UNCONFIRMED}; ${FRAME}` },
    ],
  },
  starChosen: {
    role: 'state',
    anchors: [
      { sel: '[role="radiogroup"] [role="radio"][aria-checked="true"]', src: UNCONFIRMED },
    ],
  },
  post: {
    role: 'action',
    anchors: [
      { sel: 'button[aria-label="Post"]', src: `${UNCONFIRMED} (label as Maps shows it)` },
      { sel: 'button[aria-label="Publier"]', src: LABEL },
      { sel: 'button[aria-label="Posten"]', src: LABEL },
      { sel: 'button[aria-label="Publicar"]', src: LABEL },
      { sel: 'button[aria-label="Pubblica"]', src: LABEL },
      { sel: 'button[aria-label="Postar"]', src: LABEL },
    ],
  },
} satisfies AnchorTable;

const SEL = {
  dialog: anyOf(A.dialog),
  starChosen: anyOf(A.starChosen),
  post: anyOf(A.post),
};

/** The dialog is gone: removed, hidden, or marked hidden. */
const closed = (d: Element) => !d.isConnected || (d as HTMLElement).hidden || d.getAttribute('aria-hidden') === 'true';

export const googleMaps: Detector = {
  id: 'google-maps',
  matches: WHERE['google-maps'],
  anchors: A,
  expects: (doc) => doc.querySelector(anyOf(A.review)) !== null,
  start(root, signal, emit) {
    const pending = new WeakSet<Element>();
    onTrusted(root, 'click', (event, path) => {
      if (event.button !== 0) return;
      const post = findInPath(path.slice(0, 20), SEL.post);
      const dialog = post?.closest(SEL.dialog);
      if (!dialog || pending.has(dialog) || dialog.querySelector(SEL.starChosen) === null) return;
      pending.add(dialog);
      countWhenTurnedOn(() => closed(dialog), () => emit({ kind: 'rating', platform: 'google-maps' }), { signal, timeout: 8000 });
      // A refused Post leaves the dialog open: a later Post may count.
      setTimeout(() => { if (!closed(dialog)) pending.delete(dialog); }, 8100);
    }, signal);
  },
};
