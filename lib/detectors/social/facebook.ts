/**
 * Facebook (www.facebook.com, web.facebook.com, m.facebook.com): news feed, groups, pages, post dialogs, and the
 * mobile web ("WebLite", m.facebook.com). mbasic.facebook.com and touch.facebook.com now redirect to
 * www.facebook.com (2026 note below), so they are not a layout of their own.
 *
 * Facebook's React markup has hashed classes and few stable hooks. The stable ones: `role` attributes and,
 * since 2024, `data-ad-rendering-role="like_button" | "comment_button" | "share_button"` inside a post's action
 * buttons (the same in every UI language), and the Lexical editors (`data-lexical-editor="true"`). The reaction
 * state is said by the like button's aria-label: it reads the localised "Like" before and something else once
 * reacted ("Remove Like", "Remove Love"...). So the state is read as "this like button no longer says Like" (the
 * unreacted label is a table in fr, en, de, es, it, pt), which needs no table of reacted labels, or by
 * aria-pressed where Facebook sets it. In a UI language outside the table the like button never counts (its label
 * is never the unreacted one): a miss, never a false count. Menu items ("Share now", "Save post", follow) are
 * label tables EN and FR only (not verified in other languages, not recognised there).
 *
 * Mobile web (m.facebook.com): a server-driven UI (`#screen-root`, `data-mcomponent="MContainer"`,
 * `data-type="container"`, `.native-text`). Its like button is a `[role="button"]` whose label reads
 * "Like button. Double tap and hold to react." and, pressed, "Like button, pressed. Double tap and hold to change
 * reaction." (the labels of Facebook's app, whose accessibility tree the mobile web renders from the same server).
 * Those labels were found in English only: in other languages the mobile like is not recognised.
 */
import { ariaAny, labelIn, norm } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const D = '(checked 2026-11-30)';
const SRC = {
  roles: `Facebook cleaners and auto-likers found by code search (issue 3): [data-ad-rendering-role="like_button"], div[aria-label="Like"][role="button"], [aria-label="Remove Like"|"Remove Love"...] ${D}`,
  tangvu: `tang-vu/social-posting-skills DOM_SELECTORS.md §4 Facebook (captured 2026-02-27: [role="article"], [aria-label="Like"], reaction bar Like/Love/Care/Haha/Wow/Sad/Angry, div[role="textbox"][data-lexical-editor="true"], div[role="button"][aria-label="Post"]) ${D}`,
  es: `Facebook like automation found by code search ("LikeAction", ButtonSelector: aria-label ^(Like|Me gusta)$, ^(React|Reaccionar)$) ${D}`,
  dmee: `Dmee Instagram/Meta WebView script found by find_string "Non mi piace più" (LIKE_LABELS: Like, Gefällt mir, Mi piace, Me gusta, J'aime) ${D}`,
  pt: `WenderCouto/Automacao-Facebook-Instagram-PT-BR (Curtir / Descurtir) ${D}`,
  sad: `enie123/SAD-reacts (the picker's items labelled Love, Haha, Wow...) ${D}`,
  weblite: `m.facebook.com WebLite: a Facebook feed filter (content.js: #screen-root div[data-screen-id] > div[data-mcomponent="MContainer"]), an adblock list (m.facebook.com##[data-mcomponent="MScreen"]...), a 2026 Marketplace study ("WebLite", data-mcomponent containers, data-action-id), found by find_string "data-mcomponent" ${D}`,
  app: `Facebook app labels "Like button. Double tap and hold to react." / "Like button, pressed. Double tap and hold to change reaction." (Appium page objects and tests found by find_string "Double tap and hold to react") ${D}`,
  mbasic: `note "Lexical composer blocks ALL personal-profile text posting (2026-08-29)" found by find_string "data-mcomponent": mbasic/touch.facebook.com redirect to www ${D}`,
  fixture: 'tests/fixtures/sites/www.facebook.com (project fixture since issue 3)',
};

/** The like button's label before any reaction, per UI language (fr, en, de, es, it, pt). */
const LIKE = ['J’aime', "J'aime", 'Like', 'Gefällt mir', 'Me gusta', 'Mi piace', 'Curtir'];
// A like button labelled "React" / "Reaccionar" (the Spanish-UI automation above) is unreacted too.
const LIKE_SET = new Set([...LIKE, 'React', 'Reaccionar'].map(norm));
// Reaction names in the picker (EN from the sources; FR as the French UI names them, not checked live).
const REACTIONS = ['Like', 'Love', 'Care', 'Haha', 'Wow', 'Sad', 'Angry', 'J’aime', 'J’adore', 'Solidaire', 'Wouah', 'Triste', 'Grrr'];
// Mobile web like button (EN only, see above).
const M_LIKE = 'Like button. Double tap and hold to react.';
const M_LIKED = 'Like button, pressed. Double tap and hold to change reaction.';

