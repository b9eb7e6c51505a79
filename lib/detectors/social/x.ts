/**
 * X / Twitter (x.com, twitter.com, mobile.x.com).
 *
 * X's React Native Web frontend marks every action with a `data-testid` that stays the same in every UI language and
 * flips with the state (`like` -> `unlike`). We count the flip that follows a trusted gesture (a click, a tap, or one
 * of X's keyboard shortcuts `l` like, `t` repost menu, `b` bookmark, `r` reply), never the click or key alone.
 * The desktop layout opens menus in `[data-testid="Dropdown"]` and the composer in a modal dialog; the mobile layout
 * (mobile.x.com, or x.com in a narrow window) opens menus as a bottom sheet (`[data-testid="sheetDialog"]`) and the
 * composer as a page (/compose/post): both are handled. The logged-out post page is a testid-free render where no
 * gesture is possible (every action asks to sign in): nothing is counted there.
 */
import { countWhenTurnedOn, findInPath, onTrusted, searchOnEnter, waitForChange } from '../core/dom';
import { trackViews } from '../core/feed';
import { shortcutKey } from '../core/keys';
import { anyOf, type AnchorTable, type Detector, type Emit } from '../core/types';
import { WHERE } from '../routes';

const CPFT = 'insin/control-panel-for-twitter script.js (checked 2026-11-30)';
const TUIC = 'kaonasi-biwa/Twitter-UI-Customizer src/content/modules/observer/functions/tweetSettings/_data.ts (checked 2026-11-30)';
const TUIC_RT = 'kaonasi-biwa/Twitter-UI-Customizer src/content/modules/observer/functions/replacePostWithTweet.ts (checked 2026-11-30)';
const TUIC_MENU = 'kaonasi-biwa/Twitter-UI-Customizer src/content/modules/observer/functions/tweetSettings/tweetMoreMenuContent.ts (checked 2026-11-30)';
const GMT = 'green-coding-solutions/social-media-benchmarks build_scenarios.py, probed live logged in 2026-08-20 (checked 2026-11-30)';

