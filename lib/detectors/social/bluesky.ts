/**
 * Bluesky (bsky.app). The web app is React Native Web: every control has a `testID`, rendered as `data-testid`,
 * the same in every language and in the desktop and narrow (mobile web) layouts. The like, repost and bookmark states
 * have no attribute of their own: the button's label says it (translated) and its icon changes (PostControlButton
 * gives an active control its `activeColor`, an inactive one the same grey as the reply icon; the liked heart is the
 * filled Heart2 path; a saved bookmark is BookmarkFilled with a fill). We compare the icon with the reply icon of the
 * same post (never on), which works in every language and theme. Logged out, the repost button has no testID and
 * every action opens the sign-in dialog: nothing changes state, nothing is counted.
 *
 * Keyboard: social-app has no post shortcuts on web (issue bluesky-social/social-app#640 is open; only `n` opens
 * the composer and Ctrl/Cmd+Enter publishes), so Ctrl/Cmd+Enter in the composer is the only key gesture here.
 */
import { findInPath, onTrusted, searchOnEnter, waitForChange } from '../core/dom';
import { toggleWatcher, trackViews } from '../core/feed';
import { composing } from '../core/keys';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const SA = (path: string) => `bluesky-social/social-app ${path} (checked 2026-11-30)`;
const GMT = 'green-coding-solutions/social-media-benchmarks build_scenarios.py, probed live logged in 2026-08-20 (checked 2026-11-30)';

/** What bsky.app renders, most stable anchor first (issue 11). Every selector below is what the detector matches with. */
export const BLUESKY_ANCHORS = {
  post: {
    role: 'item',
    anchors: [
      { sel: '[data-testid^="feedItem-by-"]', src: `${SA('src/view/com/posts (code search: testID={`feedItem-by-${post.author.handle}`})')}; ${GMT} ([data-testid^="feedItem-"])` },
      { sel: '[data-testid^="postThreadItem-by-"]', src: SA('src/screens/PostThread (code search: testID={`postThreadItem-by-${post.author.handle}`})') },
    ],
  },
  reply: { role: 'action', anchors: [{ sel: '[data-testid="replyBtn"]', src: SA('src/components/PostControls/index.tsx') }] },
  like: { role: 'action', anchors: [{ sel: '[data-testid="likeBtn"]', src: `${SA('src/components/PostControls/index.tsx')}; ${GMT}` }] },
  // The filled heart (Heart2_Filled_Stroke2_Corner0_Rounded) replaces the outline once liked: language-independent.
  liked: { role: 'state', anchors: [{ sel: '[data-testid="likeBtn"] path[d^="M12.489 21.372"]', src: SA('src/lib/custom-animations/LikeIcon.web.tsx (Heart2 filled path, as in the previous table)') }] },
  repost: { role: 'action', anchors: [{ sel: '[data-testid="repostBtn"]', src: SA('src/components/PostControls/RepostButton.web.tsx, RepostButtonMenu.tsx') }] },
  // The repost menu: its first item reposts or undoes (same testID: the repost button's state tells which), the
  // second opens the composer with a quote (a post of one's own, counted when published, never as a repost).
  repostConfirm: { role: 'menu', anchors: [{ sel: '[data-testid="repostDropdownRepostBtn"]', src: SA('src/components/PostControls/RepostButtonMenu.tsx') }] },
  quote: { role: 'menu', anchors: [{ sel: '[data-testid="repostDropdownQuoteBtn"]', src: SA('src/components/PostControls/RepostButtonMenu.tsx') }] },
  bookmark: { role: 'action', anchors: [{ sel: '[data-testid="postBookmarkBtn"]', src: SA('src/components/PostControls/BookmarkButton.tsx') }] },
  // Profile header and suggestion cards: the testID flips with the state.
  follow: { role: 'action', anchors: [{ sel: '[data-testid="followBtn"]', src: SA('src/screens/Profile/Header/ProfileHeaderStandard.tsx (followBtn/unfollowBtn, as in the previous table)') }] },
  following: { role: 'state', anchors: [{ sel: '[data-testid="unfollowBtn"]', src: SA('src/screens/Profile/Header/ProfileHeaderStandard.tsx (followBtn/unfollowBtn, as in the previous table)') }] },
  // Composer (a dialog on web): its root, publish button and editor (TipTap/ProseMirror on web; no testID of its own
  // live, the `composerTextInput` testID is the native one).
  composer: {
    role: 'composer',
    anchors: [
      { sel: '[data-testid="composePostView"] [contenteditable="true"]', src: `${SA('src/view/com/composer/Composer.tsx')}; ${GMT}` },
      { sel: '[data-testid="composerTextInput"]', src: SA('src/view/com/composer/text-input (native testID; live probe says absent on web)') },
      { sel: '.ProseMirror[contenteditable="true"]', src: SA('src/view/com/composer/text-input/TextInput.web.tsx (TipTap editor)') },
    ],
  },
  composerRoot: { role: 'composer', anchors: [{ sel: '[data-testid="composePostView"]', src: `${SA('src/view/com/composer/Composer.tsx')}; ${GMT}` }] },
  publish: { role: 'action', anchors: [{ sel: '[data-testid="composerPublishBtn"]', src: `${SA('src/view/com/composer/Composer.tsx')}; ${GMT}` }] },
  // The floating "new post" button of the narrow layout (a composer that answers nothing).
  newPost: { role: 'action', anchors: [{ sel: '[data-testid="composeFAB"]', src: `${SA('src/screens (code search: <FAB testID="composeFAB" onPress={onPressCompose}>)')}; ${GMT} (mobile layout)` }] },
  reportSubmit: { role: 'action', anchors: [{ sel: '[data-testid="report:submit"]', src: SA('src/components/moderation/ReportDialog (code search: testID="report:submit")') }] },
  search: {
    role: 'search',
    anchors: [
      { sel: '[data-testid="searchTextInput"]', src: SA('src/components/forms/SearchInput (code search: testID="searchTextInput")') },
      { sel: '[data-testid="searchScreenInput"]', src: GMT },
    ],
  },
} satisfies AnchorTable;

