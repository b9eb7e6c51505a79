/**
 * X / Twitter (x.com, twitter.com, mobile.x.com).
 *
 * X's React frontend marks every action with a `data-testid` that stays the same in every UI language and flips
 * with the state (`like` -> `unlike`). We count the flip that follows a trusted gesture, never the click alone.
 * Markup learned from X's own pages as used by maintained open-source tools: Twitter-UI-Customizer
 * (kaonasi-biwa/Twitter-UI-Customizer), control-panel-for-twitter (insin/control-panel-for-twitter), and the
 * fixtures in tests/fixtures/sites/x.com/.
 */
import { countWhenTurnedOn, findInPath, hostMatches, onTrusted, searchOnEnter, waitForChange } from '../core/dom';
import { trackViews } from '../core/feed';
import type { Detector, Emit } from '../core/types';
import { WHERE } from '../routes';


export const X = {
  // Like button of a post, every timeline and the post page; `unlike` once liked.
  like: '[data-testid="like"]',
  unlike: '[data-testid="unlike"]',
  // Repost opens a menu; the repost only happens on the menu's confirm item (`unretweetConfirm` is the undo).
  repostConfirm: '[data-testid="retweetConfirm"]',
  // Bookmark button in the action bar (2023+ layout) and `removeBookmark` once saved.
  bookmark: '[data-testid="bookmark"]',
  removeBookmark: '[data-testid="removeBookmark"]',
  // Follow buttons: `<userId>-follow` / `<userId>-unfollow` (profile header, hover card, "who to follow").
  follow: '[data-testid$="-follow"]',
  unfollow: '[data-testid$="-unfollow"]',
  // Action bar of a post: the container in which a control's state is re-read (React may replace the button).
  actionBar: '[role="group"]',
  post: 'article[data-testid="tweet"], article',
  // Composer: submit buttons of the modal (`tweetButton`) and inline (`tweetButtonInline`) composers.
  submit: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  // The Draft.js editor(s) of a composer: `tweetTextarea_0`, `_1`... (threads).
  editor: '[data-testid^="tweetTextarea_"]:not([data-testid$="label"])',
  dialog: '[role="dialog"]',
  // Report: the caret menu's "Report post" item (`report`) opens a dialog of choice steps (radio lists) advanced by
  // `ChoiceSelectionNextButton` (older flow: `ocfSettingsListNextButton`), ending on a confirmation without choices.
  // The menu item's `div[data-testid="report"][role="menuitem"]` is what maintained tools click (found by code search:
  // a phishing-warning extension's checkMenuDom, a Twitter userscript's selector table). The dialog has no dedicated
  // "submit" hook, so the report counts when a next press leaves it without any choice to make (the confirmation)
  // or closes it.
  reportItem: '[data-testid="report"]',
  reportNext: '[data-testid="ChoiceSelectionNextButton"], [data-testid="ocfSettingsListNextButton"]',
  choice: 'input[type="radio"], [role="radio"], input[type="checkbox"]',
  // Feed items for post-view: every post of a timeline, search results and threads (cellInnerDiv > article).
  items: 'article[data-testid="tweet"]',
  // Search box of the explore page and the right column.
  searchInput: '[data-testid="SearchBox_Search_Input"]',
} as const;

/** State re-read within the closest action bar (or the document) so a re-rendered button is still found. */
function scopeOf(el: Element): ParentNode {
  return el.closest(X.actionBar) ?? el.ownerDocument;
}

/** The composer (dialog or inline form) that holds a submit button. */
function composerOf(button: Element): Element | null {
  let el: Element | null = button;
  while (el && !el.querySelector(X.editor)) el = el.parentElement;
  return el;
}

function editorText(composer: Element): string {
  return [...composer.querySelectorAll(X.editor)].map((e) => e.textContent ?? '').join('').trim();
}

