/**
 * Reddit: new Reddit ("shreddit", www.reddit.com / sh.reddit.com, the same custom elements on phones) and
 * old.reddit.com.
 *
 * New Reddit is built of `shreddit-*` / `faceplate-*` custom elements whose controls live in open shadow roots: a
 * click's composedPath() goes through them, so delegation on the document still sees which button was pressed.
 * Old Reddit: reddit's classic r2 templates (vote arrows `.arrow.up` turning `.upmod`, `.down` -> `.downmod`, a saved
 * `.thing` gets the class `saved`, `.fancy-toggle-button` join/leave, `form.usertext` comments, `form#newlink` posts).
 * Every state is read without a label: aria-pressed, attributes (`subscribed`), classes (`upmod`), icon names
 * (`save-outline`). Anchors, with where each was re-checked, in REDDIT_ANCHORS.
 *
 * Keys: Reddit itself has no voting shortcut on old Reddit; Reddit Enhancement Suite adds `a` / `z` (upvote /
 * downvote the selected `.RES-keyNav-activeElement`) and clicks the arrow from script (an untrusted click). The
 * person's key is the trusted gesture: it counts when the selected thing's arrow really turns on afterwards. New
 * Reddit's own shortcuts could not be verified, so none is counted there. Keys typed in fields or during IME
 * composition are never shortcuts, and an Enter that confirms an IME composition is never a search.
 * Shares: a crosspost ("Repost" / share menu -> the post composer opened at /submit?source_id=t3_...) counts as a
 * share once published; copying a link is not a share.
 * Not detected: reports. Reddit's report flow (a multi-step dialog on new and old Reddit) has no end state we could
 * verify, and a report must only count once it is really sent. Old Reddit's crosspost page (not verified).
 */
import { findInPath, onTrusted, searchOnEnter, waitForChange } from '../core/dom';
import { toggleWatcher, trackViews } from '../core/feed';
import { composing, shortcutKey } from '../core/keys';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const D = '(checked 2026-11-30)';
const TOOLBOX = `toolbox-team/reddit-moderator-toolbox extension/data/util/platform.ts ${D}`;
const RES_KEYS = `honestbleeps/Reddit-Enhancement-Suite lib/modules/keyboardNav.js ${D}`;
const RES_NOPART = `honestbleeps/Reddit-Enhancement-Suite lib/modules/noParticipation.js ${D}`;
const RES_SELECTED = `honestbleeps/Reddit-Enhancement-Suite lib/modules/selectedEntry.js ${D}`;
const UNSAVE = `iamxeeshankhan/reddit_posts_actions src/content/redditPostsActions.js (2025-12) ${D}`;
const FORSEN = 'nev-mann/Forsen script.user.js (checked 2026-11-30; shreddit-comment-action-row shadow root, button ariaPressed; last change 2024-12)';
const DARKHOLE = `geotrev/dark-hole dist/reddit-votes.user.js (.upmod / .downmod) ${D}`;
const REPOST = 'saved www.reddit.com pages in the public code index (2026: "Repost" = /submit?source_id=t3_...&composer_entry=crosspost_post_action_bar) and crosspost userscripts (window.location = /r/<sub>/submit?source_id=t3_<id>) (checked 2026-11-30)';
const ISSUE3 = '(issue 3, RES shreddit notes and the "Downvote" userscripts, not re-verified 2026-11-30)';

