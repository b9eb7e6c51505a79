/**
 * Mastodon, on any instance: recognised by the page's signature, never by a host list (there are thousands of
 * instances, each under its own name). The web UI is a React app mounted in `div#mastodon.app-holder[data-props]`
 * (app/views/shared/_web_app.html.haml) with its state in `script#initial-state` (render_initial_state).
 *
 * Markup learned from mastodon/mastodon app/javascript (4.x): status_action_bar (reply, boost, favourite with
 * `star-icon`, bookmark with `bookmark-icon`), icon_button.tsx (`button.icon-button`, class `active` when on),
 * icon.tsx (`svg.icon.icon-<id>`), status/legacy/boost_button.tsx (standalone boost, or the "boost or quote"
 * menu whose first item boosts), follow_button.tsx (`button.button`, `button-secondary` once following),
 * compose_form.jsx (`form.compose-form`, `.reply-indicator` when replying), features/report/comment.tsx and
 * thanks.jsx (the report's last step holds `.report-dialog-modal__textarea`, the thanks step does not).
 * 4.2 (still run by many instances) draws the same buttons with Font Awesome icons (`i.fa.fa-retweet`); the
 * single-column (mobile) layout renders the same status and compose components. Not recognised: the status
 * "redesign" on mastodon's main branch behind `isRedesignEnabled()` (components/status/status.tsx, action_bar.tsx:
 * CSS-module class names and Phosphor icons, unreleased as of 2026-11-30).
 */
import { findInPath, onTrusted, searchOnEnter, waitForChange } from '../core/dom';
import { toggleWatcher, trackViews } from '../core/feed';
import { composing, postOfKey, shortcutKey } from '../core/keys';
import { anyOf, type AnchorTable, type Detector } from '../core/types';
import { WHERE } from '../routes';

const M = (path: string) => `mastodon/mastodon app/javascript/mastodon/${path} (checked 2026-11-30)`;
const BAR = /* @__PURE__ */ M('components/status/legacy/action_bar/index.jsx');
const BOOST = /* @__PURE__ */ M('components/status/legacy/boost_button.tsx');
const ICON43 = /* @__PURE__ */ M('components/icon.tsx: svg.icon.icon-<id>, 4.3+');
const ICON42 = 'mastodon/mastodon app/javascript/mastodon/components/icon.tsx at 4.2: <i class="fa fa-<id>"> (code search, checked 2026-11-30)';
const GMT = 'green-coding-solutions/social-media-benchmarks build_scenarios.py, probed live on mastodon.social 2026-08-20 (checked 2026-11-30)';

/**
 * What Mastodon's web UI renders, most stable anchor first (issue 11). Mastodon has no testids: class names of its
 * own components are its stable hooks (the same in every language), `active` / `aria-pressed` its state. 4.2 drew
 * icons with Font Awesome (`i.fa.fa-star`), 4.3 to 4.5 with SVGs (`svg.icon.icon-star`): both are listed.
 */
