/**
 * Facebook (www.facebook.com, web.facebook.com, m.facebook.com): news feed, groups, pages, post dialogs.
 *
 * Facebook's React markup has hashed classes and few stable hooks. The stable ones: `role` attributes and, since
 * 2024, `data-ad-rendering-role="like_button" | "comment_button" | "share_button"` inside a post's action buttons
 * (the same in every UI language). The reaction state is only said by the like button's aria-label ("Like" ->
 * "Remove Like", "Remove Love"...), and menu items by their text, so those are label tables, English and French
 * (other UI languages are not recognised for reactions, saves, follows and "Share now"). Markup learned from
 * maintained scripts found by code search: Facebook cleaners and auto-likers reading
 * `[data-ad-rendering-role="like_button"]`, `div[aria-label="Like"][role="button"]` and
 * `[aria-label="Remove Like"|"Remove Love"|"Remove Haha"...]`, enie123/SAD-reacts (the reaction picker's items
 * labelled "Love", "Haha", "Wow"...), and the fixtures in tests/fixtures/sites/www.facebook.com/.
 */
import { labelIn } from '../core/dom';
import { socialStart, type SocialSpec } from '../core/social';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';


// Reaction names (EN, FR), as the like button and the picker label them. The English "Remove <reaction>" form is
// from the scripts above; the French forms ("Retirer" or "Supprimer" + reaction, "Partager maintenant",
// "Enregistrer la publication", "Abonné(e)") follow Facebook's French UI as we know it and were not checked live.
const REACTIONS = "like|love|care|haha|wow|sad|angry|j'aime|j'adore|solidaire|wouah|triste|grrr";
// Once reacted, the like button reads "Remove <reaction>" (EN) / "Retirer <reaction>" or "Supprimer <reaction>" (FR).
const REACTED = new RegExp(`^(remove|retirer|supprimer) (${REACTIONS})$`);

export const FACEBOOK = {
  // The like button of a post or a comment (it also opens the picker on hover) and the picker's reactions.
  react: labelIn(new RegExp(`^(${REACTIONS})$`)),
  likeMarker: '[data-ad-rendering-role="like_button"]',
  reacted: labelIn(REACTED),
  // "Share now" in the share dialog or menu (sending, copying the link, sharing to a story are other items).
  shareNow: labelIn(/^(share now|partager maintenant)( \(.*\))?$/),
  // "Save post" / "Save video" in a post's "..." menu ("Unsave" is a different item, not counted).
  savePost: labelIn(["Save post", "Save video", "Save link", "Enregistrer la publication", "Enregistrer la vidéo", "Enregistrer le lien"]),
  // Follow a page or a person, join a group.
  follow: labelIn(['Follow', 'Suivre', 'Join group', 'Rejoindre le groupe']),
  following: labelIn(['Following', 'Abonné(e)', 'Suivi(e)', 'Joined', 'Membre']),
  // Comment boxes (Lexical editors) live in a post (role=article) or a post dialog; Enter sends.
  commentEditor: '[role="article"] [role="textbox"][contenteditable="true"], [role="dialog"] [role="textbox"][contenteditable="true"]',
  // The comment box's own send button (its id is stable across languages).
  commentSend: '#focused-state-composer-submit',
  // The create-post dialog's "Post" button; Enter there is a new line, never a send.
  postButton: labelIn(['Post', 'Publier']),
  dialog: '[role="dialog"]',
  search: 'input[type="search"]',
  // Feed posts (post-view): top-level posts carry aria-posinset; comments are articles without it.
  feedItem: '[role="article"][aria-posinset]',
} as const;

/** A create-post dialog: it has a "Post" button, which comment dialogs do not. */
const inPostComposer = (editor: Element) =>
  [...(editor.closest(FACEBOOK.dialog)?.querySelectorAll('[role="button"]') ?? [])].some(FACEBOOK.postButton);

const SPEC: SocialSpec = {
  platform: 'facebook',
  rules: [
    {
      kind: 'reaction',
      hit: (el) => el.matches(FACEBOOK.likeMarker) || FACEBOOK.react(el),
      on: (el) => FACEBOOK.reacted(el) || (el.getAttribute('aria-pressed') === 'true' && el.querySelector(FACEBOOK.likeMarker) !== null),
      scope: '[role="article"]',
      // The picker renders in a layer outside the post: a reaction chosen there acts on the like button it opened from.
      menu: '[role="dialog"]:not(:has([data-ad-rendering-role="like_button"]))',
    },
    { kind: 'share', hit: FACEBOOK.shareNow },
    { kind: 'save', hit: FACEBOOK.savePost },
    { kind: 'follow', hit: FACEBOOK.follow, on: FACEBOOK.following },
    { kind: 'post', hit: FACEBOOK.postButton, within: FACEBOOK.dialog, editor: '[role="textbox"][contenteditable="true"]', scope: FACEBOOK.dialog },
    { kind: 'comment', hit: FACEBOOK.commentSend, editor: FACEBOOK.commentEditor, enter: (ed) => !inPostComposer(ed) },
  ],
  search: FACEBOOK.search,
  feed: { items: FACEBOOK.feedItem },
};

export const facebook: Detector = {
  id: 'facebook',
  matches: WHERE.facebook,
  start: (root, signal, emit) => socialStart(SPEC, root, signal, emit),
};