export const REDDIT_ANCHORS = {
  // Feed items: new Reddit posts (light DOM custom element), old Reddit links.
  post: {
    role: 'item',
    anchors: [
      { sel: 'shreddit-post', src: `${UNSAVE}; ${FORSEN}` },
      { sel: '.thing.link', src: `${DARKHOLE} ([data-oc] things); ${RES_NOPART}` },
    ],
  },
  // New Reddit votes on posts and comments, inside the shadow roots of shreddit-post / shreddit-comment-action-row.
  vote: {
    role: 'action',
    anchors: [
      { sel: 'button[upvote]', src: ISSUE3 },
      { sel: 'button[downvote]', src: ISSUE3 },
    ],
  },
  // The action rows holding a post's or a comment's votes (their open shadow roots hold the buttons).
  actionRow: { role: 'action', anchors: [{ sel: 'shreddit-comment-action-row', src: FORSEN }] },
  voted: { role: 'state', anchors: [{ sel: 'button[upvote][aria-pressed="true"], button[downvote][aria-pressed="true"]', src: `${FORSEN}; ${ISSUE3}` }] },
  // Old Reddit vote arrows; the arrow gains `upmod` / `downmod` (class, never a label).
  arrow: {
    role: 'action',
    anchors: [
      { sel: '.arrow.up', src: `${RES_NOPART} (.arrow.up:not(.upmod) in _noParticipation.scss)` },
      { sel: '.arrow.down', src: RES_NOPART },
      { sel: '.arrow.upmod', src: `${RES_NOPART}; ${DARKHOLE}` },
      { sel: '.arrow.downmod', src: `${RES_NOPART}; ${DARKHOLE}` },
    ],
  },
  arrowOn: { role: 'state', anchors: [{ sel: '.arrow.upmod, .arrow.downmod', src: `${RES_KEYS} (vote('upmod'|'downmod')); ${DARKHOLE}` }] },
  // RES's keyboard selection on old Reddit (the thing `a` / `z` act on).
  resSelected: { role: 'state', anchors: [{ sel: '.RES-keyNav-activeElement', src: RES_SELECTED }] },
  // New Reddit overflow menu "Save" item (li#post-overflow-save, the same item reads "Remove from saved" once saved);
  // the icon says which, without a label: save-outline before, save-fill after.
  saveItem: {
    role: 'action',
    anchors: [
      { sel: '#post-overflow-save', src: UNSAVE },
      { sel: '[icon-name="save-outline"]', src: ISSUE3 },
    ],
  },
  // The post's "..." menu host, in the light DOM of every post (its button is in its shadow root): an action bar
  // health can count on feeds where the vote buttons are all in shadow roots.
  overflowMenu: { role: 'action', anchors: [{ sel: 'shreddit-post-overflow-menu', src: UNSAVE }] },
  // Old Reddit save link; the `.thing` then has the class `saved`.
  oldSave: {
    role: 'action',
    anchors: [
      { sel: '.save-button a', src: ISSUE3 },
      { sel: '.link-save-button a', src: ISSUE3 },
      { sel: '.comment-save-button a', src: ISSUE3 },
    ],
  },
  // Join a community: new Reddit's join button (attribute `subscribed` once joined), old Reddit's toggle.
  join: {
    role: 'action',
    anchors: [
      { sel: 'shreddit-join-button', src: ISSUE3 },
      { sel: '.fancy-toggle-button', src: ISSUE3 },
    ],
  },
  joined: {
    role: 'state',
    anchors: [
      { sel: 'shreddit-join-button[subscribed]', src: ISSUE3 },
      { sel: '.fancy-toggle-button .option.remove.active', src: ISSUE3 },
    ],
  },
  composer: {
    role: 'composer',
    anchors: [
      { sel: 'shreddit-composer', src: ISSUE3 },
      { sel: 'comment-composer-host', src: ISSUE3 },
      { sel: 'form.usertext', src: ISSUE3 },
    ],
  },
  composerSubmit: {
    role: 'action',
    anchors: [
      { sel: 'button[slot="submit-button"]', src: ISSUE3 },
      { sel: 'button[type="submit"]', src: ISSUE3 },
      { sel: '.usertext-buttons button.save', src: ISSUE3 },
    ],
  },
  // New post: new Reddit's post composer (/r/<sub>/submit/, also the crosspost composer at ?source_id=t3_...).
  postSubmit: {
    role: 'action',
    anchors: [
      { sel: '#submit-post-button', src: ISSUE3 },
      { sel: 'r-post-form-submit-button button', src: ISSUE3 },
    ],
  },
  postForm: { role: 'composer', anchors: [{ sel: 'r-post-composer-form', src: ISSUE3 }, { sel: 'form#newlink', src: ISSUE3 }] },
  // Search fields: new Reddit (inside faceplate-search-input's shadow root) and old Reddit.
  search: { role: 'search', anchors: [{ sel: 'input[name="q"]', src: ISSUE3 }, { sel: 'faceplate-search-input', src: ISSUE3 }] },
  // Logged in: shreddit-app[user-logged-in="true"], old Reddit's body.loggedin (logged out, votes, saves and joins
  // only open a log-in prompt: nothing changes state, nothing is counted).
  loggedIn: {
    role: 'state',
    anchors: [
      { sel: 'shreddit-app[user-logged-in="true"]', src: TOOLBOX },
      { sel: 'body.loggedin', src: TOOLBOX },
    ],
  },
  crosspost: { role: 'action', anchors: [{ sel: 'a[href*="source_id=t3_"]', src: REPOST }] },
} satisfies AnchorTable;

