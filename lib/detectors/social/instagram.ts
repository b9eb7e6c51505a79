/**
 * Instagram (www.instagram.com): home feed, post page and post dialog, reels, profiles.
 *
 * Instagram has no test ids: its action icons are SVGs whose aria-label says the state ("Like" -> "Unlike",
 * "Save" -> "Remove", "Repost" -> "Unrepost") in the UI language. So the labels below are a table, English and
 * French (other UI languages are not recognised). Markup learned from maintained scripts that read these icons:
 * Instafn (an Instagram extension; its interceptReposts reads `svg[aria-label="Repost"|"Unrepost"]`),
 * donPabloNow/tweaks (ig.auto.likes.user.js: `svg[aria-label="Unlike"]`), Instagram savers reading
 * `svg[aria-label="Save"|"Remove"]`, a multi-language liker listing "J’aime" / "Je n’aime plus", and
 * WenderCouto/Automacao-Facebook-Instagram-PT-BR (the labels are localised: "Curtir" / "Descurtir"), plus the
 * fixtures in tests/fixtures/sites/www.instagram.com/.
 */
import { ariaAny, labelIn } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';


// Label tables (EN, FR). The "done" labels are what the icon says once the gesture is made. English labels and
// "J’aime" / "Je n’aime plus" come from the scripts above; the other French labels ("Supprimer", "Annuler la
// republication", "Abonné(e)", "Demandé") follow Instagram's French UI as we know it and were not checked live.
const LIKED = ['Unlike', 'Je n’aime plus'];
const SAVED = ['Remove', 'Supprimer'];
const REPOSTED = ['Unrepost', 'Annuler la republication'];
const FOLLOW = ['Follow', 'Follow back', 'Suivre', 'Suivre en retour'];
const FOLLOWING = ['Following', 'Requested', 'Abonné(e)', 'Abonné', 'Abonnée', 'Demandé'];

export const INSTAGRAM = {
  // Heart of a post (feed, post page, dialog, reels) and of each comment.
  like: ariaAny('svg', ['Like', 'J’aime', ...LIKED]),
  liked: ariaAny('svg', LIKED),
  // Bookmark at the end of a post's action bar.
  save: ariaAny('svg', ['Save', 'Enregistrer', ...SAVED]),
  saved: ariaAny('svg', SAVED),
  // Repost (2025 action bar): one click reposts to the followers' feeds; "Unrepost" once done.
  repost: ariaAny('svg', ['Repost', 'Republier', ...REPOSTED]),
  reposted: ariaAny('svg', REPOSTED),
  // A post's container: feed article, the post dialog, or the post page's main.
  post: 'article, [role="dialog"], main',
  // Comment form under a post: a textarea (aria-label "Add a comment…"), sent with Enter or the form's Post button.
  commentEditor: 'form textarea, form [contenteditable="true"]',
  commentPost: 'form button[type="submit"], form [role="button"]',
  // Search panel box (aria-label "Search input" / "Saisie de recherche").
  search: 'input[aria-label="Search input"], input[aria-label="Saisie de recherche"], input[type="search"]',
  // Create-post dialog (aria-label "Create new post" / "Créer une publication"), last step: its "Share" button.
  createShare: labelIn(['Share', 'Partager']),
  createDialog: ariaAny('[role="dialog"]', ['Create new post', 'Créer une publication']),
  // Feed posts (post-view): the home feed's articles.
  feedItem: 'main article',
} as const;

const SPEC: SocialSpec = {
  platform: 'instagram',
  rules: [
    { kind: 'reaction', hit: INSTAGRAM.like, on: INSTAGRAM.liked, scope: INSTAGRAM.post },
    { kind: 'save', hit: INSTAGRAM.save, on: INSTAGRAM.saved, scope: INSTAGRAM.post },
    { kind: 'share', hit: INSTAGRAM.repost, on: INSTAGRAM.reposted, scope: INSTAGRAM.post },
    {
      kind: 'follow',
      hit: labelIn([...FOLLOW, ...FOLLOWING]),
      // Button texts flip: count the buttons of the page that say "Following"/"Requested".
      on: (el) => el.matches('button') && labelIn(FOLLOWING)(el),
    },
    { kind: 'comment', hit: INSTAGRAM.commentPost, editor: INSTAGRAM.commentEditor, enter: true },
    // A new post is shared from the create dialog; the dialog then shows its "shared" step (no undo exists).
    { kind: 'post', hit: INSTAGRAM.createShare, within: INSTAGRAM.createDialog },
  ],
  search: INSTAGRAM.search,
  feed: { items: INSTAGRAM.feedItem },
};

export const instagram: Detector = {
  id: 'instagram',
  matches: WHERE.instagram,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
