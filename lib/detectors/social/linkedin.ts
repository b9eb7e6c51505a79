/**
 * LinkedIn (www.linkedin.com): feed, post pages (`/feed/update/...`, `/posts/...`), profiles and company pages, search.
 *
 * LinkedIn serves two feeds in 2025-2026. The classic Ember/artdeco feed has readable BEM classes that do not depend
 * on the UI language (`react-button__trigger`, `comments-comment-box__submit-button`) and toggles that carry
 * `aria-pressed`. The newer server-driven feed ("SDUI", being rolled out) has hashed classes but names its parts
 * with `data-view-name` (`feed-full-update`, `reaction-button`) and swaps the reaction button's icon
 * (`thumbs-up-outline-medium` -> `like-consumption-medium`) when a reaction is given. Saving a post is a menu item of
 * the post's control menu, recognised by its icon in both feeds (`bookmark-outline-medium` = Save, `-fill-` =
 * Unsave): choosing it is the confirmed gesture (the menu closes; the saved state shows only when it is reopened).
 * The logged-out public post page (`/posts/...`) has only sign-in links: nothing is counted there.
 *
 * Not detected, and why: comments and reposts in the SDUI feed (its editor and share menu were only found by
 * English text in the scripts we read), reports (the report flow's final step was not found in any maintained
 * project; logged out it is a sign-in link).
 */
import { norm } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const NOTE = 'LinkedIn automation design note (live-probed) and auto-likers found by code search in issue 3 (checked 2026-11-30)';
const SEL = 'InsightReply-style LinkedIn selectors module, find_string "feed-full-update"/"main-feed-activity-card__social-actions" (2026; checked 2026-11-30)';
const V2 = 'LinkedIn automation V1/V2 notes, find_string "data-view-name=\\"reaction-button" (V2: aria-label "no reaction" flips; checked 2026-11-30)';
const ICON = 'LinkedIn catch-up card selectors, find_string "data-view-name=\\"reaction-button" (svg#like-consumption-medium / #thumbs-up-outline-medium; checked 2026-11-30)';
const SAVE = 'LinkedIn native-save userscript module, find_string "bookmark-outline-medium" (SDUI portal feedControlMenu<suffix>, classic .feed-shared-control-menu__item; checked 2026-11-30)';
const PUB = 'saved public post page linkedin.com/posts/anduril_... activity 7468765250281046016 (2026), find_string "public_post_feed-cta" (checked 2026-11-30)';
const FEEDBACKIO = 'ArnabChatterjee20k/FeedbackIO functions/linkedin-scraper/README.md (checked 2026-11-30)';