const A = REDDIT_ANCHORS;
export const REDDIT = {
  vote: anyOf(A.vote),
  oldArrow: anyOf(A.arrow),
  saveItem: '[icon-name="save-outline"]',
  saveMenuItem: anyOf(A.saveItem),
  menuItem: 'li, [role="menuitem"], faceplate-menu-item, button, a',
  oldSave: anyOf(A.oldSave),
  thing: '.thing',
  join: anyOf(A.join),
  joined: anyOf(A.joined),
  composer: anyOf(A.composer),
  composerSubmit: anyOf(A.composerSubmit),
  composerText: '[contenteditable="true"], textarea',
  postSubmit: anyOf(A.postSubmit),
  postForm: 'r-post-composer-form',
  oldPostForm: 'form#newlink',
  search: 'input[name="q"]',
  items: anyOf(A.post),
  resSelected: anyOf(A.resSelected),
} as const;

const pressed = (el: Element) => el.getAttribute('aria-pressed') === 'true';
const arrowOn = (el: Element) => el.classList.contains('upmod') || el.classList.contains('downmod');

function composerText(composer: Element): string {
  const el = composer.querySelector(REDDIT.composerText) ?? composer.shadowRoot?.querySelector(REDDIT.composerText);
  return (el instanceof HTMLTextAreaElement ? el.value : el?.textContent ?? '').trim();
}

