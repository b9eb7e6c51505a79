/**
 * Threads (www.threads.com, formerly www.threads.net): home feed, post pages, profiles, search.
 *
 * Threads is built from Instagram's web components: no test ids, posts are `[data-pressable-container="true"]`,
 * action icons are SVGs whose aria-label says the state in the UI language ("Like" -> "Unlike", "Repost" ->
 * "Unrepost"), composers are Lexical editors (`[role="textbox"][data-lexical-editor="true"]`). The like state is
 * read on the pressed heart, with Instagram's label table (fr, en, de, es, it, pt; Threads shows Meta's same
 * strings: an assumption for de/es/it/pt, which no Threads source showed). Repost and follow are EN and FR only.
 * Logged out, the action icons open the login prompt and nothing changes: nothing is counted.
 *
 * Not detected, and why: saves (Threads' "Save" sits in the post's "More" menu and no 2025-2026 source shows its
 * markup or a saved state), reports (same menu, no source of the report flow).
 */
import { ariaAny, labelIn } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const D = '(checked 2026-11-30)';
const SRC = {
  ref: `Threads Selectors Reference (last updated 2026-01-30; threads_selectors.py, found by find_string "Threads Selectors Reference": [data-pressable-container="true"], svg[aria-label="Like"|"Unlike"|"Reply"|"Repost"|"Share"|"More"|"Create"], [role="textbox"][contenteditable="true"], a[href*="/login"] when logged out) ${D}`,
  tangvu: `tang-vu/social-posting-skills DOM_SELECTORS.md §2 Threads (captured 2026-02-27: div[role="textbox"][data-lexical-editor="true"], "Post" div[role="button"], article or div[data-pressable-container]) ${D}`,
  qs: `official5ETa/ThreadsAutoComment src/share/threadsQs.ts ([data-pressable-container][data-interactive-id], div[role="button"][tabindex="0"]:has(svg[role="img"])) ${D}`,
  autolike: `g-h-0-S-t/auto-like-threads auto-like-threads.js ([aria-label="Like"] inside [role="button"]) ${D}`,
  dmee: `Dmee Instagram WebView script (like/unlike labels de, es, it, fr), found by find_string "Non mi piace più" ${D}`,
  pt: `WenderCouto/Automacao-Facebook-Instagram-PT-BR (Curtir / Descurtir) ${D}`,
  instafn: `Instafn extension (svg[aria-label="Unrepost"]) ${D}`,
  fixture: 'tests/fixtures/sites/www.threads.com (project fixture since issue 3)',
};

const LIKE = ['Like', 'J’aime', "J'aime", 'Gefällt mir', 'Me gusta', 'Mi piace', 'Curtir'];
const LIKED = ['Unlike', 'Je n’aime plus', "Je n'aime plus", 'Gefällt mir nicht mehr', 'Ya no me gusta', 'Non mi piace più', 'Descurtir'];
// EN and FR; the French repost and follow labels were not checked live.
const REPOSTED = ['Unrepost', 'Annuler la republication'];
const FOLLOWING = ['Following', 'Requested', 'Abonné(e)', 'Abonné', 'Abonnée', 'Demandé'];

/** What Threads renders, most stable anchor first (issue 11): the detector matches with these selectors. */
export const THREADS_ANCHORS = {
  post: {
    role: 'item',
    anchors: [
      { sel: '[data-pressable-container="true"]', src: `${SRC.ref}; ${SRC.qs}; ${SRC.tangvu}` },
      { sel: '[role="dialog"]', src: SRC.ref },
    ],
  },
  like: { role: 'action', anchors: [{ sel: ariaAny('svg', [...LIKE, ...LIKED]), src: `${SRC.ref}; ${SRC.autolike}; ${SRC.dmee}; ${SRC.pt}` }] },
  liked: { role: 'state', anchors: [{ sel: ariaAny('svg', LIKED), src: `${SRC.ref} (Unlike); ${SRC.dmee}; ${SRC.pt}` }] },
  // The repost icon opens a menu (Repost / Quote); the repost is made when the icon turns "Unrepost".
  repost: { role: 'action', anchors: [{ sel: ariaAny('svg', ['Repost', 'Republier', ...REPOSTED]), src: SRC.ref }] },
  reposted: { role: 'state', anchors: [{ sel: ariaAny('svg', REPOSTED), src: SRC.instafn }] },
  repostMenu: { role: 'menu', anchors: [{ sel: '[role="menu"]', src: SRC.fixture }] },
  editor: {
    role: 'composer',
    anchors: [
      { sel: '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', src: SRC.tangvu },
      { sel: '[contenteditable="true"][role="textbox"]', src: SRC.ref },
    ],
  },
  search: { role: 'search', anchors: [{ sel: 'input[type="search"]', src: SRC.fixture }] },
} satisfies AnchorTable;

const A = THREADS_ANCHORS;

export const THREADS = {
  follow: labelIn(['Follow', 'Follow back', 'Suivre', 'Suivre en retour', ...FOLLOWING]),
  // Composer dialog's "Post" / "Publier" button. A reply's dialog shows the post it answers (with its <time>).
  send: labelIn(['Post', 'Publier']),
  replyDialog: '[role="dialog"]:has(time)',
  dialog: '[role="dialog"]',
  feedItem: '[data-pressable-container="true"]',
} as const;

const SPEC: SocialSpec = {
  platform: 'threads',
  rules: [
    { kind: 'reaction', hit: anyOf(A.like), on: anyOf(A.liked), scope: anyOf(A.post) },
    // The person still has to pick "Repost" in the menu: wait longer for the icon to flip.
    { kind: 'share', hit: anyOf(A.repost), on: anyOf(A.reposted), scope: anyOf(A.post), menu: anyOf(A.repostMenu), wait: 10_000 },
    { kind: 'follow', hit: THREADS.follow, on: (el) => labelIn(FOLLOWING)(el) },
    { kind: 'comment', hit: THREADS.send, within: THREADS.replyDialog, editor: anyOf(A.editor), scope: THREADS.dialog },
    { kind: 'post', hit: THREADS.send, within: THREADS.dialog, editor: anyOf(A.editor), scope: THREADS.dialog },
  ],
  search: anyOf(A.search),
  feed: { items: THREADS.feedItem },
};

export const threads: Detector = {
  id: 'threads',
  matches: WHERE.threads,
  anchors: A,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
