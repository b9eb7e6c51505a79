/**
 * Mastodon on any instance: recognised by the web UI's signature, favourite / boost (standalone and through the
 * boost-or-quote menu) / bookmark / follow / reply / post / report / search and the hotkeys f, b, r, their undo,
 * over every variant: piaille.fr (4.3-4.5) in English and French, mastodon.social on 4.2 (Font Awesome icons) and in
 * the single-column mobile layout in German. IME Enter, synthetic clicks, single-page navigation, negatives.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mastodon, MASTODON } from '@/lib/detectors/social/mastodon';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';

// Detectors poll the page after a gesture; on busy machines wait for the result rather than a fixed delay.
const WAIT = { timeout: 4000, interval: 50 };
vi.setConfig({ testTimeout: 30_000 });
let r: Run | undefined;
afterEach(() => r?.stop());

const bar = (i: number) => $$('.status__action-bar')[i]!;
const btn = (i: number, icon: string) => $(`.icon-${icon}, .fa-${icon}`, bar(i)).closest('button')!;
const wrapper = (i: number) => bar(i).closest('.status__wrapper') as HTMLElement;

const VARIANTS = [
  { name: 'piaille.fr 4.3-4.5, EN', url: 'https://piaille.fr/home', file: 'home.en.html', boostMenu: true },
  { name: 'piaille.fr 4.3-4.5, FR', url: 'https://piaille.fr/home', file: 'home.fr.html', boostMenu: true },
  { name: 'mastodon.social 4.2 (Font Awesome icons), EN', url: 'https://mastodon.social/home', file: 'home.4-2.en.html', boostMenu: false },
  { name: 'mastodon.social single-column (mobile) layout, DE', url: 'https://mastodon.social/home', file: 'home.mobile.de.html', boostMenu: true, mobile: true },
];

describe.each(VARIANTS)('Mastodon detector, $name', (v) => {
  const open = ({ boostMenu = false } = {}) => {
    loadFixture(v.url, v.file);
    document.body.toggleAttribute('data-boost-menu', boostMenu);
    r = run(mastodon);
    return r;
  };

  it('counts a favourite and a bookmark once they turn active, not their undo', async () => {
    const { signals } = open();
    click(btn(0, 'star'));
    click(btn(1, 'bookmark'));
    await settle();
    expect(btn(0, 'star').classList.contains('active')).toBe(true);
    expect(signals).toHaveLength(2);
    expect(signals).toEqual(
      expect.arrayContaining([
        { kind: 'reaction', platform: 'mastodon' },
        { kind: 'save', platform: 'mastodon' },
      ]),
    );
    click(btn(0, 'star'));
    click(btn(1, 'bookmark'));
    await settle();
    expect(btn(0, 'star').classList.contains('active')).toBe(false);
    expect(signals).toHaveLength(2);
  });

  it('counts a boost, standalone or picked in the boost-or-quote menu, and not the un-boost', async () => {
    const { signals } = open();
    click(btn(2, 'retweet'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'share', platform: 'mastodon' }]), WAIT);
    click(btn(2, 'retweet')); // un-boost
    await settle();
    expect(signals).toHaveLength(1);
    if (!v.boostMenu) return; // 4.2: no boost-or-quote menu
    r!.stop();
    const menu = open({ boostMenu: true });
    click(btn(3, 'retweet'));
    await settle(50);
    expect(menu.signals).toEqual([]); // the menu is open, nothing boosted yet
    click($('.reblog-menu-item button[data-index="1"]')); // quote: not a boost
    click(btn(3, 'retweet'));
    click($('.reblog-menu-item button[data-index="0"]'));
    await vi.waitFor(() => expect(menu.signals).toEqual([{ kind: 'share', platform: 'mastodon' }]), WAIT);
    click(btn(3, 'retweet'));
    click($('.reblog-menu-item button[data-index="0"]')); // undo boost
    await settle();
    expect(menu.signals).toHaveLength(1);
  });

  it('counts a follow, not the unfollow confirmed in the dialog', async () => {
    const { signals } = open();
    const follow = $('.inline-follow-suggestions__body__scrollable__card button.button');
    click(follow);
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'follow', platform: 'mastodon' }]), WAIT);
    click(follow);
    click($('[data-unfollow]'));
    await settle();
    expect(follow.classList.contains('button-secondary')).toBe(false);
    expect(signals).toHaveLength(1);
  });

  it('counts a reply and a post once published (click or Ctrl+Enter), never an empty composer', async () => {
    const { signals } = open();
    if (v.mobile) click($('#nav-publish')); // the composer is its own column
    click($('.compose-form__publish button')); // disabled and empty
    click(btn(0, 'reply'));
    const area = $('.compose-form textarea');
    type(area, '@ada tout à fait');
    click($('.compose-form__publish button'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'comment', platform: 'mastodon' }]), WAIT);
    type(area, 'My own toot');
    key(area, 'Enter', { ctrlKey: true });
    await vi.waitFor(() => expect(signals).toEqual([
      { kind: 'comment', platform: 'mastodon' },
      { kind: 'post', platform: 'mastodon' },
    ]), WAIT);
  });

  it('counts a report once the dialog reaches its thanks step, not the steps before', async () => {
    const { signals } = open();
    click(btn(0, 'ellipsis-h'));
    click($('[data-action="report"]'));
    click($('.report-dialog-modal__actions button')); // category -> comment
    await settle(150);
    expect(signals).toEqual([]);
    click($('.report-dialog-modal__actions button')); // submit
    await settle(600);
    expect($('.report-dialog-modal__title').textContent).toMatch(/Merci|Thanks/);
    expect(signals).toEqual([{ kind: 'report', platform: 'mastodon' }]);
    click($('.report-dialog-modal__actions button')); // done
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('counts a search submitted with Enter, not an empty one or an IME Enter', () => {
    const { signals } = open();
    const box = $('.search__input');
    key(box, 'Enter');
    type(box, '#travailduclic');
    key(box, 'Enter', { isComposing: true });
    key(box, 'Enter', { keyCode: 229 });
    expect(signals).toEqual([]);
    key(box, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'mastodon' }]);
  });

  it('counts the hotkeys f (favourite) and b (boost) on the focused status when the state flips, not their undo', async () => {
    const { signals } = open();
    key(wrapper(1), 'f');
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'reaction', platform: 'mastodon' }]), WAIT);
    key(wrapper(1), 'f'); // un-favourite
    key(wrapper(2), 'b');
    await vi.waitFor(() => expect(signals).toHaveLength(2), WAIT);
    expect(signals[1]).toEqual({ kind: 'share', platform: 'mastodon' });
    key(wrapper(2), 'b'); // un-boost
    await settle();
    expect(btn(1, 'star').classList.contains('active')).toBe(false);
    expect(btn(2, 'retweet').classList.contains('active')).toBe(false);
    expect(signals).toHaveLength(2);
  });

  it('counts the hotkey r as a reply once it is published, and ignores hotkeys typed in the composer or during IME', async () => {
    const { signals } = open();
    key(wrapper(3), 'r');
    const area = $('.compose-form textarea');
    type(area, 'f b r');
    for (const k of ['f', 'b', 'r']) key(area, k); // typing, not hotkeys
    key(wrapper(4), 'f', { isComposing: true });
    key(wrapper(4), 'f', { ctrlKey: true });
    key(area, 'Enter', { ctrlKey: true, isComposing: true }); // IME: not a publish
    await settle();
    expect(signals).toEqual([]);
    key(area, 'Enter', { ctrlKey: true });
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'comment', platform: 'mastodon' }]), WAIT);
  });

  it('a boost picked with the hotkey b from the boost-or-quote menu counts once', async () => {
    if (!v.boostMenu) return;
    const { signals } = open({ boostMenu: true });
    key(wrapper(5), 'b');
    await settle(50);
    expect(signals).toEqual([]); // the menu only
    click($('.reblog-menu-item button[data-index="0"]'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'share', platform: 'mastodon' }]), WAIT);
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('recognises the statuses and buttons of its anchor table', () => {
    open();
    expect(document.querySelectorAll(MASTODON.items).length).toBeGreaterThanOrEqual(3);
    for (const thing of ['post', 'actionBar', 'favourite', 'bookmark', 'boost', 'composer', 'publish', 'search'] as const)
      expect(mastodon.anchors![thing]!.anchors.some((a) => document.querySelector(a.sel) !== null), thing).toBe(true);
  });

  it('ignores clicks made by page scripts', async () => {
    const { signals } = open();
    click(btn(0, 'star'), { trusted: false });
    btn(1, 'star').click();
    await settle();
    expect(btn(0, 'star').classList.contains('active')).toBe(true);
    expect(signals).toEqual([]);
  });

  it('keeps working after a single-page navigation replaces the timeline', async () => {
    const { signals } = open();
    click($('#nav-explore'));
    expect(location.pathname).toBe('/explore');
    expect($$('.status')[0]!.getAttribute('data-id')).toBe('22600');
    if (v.mobile) expect($('#compose-column').hidden).toBe(true);
    click(btn(5, 'star'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'reaction', platform: 'mastodon' }]), WAIT);
  });
});

describe('Mastodon detector scope', () => {
  it('applies on any hostname that serves the web UI, and nowhere else', () => {
    loadFixture('https://piaille.fr/home', 'home.en.html');
    expect(mastodon.matches({ hostname: 'piaille.fr', pathname: '/home' }, document)).toBe(true);
    expect(mastodon.matches({ hostname: 'mastodon.social', pathname: '/home' }, document)).toBe(true);
    expect(mastodon.matches({ hostname: 'some.other.instance', pathname: '/' }, document)).toBe(true);
    // The same buttons and words on a page that is not Mastodon's web UI: not applied, nothing recorded.
    const html = document.body.innerHTML.replace(/id="mastodon"/, 'id="blog"');
    document.body.innerHTML = html;
    document.head.querySelector('#initial-state')?.remove();
    expect(mastodon.matches({ hostname: 'piaille.fr', pathname: '/home' }, document)).toBe(false);
  });

  it('records nothing on an unrelated site with the same buttons', async () => {
    await expectNothingOnBlog(mastodon);
  });
});
