/**
 * Reddit: new Reddit ("shreddit", www.reddit.com / sh.reddit.com) and old.reddit.com.
 *
 * New Reddit is built of `shreddit-*` / `faceplate-*` custom elements whose controls live in open shadow roots: a
 * click's composedPath() goes through them, so delegation on the document still sees which button was pressed.
 * Markup learned from www.reddit.com itself as used by maintained userscripts and extensions (Reddit Enhancement
 * Suite's shreddit notes, the "Downvote" userscripts: `shreddit-post` / `shreddit-comment-action-row` shadow roots
 * with `button[upvote]` / `button[downvote]` and `aria-pressed`; faceplate icons named by `icon-name`, e.g.
 * `save-outline` / `save-fill`; `shreddit-join-button[subscribed]`; `shreddit-composer` with
 * `button[slot="submit-button"]`; `faceplate-search-input` with `input[name="q"]`).
 * Old Reddit: reddit's classic templates (reddit/reddit r2/templates): vote arrows `.arrow.up` turning `.upmod`
 * (`.down` -> `.downmod`), a saved `.thing` gets the class `saved`, `.fancy-toggle-button` join/leave options,
 * `form.usertext` comment forms, `form#newlink` for new posts.
 * Not detected: reports. Neither Reddit's report dialog nor old Reddit's report form could be checked against
 * their live markup, and a report must only count once it is really sent.
 */
import { findInPath, hostMatches, onTrusted, searchOnEnter, waitForChange } from '../core/dom';
import { toggleWatcher, trackViews } from '../core/feed';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';


export const REDDIT = {
  // New Reddit votes (posts and comments, inside shadow roots); aria-pressed flips.
  vote: 'button[upvote], button[downvote]',
  // Old Reddit vote arrows; the arrow gains `upmod` / `downmod`.
  oldArrow: '.arrow.up, .arrow.upmod, .arrow.down, .arrow.downmod',
  // New Reddit overflow menu item to save (the icon is `save-outline` before, `save-fill` once saved: "Remove
  // from saved"). Clicking the item is the confirmed action.
  saveItem: '[icon-name="save-outline"]',
  menuItem: 'li, [role="menuitem"], faceplate-menu-item, button, a',
  // Old Reddit save link; the `.thing` then has the class `saved`.
  oldSave: '.save-button a, .link-save-button a, .comment-save-button a',
  thing: '.thing',
  // Join a community: new Reddit's join button (attribute `subscribed` once joined), old Reddit's toggle whose
  // `remove` option becomes active once subscribed.
  join: 'shreddit-join-button, .fancy-toggle-button',
  joined: 'shreddit-join-button[subscribed], .fancy-toggle-button .option.remove.active',
  // Comment composers: new Reddit's `shreddit-composer` (comment-composer-host), old Reddit's `form.usertext`.
  composer: 'shreddit-composer, comment-composer-host, form.usertext',
  composerSubmit: 'button[slot="submit-button"], button[type="submit"], .usertext-buttons button.save',
  composerText: '[contenteditable="true"], textarea',
  // New post: new Reddit's post composer (/r/<sub>/submit/: `r-post-composer-form`, its Post button
  // `#submit-post-button` inside `r-post-form-submit-button`), old Reddit's `form#newlink` (a real form submission).
  postSubmit: '#submit-post-button, r-post-form-submit-button button',
  postForm: 'r-post-composer-form',
  oldPostForm: 'form#newlink',
  // Search fields: new Reddit (inside faceplate-search-input's shadow root) and old Reddit.
  search: 'input[name="q"]',
  // Feed items: new Reddit posts (light DOM custom element), old Reddit links.
  items: 'shreddit-post, .thing.link',
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
        const save = findInPath(path, REDDIT.saveItem);
        if (save || path.some((el) => el.matches(REDDIT.menuItem) && el.querySelector(REDDIT.saveItem))) {
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
          // Published when the composer goes away or Reddit moves to the new post's page.
          void waitForChange(() => (form !== null && !form.isConnected) || root.location?.pathname !== start, false, { signal, timeout: 10_000 }).then(
            (sent) => sent && emit({ kind: 'post', platform: 'reddit' }),
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
        if (event.key !== 'Enter') return;
        searchOnEnter(path, REDDIT.search, 'reddit', emit);
      },
      signal,
    );
  },
};
