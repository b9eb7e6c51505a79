/**
 * YouTube (www.youtube.com, m.youtube.com): watch page, Shorts, comments, channel community posts. YouTube's Polymer
 * (desktop, `ytd-*`) and mobile (`ytm-*`) apps use custom elements whose names do not depend on the language, and
 * toggles carry `aria-pressed`: every state here is read without a label.
 *
 * Anchors re-checked on 2026-11-30 in maintained projects (see the table's `src`); what could not be re-verified is
 * marked "(issue 3, not re-verified)". Keyboard: YouTube has no shortcut for like/subscribe/save (its own shortcuts
 * drive the player: k, j, l, m, f...; extensions such as ImprovedTube add like keys of their own by clicking the
 * button from script, which is not a trusted event). Only Enter in the search box is a key gesture here, and never
 * while an IME composes.
 * Not detected: reports (the report dialog's confirmed end state could not be verified), community posts' own
 * publication (YouTube Studio / the channel's composer: not verified), posts on m.youtube.com's community tab.
 */
import { findInPath, onTrusted, waitForChange } from '../core/dom';
import { toggleWatcher, trackViews } from '../core/feed';
import { composing } from '../core/keys';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const D = '(checked 2026-11-30)';
const RYD = `Anarios/return-youtube-dislike Extensions/UserScript/Return Youtube Dislike.user.js ${D}`;
const RYD_STATE = `Anarios/return-youtube-dislike Extensions/combined/src/state.js ${D}`;
const RYD_BAR = `Anarios/return-youtube-dislike Extensions/combined/src/bar.js ${D}`;
const IT = 'code-charity/youtube js&css/web-accessible/www.youtube.com';
const IT_RYD = `${IT}/return-youtube-dislike.js ${D}`;
const IT_KEYS = `${IT}/shortcuts.js ${D}`;
const IT_BLOCK = `${IT}/blocklist.js ${D}`;
const IT_FN = `code-charity/youtube js&css/web-accessible/functions.js ${D}`;
const IT_GEN = `code-charity/youtube js&css/extension/www.youtube.com/general/general.js ${D}`;
const IT_PLAYER = `${IT}/player.js ${D}`;
const YTPRO = `prateek-chaubey/YTPro scripts/script.js (m.youtube.com) ${D}`;
const HAT = 'HatScripts/youtube-auto-liker youtube-auto-liker.user.js (checked 2026-11-30, last change 2024)';
const NEUTER = 'mchangrh/yt-neuter';
const ISSUE3 = '(issue 3, Enhancer for YouTube / SponsorBlock markup notes, not re-verified 2026-11-30)';