/** What X renders, most stable anchor first (issue 11). Every selector below is what the detector matches with. */
export const X_ANCHORS = {
  post: { role: 'item', anchors: [{ sel: 'article[data-testid="tweet"]', src: `${CPFT} Selectors.TWEET; ${GMT}` }] },
  like: { role: 'action', anchors: [{ sel: '[data-testid="like"]', src: `${TUIC} "like-button"; ${GMT}` }] },
  liked: { role: 'state', anchors: [{ sel: '[data-testid="unlike"]', src: `${TUIC} "like-button" ($="like"); ${GMT}` }] },
  reply: { role: 'action', anchors: [{ sel: '[data-testid="reply"]', src: `${TUIC} "reply-button"` }] },
  repost: { role: 'action', anchors: [{ sel: '[data-testid="retweet"]', src: `${TUIC} "retweet-button"; ${TUIC_RT}` }] },
  reposted: { role: 'state', anchors: [{ sel: '[data-testid="unretweet"]', src: `${TUIC_RT} isHoveringUnretweetButton` }] },
  // The repost menu's confirm item: `retweetConfirm`, renamed `repostConfirm` in the 2025-2026 builds (both served).
  repostConfirm: {
    role: 'menu',
    anchors: [
      { sel: '[data-testid="retweetConfirm"]', src: `${CPFT} handlePopup; ${TUIC_RT}` },
      { sel: '[data-testid="repostConfirm"]', src: `${CPFT} handlePopup` },
    ],
  },
  repostUndo: {
    role: 'menu',
    anchors: [
      { sel: '[data-testid="unretweetConfirm"]', src: `${CPFT} handlePopup; ${TUIC_RT}` },
      { sel: '[data-testid="unrepostConfirm"]', src: `${CPFT} handlePopup` },
    ],
  },
  bookmark: { role: 'action', anchors: [{ sel: '[data-testid="bookmark"]', src: `${TUIC} boolkmark; ${CPFT} hideBookmarkMetrics` }] },
  bookmarked: { role: 'state', anchors: [{ sel: '[data-testid="removeBookmark"]', src: `${TUIC} boolkmark; ${CPFT} hideBookmarkMetrics` }] },
  // Follow buttons: `<userId>-follow` / `<userId>-unfollow` (profile header, hover card, "who to follow").
  follow: { role: 'action', anchors: [{ sel: '[data-testid$="-follow"]', src: 'kaonasi-biwa/Twitter-UI-Customizer src/content (git grep $="-follow") (checked 2026-11-30)' }] },
  following: { role: 'state', anchors: [{ sel: '[data-testid$="-unfollow"]', src: 'kaonasi-biwa/Twitter-UI-Customizer src/content (git grep $="-unfollow") (checked 2026-11-30)' }] },
  // The Draft.js editor(s) of a composer: `tweetTextarea_0`, `_1`... (threads); its `_label` wrapper is not one.
  composer: {
    role: 'composer',
    anchors: [{ sel: '[data-testid^="tweetTextarea_"]:not([data-testid$="label"])', src: `${CPFT} observeDesktopHomeTimelineTweetBox; ${GMT}` }],
  },
  // Submit buttons of the modal or mobile page composer (`tweetButton`) and the inline one (`tweetButtonInline`).
  submit: {
    role: 'action',
    anchors: [
      { sel: '[data-testid="tweetButton"]', src: `${CPFT} observeDesktopComposeTweetModal` },
      { sel: '[data-testid="tweetButtonInline"]', src: `${CPFT} tweakTweetBox; ${GMT}` },
    ],
  },
  // Menus: desktop dropdown, mobile bottom sheet (CPFT: `${desktop ? 'Dropdown' : 'sheetDialog'}`).
  menu: {
    role: 'menu',
    anchors: [
      { sel: '[data-testid="Dropdown"]', src: `${CPFT} handlePopup (desktop)` },
      { sel: '[data-testid="sheetDialog"]', src: `${CPFT} handlePopup (mobile)` },
    ],
  },
  // Report: the caret menu's "Report post" item opens a dialog of choice steps advanced by
  // `ChoiceSelectionNextButton` (older flow: `ocfSettingsListNextButton`), ending on a confirmation without choices.
  reportItem: { role: 'menu', anchors: [{ sel: '[data-testid="report"]', src: TUIC_MENU }] },
  reportNext: {
    role: 'action',
    anchors: [
      { sel: '[data-testid="ChoiceSelectionNextButton"]', src: 'found by find_string "ChoiceSelectionNextButton": X report automation scripts (Selenium/Playwright), 2025-2026 (checked 2026-11-30)' },
      { sel: '[data-testid="ocfSettingsListNextButton"]', src: 'found by find_string: X report userscript "completeButtonSelector" (checked 2026-11-30)' },
    ],
  },
  search: { role: 'search', anchors: [{ sel: '[data-testid="SearchBox_Search_Input"]', src: `${GMT}` }] },
  // "Post" buttons that open a new composer (side nav on desktop, floating button on mobile): not a reply.
  newPost: {
    role: 'action',
    anchors: [
      { sel: '[data-testid="SideNav_NewTweet_Button"]', src: CPFT },
      { sel: '[data-testid="FloatingActionButtons_Tweet_Button"]', src: `${CPFT} (mobile)` },
    ],
  },
} satisfies AnchorTable;

const A = X_ANCHORS;
export const X = {
  like: anyOf(A.like),
  unlike: anyOf(A.liked),
  reply: anyOf(A.reply),
  repost: anyOf(A.repost),
  reposted: anyOf(A.reposted),
  repostConfirm: anyOf(A.repostConfirm),
  bookmark: anyOf(A.bookmark),
  removeBookmark: anyOf(A.bookmarked),
  follow: anyOf(A.follow),
  unfollow: anyOf(A.following),
  // Action bar of a post: the container in which a control's state is re-read (React may replace the button).
  actionBar: '[role="group"]',
  post: anyOf(A.post),
  submit: anyOf(A.submit),
  editor: anyOf(A.composer),
  dialog: '[role="dialog"]',
  reportItem: anyOf(A.reportItem),
  reportNext: anyOf(A.reportNext),
  choice: 'input[type="radio"], [role="radio"], input[type="checkbox"]',
  items: anyOf(A.post),
  searchInput: anyOf(A.search),
  newPost: anyOf(A.newPost),
} as const;

/** State re-read within the closest action bar (or the document) so a re-rendered button is still found. */
function scopeOf(el: Element): ParentNode {
  return el.closest(X.actionBar) ?? el.ownerDocument;
}

/** The composer (dialog, page or inline form) that holds a submit button. */
function composerOf(button: Element): Element | null {
  let el: Element | null = button;
  while (el && !el.querySelector(X.editor)) el = el.parentElement;
  return el;
}

function editorText(composer: Element): string {
  return [...composer.querySelectorAll(X.editor)].map((e) => e.textContent ?? '').join('').trim();
}

/** An in-memory identity for a post (its status link), so X's virtualised timeline counts a re-rendered post once. */
const postKey = (article: Element) => article.querySelector('a[href*="/status/"]')?.getAttribute('href')?.replace(/\/(analytics|photo|history).*$/, '');