/** A reply when the composer answers a post: a dialog that quotes one, or the inline composer of a post page. */
function isReply(composer: Element, pathname: string): boolean {
  const dialog = composer.closest(X.dialog);
  if (dialog) return dialog.querySelector('article') !== null;
  return /\/status\/\d+/.test(pathname);
}

function submitComposer(composer: Element, root: Document, signal: AbortSignal, emit: Emit): void {
  if (editorText(composer) === '') return;
  const kind = isReply(composer, root.location?.pathname ?? '') ? 'comment' : 'post';
  // Sent when X clears the editor or removes the composer (dialog closed); a failed send keeps the text.
  void waitForChange(() => !composer.isConnected || editorText(composer) === '', false, {
    signal,
    timeout: 8000,
  }).then((sent) => sent && emit({ kind, platform: 'x' }));
}

/** An in-memory identity for a post (its status link), so X's virtualised timeline counts a re-rendered post once. */
const postKey = (article: Element) => article.querySelector('a[href*="/status/"]')?.getAttribute('href')?.replace(/\/(analytics|photo|history).*$/, '');

export const x: Detector = {
  id: 'x',
  matches: WHERE.x,
  start(root, signal, emit) {
    const opts = { signal };
    trackViews(root, signal, emit, { platform: 'x', items: X.items, key: postKey });
    let reporting = false;
    const reported = new WeakSet<Element>();
    onTrusted(
      root,
      'click',
      (_event, path) => {
        const like = findInPath(path, `${X.like}, ${X.unlike}`);
        if (like) {
          const scope = scopeOf(like);
          countWhenTurnedOn(() => scope.querySelector(X.unlike) !== null, () => emit({ kind: 'reaction', platform: 'x' }), opts);
          return;
        }
        if (findInPath(path, X.repostConfirm)) return emit({ kind: 'share', platform: 'x' });
        const bookmark = findInPath(path, `${X.bookmark}, ${X.removeBookmark}`);
        if (bookmark) {
          const scope = scopeOf(bookmark);
          countWhenTurnedOn(() => scope.querySelector(X.removeBookmark) !== null, () => emit({ kind: 'save', platform: 'x' }), opts);
          return;
        }
        const follow = findInPath(path, `${X.follow}, ${X.unfollow}`);
        if (follow) {
          // The user id prefix ties the button to one account, wherever React re-renders it.
          const id = follow.getAttribute('data-testid')!.replace(/-(un)?follow$/, '');
          const following = () => root.querySelector(`[data-testid="${CSS.escape(id)}-unfollow"]`) !== null;
          countWhenTurnedOn(following, () => emit({ kind: 'follow', platform: 'x' }), opts);
          return;
        }
        const submit = findInPath(path, X.submit);
        if (submit && submit.getAttribute('aria-disabled') !== 'true' && !(submit as HTMLButtonElement).disabled) {
          const composer = composerOf(submit);
          if (composer) submitComposer(composer, root, signal, emit);
          return;
        }
        if (findInPath(path, X.reportItem)) {
          reporting = true;
          return;
        }
        const dialog = reporting && findInPath(path, X.reportNext) && findInPath(path, X.dialog);
        if (dialog && !reported.has(dialog)) {
          void waitForChange(() => !dialog.isConnected || dialog.querySelector(X.choice) === null, false, opts).then(
            (done) => {
              if (!done || reported.has(dialog)) return;
              reported.add(dialog);
              reporting = false;
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
        if (event.key !== 'Enter') return;
        // Ctrl/Cmd+Enter sends a post from the editor.
        if ((event.ctrlKey || event.metaKey) && findInPath(path, X.editor)) {
          const composer = composerOf(findInPath(path, X.editor)!);
          if (composer) submitComposer(composer, root, signal, emit);
          return;
        }
        // Enter in the search box submits a query (its text is never read).
        searchOnEnter(path, X.searchInput, 'x', emit);
      },
      signal,
    );
  },
};
