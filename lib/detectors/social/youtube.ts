/**
 * YouTube (www.youtube.com, m.youtube.com): watch page, Shorts, comments. YouTube's Polymer app uses custom
 * elements whose names do not depend on the language, and toggles carry `aria-pressed`.
 *
 * Markup learned from youtube.com itself (2024-2025) as used by maintained open-source tools: Return YouTube
 * Dislike (Anarios/return-youtube-dislike: `like-button-view-model`, `dislike-button-view-model`,
 * `#segmented-like-button`, Shorts' `ytd-reel-video-renderer #like-button`), Enhancer for YouTube and SponsorBlock
 * (`ytd-subscribe-button-renderer[subscribed]`, `ytd-commentbox #submit-button`, `ytd-add-to-playlist-renderer`,
 * `ytd-unified-share-panel-renderer` with `yt-share-target-renderer` targets and a separate copy-link button).
 */
import { findInPath, hostMatches, onTrusted, waitForChange } from '../core/dom';
import { toggleWatcher, trackViews } from '../core/feed';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';


export const YOUTUBE = {
  // Like / dislike of a video (watch page: segmented view-model buttons; older layout: #segmented-*-button),
  // of a Short (reel player's #like-button / #dislike-button) and of a comment (engagement bar).
  like: 'like-button-view-model button, #segmented-like-button button, #like-button button, ytd-toggle-button-renderer#like-button button',
  dislike:
    'dislike-button-view-model button, #segmented-dislike-button button, #dislike-button button, ytd-toggle-button-renderer#dislike-button button',
  // Subscribe: the renderer gets a `subscribed` attribute (classic) and the view-model button a `--subscribed`
  // class or aria-pressed (2024+ layout).
  subscribe: 'ytd-subscribe-button-renderer, yt-subscribe-button-view-model, #subscribe-button',
  subscribed: '[subscribed], [class*="--subscribed"], [aria-pressed="true"]',
  // Comment box of the watch page, Shorts comments and replies: its submit button and editor.
  commentBox: 'ytd-commentbox, ytd-comment-simplebox-renderer',
  commentSubmit: '#submit-button',
  commentEditor: '#contenteditable-root, [contenteditable="true"], textarea',
  // "Save" dialog: one checkbox per playlist (classic paper checkbox, then list items with aria-pressed).
  playlistDialog: 'ytd-add-to-playlist-renderer, yt-add-to-playlist-view-model, yt-contextual-sheet-layout',
  playlistOption:
    'ytd-playlist-add-to-option-renderer, tp-yt-paper-checkbox, yt-list-item-view-model, toggleable-list-item-view-model, [role="checkbox"]',
  // Share panel: a share target (a network, e-mail, embed) is a share; the copy-link button is not.
  shareTarget: 'yt-share-target-renderer, yt-third-party-share-target-section-renderer button',
  // Search: the masthead search box (classic `input#search`, 2024+ `yt-searchbox`) and its button.
  searchInput: 'input[name="search_query"], input#search',
  searchButton: '#search-icon-legacy, button.ytSearchboxComponentSearchButton, yt-searchbox button[aria-label]',
  // Feed items: home grid, search results, related videos, Shorts shelf and the Shorts player.
  items:
    'ytd-rich-item-renderer, ytd-video-renderer, ytd-compact-video-renderer, ytd-reel-video-renderer, yt-lockup-view-model, ytm-shorts-lockup-view-model',
} as const;

const pressed = (el: Element | null | undefined) =>
  el?.getAttribute('aria-pressed') === 'true' || el?.getAttribute('aria-checked') === 'true' || el?.hasAttribute('checked') === true;

/** The checkbox-like element of a playlist option whose state flips. */
const optionState = (option: Element) =>
  pressed(option) || pressed(option.querySelector('[aria-checked], [aria-pressed], tp-yt-paper-checkbox'));

export const youtube: Detector = {
  id: 'youtube',
  matches: WHERE.youtube,
  start(root, signal, emit) {
    trackViews(root, signal, emit, { platform: 'youtube', items: YOUTUBE.items });
    const watch = toggleWatcher(signal, emit, 'youtube');
    const search = (input: HTMLInputElement | null | undefined) => {
      if (input && input.value.trim() !== '') emit({ kind: 'search', platform: 'youtube' });
    };

    onTrusted(
      root,
      'click',
      (_event, path) => {
        const vote = findInPath(path, `${YOUTUBE.like}, ${YOUTUBE.dislike}`);
        if (vote) return watch(vote, () => pressed(vote), 'reaction');
        const sub = findInPath(path, YOUTUBE.subscribe);
        if (sub) return watch(sub, () => sub.matches(YOUTUBE.subscribed) || sub.querySelector(YOUTUBE.subscribed) !== null, 'follow');
        const option = findInPath(path, YOUTUBE.playlistOption);
        if (option && findInPath(path, YOUTUBE.playlistDialog)) return watch(option, () => optionState(option), 'save');
        if (findInPath(path, YOUTUBE.shareTarget)) return emit({ kind: 'share', platform: 'youtube' });
        const submit = findInPath(path, YOUTUBE.commentSubmit);
        const box = submit && findInPath(path, YOUTUBE.commentBox);
        if (submit && box) {
          const editor = box.querySelector(YOUTUBE.commentEditor);
          const text = () => (editor instanceof HTMLTextAreaElement ? editor.value : editor?.textContent ?? '').trim();
          if (!editor || text() === '' || submit.querySelector('button:disabled, [aria-disabled="true"]')) return;
          // Posted when YouTube empties or closes the comment box; an error keeps the text.
          void waitForChange(() => !editor.isConnected || text() === '', false, { signal, timeout: 8000 }).then(
            (sent) => sent && emit({ kind: 'comment', platform: 'youtube' }),
          );
          return;
        }
        if (findInPath(path, YOUTUBE.searchButton)) {
          search(root.querySelector<HTMLInputElement>(YOUTUBE.searchInput));
        }
      },
      signal,
    );
    onTrusted(
      root,
      'keydown',
      (event, path) => {
        if (event.key === 'Enter') search(findInPath(path, YOUTUBE.searchInput) as HTMLInputElement | undefined);
      },
      signal,
    );
  },
};
