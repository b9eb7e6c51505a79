/**
 * Pinterest (www.pinterest.com and its country sites: fr.pinterest.com, www.pinterest.fr, de.pinterest.com...).
 *
 * Pinterest's React app marks its controls with `data-test-id` (the same in every UI language). Saving a Pin (the
 * "Save" button, to the last board or a board picked in the board picker) is Pinterest's bookmark: a `save`. The
 * saved state is only said in words ("Save" -> "Saved", "Enregistrer" -> "Enregistré"), as is the follow state
 * ("Follow" -> "Following", "S'abonner" -> "Abonné(e)"): label tables, English and French. A reaction (the heart of
 * `react-button`, "React") is read by its colour: the heart's path turns red (computed fill rgb(221, 14, 14), as a
 * Playwright test of Pinterest asserts), whatever the UI language. A comment is counted when the Pin's comment
 * composer (a Draft.js editor) held text and is cleared after its submit button or Enter. Logged out (the
 * `unauth-header`), every action opens the sign-up dialog: nothing is counted there.
 *
 * Not detected, and why: saves and follows in other languages than English and French (their "Saved"/"Following"
 * words were not found in any maintained project), the mobile web layout (only a text-matched "Save" button is
 * documented), new Pins (the creation tool's publish step has no confirmed state we could source), reports.
 */
import { labelIn } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const PJC = 'Tartofraise/pinterest-js-client src/pins.ts (2025-11-11; checked 2026-11-30)';
const NURTURE = 'pinterest-nurture-browse skill README, selectors verified 2026-09-19 (find_string "data-test-id=\\"react-button\\""; checked 2026-11-30)';
const PW_REACT = 'Pinterest Playwright test "React Button": svg path fill rgb(221, 14, 14) after the click (find_string "data-test-id=\\"react-button\\""; checked 2026-11-30)';
const PW_SAVE = 'Pinterest Playwright test on pl.pinterest.com: PinBetterSaveButton "Save" -> text "Saved" (find_string "PinBetterSaveButton"; checked 2026-11-30)';
const NL = 'Dutch Pinterest userscript SAVE_SELECTORS / [data-grid-item] (find_string "PinBetterSaveButton"; checked 2026-11-30)';
const POM = 'Pinterest page objects: react-button, more-actions-button, pin-action-dropdown-save, search-box-input (find_string "data-test-id=\\"react-button\\""; checked 2026-11-30)';
const ISSUE3 = 'Pinterest automation and test suites found by code search in issue 3 (checked 2026-11-30)';

// English "Saved" / "Following" and French "abonné" are from the scripts above; "Enregistré" follows Pinterest's
// French UI as we know it and was not checked live.
const SAVED = labelIn(['Saved', 'Enregistré', 'Enregistrée']);
const FOLLOWING = labelIn(['Following', 'Abonné(e)', 'Abonné', 'Abonnée']);
/** The reacted heart's colour (computed, so it holds whatever class or attribute Pinterest uses to paint it). */
const REACTED_FILL = 'rgb(221, 14, 14)';