/** What Facebook renders, most stable anchor first (issue 11): the detector matches with these selectors. */
export const FACEBOOK_ANCHORS = {
  post: {
    role: 'item',
    anchors: [
      { sel: '[role="article"][aria-posinset]', src: `${SRC.roles}; ${SRC.fixture}` },
      { sel: '[role="article"]', src: SRC.tangvu },
      { sel: '#screen-root [data-mcomponent="MContainer"][data-type="container"]', src: SRC.weblite },
    ],
  },
  like: {
    role: 'action',
    anchors: [
      { sel: '[role="button"]:has(> [data-ad-rendering-role="like_button"])', src: SRC.roles },
      { sel: '[data-ad-rendering-role="like_button"]', src: SRC.roles },
      { sel: ariaAny('[role="button"]', LIKE), src: `${SRC.tangvu} (en); ${SRC.es} (es); ${SRC.dmee} (de, it, fr); ${SRC.pt} (pt)` },
      { sel: ariaAny('[role="button"]', [M_LIKE, M_LIKED]), src: `${SRC.app}; ${SRC.weblite}` },
    ],
  },
  // Reacted: aria-pressed where set; else the like button's label is no longer the unreacted one (see `reacted`).
  liked: {
    role: 'state',
    anchors: [
      { sel: '[role="button"][aria-pressed="true"]:has(> [data-ad-rendering-role="like_button"])', src: SRC.fixture },
      { sel: ariaAny('[role="button"]', ['Remove Like', 'Remove Love', 'Remove Care', 'Remove Haha', 'Remove Wow', 'Remove Sad', 'Remove Angry']), src: SRC.roles },
      { sel: ariaAny('[role="button"]', [M_LIKED]), src: SRC.app },
    ],
  },
  // The reaction picker: a dialog in a layer outside the post (www), holding the reactions by name.
  picker: {
    role: 'menu',
    anchors: [{ sel: '[role="dialog"]:not(:has([data-ad-rendering-role="like_button"]))', src: `${SRC.sad}; ${SRC.tangvu} (4.3 Reactions)` }],
  },
  reaction: { role: 'action', anchors: [{ sel: ariaAny('[role="button"]', REACTIONS), src: `${SRC.sad}; ${SRC.tangvu}` }] },
  share: { role: 'action', anchors: [{ sel: '[data-ad-rendering-role="share_button"]', src: SRC.roles }] },
  comment: { role: 'action', anchors: [{ sel: '[data-ad-rendering-role="comment_button"]', src: SRC.roles }] },
  commentEditor: {
    role: 'composer',
    anchors: [
      { sel: '[role="article"] [role="textbox"][contenteditable="true"][data-lexical-editor="true"]', src: SRC.tangvu },
      { sel: '[role="article"] [role="textbox"][contenteditable="true"], [role="dialog"] [role="textbox"][contenteditable="true"]', src: SRC.fixture },
    ],
  },
  commentSend: { role: 'action', anchors: [{ sel: '#focused-state-composer-submit', src: SRC.fixture }] },
  postButton: { role: 'action', anchors: [{ sel: ariaAny('[role="dialog"] [role="button"]', ['Post', 'Publier']), src: `${SRC.tangvu} (en); ${SRC.fixture} (fr)` }] },
  search: { role: 'search', anchors: [{ sel: 'input[type="search"]', src: SRC.fixture }] },
} satisfies AnchorTable;

const A = FACEBOOK_ANCHORS;
const LIKE_BUTTON = anyOf(A.like);

/**
 * Reacted, read on the like button itself: aria-pressed, the mobile "pressed" label, or (www) a like button whose
 * label is no longer the unreacted "Like" of a known UI language ("Remove Like", "Retirer J'aime"...).
 */
function reacted(el: Element): boolean {
  if (!el.matches('[role="button"]')) return false;
  if (el.matches(anyOf(A.liked))) return true;
  if (el.querySelector(':scope > [data-ad-rendering-role="like_button"]') === null) return false;
  const label = norm(el.getAttribute('aria-label'));
  return label !== '' && !LIKE_SET.has(label) && el.getAttribute('aria-pressed') !== 'false';
}

export const FACEBOOK = {
  // "Share now" in the share dialog or menu (sending, copying the link, sharing to a story are other items).
  shareNow: labelIn(/^(share now|partager maintenant)( \(.*\))?$/),
  // "Save post" / "Save video" in a post's "..." menu ("Unsave" is a different item, not counted).
  savePost: labelIn(['Save post', 'Save video', 'Save link', 'Enregistrer la publication', 'Enregistrer la vidéo', 'Enregistrer le lien']),
  // Follow a page or a person, join a group.
  follow: labelIn(['Follow', 'Suivre', 'Join group', 'Rejoindre le groupe']),
  following: labelIn(['Following', 'Abonné(e)', 'Suivi(e)', 'Joined', 'Membre']),
  dialog: '[role="dialog"]',
  // Feed posts (post-view): top-level posts carry aria-posinset; comments are articles without it.
  feedItem: '[role="article"][aria-posinset]',
} as const;

/** A create-post dialog: it has a "Post" button, which comment dialogs do not. */
const inPostComposer = (editor: Element) => editor.closest(FACEBOOK.dialog)?.querySelector(anyOf(A.postButton)) != null;

const SPEC: SocialSpec = {
  platform: 'facebook',
  rules: [
    {
      kind: 'reaction',
      // The like button (www: by its marker or label; mobile: by its label) and the picker's reactions.
      hit: (el) => el.matches(LIKE_BUTTON) || (el.matches(anyOf(A.reaction)) && el.closest(anyOf(A.picker)) !== null),
      on: reacted,
      scope: `${anyOf(A.post)}`,
      // The picker renders in a layer outside the post: a reaction chosen there acts on the like button it opened from.
      menu: anyOf(A.picker),
    },
    { kind: 'share', hit: FACEBOOK.shareNow },
    { kind: 'save', hit: FACEBOOK.savePost },
    { kind: 'follow', hit: FACEBOOK.follow, on: FACEBOOK.following },
    { kind: 'post', hit: anyOf(A.postButton), editor: '[role="textbox"][contenteditable="true"]', scope: FACEBOOK.dialog },
    { kind: 'comment', hit: anyOf(A.commentSend), editor: anyOf(A.commentEditor), enter: (ed) => !inPostComposer(ed) },
  ],
  search: anyOf(A.search),
  feed: { items: FACEBOOK.feedItem },
};

export const facebook: Detector = {
  id: 'facebook',
  matches: WHERE.facebook,
  anchors: A,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
