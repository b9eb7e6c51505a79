/**
 * Amazon (www.amazon.com, www.amazon.fr and the other country domains): kind `rating`.
 *
 * 1. A "Helpful" vote on a review: counts when that review's voting widget shows its thank-you state (Amazon
 *    un-hides `[data-hook="vote-success-message"]`, a success alert, after the vote is accepted), read by class,
 *    not by text. A click that Amazon refuses (not signed in: it sends to the sign-in page) shows no thank-you and
 *    counts nothing; a second vote on the same review in the same page (after an undo) is not a new one.
 * 2. A review the person submits on the create-review page (/review/create-review): the stars are
 *    `button.ryp__star__button`; counts when the submit button (`[data-hook="ryp-review-submit-button"]`) is
 *    pressed after a star was chosen and the page shows its thank-you (`.ryp__thank-you-title`, or the inline
 *    success alert). The review's text and stars' value are never read.
 *
 * Delegated listeners on the document (trusted clicks only), bounded polling after a gesture, nothing at load.
 */
import { countWhenTurnedOn, findInPath, onTrusted } from '../core/dom';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const CHECKED = '(checked 2026-11-30)';
const CODE = (what: string) => `code search: ${what} (index shows no repository name) ${CHECKED}`;
const SAVED = /* @__PURE__ */ CODE('a saved amazon.es review block in a React clone: review-voting-widget, helpful-vote-statement, cr-helpful-button, input[data-hook="vote-helpful-button"], cr-vote-feedback, vote-success-message.cr-vote-success.aok-hidden');
const SCRAPERS = /* @__PURE__ */ CODE('review scrapers (Selenium, BeautifulSoup, extensions) select div[data-hook="review"], [id^="customer_review-"], div.a-section.review');
const RYP = /* @__PURE__ */ CODE('Selenium/Playwright page objects of the create-review page: button.ryp__star__button, img.ryp__star, [data-hook="ryp-review-submit-button"], .ryp__thank-you-title, a-alert-inline-success');

export const A = {
  review: {
    role: 'item',
    anchors: [
      { sel: '[data-hook="review"]', src: SCRAPERS },
      { sel: '[id^="customer_review-"]', src: SCRAPERS },
      { sel: 'div.a-section.review', src: SCRAPERS },
    ],
  },
  helpful: {
    role: 'action',
    anchors: [
      { sel: '[data-hook="vote-helpful-button"]', src: SAVED },
      { sel: '[data-hook="review-voting-widget"] .cr-helpful-button', src: SAVED },
      { sel: '.cr-helpful-button', src: `${SAVED}; ${CODE('Amazon review scrapers and a browsing bot click ".cr-helpful-button input"')}` },
    ],
  },
  widget: {
    role: 'menu',
    anchors: [
      { sel: '[data-hook="review-voting-widget"]', src: SAVED },
      { sel: '.cr-vote', src: SAVED },
    ],
  },
  voted: {
    role: 'state',
    anchors: [
      { sel: '[data-hook="vote-success-message"]:not(.aok-hidden)', src: `${SAVED} (hidden until the vote is accepted)` },
      { sel: '.cr-vote-success:not(.aok-hidden)', src: SAVED },
    ],
  },
  star: {
    role: 'action',
    anchors: [
      { sel: 'button.ryp__star__button', src: RYP },
      { sel: 'img.ryp__star', src: RYP },
    ],
  },
  submit: {
    role: 'action',
    anchors: [{ sel: '[data-hook="ryp-review-submit-button"]', src: RYP }],
  },
  submitted: {
    role: 'state',
    anchors: [
      { sel: '.ryp__thank-you-title', src: RYP },
      { sel: '.ryp__thank-you', src: `${RYP} (its container; not confirmed on its own)` },
    ],
  },
} satisfies AnchorTable;

const SEL = {
  review: anyOf(A.review),
  helpful: anyOf(A.helpful),
  widget: anyOf(A.widget),
  voted: anyOf(A.voted),
  star: anyOf(A.star),
  submit: anyOf(A.submit),
  submitted: anyOf(A.submitted),
};

export const amazon: Detector = {
  id: 'amazon',
  matches: WHERE.amazon,
  anchors: A,
  // A product or reviews page with reviews, or the create-review form.
  expects: (doc) => doc.querySelector(`${SEL.review}, ${SEL.star}`) !== null,
  start(root, signal, emit) {
    const voted = new WeakSet<Element>();
    let starChosen = false;
    let submitting = false;
    onTrusted(root, 'click', (event, path) => {
      if (event.button !== 0) return;
      const near = path.slice(0, 30);
      const button = findInPath(near, SEL.helpful);
      if (button) {
        const widget = button.closest(SEL.widget) ?? button.closest(SEL.review);
        if (!widget || voted.has(widget)) return;
        countWhenTurnedOn(() => widget.querySelector(SEL.voted) !== null, () => {
          if (voted.has(widget)) return;
          voted.add(widget);
          emit({ kind: 'rating', platform: 'amazon' });
        }, { signal, timeout: 6000 });
        return;
      }
      if (findInPath(near, SEL.star)) {
        starChosen = true;
        return;
      }
      if (findInPath(near, SEL.submit) && starChosen && !submitting) {
        submitting = true;
        const done = () => root.querySelector(SEL.submitted) !== null;
        if (done()) return;
        countWhenTurnedOn(done, () => emit({ kind: 'rating', platform: 'amazon' }), { signal, timeout: 8000 });
        // A refused submission (a required field empty) leaves the form: the next press may count.
        setTimeout(() => { submitting = done(); }, 8200);
      }
    }, signal);
  },
};
