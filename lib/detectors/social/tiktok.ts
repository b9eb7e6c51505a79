/**
 * TikTok (www.tiktok.com): For You feed, video page (`/@user/video/...`), profiles, search, TikTok Studio upload.
 *
 * TikTok's web app marks its controls with `data-e2e` attributes that do not change with the UI language. The like
 * and favourite buttons turn `aria-pressed="true"` (and the liked heart's svg turns red); a repost is made from the
 * video's share sheet, whose repost item (`a#icon-element-repost`, `data-e2e="video-share-repost"`) only says its
 * state in its label ("Repost" -> "Remove repost"): a label table, checked live in 8 UI languages by SocialEraser
 * (no Italian). A double tap (double click) on the video likes it: counted only when the like state flips. Logged
 * out, every action opens the login dialog and no state changes: nothing is counted there. A video is posted from
 * TikTok Studio's upload page: counted when the caption editor that held text goes away after "Post" (Studio
 * leaves the upload page once the video is published).
 *
 * Not detected, and why: the mobile web layout (no maintained 2025-2026 project shows its markup with a state we
 * could read), follows in Italian (no verified label), reposts in Italian (the one language SocialEraser did not
 * read), reports (no markup of TikTok's report flow found).
 */
import { ariaAny, labelIn, onTrusted, waitForChange } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const SE = 'socialeraser/SocialEraser platforms/tiktok-project/src/config/default.json (read live 2026-07-01/02; checked 2026-11-30)';
const SE_FIX = 'socialeraser/SocialEraser scripts/verify-tiktok-repost-cancel-fix.js (8 UI languages read live 2026-07-02; checked 2026-11-30)';
const REF = 'TikTok Selectors Reference (Jan 2026, Safari automation; found by find_string "TikTok Selectors Reference", checked 2026-11-30)';
const CARAVAN = 'theCaravan/tampermonkey-scripts tiktok-auto-like.js (checked 2026-11-30)';
const AMF = '256cub/AMF networks/tiktok.js (checked 2026-11-30)';
const KUV = 'KuVadym/tiktok_scraper config/tik_tok_selectors.py (checked 2026-11-30)';
const UPL = 'wkaisertexas/tiktok-uploader src/tiktok_uploader/config.toml (2026-02-11; checked 2026-11-30)';
const RRM = 'tiktokrepostremover selectors (find_string "repostTabFallback", updated 2025-07-27; checked 2026-11-30)';

// "Remove repost" as TikTok writes it in each UI language (SocialEraser read them live; Italian was not read).
const REMOVE_REPOST = ['Remove repost', 'Supprimer la republication', 'Erneute Veröffentlichung entfernen', 'Eliminar la publicación compartida', 'Remover republicação'];
// The favourite button's label once favourited (SocialEraser lists them, partly inferred there; no Italian).
const UNFAVOURITE = ['Remove from Favorites', 'Retirer des Favoris', 'Aus Favoriten entfernen', 'Quitar de Favoritos', 'Remover dos Favoritos'];
// The follow button only says its state in words. EN/FR from the scripts above; de/es/pt from SocialEraser's
// following list (`aria-label*=` "Folge ich", "Siguiendo", "Seguindo"). Italian: not verified, not recognised.
const FOLLOWING_LABELS = ['Following', 'Friends', 'Abonné(e)', 'Abonné', 'Abonnés', 'Ami(e)s', 'Amis', 'Folge ich', 'Siguiendo', 'Seguindo'];

const LIKE_ICONS = ['like-icon', 'browse-like-icon', 'comment-like-icon'];
const FAV_ICONS = ['undefined-icon', 'bookmark-icon', 'browse-favorite-icon', 'favorite-icon'];