const A = BLUESKY_ANCHORS;
export const BLUESKY = {
  reply: anyOf(A.reply),
  like: anyOf(A.like),
  repost: anyOf(A.repost),
  repostConfirm: anyOf(A.repostConfirm),
  bookmark: anyOf(A.bookmark),
  follow: anyOf(A.follow),
  unfollow: anyOf(A.following),
  publish: anyOf(A.publish),
  editor: anyOf(A.composer),
  composer: `${anyOf(A.composerRoot)}, [role="dialog"]`,
  reportSubmit: anyOf(A.reportSubmit),
  newPost: anyOf(A.newPost),
  search: anyOf(A.search),
  items: anyOf(A.post),
} as const;

/** Fill path of the liked heart (Heart2_Filled_Stroke2_Corner0_Rounded in social-app's icons). */
const FILLED_HEART = 'M12.489 21.372';

const iconColour = (button: Element | null | undefined) => {
  const svg = button?.querySelector('svg');
  return svg ? `${(svg as SVGElement).style.color}|${svg.getAttribute('fill') ?? ''}|${svg.getAttribute('color') ?? ''}` : undefined;
};

/** The post controls row around a control: the closest ancestor that also holds the reply button. */
function controlsOf(button: Element): Element | null {
  for (let el = button.parentElement; el; el = el.parentElement) if (el.querySelector(BLUESKY.reply)) return el;
  return null;
}

/** On when the icon no longer looks like the reply icon of the same post (or, for a like, is the filled heart). */
function active(button: Element): boolean {
  if (button.querySelector(`path[d^="${FILLED_HEART}"]`)) return true;
  const reply = controlsOf(button)?.querySelector(BLUESKY.reply);
  const mine = iconColour(button);
  return mine !== undefined && reply !== null && reply !== undefined && mine !== iconColour(reply);
}

const editorText = (scope: ParentNode) =>
  [...scope.querySelectorAll(BLUESKY.editor)].map((e) => e.textContent ?? '').join('').trim();