/** How long a dialog may take to open after the gesture that asks for it. */
const OPEN_MS = 4000;
const POLL_MS = 500;

export const x: Detector = {
  id: 'x',
  matches: WHERE.x,
  anchors: X_ANCHORS,
  start(root, signal, emit) {
    const opts = { signal };
    trackViews(root, signal, emit, { platform: 'x', items: X.items, key: postKey });

    /**
     * A flag that lives as long as the dialogs it was raised for (issue 10 item 8): raised by a gesture that opens a
     * dialog (a report), it drops as soon as no dialog is open any more (cancelled, closed, sent), or when none
     * opened within OPEN_MS. At most one querySelector per POLL_MS, only while the flag is up.
     */
    const dialogFlag = () => {
      let up = false;
      let run = 0;
      return {
        get up() {
          return up;
        },
        raise() {
          up = true;
          const mine = ++run;
          const since = Date.now();
          let seen = false;
          let delay = 30;
          const tick = () => {
            if (signal.aborted || mine !== run) return;
            const open = root.querySelector(X.dialog) !== null;
            seen ||= open;
            if ((seen && !open) || (!seen && Date.now() - since > OPEN_MS)) return void (up = false);
            delay = Math.min(delay * 2, POLL_MS);
            setTimeout(tick, delay);
          };
          setTimeout(tick, 0);
        },
        drop() {
          up = false;
          run++;
        },
      };
    };
    const reporting = dialogFlag();
    const reported = new WeakSet<Element>();

    /**
     * Replies: a composer opened by a reply (button or `r`) answers a post. On desktop it is a dialog that quotes the
     * post; on the mobile layout it is the /compose/post page, so the editor that appears after the reply gesture is
     * remembered (an editor is a new element for each composer: a cancelled reply's editor is gone with it).
     */
    const replyEditors = new WeakSet<Element>();
    let findReplyEditor: (() => boolean) | undefined;
    const rememberReplyEditor = () => {
      const before = new Set(root.querySelectorAll(X.editor));
      let found = false;
      const find = (): boolean => {
        if (found || findReplyEditor !== find) return true;
        const editor = [...root.querySelectorAll(X.editor)].find((e) => !before.has(e));
        if (!editor) return false;
        found = true;
        replyEditors.add(editor);
        return true;
      };
      findReplyEditor = find;
      void waitForChange(find, false, { signal, timeout: OPEN_MS }).then(() => {
        if (findReplyEditor === find) findReplyEditor = undefined;
      });
    };
    const isReply = (composer: Element): boolean => {
      findReplyEditor?.();
      if ([...composer.querySelectorAll(X.editor)].some((e) => replyEditors.has(e))) return true;
      const dialog = composer.closest(X.dialog);
      if (dialog) return dialog.querySelector('article') !== null;
      return /\/status\/\d+/.test(root.location?.pathname ?? '');
    };
    const submitComposer = (composer: Element) => {
      if (editorText(composer) === '') return;
      const kind = isReply(composer) ? 'comment' : 'post';
      // Sent when X clears the editor or removes the composer (dialog closed, page left); a failed send keeps the text.
      void waitForChange(() => !composer.isConnected || editorText(composer) === '', false, { signal, timeout: 8000 }).then(
        (sent) => sent && emit({ kind, platform: 'x' }),
      );
    };

    /** Toggles of one post's action bar (a click on the button, or its shortcut on the focused post). */
    const like = (control: Element) => {
      const scope = scopeOf(control);
      countWhenTurnedOn(() => scope.querySelector(X.unlike) !== null, () => emit({ kind: 'reaction', platform: 'x' }), opts);
    };
    const bookmark = (control: Element) => {
      const scope = scopeOf(control);
      countWhenTurnedOn(() => scope.querySelector(X.removeBookmark) !== null, () => emit({ kind: 'save', platform: 'x' }), opts);
    };

    /**
     * Reposts go through a menu: the repost button (or `t`) opens it, its confirm item reposts. The repost counts when
     * the opener's bar shows the reposted state; if the opener is unknown, when the menu closes after the confirm.
     */
    let repostOpener: Element | undefined;
    const confirmed = new WeakSet<Element>();
    const reposting = new WeakSet<object>();
    const confirmRepost = (item: Element) => {
      if (confirmed.has(item)) return;
      confirmed.add(item);
      const opener = repostOpener?.isConnected ? repostOpener : undefined;
      repostOpener = undefined;
      if (opener) {
        // One wait per post's bar: a menu item re-rendered and confirmed again while the first wait runs is the same
        // repost, not a second one.
        const scope = scopeOf(opener);
        if (reposting.has(scope)) return;
        reposting.add(scope);
        const reposted = () => scope.querySelector(X.reposted) !== null;
        if (reposted()) return void reposting.delete(scope);
        void waitForChange(reposted, false, opts).then((on) => {
          reposting.delete(scope);
          if (on) emit({ kind: 'share', platform: 'x' });
        });
      } else {
        void waitForChange(() => !item.isConnected, false, opts).then((closed) => closed && emit({ kind: 'share', platform: 'x' }));
      }
    };

    onTrusted(
      root,
      'click',
      (_event, path) => {
        const likeBtn = findInPath(path, `${X.like}, ${X.unlike}`);
        if (likeBtn) return like(likeBtn);
        const confirm = findInPath(path, X.repostConfirm);
        if (confirm) return confirmRepost(confirm);
        const repost = findInPath(path, X.repost);
        if (repost) {
          repostOpener = repost;
          return;
        }
        const bm = findInPath(path, `${X.bookmark}, ${X.removeBookmark}`);
        if (bm) return bookmark(bm);
        const follow = findInPath(path, `${X.follow}, ${X.unfollow}`);
        if (follow) {
          // The user id prefix ties the button to one account, wherever React re-renders it.
          const id = follow.getAttribute('data-testid')!.replace(/-(un)?follow$/, '');
          const following = () => root.querySelector(`[data-testid="${CSS.escape(id)}-unfollow"]`) !== null;
          countWhenTurnedOn(following, () => emit({ kind: 'follow', platform: 'x' }), opts);
          return;
        }
        if (findInPath(path, X.reply)) return rememberReplyEditor();
        // A new post's composer opened instead: whatever editor appears now does not answer a post.
        if (findInPath(path, X.newPost)) {
          findReplyEditor = undefined;
          return;
        }
        const submit = findInPath(path, X.submit);
        if (submit && submit.getAttribute('aria-disabled') !== 'true' && !(submit as HTMLButtonElement).disabled) {
          const composer = composerOf(submit);
          if (composer) submitComposer(composer);
          return;
        }
        if (findInPath(path, X.reportItem)) return reporting.raise();
        const dialog = reporting.up && findInPath(path, X.reportNext) && findInPath(path, X.dialog);
        if (dialog && !reported.has(dialog)) {
          void waitForChange(() => !dialog.isConnected || dialog.querySelector(X.choice) === null, false, opts).then(
            (done) => {
              if (!done || reported.has(dialog)) return;
              reported.add(dialog);
              reporting.drop();
              emit({ kind: 'report', platform: 'x' });
            },
          );
        }
      },
      signal,
    );
    onTrusted(
      root,
      'keydown',
      (event, path) => {
        if (event.key === 'Enter') {
          // IME: Enter that confirms a composed word is neither a send nor a search.
          if (event.isComposing || event.keyCode === 229) return;
          // Ctrl/Cmd+Enter sends a post from the editor.
          const editor = findInPath(path, X.editor);
          if ((event.ctrlKey || event.metaKey) && editor) {
            const composer = composerOf(editor);
            if (composer) submitComposer(composer);
            return;
          }
          // Enter (or Space, below) on a focused menu item activates it, as a click would.
          const confirm = findInPath(path, X.repostConfirm);
          if (confirm) return confirmRepost(confirm);
          // Enter in the search box submits a query (its text is never read).
          return searchOnEnter(path, X.searchInput, 'x', emit, event);
        }
        if (event.key === ' ' && !event.isComposing) {
          const confirm = findInPath(path, X.repostConfirm);
          if (confirm) return confirmRepost(confirm);
        }
        // X's shortcuts act on the focused post (j/k move the focus from post to post).
        const key = shortcutKey(event, path);
        if (key === 'n') findReplyEditor = undefined; // `n`: a new post, not a reply
        if (!key || !'ltbr'.includes(key)) return;
        const post = findInPath(path, X.post);
        if (!post) return;
        const control = (sel: string) => post.querySelector(sel);
        if (key === 'l') {
          const b = control(`${X.like}, ${X.unlike}`);
          if (b) like(b);
        } else if (key === 'b') {
          const b = control(`${X.bookmark}, ${X.removeBookmark}`);
          if (b) bookmark(b);
        } else if (key === 't') {
          const b = control(X.repost);
          if (b) repostOpener = b;
        } else if (key === 'r') rememberReplyEditor();
      },
      signal,
    );
  },
};