/** What LinkedIn renders, most stable anchor first (issue 11). Every selector below is what the detector matches with. */
export const LINKEDIN_ANCHORS = {
  post: {
    role: 'item',
    anchors: [
      { sel: '[data-view-name="feed-full-update"]', src: `${SEL}; LinkedIn MCP/automation scripts (find_string "feed-full-update")` },
      { sel: '[data-urn^="urn:li:activity"]', src: `${NOTE}; azntaiji/web-scraper todos.md` },
      { sel: '.feed-shared-update-v2', src: `${NOTE}; azntaiji/web-scraper todos.md` },
      { sel: 'article.main-feed-activity-card', src: `${PUB}; ${FEEDBACKIO}` },
    ],
  },
  react: {
    role: 'action',
    anchors: [
      { sel: 'button[data-view-name="reaction-button"]', src: `${V2}; ${ICON}` },
      { sel: 'button.react-button__trigger', src: NOTE },
      { sel: '.reactions-react-button button', src: NOTE },
      // The hover flyout of six reactions, identified by its icon type, not its words.
      { sel: '.reactions-menu button', src: NOTE },
      { sel: '[data-test-reactions-icon-type]', src: NOTE },
    ],
  },
  reacted: {
    role: 'state',
    anchors: [
      { sel: 'button.react-button__trigger[aria-pressed="true"], .reactions-react-button button[aria-pressed="true"]', src: NOTE },
      // SDUI: the outline thumb is swapped for the reaction's own icon (like: like-consumption-medium).
      { sel: 'button[data-view-name="reaction-button"] svg[id^="like-consumption"]', src: ICON },
      { sel: 'button[data-view-name="reaction-button"][aria-label^="Reaction button state:"]:not([aria-label="Reaction button state: no reaction"])', src: `${V2} (English only)` },
    ],
  },
  follow: {
    role: 'action',
    anchors: [
      { sel: 'button.follow', src: 'dmitrii-fediuk/vm s/linkedin.com.js (button.follow); LinkedIn follow automation (issue 3) (checked 2026-11-30)' },
      { sel: 'button[aria-pressed][aria-label^="Follow "], button[aria-pressed][aria-label^="Suivre "]', src: 'LinkedIn follow automation found by code search in issue 3, EN/FR (checked 2026-11-30)' },
    ],
  },
  following: { role: 'state', anchors: [{ sel: 'button.follow[aria-pressed="true"]', src: 'LinkedIn follow automation found by code search in issue 3 (checked 2026-11-30)' }] },
  repostMenu: { role: 'menu', anchors: [{ sel: 'button.social-reshare-button', src: NOTE }] },
  // The repost menu's item that reposts at once; "Repost with your thoughts" opens the share box (a post if sent).
  repostNow: {
    role: 'action',
    anchors: [
      { sel: '.social-reshare-button__sharing-as-is-dropdown-item', src: NOTE },
      { sel: '.artdeco-dropdown__item:has(svg[data-test-icon="repost-medium"])', src: NOTE },
    ],
  },
  controlMenu: {
    role: 'menu',
    anchors: [
      { sel: '[id^="feedControlMenu"]', src: SAVE },
      { sel: '.feed-shared-control-menu__content', src: `${SAVE}; WTHAI LinkedIn handler (button.feed-shared-control-menu__trigger, find_string "WTHAI:LinkedIn")` },
    ],
  },
  // "Save" in a post's control menu (above): its item holds the bookmark outline (a click anywhere on the item finds
  // it there); "Unsave" holds the filled bookmark and is not one.
  save: {
    role: 'action',
    anchors: [
      { sel: 'svg[id="bookmark-outline-medium"]', src: `${SAVE} (SDUI [role="menuitem"])` },
      { sel: '[data-test-icon="bookmark-outline-medium"]', src: `${SAVE} (classic .feed-shared-control-menu__item)` },
    ],
  },
  commentEditor: {
    role: 'composer',
    anchors: [
      { sel: '.comments-comment-box .ql-editor[contenteditable="true"]', src: `${NOTE}; ${SEL}` },
      { sel: 'form.comments-comment-box__form [contenteditable="true"]', src: `${NOTE}; ${SEL}` },
    ],
  },
  commentSend: { role: 'action', anchors: [{ sel: 'button.comments-comment-box__submit-button, button.comments-comment-box__submit-button--cr', src: NOTE }] },
  postEditor: {
    role: 'composer',
    anchors: [
      { sel: '.share-creation-state__text-editor .ql-editor[contenteditable="true"]', src: NOTE },
      { sel: '[role="dialog"] .ql-editor[contenteditable="true"]', src: NOTE },
    ],
  },
  postSend: { role: 'action', anchors: [{ sel: 'button.share-actions__primary-action', src: NOTE }] },
  search: {
    role: 'search',
    anchors: [
      { sel: 'input.search-global-typeahead__input', src: NOTE },
      { sel: '#global-nav-search input', src: NOTE },
    ],
  },
  // Logged out: the guest action bar's links all lead to sign-in (recognised, never counted).
  guestAction: { role: 'menu', anchors: [{ sel: '.social-action-bar--guest a.social-action-bar__button', src: PUB }] },
} satisfies AnchorTable;

const A = LINKEDIN_ANCHORS;
const FOLLOW_LABEL = /^(follow|following|suivre|abonné)/;
const isFollow = (el: Element) =>
  el.matches(anyOf(A.follow)) || (el.matches('button[aria-pressed]') && FOLLOW_LABEL.test(norm(el.getAttribute('aria-label'))));

const SPEC: SocialSpec = {
  platform: 'linkedin',
  rules: [
    // A reaction picked in the hover flyout acts on the react button beside it.
    { kind: 'reaction', hit: anyOf(A.react), on: anyOf(A.reacted), scope: anyOf(A.post), menu: '.reactions-menu' },
    { kind: 'share', hit: anyOf(A.repostNow) },
    // Choosing "Save" is the confirmation (the menu closes at once); "Unsave" does not match.
    { kind: 'save', hit: anyOf(A.save), within: anyOf(A.controlMenu) },
    { kind: 'follow', hit: isFollow, on: (el) => isFollow(el) && el.getAttribute('aria-pressed') === 'true' },
    { kind: 'comment', hit: anyOf(A.commentSend), editor: anyOf(A.commentEditor) },
    { kind: 'post', hit: anyOf(A.postSend), editor: anyOf(A.postEditor), scope: '[role="dialog"]' },
  ],
  search: anyOf(A.search),
  feed: {
    items: '[data-urn^="urn:li:activity"], [data-view-name="feed-full-update"]',
    key: (el) => el.getAttribute('data-urn') ?? el.closest('[componentkey]')?.getAttribute('componentkey'),
  },
};

export const linkedin: Detector = {
  id: 'linkedin',
  matches: WHERE.linkedin,
  anchors: A,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
