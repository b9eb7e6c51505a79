/**
 * LinkedIn (www.linkedin.com): feed, post pages (`/feed/update/...`), profiles and company pages, search.
 *
 * LinkedIn's feed is Ember/artdeco markup with readable BEM classes that do not depend on the UI language
 * (`react-button__trigger`, `comments-comment-box__submit-button`), and its toggles carry `aria-pressed`.
 * Markup learned from maintained LinkedIn automation projects found by code search: a live-probed design note
 * (post engagements: `div.feed-shared-social-action-bar span.reactions-react-button button[aria-pressed]`, the
 * hover flyout of six reactions `button[aria-label="React Like"|"React Celebrate"...]` with
 * `data-test-reactions-icon-type`, `form.comments-comment-box__form`, `.ql-editor[contenteditable]`,
 * `button.comments-comment-box__submit-button--cr`), auto-likers using `button.react-button__trigger` and
 * `react-button--active`, a French one reading `aria-pressed="false"` on "J’aime" buttons, and a search helper
 * using `#global-nav-search` and `search-global-typeahead__input`; plus the fixtures in
 * tests/fixtures/sites/www.linkedin.com/.
 */
import { norm } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';


export const LINKEDIN = {
  // A post's (or a comment's) react button, and the reactions flyout that opens on hover over it.
  react: 'button.react-button__trigger, .reactions-react-button button, .reactions-menu button, [data-test-reactions-icon-type]',
  reacted: 'button.react-button__trigger[aria-pressed="true"], .reactions-react-button button[aria-pressed="true"]',
  // A feed update (feed, post page, company page).
  post: '.feed-shared-update-v2, [data-urn], [data-id^="urn:li:activity"]',
  // Follow buttons (profile header, company page, "Follow" on a feed post, recommendations) flip aria-pressed.
  // The class `follow` is the stable hook; otherwise an aria-pressed button labelled "Follow <name>" (EN) /
  // "Suivre <name>" (FR).
  follow: 'button.follow',
  followLabel: /^(follow|following|suivre|abonné)/,
  // Comment composer: Quill editor in the comment box form; its submit button only exists once there is text.
  commentEditor: '.comments-comment-box .ql-editor[contenteditable="true"], form.comments-comment-box__form [contenteditable="true"]',
  commentSend: 'button.comments-comment-box__submit-button, button.comments-comment-box__submit-button--cr',
  // Share box (new post): Quill editor in the share creation dialog and its primary "Post" action.
  postEditor: '.share-creation-state__text-editor .ql-editor[contenteditable="true"], [role="dialog"] .ql-editor[contenteditable="true"]',
  postSend: 'button.share-actions__primary-action',
  // Repost menu (opened by `button.social-reshare-button`): the item that reposts at once
  // (`social-reshare-button__sharing-as-is-dropdown-item`, icon `repost-medium`), as clicked by LinkedIn automation
  // scripts found by code search. "Repost with your thoughts" opens the share box instead: a post once sent.
  repostNow: '.social-reshare-button__sharing-as-is-dropdown-item, .artdeco-dropdown__item:has(svg[data-test-icon="repost-medium"])',
  // Global search box in the top bar.
  search: 'input.search-global-typeahead__input, #global-nav-search input',
  // Feed updates (post-view), one per activity URN.
  feedItem: '[data-urn^="urn:li:activity"]',
} as const;

const isFollow = (el: Element) =>
  el.matches(LINKEDIN.follow) || (el.matches('button[aria-pressed]') && LINKEDIN.followLabel.test(norm(el.getAttribute('aria-label'))));

const SPEC: SocialSpec = {
  platform: 'linkedin',
  rules: [
    { kind: 'reaction', hit: LINKEDIN.react, on: LINKEDIN.reacted, scope: LINKEDIN.post },
    { kind: 'share', hit: LINKEDIN.repostNow },
    { kind: 'follow', hit: isFollow, on: (el) => isFollow(el) && el.getAttribute('aria-pressed') === 'true' },
    { kind: 'comment', hit: LINKEDIN.commentSend, editor: LINKEDIN.commentEditor },
    { kind: 'post', hit: LINKEDIN.postSend, editor: LINKEDIN.postEditor, scope: '[role="dialog"]' },
  ],
  search: LINKEDIN.search,
  feed: { items: LINKEDIN.feedItem, key: (el) => el.getAttribute('data-urn') },
};

export const linkedin: Detector = {
  id: 'linkedin',
  matches: WHERE.linkedin,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