export const YOUTUBE_ANCHORS = {
  // Feed items: home grid, search results, related videos, Shorts, mobile lists, channel community posts.
  video: {
    role: 'item',
    anchors: [
      { sel: 'ytd-rich-item-renderer', src: IT_GEN },
      { sel: 'yt-lockup-view-model', src: IT_GEN },
      { sel: 'ytd-video-renderer', src: IT_GEN },
      { sel: 'ytd-compact-video-renderer', src: IT_GEN },
      { sel: 'ytd-reel-video-renderer', src: IT_RYD },
      { sel: 'ytm-shorts-lockup-view-model', src: YTPRO },
      { sel: 'ytm-video-with-context-renderer', src: `${NEUTER} filters/noshorts.txt ${D}` },
      { sel: 'ytd-backstage-post-thread-renderer', src: `${IT_BLOCK} (post renderers)` },
    ],
  },
  // Like of a video, a Short, a comment or a community post. Current desktop and mobile layout: the view-model
  // (segmented-like-dislike-button-view-model > like-button-view-model > toggle-button-view-model > button); 2023
  // desktop layout: ytd-segmented-like-dislike-button-renderer #segmented-like-button; older Shorts and comments:
  // ytd-toggle-button-renderer#like-button; comments and community posts: ytd-comment-action-buttons-renderer;
  // mobile Shorts: ytm-like-button-renderer; older mobile layout: ytm-segmented-like-dislike-button-renderer.
  like: {
    role: 'action',
    anchors: [
      { sel: 'like-button-view-model button', src: `${IT_KEYS}; ${YTPRO}; ${RYD}` },
      { sel: '#segmented-like-button button', src: `${RYD}; ${HAT}` },
      { sel: 'ytd-toggle-button-renderer#like-button button', src: `${IT_RYD} (Shorts #like-button); ${HAT}` },
      { sel: 'ytd-comment-action-buttons-renderer #like-button button', src: ISSUE3 },
      { sel: 'ytm-like-button-renderer button', src: `${RYD} (mobile Shorts)` },
      { sel: 'ytm-segmented-like-dislike-button-renderer ytm-toggle-button-renderer:first-of-type button', src: `${RYD} (.slim-video-action-bar-actions .segmented-buttons, first child)` },
    ],
  },
  dislike: {
    role: 'action',
    anchors: [
      { sel: 'dislike-button-view-model button', src: `${IT_RYD}; ${IT_BLOCK}; ${YTPRO}` },
      { sel: '#segmented-dislike-button button', src: `${IT_RYD}; ${RYD}` },
      { sel: 'ytd-toggle-button-renderer#dislike-button button', src: `${IT_RYD} (Shorts #dislike-button)` },
      { sel: 'ytd-comment-action-buttons-renderer #dislike-button button', src: ISSUE3 },
      { sel: 'ytm-dislike-button-renderer button', src: `${RYD} (mobile Shorts)` },
      { sel: 'ytm-segmented-like-dislike-button-renderer ytm-toggle-button-renderer:last-of-type button', src: `${RYD} (.segmented-buttons, second child)` },
    ],
  },
  // On: aria-pressed flips on the button (view-model and toggle renderers); the 2021-22 renderer got the class
  // style-default-active instead.
  voted: {
    role: 'state',
    anchors: [
      { sel: 'button[aria-pressed="true"]', src: `${RYD_STATE} (isVideoLiked); ${IT_BLOCK}` },
      { sel: '.style-default-active', src: `${RYD} (isVideoLiked); ${HAT}` },
    ],
  },
  subscribe: {
    role: 'action',
    anchors: [
      { sel: 'ytd-subscribe-button-renderer', src: `${IT_FN}; ${HAT}` },
      { sel: 'yt-subscribe-button-view-model', src: IT_FN },
      { sel: '#subscribe-button', src: `${NEUTER} filters/misc.txt ${D}` },
    ],
  },
  // The renderer gets a `subscribed` attribute (classic), the view-model button a `--subscribed` class or aria-pressed.
  subscribed: {
    role: 'state',
    anchors: [
      { sel: 'ytd-subscribe-button-renderer[subscribed]', src: `${NEUTER} filters/misc.txt ${D}; ${HAT}` },
      { sel: '[subscribed]', src: `${IT_PLAYER} (paper-button[subscribed])` },
      { sel: '[class*="--subscribed"]', src: ISSUE3 },
      { sel: 'yt-subscribe-button-view-model [aria-pressed="true"]', src: ISSUE3 },
    ],
  },
  commentBox: {
    role: 'composer',
    anchors: [
      { sel: 'ytd-commentbox', src: `${NEUTER} yt-neuter.txt (.ytd-commentbox submit) ${D}` },
      { sel: 'ytd-comment-simplebox-renderer', src: ISSUE3 },
    ],
  },
  commentSubmit: { role: 'action', anchors: [{ sel: 'ytd-commentbox #submit-button', src: ISSUE3 }, { sel: 'ytd-comment-simplebox-renderer #submit-button', src: ISSUE3 }] },
  commentEditor: {
    role: 'composer',
    anchors: [
      { sel: '#contenteditable-root', src: `${IT}/channel.js (contenteditable-root) ${D}` },
      { sel: '[contenteditable="true"]', src: ISSUE3 },
      { sel: 'textarea', src: ISSUE3 },
    ],
  },
  playlistDialog: {
    role: 'menu',
    anchors: [
      { sel: 'ytd-add-to-playlist-renderer', src: ISSUE3 },
      { sel: 'yt-add-to-playlist-view-model', src: ISSUE3 },
      { sel: 'yt-contextual-sheet-layout', src: ISSUE3 },
    ],
  },
  playlistOption: {
    role: 'action',
    anchors: [
      { sel: 'ytd-playlist-add-to-option-renderer', src: ISSUE3 },
      { sel: 'tp-yt-paper-checkbox', src: ISSUE3 },
      { sel: 'yt-list-item-view-model', src: ISSUE3 },
      { sel: 'toggleable-list-item-view-model', src: ISSUE3 },
      { sel: '[role="checkbox"]', src: ISSUE3 },
    ],
  },
  // Share panel: a share target (a network, e-mail, embed) is a share; the copy-link button is not.
  shareTarget: {
    role: 'action',
    anchors: [
      { sel: 'yt-share-target-renderer', src: ISSUE3 },
      { sel: 'yt-third-party-share-target-section-renderer button', src: ISSUE3 },
    ],
  },
  search: {
    role: 'search',
    anchors: [
      { sel: 'input[name="search_query"]', src: `${IT_KEYS}; ${IT_GEN}` },
      { sel: 'input#search', src: ISSUE3 },
    ],
  },
  searchButton: {
    role: 'action',
    anchors: [
      { sel: '#search-icon-legacy', src: `${IT_GEN} (button#search-icon-legacy)` },
      { sel: 'button.ytSearchboxComponentSearchButton', src: ISSUE3 },
      { sel: 'yt-searchbox button[aria-label]', src: ISSUE3 },
    ],
  },
  // Logged out: the masthead's sign-in link; likes and subscriptions only open a sign-in prompt (nothing flips).
  signIn: { role: 'state', anchors: [{ sel: 'a[href^="https://accounts.google.com/ServiceLogin"]', src: `Anarios/return-youtube-dislike Extensions/combined/src/buttons.js (checkForSignInButton) ${D}` }] },
  // Mobile watch page's action bar (likes, share...): counted by health as an action bar, not matched.
  actionBar: {
    role: 'action',
    anchors: [
      { sel: 'ytm-slim-video-action-bar-renderer', src: `${RYD_BAR}; ${YTPRO}` },
    ],
  },
} satisfies AnchorTable;

