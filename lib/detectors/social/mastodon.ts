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
 */
import { findInPath, onTrusted, searchOnEnter, waitForChange } from '../core/dom';
import { toggleWatcher, trackViews } from '../core/feed';
import type { Detector } from '../core/types';
import { WHERE } from '../routes';

export const MASTODON = {
  // Action bar of a status in timelines (`status__action-bar`) and of the detailed status page.
  actionBar: '.status__action-bar, .detailed-status__action-bar',
  iconButton: 'button.icon-button',
  // Favourite: `star-icon` class on the button (status_action_bar), fallback the star svg (icon.tsx).
  favourite: '.star-icon, .icon-star',
  // Bookmark: `bookmark-icon` class, fallback the bookmark svg.
  bookmark: '.bookmark-icon, .icon-bookmark',
  // Boost: the button with the retweet svg (boost_button.tsx names the icon 'retweet').
  boost: '.icon-retweet',
  // "Boost or quote" menu (quick boosting off): its first item boosts or un-boosts.
  boostMenuItem: '.reblog-menu-item button[data-index="0"]',
  // Follow buttons: profile header, account lists, follow suggestions, hover cards.
  followScope:
    '.account__header__tabs__buttons, .account__header__buttons, .account__relationship, .account-card__actions, .inline-follow-suggestions__body__scrollable__card, .hover-card, .account__wrapper',
  followButton: 'button.button',
  following: '.button-secondary, .button--destructive',
  // Composer: the publish button and the textarea; a reply shows the replied status in `.reply-indicator`,
  // an edit shows `.edit-indicator` (an edit is not a new post).
  compose: 'form.compose-form',
  publish: '.compose-form__publish button[type="submit"], .compose-form__submit button[type="submit"]',
  textarea: 'textarea.autosuggest-textarea__textarea, textarea',
  reply: '.reply-indicator',
  edit: '.edit-indicator',
  // Report dialog: the last step (comment) has the textarea and the submit button in the actions row.
  reportModal: '.report-dialog-modal, .report-modal',
  reportAction: '.report-dialog-modal__actions button, .report-modal__actions button',
  reportLastStep: '.report-dialog-modal__textarea, .report-modal__comment textarea',
  // Search field of the navigation column and the explore page.
  search: 'input.search__input, .search__input input',
  // Feed items: every status (a quoted status nested in one is part of it).
  items: '.status',
} as const;

const isOn = (button: Element) => button.classList.contains('active') || button.getAttribute('aria-pressed') === 'true';
const matchesOrHas = (el: Element, selector: string) => el.matches(selector) || el.querySelector(selector) !== null;

export const mastodon: Detector = {
  id: 'mastodon',
  matches: WHERE.mastodon,
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
        if (follow && findInPath(path, MASTODON.followScope)) {
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
        if (event.key !== 'Enter') return;
        if (event.ctrlKey || event.metaKey) {
          // Ctrl/Cmd+Enter publishes from the composer's textarea.
          const form = findInPath(path, MASTODON.compose);
          if (form && findInPath(path, 'textarea')) submit(form);
          return;
        }
        searchOnEnter(path, MASTODON.search, 'mastodon', emit);
      },
      signal,
    );
  },
};
