/**
 * Pinterest (www.pinterest.com and its country sites: fr.pinterest.com, www.pinterest.fr, de.pinterest.com...).
 *
 * Pinterest's React app marks its controls with `data-test-id` (the same in every UI language). Saving a Pin (the
 * "Save" button, to the last board or a board picked in the menu) is Pinterest's bookmark: a `save`. The saved
 * state is only said in words ("Save" -> "Saved", "Enregistrer" -> "Enregistré"), as is the follow state
 * ("Follow" -> "Following", "S'abonner" -> "Abonné(e)"): label tables, English and French. Markup learned from
 * maintained scripts found by code search: Pinterest automation and test suites clicking
 * `[data-test-id="PinBetterSaveButton"]` then expecting its text "Saved", `[data-test-id="closeup-save-button"]`,
 * `[data-test-id="user-follow-button"] button` whose aria-label says "following" / "abonné", and the header
 * search box `input[name="searchBoxInput"]` (`data-test-id="search-box-input"`); plus the fixtures in
 * tests/fixtures/sites/www.pinterest.com/ and fr.pinterest.com/.
 */
import { labelIn } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';

/** Country sites: xx.pinterest.com, www.pinterest.fr / .de / .co.uk / .com.mx ... */

// English "Saved" / "Following" and French "abonné" are from the scripts above; "Enregistré" follows Pinterest's
// French UI as we know it and was not checked live.
const SAVED = labelIn(['Saved', 'Enregistré', 'Enregistrée']);
const FOLLOWING = labelIn(['Following', 'Abonné(e)', 'Abonné', 'Abonnée']);

export const PINTEREST = {
  // Save button: Pin close-up (`PinBetterSaveButton`, `closeup-save-button`), grid hover (`SaveButton`,
  // `pin-save-button`), and the boards of the save menu (`board-row`).
  save: '[data-test-id="PinBetterSaveButton"], [data-test-id="closeup-save-button"], [data-test-id="SaveButton"], [data-test-id="pin-save-button"], [data-test-id="board-row"]',
  follow: '[data-test-id="user-follow-button"], [data-test-id="creator-follow-button"]',
  search: 'input[name="searchBoxInput"], input[data-test-id="search-box-input"]',
  // Pins of the home feed and related grids (post-view).
  feedItem: '[data-grid-item="true"]',
} as const;

const SPEC: SocialSpec = {
  platform: 'pinterest',
  rules: [
    // Saving to a board picked in the menu takes a moment more: the button turns "Saved" when it is done.
    { kind: 'save', hit: PINTEREST.save, on: (el) => el.closest(PINTEREST.save) !== null && SAVED(el), wait: 8000 },
    { kind: 'follow', hit: PINTEREST.follow, on: (el) => el.closest(PINTEREST.follow) !== null && FOLLOWING(el) },
  ],
  search: PINTEREST.search,
  feed: { items: PINTEREST.feedItem, key: (el) => el.querySelector('a[href]')?.getAttribute('href') },
};

export const pinterest: Detector = {
  id: 'pinterest',
  matches: WHERE.pinterest,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