export const bluesky: Detector = {
  id: 'bluesky',
  matches: WHERE.bluesky,
  anchors: BLUESKY_ANCHORS,
  start(root, signal, emit) {
    trackViews(root, signal, emit, { platform: 'bluesky', items: BLUESKY.items });
    const watch = toggleWatcher(signal, emit, 'bluesky');
    let repostOpener: Element | undefined;
    /**
     * The composers opened by a reply button (issue 10 item 8): a reply's composer is a new element, remembered
     * when it appears; a cancelled reply takes its composer with it, so a later new post is never a comment.
     */
    const replyComposers = new WeakSet<Element>();
    const composerRoot = (el: Element) => el.closest(BLUESKY.composer);
    const published = new WeakSet<Element>();
    const ROOT = anyOf(A.composerRoot);
    /** Looks for the composer a reply button opened (polled after the click, and once more at publish time). */
    let findReplyComposer: (() => boolean) | undefined;
    const rememberReplyComposer = () => {
      const before = new Set(root.querySelectorAll(ROOT));
      let found = false;
      const find = (): boolean => {
        if (found || findReplyComposer !== find) return true;
        const c = [...root.querySelectorAll(ROOT)].find((el) => !before.has(el));
        if (!c) return false;
        found = true;
        replyComposers.add(c);
        replyComposers.add(c.closest('[role="dialog"]') ?? c);
        return true;
      };
      findReplyComposer = find;
      void waitForChange(find, false, { signal, timeout: 4000 }).then(() => {
        if (findReplyComposer === find) findReplyComposer = undefined;
      });
    };

    const publish = (button: Element) => {
      const composer = composerRoot(button) ?? root;
      if (button.getAttribute('aria-disabled') === 'true' || editorText(composer) === '' || published.has(button)) return;
      published.add(button);
      findReplyComposer?.();
      const kind = composer instanceof Element && replyComposers.has(composer) ? 'comment' : 'post';
      // Published when the composer closes; a failure keeps it open with the text.
      void waitForChange(() => !button.isConnected, false, { signal, timeout: 10_000 }).then((sent) => {
        published.delete(button);
        if (sent) emit({ kind, platform: 'bluesky' });
      });
    };

    onTrusted(
      root,
      'click',
      (_event, path) => {
        const like = findInPath(path, BLUESKY.like);
        if (like) return watch(like, () => active(like), 'reaction');
        const bookmark = findInPath(path, BLUESKY.bookmark);
        if (bookmark) return watch(bookmark, () => active(bookmark), 'save');
        const repost = findInPath(path, BLUESKY.repost);
        if (repost) {
          repostOpener = repost;
          return;
        }
        // The menu's repost item (not its quote item): counted when the opener's icon turns on.
        if (findInPath(path, BLUESKY.repostConfirm) && repostOpener) {
          const b = repostOpener;
          repostOpener = undefined;
          return watch(b, () => active(b), 'share');
        }
        if (findInPath(path, BLUESKY.reply)) return rememberReplyComposer();
        if (findInPath(path, BLUESKY.newPost)) {
          findReplyComposer = undefined; // a new post's composer, whatever opens now
          return;
        }
        const follow = findInPath(path, `${BLUESKY.follow}, ${BLUESKY.unfollow}`);
        if (follow) {
          const scope = follow.parentElement ?? root;
          return watch(
            follow,
            () => follow.matches(BLUESKY.unfollow) || (!follow.isConnected && scope.querySelector(BLUESKY.unfollow) !== null),
            'follow',
          );
        }
        const pub = findInPath(path, BLUESKY.publish);
        if (pub) return publish(pub);
        const report = findInPath(path, BLUESKY.reportSubmit);
        if (report && report.getAttribute('aria-disabled') !== 'true') {
          // Sent when the dialog closes on success; an error keeps it open.
          void waitForChange(() => !report.isConnected, false, { signal, timeout: 10_000 }).then(
            (sent) => sent && emit({ kind: 'report', platform: 'bluesky' }),
          );
        }
      },
      signal,
    );
    onTrusted(
      root,
      'keydown',
      (event, path) => {
        if (event.key !== 'Enter' || composing(event)) return;
        // Ctrl/Cmd+Enter publishes from the composer (social-app's web composer shortcut).
        if (event.ctrlKey || event.metaKey) {
          const editor = findInPath(path, BLUESKY.editor);
          const composer = editor && composerRoot(editor);
          const button = composer?.querySelector(BLUESKY.publish);
          if (button) publish(button);
          return;
        }
        searchOnEnter(path, BLUESKY.search, 'bluesky', emit, event);
      },
      signal,
    );
  },
};