/** What Pinterest renders, most stable anchor first (issue 11). Every selector below is what the detector matches with. */
export const PINTEREST_ANCHORS = {
  pin: {
    role: 'item',
    anchors: [
      { sel: '[data-test-id="pin"]', src: `${PJC} getBoardPins; ${NURTURE}; ${POM}` },
      { sel: '[data-grid-item="true"]', src: NL },
      { sel: '[data-test-id="closeup-body-image-container"]', src: 'Pinterest Selenium page object (find_string "PinBetterSaveButton": closeup-body-image-container; checked 2026-11-30)' },
    ],
  },
  // Save buttons: close-up (`PinBetterSaveButton`, `closeup-save-button`), grid hover (`SaveButton`), Pin page
  // (`pin-save-button`), the "Save" of the more-actions menu, and a board of the board picker.
  save: {
    role: 'action',
    anchors: [
      { sel: '[data-test-id="PinBetterSaveButton"]', src: `${PW_SAVE}; ${NL}` },
      { sel: '[data-test-id="closeup-save-button"]', src: NL },
      { sel: '[data-test-id="SaveButton"]', src: `${ISSUE3}; Pinterest C# automation (find_string "PinBetterSaveButton")` },
      { sel: '[data-test-id="pin-save-button"]', src: `${PJC} repin; ${NL}` },
      { sel: '[data-test-id="pin-action-dropdown-save"]', src: POM },
      { sel: '[data-test-id="board-row-save-button-container"]', src: `${PJC} (board-row-<name> board-row-save-button-container button)` },
      { sel: '[data-test-id="board-row"]', src: ISSUE3 },
    ],
  },
  boardPicker: { role: 'menu', anchors: [{ sel: '[data-test-id="board-picker-flyout"]', src: `${PJC} createPin` }] },
  // The saved state is only said in words: "Saved" (EN), "Enregistré" (FR). Counted with the label table above.
  saved: {
    role: 'state',
    anchors: [
      { sel: '[data-test-id="PinBetterSaveButton"] [aria-label="Saved"], [data-test-id="SaveButton"] [aria-label="Saved"]', src: `${PW_SAVE} (text "Saved"; EN)` },
      { sel: '[data-test-id="PinBetterSaveButton"] [aria-label="Enregistré"], [data-test-id="SaveButton"] [aria-label="Enregistré"]', src: 'Pinterest French UI as known in issue 3, not checked live (checked 2026-11-30)' },
    ],
  },
  react: {
    role: 'action',
    anchors: [{ sel: '[data-test-id="react-button"]', src: `${PJC} likePin (button[data-test-id="react-button"]); ${NURTURE} (aria React); ${POM}` }],
  },
  // Reacted: the heart's path painted red. A colour is not a selector: the detector reads the computed fill of the
  // react button's paths; this anchor counts the react buttons the state is read on.
  reacted: { role: 'state', anchors: [{ sel: '[data-test-id="react-button"] svg path', src: PW_REACT }] },
  commentEditor: {
    role: 'composer',
    anchors: [
      { sel: '[data-test-id="editor-with-mentions"] [contenteditable="true"]', src: `${PJC} commentOnPin (Draft.js .public-DraftEditor-content)` },
      { sel: '[data-test-id="comment-editor-container"] [contenteditable="true"]', src: `${PJC} commentOnPin` },
    ],
  },
  commentSubmit: { role: 'action', anchors: [{ sel: '[data-test-id="activity-item-create-submit"]', src: `${PJC} commentOnPin (… button, or Enter)` }] },
  follow: {
    role: 'action',
    anchors: [
      { sel: '[data-test-id="user-follow-button"]', src: `${ISSUE3}; Pinterest AMF flow (find_string "PinBetterSaveButton": user-follow-button)` },
      { sel: '[data-test-id="creator-follow-button"]', src: ISSUE3 },
    ],
  },
  search: {
    role: 'search',
    anchors: [
      { sel: 'input[data-test-id="search-box-input"]', src: `${POM}; ${ISSUE3}` },
      { sel: 'input[name="searchBoxInput"]', src: ISSUE3 },
    ],
  },
  // Logged out: the header of a visitor (every action asks to sign up).
  unauth: { role: 'menu', anchors: [{ sel: '[data-test-id="unauth-header"]', src: NURTURE }] },
} satisfies AnchorTable;

const A = PINTEREST_ANCHORS;

/** Is this react button's heart painted red (computed fill, language-independent)? */
function reacted(el: Element): boolean {
  if (!el.closest(anyOf(A.react))) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (const path of el.querySelectorAll('svg path')) {
    if (view.getComputedStyle(path).fill === REACTED_FILL) return true;
  }
  return false;
}

const SPEC: SocialSpec = {
  platform: 'pinterest',
  rules: [
    { kind: 'reaction', hit: anyOf(A.react), on: reacted, scope: anyOf(A.pin) },
    // Saving to a board picked in the picker takes a moment more: the Save button turns "Saved" when it is done.
    {
      kind: 'save',
      hit: anyOf(A.save),
      on: (el) => el.closest(anyOf(A.save)) !== null && SAVED(el),
      wait: 8000,
      menu: `${anyOf(A.boardPicker)}, [role="menu"], [role="listbox"]`,
    },
    { kind: 'follow', hit: anyOf(A.follow), on: (el) => el.closest(anyOf(A.follow)) !== null && FOLLOWING(el) },
    { kind: 'comment', hit: anyOf(A.commentSubmit), editor: anyOf(A.commentEditor), enter: true },
  ],
  search: anyOf(A.search),
  feed: { items: '[data-grid-item="true"]', key: (el) => el.querySelector('a[href]')?.getAttribute('href') },
};

export const pinterest: Detector = {
  id: 'pinterest',
  matches: WHERE.pinterest,
  anchors: A,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