export const MASTODON_ANCHORS = {
  post: {
    role: 'item',
    anchors: [
      { sel: '.status', src: M('components/status.jsx / status/legacy/status.jsx (div.status)') },
      { sel: 'article[data-id]', src: `${M('components/status/status.tsx (StatusHotkeys as article, data-id)')}; ${GMT} (post: "article")` },
    ],
  },
  actionBar: {
    role: 'action',
    anchors: [
      { sel: '.status__action-bar', src: BAR },
      { sel: '.detailed-status__action-bar', src: M('features/status/components/action_bar.jsx') },
    ],
  },
  favourite: {
    role: 'action',
    anchors: [
      { sel: '.star-icon', src: `${BAR} (IconButton className star-icon, 4.2 to 4.5)` },
      { sel: '.icon-star', src: ICON43 },
      { sel: '.fa-star', src: ICON42 },
    ],
  },
  bookmark: {
    role: 'action',
    anchors: [
      { sel: '.bookmark-icon', src: `${BAR} (IconButton className bookmark-icon)` },
      { sel: '.icon-bookmark', src: ICON43 },
      { sel: '.fa-bookmark', src: ICON42 },
    ],
  },
  boost: {
    role: 'action',
    anchors: [
      { sel: '.icon-retweet', src: `${BOOST} (IconButton icon='retweet'); ${ICON43}` },
      { sel: '.fa-retweet', src: ICON42 },
    ],
  },
  // An action bar button that is on: IconButton's `active` class (every version).
  on: {
    role: 'state',
    anchors: [
      { sel: '.status__action-bar button.icon-button.active', src: M('components/icon_button.tsx (classNames active)') },
      { sel: '.detailed-status__action-bar button.icon-button.active', src: M('components/icon_button.tsx (classNames active)') },
    ],
  },
  // The "boost or quote" menu (quick boosting off, 4.5): its first item boosts or un-boosts, the second quotes.
  boostMenuItem: { role: 'menu', anchors: [{ sel: '.reblog-menu-item button[data-index="0"]', src: `${BOOST} ReblogMenuItem` }] },
  quoteMenuItem: { role: 'menu', anchors: [{ sel: '.reblog-menu-item button[data-index="1"]', src: `${BOOST} ReblogMenuItem` }] },
  // Follow buttons (`button.button`) where accounts are shown: profile header, account lists, follow suggestions,
  // hover cards. Scoped, since `button.button` alone is every plain button of the UI.
  followButton: {
    role: 'action',
    anchors: [
      '.account__header__tabs__buttons',
      '.account__header__buttons',
      '.account__relationship',
      '.account-card__actions',
      '.inline-follow-suggestions__body__scrollable__card',
      '.hover-card',
      '.account__wrapper',
    ].map((scope) => ({ sel: `${scope} button.button`, src: M('components/follow_button.tsx, account.tsx, account_header, inline_follow_suggestions, hover_card') })),
  },
  following: {
    role: 'state',
    anchors: [
      { sel: '.button-secondary', src: M('components/follow_button.tsx') },
      { sel: '.button--destructive', src: M('components/follow_button.tsx') },
    ],
  },
  composer: {
    role: 'composer',
    anchors: [
      { sel: 'form.compose-form', src: `${M('features/compose/components/compose_form.jsx')}; ${GMT}` },
    ],
  },
  publish: {
    role: 'action',
    anchors: [
      { sel: '.compose-form__submit button[type="submit"]', src: M('features/compose/components/compose_form.jsx (4.3+)') },
      { sel: '.compose-form__publish button[type="submit"]', src: M('features/compose/components/compose_form.jsx (4.2)') },
      { sel: 'form.compose-form button[type="submit"]', src: `${GMT} (form.compose-form button.button--block)` },
    ],
  },
  reportModal: {
    role: 'menu',
    anchors: [
      { sel: '.report-dialog-modal', src: M('features/ui/components/report_modal.jsx') },
      { sel: '.report-modal', src: M('features/ui/components/report_modal.jsx (older)') },
    ],
  },
  search: {
    role: 'search',
    anchors: [
      { sel: 'input.search__input', src: `${M('features/compose/components/search.tsx')}; ${GMT}` },
      { sel: '.search__input input', src: M('features/compose/components/search.jsx (older)') },
    ],
  },
} satisfies AnchorTable;

const A = MASTODON_ANCHORS;
export const MASTODON = {
  // Action bar of a status in timelines (`status__action-bar`) and of the detailed status page.
  actionBar: anyOf(A.actionBar),
  iconButton: 'button.icon-button',
  favourite: anyOf(A.favourite),
  bookmark: anyOf(A.bookmark),
  boost: anyOf(A.boost),
  boostMenuItem: anyOf(A.boostMenuItem),
  followButton: anyOf(A.followButton),
  following: anyOf(A.following),
  // Composer: the publish button and the textarea; a reply shows the replied status in `.reply-indicator`,
  // an edit shows `.edit-indicator` (an edit is not a new post).
  compose: anyOf(A.composer),
  publish: anyOf(A.publish),
  textarea: 'textarea.autosuggest-textarea__textarea, textarea',
  reply: '.reply-indicator',
  edit: '.edit-indicator',
  // Report dialog: the last step (comment) has the textarea and the submit button in the actions row.
  reportModal: anyOf(A.reportModal),
  reportAction: '.report-dialog-modal__actions button, .report-modal__actions button',
  reportLastStep: '.report-dialog-modal__textarea, .report-modal__comment textarea',
  search: anyOf(A.search),
  // Feed items: every status (a quoted status nested in one is part of it).
  items: '.status',
} as const;

const isOn = (button: Element) => button.classList.contains('active') || button.getAttribute('aria-pressed') === 'true';
const matchesOrHas = (el: Element, selector: string) => el.matches(selector) || el.querySelector(selector) !== null;