const A = YOUTUBE_ANCHORS;
const SEL = {
  vote: `${anyOf(A.like)}, ${anyOf(A.dislike)}`,
  voted: anyOf(A.voted),
  subscribe: anyOf(A.subscribe),
  subscribed: anyOf(A.subscribed),
  commentBox: anyOf(A.commentBox),
  commentSubmit: '#submit-button',
  commentEditor: anyOf(A.commentEditor),
  playlistDialog: anyOf(A.playlistDialog),
  playlistOption: anyOf(A.playlistOption),
  shareTarget: anyOf(A.shareTarget),
  searchInput: anyOf(A.search),
  searchButton: anyOf(A.searchButton),
  items: anyOf(A.video),
} as const;

const pressed = (el: Element | null | undefined) =>
  el?.getAttribute('aria-pressed') === 'true' || el?.getAttribute('aria-checked') === 'true' || el?.hasAttribute('checked') === true;

/** A vote button's state: aria-pressed on the button, or the 2021-22 class on its toggle renderer. */
const voteOn = (button: Element) =>
  pressed(button) || button.closest('ytd-toggle-button-renderer, ytm-toggle-button-renderer')?.classList.contains('style-default-active') === true;

/** The checkbox-like element of a playlist option whose state flips. */
const optionState = (option: Element) =>
  pressed(option) || pressed(option.querySelector('[aria-checked], [aria-pressed], tp-yt-paper-checkbox'));

export const youtube: Detector = {
  id: 'youtube',
  matches: WHERE.youtube,
  anchors: YOUTUBE_ANCHORS,
  // A watch page, a Shorts player, a channel or search page (desktop or mobile) should show videos or posts it knows.
  expects: (doc) => doc.querySelector('ytd-watch-flexy, ytd-shorts, ytd-browse, ytd-search, ytm-watch') !== null,
  start(root, signal, emit) {
    trackViews(root, signal, emit, { platform: 'youtube', items: SEL.items });
    const watch = toggleWatcher(signal, emit, 'youtube');
    const search = (input: HTMLInputElement | null | undefined) => {
      if (input && input.value.trim() !== '') emit({ kind: 'search', platform: 'youtube' });
    };

    onTrusted(
      root,
      'click',
      (_event, path) => {
        const vote = findInPath(path, SEL.vote);
        if (vote) return watch(vote, () => voteOn(vote), 'reaction');
        const sub = findInPath(path, SEL.subscribe);
        if (sub) return watch(sub, () => sub.matches(SEL.subscribed) || sub.querySelector(SEL.subscribed) !== null, 'follow');
        const option = findInPath(path, SEL.playlistOption);
        if (option && findInPath(path, SEL.playlistDialog)) return watch(option, () => optionState(option), 'save');
        if (findInPath(path, SEL.shareTarget)) return emit({ kind: 'share', platform: 'youtube' });
        const submit = findInPath(path, SEL.commentSubmit);
        const box = submit && findInPath(path, SEL.commentBox);
        if (submit && box) {
          const editor = box.querySelector(SEL.commentEditor);
          const text = () => (editor instanceof HTMLTextAreaElement ? editor.value : editor?.textContent ?? '').trim();
          if (!editor || text() === '' || submit.querySelector('button:disabled, [aria-disabled="true"]')) return;
          // Posted when YouTube empties or closes the comment box; an error keeps the text.
          void waitForChange(() => !editor.isConnected || text() === '', false, { signal, timeout: 8000 }).then(
            (sent) => sent && emit({ kind: 'comment', platform: 'youtube' }),
          );
          return;
        }
        if (findInPath(path, SEL.searchButton)) {
          search(root.querySelector<HTMLInputElement>(SEL.searchInput));
        }
      },
      signal,
    );
    onTrusted(
      root,
      'keydown',
      (event, path) => {
        // Enter that confirms an IME composition (a Japanese or Chinese word) is not a search.
        if (event.key === 'Enter' && !composing(event)) search(findInPath(path, SEL.searchInput) as HTMLInputElement | undefined);
      },
      signal,
    );
  },
};
