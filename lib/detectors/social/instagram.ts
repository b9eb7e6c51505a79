/**
 * Instagram (www.instagram.com): home feed, post page and post dialog, reels, profiles, in the desktop layout and
 * the narrow (mobile web) layout, which renders the same post markup with a bottom tab bar.
 *
 * Instagram has no test ids: its action icons are SVGs whose aria-label says the state ("Like" -> "Unlike",
 * "Save" -> "Remove", "Repost" -> "Unrepost") in the UI language. The like state is read on the pressed heart
 * only; its labels are a table in fr, en, de, es, it, pt (both states sourced). Save, repost and follow are EN and
 * FR only (other languages not verified, not recognised). A double tap (double click) on a post's image or video
 * likes it: counted only when that post's heart then turns "Unlike" (a double tap never unlikes).
 */
import { ariaAny, labelIn } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const D = '(checked 2026-11-30)';
const SRC = {
  instafn: `Instafn extension interceptReposts (svg[aria-label="Repost"|"Unrepost"]) ${D}`,
  tweaks: `donPabloNow/tweaks ig.auto.likes.user.js (svg[aria-label="Unlike"]) ${D}`,
  dmee: `Dmee Instagram WebView script (mobile web; reels double tap; LIKE_LABELS Like, Gefällt mir, Mi piace, Me gusta, J'aime; UNLIKE_LABELS Unlike, Gefällt mir nicht mehr, Non mi piace più, Ya no me gusta, Je n'aime plus), found by find_string "Non mi piace più" ${D}`,
  pt: `WenderCouto/Automacao-Facebook-Instagram-PT-BR (Curtir / Descurtir) ${D}`,
  reels: `yaroslavchybar/bot-auto-ig automation/scrolling/reels/likes.py (svg[aria-label="Like"], its parent clicked) ${D}`,
  aagv: `Instagram downloaders and scrapers found by find_string "_aagv" ("article ._aagv img", "div._aagv > img", "li._acaz div._aagv img") ${D}`,
  savers: `Instagram savers found by code search (svg[aria-label="Save"|"Remove"]) (issue 3); ripvoltage/IGCleanse IGSavedReels.js (unsave: svg[aria-label="Remove"|"Saved"|"Unsave"]) ${D}`,
  fixture: 'tests/fixtures/sites/www.instagram.com (project fixture since issue 3)',
};

// The heart, before and after, per UI language (fr, en, de, es, it, pt). French with both apostrophes.
const LIKE = ['Like', 'J’aime', "J'aime", 'Gefällt mir', 'Me gusta', 'Mi piace', 'Curtir'];
const LIKED = ['Unlike', 'Je n’aime plus', "Je n'aime plus", 'Gefällt mir nicht mehr', 'Ya no me gusta', 'Non mi piace più', 'Descurtir'];
// EN and FR only: the French forms follow Instagram's French UI as we know it and were not checked live.
const SAVED = ['Remove', 'Saved', 'Unsave', 'Supprimer'];
const REPOSTED = ['Unrepost', 'Annuler la republication'];
const FOLLOW = ['Follow', 'Follow back', 'Suivre', 'Suivre en retour'];
const FOLLOWING = ['Following', 'Requested', 'Abonné(e)', 'Abonné', 'Abonnée', 'Demandé'];

/** What Instagram renders, most stable anchor first (issue 11): the detector matches with these selectors. */
export const INSTAGRAM_ANCHORS = {
  post: {
    role: 'item',
    anchors: [
      { sel: 'article', src: `${SRC.aagv}; ${SRC.fixture}` },
      { sel: '[role="dialog"]', src: SRC.fixture },
      { sel: 'main', src: SRC.fixture },
    ],
  },
  like: {
    role: 'action',
    anchors: [{ sel: ariaAny('svg', [...LIKE, ...LIKED]), src: `${SRC.tweaks}; ${SRC.reels}; ${SRC.dmee}; ${SRC.pt}` }],
  },
  liked: { role: 'state', anchors: [{ sel: ariaAny('svg', LIKED), src: `${SRC.tweaks}; ${SRC.dmee}; ${SRC.pt}` }] },
  // Double tap: the post's image wrapper (or its video).
  media: {
    role: 'action',
    anchors: [
      { sel: '._aagv', src: SRC.aagv },
      { sel: '._aagu', src: SRC.fixture },
      { sel: 'article video', src: SRC.dmee },
    ],
  },
  save: { role: 'action', anchors: [{ sel: ariaAny('svg', ['Save', 'Enregistrer', ...SAVED]), src: SRC.savers }] },
  saved: { role: 'state', anchors: [{ sel: ariaAny('svg', SAVED), src: SRC.savers }] },
  repost: { role: 'action', anchors: [{ sel: ariaAny('svg', ['Repost', 'Republier', ...REPOSTED]), src: SRC.instafn }] },
  reposted: { role: 'state', anchors: [{ sel: ariaAny('svg', REPOSTED), src: SRC.instafn }] },
  commentEditor: { role: 'composer', anchors: [{ sel: 'form textarea, form [contenteditable="true"]', src: SRC.fixture }] },
  commentPost: { role: 'action', anchors: [{ sel: 'form button[type="submit"], form [role="button"]', src: SRC.fixture }] },
  createDialog: { role: 'composer', anchors: [{ sel: ariaAny('[role="dialog"]', ['Create new post', 'Créer une publication']), src: SRC.fixture }] },
  search: {
    role: 'search',
    anchors: [{ sel: 'input[aria-label="Search input"], input[aria-label="Saisie de recherche"], input[type="search"]', src: SRC.fixture }],
  },
} satisfies AnchorTable;

const A = INSTAGRAM_ANCHORS;

export const INSTAGRAM = {
  // Create-post dialog, last step: its "Share" button.
  createShare: labelIn(['Share', 'Partager']),
  // Feed posts (post-view): the home feed's articles.
  feedItem: 'main article',
} as const;

const SPEC: SocialSpec = {
  platform: 'instagram',
  rules: [
    { kind: 'reaction', hit: anyOf(A.like), on: anyOf(A.liked), scope: anyOf(A.post), double: anyOf(A.media) },
    { kind: 'save', hit: anyOf(A.save), on: anyOf(A.saved), scope: anyOf(A.post) },
    { kind: 'share', hit: anyOf(A.repost), on: anyOf(A.reposted), scope: anyOf(A.post) },
    {
      kind: 'follow',
      hit: labelIn([...FOLLOW, ...FOLLOWING]),
      // Read on the pressed button: its text turns "Following"/"Requested".
      on: (el) => el.matches('button') && labelIn(FOLLOWING)(el),
    },
    { kind: 'comment', hit: anyOf(A.commentPost), editor: anyOf(A.commentEditor), enter: true },
    // A new post is shared from the create dialog; the dialog then shows its "shared" step (no undo exists).
    { kind: 'post', hit: INSTAGRAM.createShare, within: anyOf(A.createDialog) },
  ],
  search: anyOf(A.search),
  feed: { items: INSTAGRAM.feedItem },
};

export const instagram: Detector = {
  id: 'instagram',
  matches: WHERE.instagram,
  anchors: A,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
