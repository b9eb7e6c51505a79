/**
 * Threads (www.threads.com, formerly www.threads.net): home feed, post pages, profiles, search.
 *
 * Threads is built from Instagram's web components: no test ids, action icons are SVGs whose aria-label says the
 * state in the UI language ("Like" -> "Unlike", "Repost" -> "Unrepost"). The labels below are therefore a table,
 * English and French (other UI languages are not recognised). Markup learned from maintained scripts:
 * g-h-0-S-t/auto-like-threads (auto-like-threads.js: `[aria-label="Like"]` inside `[role="button"]`), Threads
 * automation scripts found by code search (`svg[aria-label="Repost"]` opening a menu with "Repost" and "Quote",
 * `svg[aria-label="Reply"]`, composer `div[contenteditable="true"]` + a "Post" `div[role="button"]`), the Instafn
 * extension for the shared "Unrepost" state, and the fixtures in tests/fixtures/sites/www.threads.com/.
 */
import { ariaAny, labelIn } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';


// Label tables (EN, FR), shared with Instagram's; the French repost and follow labels were not checked live.
const LIKED = ['Unlike', 'Je n’aime plus'];
const REPOSTED = ['Unrepost', 'Annuler la republication'];
const FOLLOWING = ['Following', 'Requested', 'Abonné(e)', 'Abonné', 'Abonnée', 'Demandé'];

export const THREADS = {
  like: ariaAny('svg', ['Like', 'J’aime', ...LIKED]),
  liked: ariaAny('svg', LIKED),
  // The repost icon opens a menu (Repost / Quote); the repost is made when the icon turns "Unrepost".
  repost: ariaAny('svg', ['Repost', 'Republier', ...REPOSTED]),
  reposted: ariaAny('svg', REPOSTED),
  post: '[data-pressable-container="true"], [role="dialog"]',
  follow: labelIn(['Follow', 'Follow back', 'Suivre', 'Suivre en retour', ...FOLLOWING]),
  // Composer dialog: the editor and its "Post" / "Publier" button. A reply's dialog shows the post it answers
  // (with its <time>); a new thread's does not.
  editor: '[contenteditable="true"][role="textbox"]',
  send: labelIn(['Post', 'Publier']),
  replyDialog: '[role="dialog"]:has(time)',
  dialog: '[role="dialog"]',
  search: 'input[type="search"]',
  // Posts of the feed (post-view).
  feedItem: '[data-pressable-container="true"]',
} as const;

const SPEC: SocialSpec = {
  platform: 'threads',
  rules: [
    { kind: 'reaction', hit: THREADS.like, on: THREADS.liked, scope: THREADS.post },
    // The person still has to pick "Repost" in the menu: wait longer for the icon to flip.
    { kind: 'share', hit: THREADS.repost, on: THREADS.reposted, scope: THREADS.post, wait: 10_000 },
    { kind: 'follow', hit: THREADS.follow, on: (el) => labelIn(FOLLOWING)(el) },
    { kind: 'comment', hit: THREADS.send, within: THREADS.replyDialog, editor: THREADS.editor, scope: THREADS.dialog },
    { kind: 'post', hit: THREADS.send, within: THREADS.dialog, editor: THREADS.editor, scope: THREADS.dialog },
  ],
  search: THREADS.search,
  feed: { items: THREADS.feedItem },
};

export const threads: Detector = {
  id: 'threads',
  matches: WHERE.threads,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
