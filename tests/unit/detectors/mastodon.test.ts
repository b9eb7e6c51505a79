/**
 * Mastodon on any instance (fixtures under piaille.fr, not mastodon.social): recognised by the web UI's signature,
 * favourite / boost (standalone and through the boost-or-quote menu) / bookmark / follow / reply / post / report /
 * search, their undo, French and English, synthetic clicks ignored, single-page navigation, and a negative.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mastodon } from '@/lib/detectors/social/mastodon';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';

// Detectors poll the page after a gesture; on busy machines wait for the result rather than a fixed delay.
const WAIT = { timeout: 4000, interval: 50 };
vi.setConfig({ testTimeout: 30_000 });
let r: Run | undefined;
afterEach(() => r?.stop());

const bar = (i: number) => $$('.status__action-bar')[i]!;
const btn = (i: number, icon: string) => $(`.icon-${icon}`, bar(i)).closest('button')!;

describe.each(['en', 'fr'])('Mastodon detector, %s UI', (lang) => {
  const open = ({ boostMenu = false } = {}) => {
    loadFixture(`https://piaille.fr/home?lang=${lang}`, `home.${lang}.html`);
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

  it('counts a search submitted with Enter, not an empty one', () => {
    const { signals } = open();
    const box = $('.search__input');
    key(box, 'Enter');
    type(box, '#travailduclic');
    key(box, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'mastodon' }]);
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
    click(btn(5, 'star'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'reaction', platform: 'mastodon' }]), WAIT);
  });
});

describe('Mastodon detector scope', () => {
  it('applies on any hostname that serves the web UI, and nowhere else', () => {
    loadFixture('https://piaille.fr/home', 'home.en.html');
    expect(mastodon.matches({ hostname: 'piaille.fr', pathname: '/home' }, document)).toBe(true);
    expect(mastodon.matches({ hostname: 'some.other.instance', pathname: '/' }, document)).toBe(true);
    // The same buttons and words on a page that is not Mastodon's web UI: not applied, nothing recorded.
    const html = document.body.innerHTML.replace(/id="mastodon"/, 'id="blog"');
    document.body.innerHTML = html;
    document.head.querySelector('#initial-state')?.remove();
    expect(mastodon.matches({ hostname: 'piaille.fr', pathname: '/home' }, document)).toBe(false);
  });
});