export const reddit: Detector = {
  id: 'reddit',
  matches: WHERE.reddit,
  anchors: REDDIT_ANCHORS,
  // A feed, a post page or an old Reddit listing should show posts it knows.
  expects: (doc) => doc.querySelector('shreddit-feed, shreddit-app[pagetype="post_page"], #siteTable') !== null,
  start(root, signal, emit) {
    trackViews(root, signal, emit, {
      platform: 'reddit',
      items: REDDIT.items,
      key: (el) => el.getAttribute('id') ?? el.getAttribute('data-fullname'),
    });
    const watch = toggleWatcher(signal, emit, 'reddit');

    onTrusted(
      root,
      'click',
      (_event, path) => {
        const vote = findInPath(path, REDDIT.vote);
        if (vote) return watch(vote, () => pressed(vote), 'reaction');
        const arrow = findInPath(path, REDDIT.oldArrow);
        if (arrow) return watch(arrow, () => arrowOn(arrow), 'reaction');
        // "Save" picked in the overflow menu: its icon (save-outline; save-fill once saved, "Remove from saved") says
        // it saves rather than removes. Picking the menu item is the confirmed action.
        const save = findInPath(path, REDDIT.saveItem);
        if (save || path.some((el) => el.matches(`${REDDIT.menuItem}, ${REDDIT.saveMenuItem}`) && el.querySelector(REDDIT.saveItem))) {
          return emit({ kind: 'save', platform: 'reddit' });
        }
        const oldSave = findInPath(path, REDDIT.oldSave);
        const thing = oldSave && findInPath(path, REDDIT.thing);
        if (thing) return watch(thing, () => thing.classList.contains('saved'), 'save');
        const join = findInPath(path, REDDIT.join);
        if (join) return watch(join, () => join.matches(REDDIT.joined) || join.querySelector('.option.remove.active') !== null, 'follow');
        const postSubmit = findInPath(path, REDDIT.postSubmit);
        if (postSubmit) {
          if ((postSubmit as HTMLButtonElement).disabled || postSubmit.getAttribute('aria-disabled') === 'true') return;
          const form = findInPath(path, REDDIT.postForm) ?? root.querySelector(REDDIT.postForm);
          const start = root.location?.pathname;
          // The crosspost composer is the post composer opened with ?source_id=t3_<post>: publishing it shares that
          // post (the query is only tested here, never kept).
          const kind = /[?&]source_id=t3_/.test(root.location?.search ?? '') ? 'share' : 'post';
          // Published when the composer goes away or Reddit moves to the new post's page.
          void waitForChange(() => (form !== null && !form.isConnected) || root.location?.pathname !== start, false, { signal, timeout: 10_000 }).then(
            (sent) => sent && emit({ kind, platform: 'reddit' }),
          );
          return;
        }
        const submit = findInPath(path, REDDIT.composerSubmit);
        const composer = submit && findInPath(path, REDDIT.composer);
        if (composer && composerText(composer) !== '' && !submit!.hasAttribute('disabled')) {
          // Sent when the editor is emptied or the composer removed; a failure keeps the text.
          void waitForChange(() => !composer.isConnected || composerText(composer) === '', false, { signal, timeout: 8000 }).then(
            (sent) => sent && emit({ kind: 'comment', platform: 'reddit' }),
          );
        }
      },
      signal,
    );
    // Old Reddit's new-post form is a real form submission (the page then loads the new post). A `submit` event is
    // trusted even when a page script calls button.click() or form.requestSubmit(), so it only counts right after
    // the person's own click on a button of that form, or Enter in it.
    let armed: { form: Element; at: number } | undefined;
    const arm = (path: Element[]) => {
      const form = findInPath(path, REDDIT.oldPostForm);
      if (form) armed = { form, at: Date.now() };
    };
    onTrusted(root, 'click', (_event, path) => findInPath(path, 'button, input[type="submit"]') && arm(path), signal);
    onTrusted(root, 'keydown', (event, path) => event.key === 'Enter' && arm(path), signal);
    onTrusted(
      root,
      'submit',
      (event) => {
        const form = event.target as Element;
        const byPerson = armed?.form === form && Date.now() - armed.at < 1000;
        armed = undefined;
        if (byPerson && (form.querySelector<HTMLTextAreaElement>('textarea[name="title"], input[name="title"]')?.value.trim() ?? '') !== '') {
          emit({ kind: 'post', platform: 'reddit' });
        }
      },
      signal,
    );
    onTrusted(
      root,
      'keydown',
      (event, path) => {
        // Enter that confirms an IME composition (a Japanese or Chinese word) is not a search.
        if (event.key === 'Enter' && !composing(event)) return searchOnEnter(path, REDDIT.search, 'reddit', emit);
        // Reddit Enhancement Suite's `a` / `z` on old Reddit: RES clicks the selected thing's arrow from script (not
        // a trusted click); the person's key counts once that arrow really turns on (never on an undo).
        const k = shortcutKey(event, path);
        if (k !== 'a' && k !== 'z') return;
        const thing = root.querySelector(REDDIT.resSelected)?.closest(REDDIT.thing);
        const arrow = thing?.querySelector(`:scope > .midcol ${k === 'a' ? '.arrow.up, .arrow.upmod' : '.arrow.down, .arrow.downmod'}`);
        if (arrow) watch(arrow, () => arrowOn(arrow), 'reaction');
      },
      signal,
    );
  },
};