/** What TikTok renders, most stable anchor first (issue 11). Every selector below is what the detector matches with. */
export const TIKTOK_ANCHORS = {
  video: {
    role: 'item',
    anchors: [
      { sel: '[data-e2e="recommend-list-item-container"]', src: `${REF}; ${CARAVAN}` },
      { sel: '[data-e2e="browse-video"]', src: REF },
    ],
  },
  like: {
    role: 'action',
    anchors: [
      { sel: '[data-e2e="like-icon"]', src: `${AMF}; ${KUV}; ${REF}` },
      { sel: '[data-e2e="browse-like-icon"]', src: `${CARAVAN}; ${SE} like.videoBrowseLikeIcon` },
      { sel: '[data-e2e="comment-like-icon"]', src: 'TikTok comment likes, `$="like-icon"` in the project detector since issue 3 (checked 2026-11-30)' },
      { sel: LIKE_ICONS.map((i) => `button:has(> [data-e2e="${i}"])`).join(', '), src: `${SE} (button around the icon); ${CARAVAN}` },
    ],
  },
  liked: {
    role: 'state',
    anchors: [
      { sel: LIKE_ICONS.map((i) => `[aria-pressed="true"] [data-e2e="${i}"]`).join(', '), src: `${SE} "<button aria-pressed='true'><span data-e2e='browse-like-icon'>"; ${CARAVAN}` },
      { sel: '[data-e2e$="like-icon"] svg[fill="rgba(255,59,92,1)"]', src: `${SE} "<svg fill='rgba(255,59,92,1)'>" (liked heart)` },
    ],
  },
  // The double-tap target: the video itself, in the feed or on the video page.
  player: {
    role: 'action',
    anchors: [
      { sel: '[data-e2e="feed-video"]', src: 'TikTok feed player wrapper (project fixture since issue 3; checked 2026-11-30)' },
      { sel: '[data-e2e="browse-video"]', src: REF },
    ],
  },
  favourite: {
    role: 'action',
    anchors: [
      { sel: FAV_ICONS.map((i) => `[data-e2e="${i}"]`).join(', '), src: `${REF} (bookmark-icon, undefined-icon); ${SE} favorite.videoBrowseFavoriteIcon` },
      { sel: '[data-e2e$="collect-icon"]', src: 'TikTok cleaner extension found by find_string "video-share-repost" (`[data-e2e*="collect"]`; checked 2026-11-30)' },
      // The pressable button around the icon (what flips aria-pressed: health knows this toggle).
      { sel: FAV_ICONS.map((i) => `button:has(> [data-e2e="${i}"])`).join(', '), src: `${SE} favorite ("parent <button>"); ${REF}` },
    ],
  },
  favourited: {
    role: 'state',
    anchors: [
      { sel: [...FAV_ICONS, 'collect-icon'].map((i) => `[aria-pressed="true"] [data-e2e="${i}"]`).join(', '), src: `${SE} favorite.videoBrowseFavoriteIcon (button[aria-pressed='true'])` },
      { sel: ariaAny('button', UNFAVOURITE), src: `${SE} favorite (labels en/fr/de/es/pt)` },
    ],
  },
  // The share sheet's opener: not a share by itself.
  shareSheet: {
    role: 'menu',
    anchors: [
      { sel: '[data-e2e="share-icon"], [data-e2e="browse-share-icon"]', src: REF },
    ],
  },
  repost: {
    role: 'action',
    anchors: [
      { sel: 'a#icon-element-repost', src: SE_FIX },
      { sel: '[data-e2e="video-share-repost"]', src: `${SE}; ${RRM}` },
      { sel: '[data-e2e="share-repost"]', src: `${SE} (the older share dialog's item)` },
    ],
  },
  reposted: {
    role: 'state',
    anchors: [
      { sel: ariaAny('#icon-element-repost', REMOVE_REPOST), src: `${SE_FIX} (en, fr, de, es, pt-BR; no Italian)` },
      { sel: ariaAny('[data-e2e="video-share-repost"]', REMOVE_REPOST), src: SE_FIX },
    ],
  },
  follow: {
    role: 'action',
    anchors: [
      { sel: '[data-e2e="follow-button"]', src: `${REF}; ${SE} following.unfollowButtons` },
      { sel: '[data-e2e="browse-follow"]', src: 'TikTok automation found by code search (issue 3), video page follow (checked 2026-11-30)' },
      { sel: '[data-e2e="video-author-follow"]', src: 'TikTok automation found by code search (issue 3), feed follow (checked 2026-11-30)' },
    ],
  },
  commentEditor: {
    role: 'composer',
    anchors: [
      { sel: '[data-e2e="comment-input"] [contenteditable="true"]', src: `${KUV}; ${REF}` },
      { sel: '[data-e2e="comment-text"] [contenteditable="true"]', src: REF },
    ],
  },
  commentPost: { role: 'action', anchors: [{ sel: '[data-e2e="comment-post"]', src: `${KUV}; ${REF}` }] },
  // TikTok Studio upload: the caption editor and the Post button.
  captionEditor: { role: 'composer', anchors: [{ sel: '[data-e2e="upload-caption"] [contenteditable="true"], .public-DraftEditor-content[contenteditable="true"]', src: `${UPL} upload.description (div[contenteditable='true'])` }] },
  postVideo: { role: 'action', anchors: [{ sel: 'button[data-e2e="post_video_button"]', src: `${UPL} upload.post` }] },
  searchBox: {
    role: 'search',
    anchors: [
      { sel: 'input[data-e2e="search-user-input"]', src: 'TikTok automation found by code search (issue 3) (checked 2026-11-30)' },
      { sel: 'form[data-e2e="search-box"] input', src: 'TikTok automation found by code search (issue 3) (checked 2026-11-30)' },
    ],
  },
  searchButton: { role: 'action', anchors: [{ sel: '[data-e2e="search-box-button"], [data-e2e="search-button"]', src: 'TikTok automation found by code search (issue 3) (checked 2026-11-30)' }] },
  // Logged out: the login button in the header (every action opens the login dialog).
  loginButton: { role: 'menu', anchors: [{ sel: '[data-e2e="login-button"]', src: `${SE} login.checkElements` }] },
} satisfies AnchorTable;

