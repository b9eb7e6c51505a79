/**
 * TikTok (www.tiktok.com): For You feed, video page (`/@user/video/...`), profiles, search.
 *
 * TikTok's web app marks its controls with `data-e2e` attributes that do not change with the UI language, and its
 * like and favourite buttons carry `aria-pressed` (false -> true). Markup learned from maintained scripts that
 * click these buttons: theCaravan/tampermonkey-scripts (tiktok-auto-like.js: `button[aria-pressed]` around
 * `[data-e2e="browse-like-icon"]`), 256cub/AMF (networks/tiktok.js: `span[data-e2e="like-icon"]`), and TikTok
 * automation tools found by code search (`[data-e2e="undefined-icon"]` = favourite, `[data-e2e="browse-follow"]`,
 * `[data-e2e="comment-input"]` + `[data-e2e="comment-post"]`, `input[data-e2e="search-user-input"]`), plus the
 * fixtures in tests/fixtures/sites/www.tiktok.com/.
 */
import { labelIn } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';


// The follow button only says its state in words: "Follow" -> "Following" / "Friends" (EN), "Suivre" -> "Abonné(e)"
// / "Ami(e)s" (FR). Label table, EN and FR; other UI languages are not recognised for follows. The English labels
// are from the scripts above; the French ones follow TikTok's French UI as we know it and were not checked live.
const FOLLOWING = labelIn(['Following', 'Friends', 'Abonné(e)', 'Abonnés', 'Ami(e)s', 'Amis']);

export const TIKTOK = {
  // Like: feed (`like-icon`), video page and modal (`browse-like-icon`), comments (`comment-like-icon`); the
  // button around it turns aria-pressed="true".
  like: '[data-e2e$="like-icon"]',
  liked: '[aria-pressed="true"] [data-e2e$="like-icon"]',
  // Favourite (bookmark): `undefined-icon` (its odd but long-lived name), newer `collect-icon` variants.
  favourite: '[data-e2e="undefined-icon"], [data-e2e$="collect-icon"], [data-e2e="favorite-icon"]',
  favourited:
    '[aria-pressed="true"] [data-e2e="undefined-icon"], [aria-pressed="true"] [data-e2e$="collect-icon"], [aria-pressed="true"] [data-e2e="favorite-icon"]',
  // Follow: profile header (`follow-button`), video page and modal (`browse-follow`), feed (`video-author-follow`).
  follow: '[data-e2e="follow-button"], [data-e2e="browse-follow"], [data-e2e="video-author-follow"]',
  // Comment composer: a Draft.js editor inside `comment-input` (or `comment-text`), sent with `comment-post` or Enter.
  commentEditor: '[data-e2e="comment-input"] [contenteditable="true"], [data-e2e="comment-text"] [contenteditable="true"]',
  commentPost: '[data-e2e="comment-post"]',
  // Search: the header box (`search-user-input`, inside `form[data-e2e="search-box"]`) and its button.
  searchInput: 'input[data-e2e="search-user-input"], form[data-e2e="search-box"] input',
  searchButton: '[data-e2e="search-box-button"], [data-e2e="search-button"]',
  // Videos of the For You / Following feeds (post-view).
  feedItem: '[data-e2e="recommend-list-item-container"]',
} as const;

const SPEC: SocialSpec = {
  platform: 'tiktok',
  rules: [
    { kind: 'reaction', hit: TIKTOK.like, on: TIKTOK.liked },
    { kind: 'save', hit: TIKTOK.favourite, on: TIKTOK.favourited },
    { kind: 'follow', hit: TIKTOK.follow, on: (el) => el.closest(TIKTOK.follow) !== null && FOLLOWING(el) },
    { kind: 'comment', hit: TIKTOK.commentPost, editor: TIKTOK.commentEditor, enter: true },
    { kind: 'search', hit: TIKTOK.searchButton, filled: TIKTOK.searchInput },
  ],
  search: TIKTOK.searchInput,
  feed: { items: TIKTOK.feedItem },
};

export const tiktok: Detector = {
  id: 'tiktok',
  matches: WHERE.tiktok,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