export const mastodon: Detector = {
  id: 'mastodon',
  matches: WHERE.mastodon,
  anchors: MASTODON_ANCHORS,
  start(root, signal, emit) {
    trackViews(root, signal, emit, {
      platform: 'mastodon',
      items: MASTODON.items,
      key: (el) => el.getAttribute('data-id'),
    });
    const watch = toggleWatcher(signal, emit, 'mastodon');
    let lastBoost: Element | undefined;

    const submit = (form: Element) => {
      const area = form.querySelector<HTMLTextAreaElement>(MASTODON.textarea);
      if (!area || area.value.trim() === '' || form.querySelector(MASTODON.edit)) return;
      const kind = form.querySelector(MASTODON.reply) ? 'comment' : 'post';
      // Sent when Mastodon clears the textarea (or closes the modal composer); a failure keeps the text.
      void waitForChange(() => !area.isConnected || area.value.trim() === '', false, { signal, timeout: 8000 }).then(
        (sent) => sent && emit({ kind, platform: 'mastodon' }),
      );
    };

    onTrusted(
      root,
      'click',
      (_event, path) => {
        const button = findInPath(path, MASTODON.iconButton);
        if (button && findInPath(path, MASTODON.actionBar)) {
          if (matchesOrHas(button, MASTODON.favourite)) return watch(button, () => isOn(button), 'reaction');
          if (matchesOrHas(button, MASTODON.bookmark)) return watch(button, () => isOn(button), 'save');
          if (matchesOrHas(button, MASTODON.boost)) {
            lastBoost = button;
            return watch(button, () => isOn(button), 'share');
          }
          return;
        }
        if (findInPath(path, MASTODON.boostMenuItem) && lastBoost) {
          const b = lastBoost;
          return watch(b, () => isOn(b), 'share');
        }
        const follow = findInPath(path, MASTODON.followButton);
        if (follow) {
          return watch(follow, () => follow.matches(MASTODON.following), 'follow');
        }
        const publish = findInPath(path, MASTODON.publish);
        if (publish && !(publish as HTMLButtonElement).disabled) {
          const form = publish.closest(MASTODON.compose);
          if (form) submit(form);
          return;
        }
        const modal = findInPath(path, MASTODON.reportAction) && findInPath(path, MASTODON.reportModal);
        if (modal && modal.querySelector(MASTODON.reportLastStep)) {
          // Sent when the dialog moves on to its thanks step (a failed submit stays on the comment step).
          void waitForChange(() => modal.isConnected && !modal.querySelector(MASTODON.reportLastStep), false, {
            signal,
            timeout: 8000,
          }).then((sent) => sent && emit({ kind: 'report', platform: 'mastodon' }));
        }
      },
      signal,
    );
    onTrusted(
      root,
      'keydown',
      (event, path) => {
        if (event.key === 'Enter') {
          // IME: Enter that confirms a composed word is neither a publish nor a search.
          if (composing(event)) return;
          if (event.ctrlKey || event.metaKey) {
            // Ctrl/Cmd+Enter publishes from the composer's textarea.
            const form = findInPath(path, MASTODON.compose);
            if (form && findInPath(path, 'textarea')) submit(form);
            return;
          }
          return searchOnEnter(path, MASTODON.search, 'mastodon', emit, event);
        }
        // Mastodon's hotkeys (components/hotkeys/index.tsx: f favourite, b boost, r reply, q quote) act on the
        // focused status. There is no bookmark hotkey. `r` and `q` open the composer: counted when published.
        const key = shortcutKey(event, path);
        if (key !== 'f' && key !== 'b') return;
        const bar = postOfKey(path, MASTODON.actionBar);
        const buttons = bar ? [...bar.querySelectorAll(MASTODON.iconButton)] : [];
        if (key === 'f') {
          const b = buttons.find((el) => matchesOrHas(el, MASTODON.favourite));
          if (b) watch(b, () => isOn(b), 'reaction');
        } else {
          const b = buttons.find((el) => matchesOrHas(el, MASTODON.boost));
          if (b) {
            // With quick boosting off, `b` opens the boost-or-quote menu (or the boost confirmation): the state flip
            // is what counts, whichever item follows.
            lastBoost = b;
            watch(b, () => isOn(b), 'share');
          }
        }
      },
      signal,
    );
  },
};
