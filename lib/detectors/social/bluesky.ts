/**
 * Bluesky (bsky.app). The web app is React Native Web: every control has a `testID`, rendered as `data-testid`,
 * the same in every language. Markup learned from bluesky-social/social-app: src/components/PostControls
 * (index.tsx: `replyBtn`, `likeBtn`, `postShareBtn`; RepostButton.web.tsx: `repostBtn` opening a menu whose
 * `repostDropdownRepostBtn` reposts or undoes; BookmarkButton.tsx: `postBookmarkBtn`), PostControlButton.tsx (an
 * active control's icon takes an `activeColor`, an inactive one the same grey as the reply icon),
 * custom-animations/LikeIcon.web.tsx (the liked heart is the filled Heart2 icon, in pink), profile header
 * (`followBtn` / `unfollowBtn`), the composer (`composerPublishBtn`), ReportDialog (`report:submit`), search
 * (`searchTextInput`) and feed items (`feedItem-by-<handle>`, `postThreadItem-by-<handle>`).
 *
 * The like, repost and bookmark states have no attribute of their own: the button's label says it (translated) and
 * its icon changes colour. We compare the icon's colour with the reply icon's in the same post (never on), which
 * works in every language and theme.
 */
import { findInPath, hostMatches, onTrusted, searchOnEnter, waitForChange } from '../core/dom';
import { toggleWatcher, trackViews } from '../core/feed';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';


export const BLUESKY = {
  reply: '[data-testid="replyBtn"]',
  like: '[data-testid="likeBtn"]',
  repost: '[data-testid="repostBtn"]',
  // The repost menu's first item: "Repost" or "Undo repost" (same testID, the repost button's state tells which).
  repostConfirm: '[data-testid="repostDropdownRepostBtn"]',
  bookmark: '[data-testid="postBookmarkBtn"]',
  // Profile header and suggestion cards: the testID flips with the state.
  follow: '[data-testid="followBtn"]',
  unfollow: '[data-testid="unfollowBtn"]',
  // Composer (dialog on web): publish button and the text editor (TipTap/ProseMirror on web).
  publish: '[data-testid="composerPublishBtn"]',
  editor: '[data-testid="composerTextInput"], .ProseMirror[contenteditable="true"], [contenteditable="true"][role="textbox"]',
  composer: '[role="dialog"], [data-testid="composePostView"]',
  // Report dialog's final button.
  reportSubmit: '[data-testid="report:submit"]',
  search: '[data-testid="searchTextInput"]',
  // Feed items in feeds, notifications and threads.
  items: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
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
  start(root, signal, emit) {
    trackViews(root, signal, emit, { platform: 'bluesky', items: BLUESKY.items });
    const watch = toggleWatcher(signal, emit, 'bluesky');
    let repostOpener: Element | undefined;
    // The composer answers a post when it was opened from a reply button.
    let replying = false;

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
        if (findInPath(path, BLUESKY.repostConfirm) && repostOpener) {
          const b = repostOpener;
          return watch(b, () => active(b), 'share');
        }
        if (findInPath(path, BLUESKY.reply)) {
          replying = true;
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
        const publish = findInPath(path, BLUESKY.publish);
        if (publish) {
          const composer = publish.closest(BLUESKY.composer) ?? root;
          if (publish.getAttribute('aria-disabled') === 'true' || editorText(composer) === '') return;
          const kind = replying ? 'comment' : 'post';
          // Published when the composer closes; a failure keeps it open with the text.
          void waitForChange(() => !publish.isConnected, false, { signal, timeout: 10_000 }).then((sent) => {
            if (!sent) return;
            replying = false;
            emit({ kind, platform: 'bluesky' });
          });
          return;
        }
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
        if (event.key !== 'Enter') return;
        searchOnEnter(path, BLUESKY.search, 'bluesky', emit);
      },
      signal,
    );
  },
};