const A = TIKTOK_ANCHORS;
const FOLLOWING = labelIn(FOLLOWING_LABELS);

const SPEC: SocialSpec = {
  platform: 'tiktok',
  rules: [
    { kind: 'reaction', hit: anyOf(A.like), on: anyOf(A.liked), scope: anyOf(A.video) },
    { kind: 'save', hit: anyOf(A.favourite), on: anyOf(A.favourited), scope: anyOf(A.video) },
    // The share sheet renders outside the video: its state is read in the document.
    { kind: 'share', hit: anyOf(A.repost), on: anyOf(A.reposted) },
    { kind: 'follow', hit: anyOf(A.follow), on: (el) => el.closest(anyOf(A.follow)) !== null && FOLLOWING(el) },
    { kind: 'comment', hit: anyOf(A.commentPost), editor: anyOf(A.commentEditor), enter: true },
    { kind: 'post', hit: anyOf(A.postVideo), editor: anyOf(A.captionEditor) },
    { kind: 'search', hit: anyOf(A.searchButton), filled: anyOf(A.searchBox) },
  ],
  search: anyOf(A.searchBox),
  feed: { items: '[data-e2e="recommend-list-item-container"]' },
};

/** Two trusted clicks (or taps) on the same video within this delay are a double tap. */
const DOUBLE_TAP_MS = 400;

/**
 * Double tap on the video: TikTok likes it (a double tap never unlikes). Counted when that video's like button
 * turns on after the second tap (read on that one control, issue 10 §7), so a double tap on an already liked video,
 * or one the site ignores (logged out), counts nothing. In the feed the button is the feed item's; on the video
 * page (one video) it is the page's `browse-like-icon` button.
 */
function watchDoubleTap(root: Document, signal: AbortSignal, emit: (kind: 'reaction') => void): void {
  const player = anyOf(A.player);
  const liked = anyOf(A.liked);
  const likeButton = (target: Element): Element | null => {
    const item = target.closest('[data-e2e="recommend-list-item-container"]');
    const icon = (item ?? root).querySelector(item ? '[data-e2e="like-icon"]' : '[data-e2e="browse-like-icon"]');
    return icon?.closest('button, [role="button"]') ?? null;
  };
  let last: { target: Element; at: number } | undefined;
  onTrusted(
    root,
    'click',
    (_event, path) => {
      const target = path.find((el) => el.matches(player));
      if (!target) return void (last = undefined);
      const now = Date.now();
      if (!last || last.target !== target || now - last.at > DOUBLE_TAP_MS) return void (last = { target, at: now });
      last = undefined;
      const button = likeButton(target);
      if (!button) return;
      const isOn = () => button.matches(liked) || button.querySelector(liked) !== null;
      if (isOn()) return;
      void waitForChange(isOn, false, { signal }).then((on) => on && emit('reaction'));
    },
    signal,
  );
}

export const tiktok: Detector = {
  id: 'tiktok',
  matches: WHERE.tiktok,
  anchors: A,
  start: (root, signal, emit) => {
    socialStart(SPEC, root, signal, emit);
    watchDoubleTap(root, signal, (kind) => emit({ kind, platform: 'tiktok' }));
  },
};
