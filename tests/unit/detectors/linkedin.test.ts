import { afterEach, describe, expect, it } from 'vitest';
import { linkedin, LINKEDIN_ANCHORS } from '@/lib/detectors/social/linkedin';
import { anyOf } from '@/lib/detectors/core/types';
import { $, $$, click, key, loadFixture, run, settle as settleFor, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';
import { probeDetector } from '@/lib/health';

/** Lets the site's replies and the detector's polls run; generous, as these tests run on loaded 2-core machines. */
const settle = (ms = 700) => settleFor(ms);

let r: Run | undefined;
afterEach(() => r?.stop());

describe.each(['en', 'fr'] as const)('LinkedIn detector, classic feed, %s UI', (lang) => {
  const open = () => {
    loadFixture('https://www.linkedin.com/feed/', `index.${lang}.html`);
    r = run(linkedin);
    return r;
  };
  const trigger = (i: number) => $$('button.react-button__trigger')[i]!;
  const hover = (el: Element) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));

  it('counts a like once aria-pressed turns true, and not the unreact', async () => {
    const { signals } = open();
    click(trigger(0).querySelector('.react-button__text'));
    await settle();
    expect(trigger(0).getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([{ kind: 'reaction', platform: 'linkedin' }]);
    click(trigger(0));
    await settle();
    expect(trigger(0).getAttribute('aria-pressed')).toBe('false');
    expect(signals).toHaveLength(1);
  });

  it('counts a reaction picked in the hover flyout (identified by its icon type, not its words)', async () => {
    const { signals } = open();
    hover(trigger(1));
    click($$('.feed-shared-update-v2')[1]!.querySelector('img[data-test-reactions-icon-type="PRAISE"]'));
    await settle();
    expect(trigger(1).classList.contains('react-button--active')).toBe(true);
    expect(signals).toEqual([{ kind: 'reaction', platform: 'linkedin' }]);
  });

  it('does not count the comment, repost (menu only) or send buttons of the action bar', async () => {
    const { signals } = open();
    click($$('button.comment-button')[0]);
    click($$('button.social-reshare-button')[0]);
    click($$('button.send-privately-button')[0]);
    await settle();
    expect(signals).toEqual([]);
  });

  it('counts a repost made from the menu, not opening the menu or "repost with your thoughts" (a post if sent)', async () => {
    const { signals } = open();
    click($$('button.social-reshare-button')[0]);
    expect(signals).toEqual([]);
    click($$('.social-reshare-button__sharing-with-thoughts-dropdown-item span')[0]);
    await settle();
    expect($$('[role="dialog"]')).toHaveLength(1); // the share box opened, nothing sent
    expect(signals).toEqual([]);
    click($$('button.social-reshare-button')[1]);
    click($$('.social-reshare-button__sharing-as-is-dropdown-item svg')[1]);
    expect(signals).toEqual([{ kind: 'share', platform: 'linkedin' }]);
  });

  it('counts a follow, not the unfollow', async () => {
    const { signals } = open();
    const follow = $('button.follow');
    click(follow);
    await settle();
    expect(follow.getAttribute('aria-pressed')).toBe('true');
    click(follow);
    await settle();
    expect(signals).toEqual([{ kind: 'follow', platform: 'linkedin' }]);
  });

  it('counts a comment once sent and cleared; Enter alone is a new line', async () => {
    const { signals } = open();
    const editor = $$('.comments-comment-box .ql-editor')[0]!;
    type(editor, 'Merci pour la liste');
    key(editor, 'Enter');
    click($('.comments-comment-box__submit-button--cr .artdeco-button__text'));
    await settle();
    expect(editor.textContent).toBe('');
    expect(signals).toEqual([{ kind: 'comment', platform: 'linkedin' }]);
  });

  it('counts a new post from the share box once it is sent, never an empty one', async () => {
    const { signals } = open();
    click($('[data-fixture="start"]'));
    click($('.share-actions__primary-action'));
    await settle();
    expect(signals).toEqual([]);
    type($('[role="dialog"] .ql-editor'), 'Nouveau post');
    click($('.share-actions__primary-action'));
    await settle();
    expect($$('[role="dialog"]')).toHaveLength(0);
    expect(signals).toEqual([{ kind: 'post', platform: 'linkedin' }]);
  });

  it('counts a search with Enter, never an empty box', () => {
    const { signals } = open();
    const box = $('input.search-global-typeahead__input');
    key(box, 'Enter');
    type(box, 'Casilli');
    key(box, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'linkedin' }]);
  });

  it('counts "Save" chosen in the post\'s control menu, not Unsave, Copy link or Report', async () => {
    const { signals } = open();
    const menu = (i: number) => $$('button.feed-shared-control-menu__trigger')[i]!;
    const item = (i: number, icon: string) => $$('.feed-shared-update-v2')[i]!.querySelector(`[data-test-icon^="${icon}"]`)!.closest('[role="button"]')!;
    click(menu(0));
    expect(signals).toEqual([]); // opening the menu is nothing
    click(item(0, 'bookmark-outline').querySelector('h5'));
    await settle();
    expect(item(0, 'bookmark-fill').querySelector('h5')!.textContent).toBe(lang === 'fr' ? 'Ne plus enregistrer' : 'Unsave');
    expect(signals).toEqual([{ kind: 'save', platform: 'linkedin' }]);
    click(menu(0));
    click(item(0, 'bookmark-fill')); // Unsave: the undo
    click(menu(1));
    click(item(1, 'link-medium'));
    click(menu(1));
    click(item(1, 'report-medium'));
    await settle();
    expect(signals).toEqual([{ kind: 'save', platform: 'linkedin' }]);
  });

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    click($$('.feed-shared-control-menu__dropdown-item')[0], { trusted: false });
    click(trigger(0), { trusted: false });
    $('button.follow').click();
    await settle();
    expect(trigger(0).getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([]);
  });
});

describe.each(['en', 'fr'] as const)('LinkedIn detector, server-driven (SDUI) feed, %s UI', (lang) => {
  const open = () => {
    loadFixture('https://www.linkedin.com/feed/', `sdui.${lang}.html`);
    r = run(linkedin);
    return r;
  };
  const reaction = (i: number) => $$('button[data-view-name="reaction-button"]')[i]!;
  const portal = (i: number) => $$('[id^="feedControlMenu"]')[i]!;
  const menuItem = (i: number, icon: string) => portal(i).querySelector(`svg[id^="${icon}"]`)!.closest('[role="menuitem"]')!;

  it('counts a reaction once its icon swaps (whatever the label language), not the undo', async () => {
    const { signals } = open();
    click(reaction(0).querySelector('span'));
    await settle();
    expect(reaction(0).querySelector('svg')!.id).toBe('like-consumption-medium');
    expect(signals).toEqual([{ kind: 'reaction', platform: 'linkedin' }]);
    click(reaction(0));
    await settle();
    expect(reaction(0).querySelector('svg')!.id).toBe('thumbs-up-outline-medium');
    expect(signals).toHaveLength(1);
  });

  it('counts two posts reacted in quick succession twice', async () => {
    const { signals } = open();
    click(reaction(0));
    click(reaction(1));
    await settle();
    expect(signals).toEqual([{ kind: 'reaction', platform: 'linkedin' }, { kind: 'reaction', platform: 'linkedin' }]);
  });

  it('counts "Save" chosen in the control menu portal, not Unsave, Copy link or Report', async () => {
    const { signals } = open();
    const menuButton = (i: number) => $$('button[componentkey^="menu"]')[i]!;
    click(menuButton(0));
    expect(portal(0).hidden).toBe(false);
    click(menuItem(0, 'bookmark-outline').querySelector('p'));
    await settle();
    expect(menuItem(0, 'bookmark-fill')).toBeTruthy();
    click(menuButton(0));
    click(menuItem(0, 'bookmark-fill'));
    click(menuButton(1));
    click(menuItem(1, 'link-medium'));
    click(menuButton(1));
    click(menuItem(1, 'report-medium'));
    await settle();
    expect(signals).toEqual([{ kind: 'save', platform: 'linkedin' }]);
  });

  it('does not count the comment, share or send buttons; counts a search', async () => {
    const { signals } = open();
    for (const v of ['feed-comment-button', 'feed-share-button', 'feed-send-as-message-button']) click($(`[data-view-name="${v}"]`));
    const box = $('input.search-global-typeahead__input');
    type(box, 'Casilli');
    key(box, 'Enter');
    await settle();
    expect(signals).toEqual([{ kind: 'search', platform: 'linkedin' }]);
  });

  it('recognises the posts and their buttons (health), and ignores page scripts', async () => {
    const { signals } = open();
    expect($$(anyOf(LINKEDIN_ANCHORS.post))).toHaveLength(2);
    expect($$(anyOf(LINKEDIN_ANCHORS.react))).toHaveLength(2);
    click(reaction(0), { trusted: false });
    click(menuItem(1, 'bookmark-outline'), { trusted: false });
    await settle();
    expect(reaction(0).querySelector('svg')!.id).toBe('like-consumption-medium');
    expect(signals).toEqual([]);
  });
});

describe.each(['en', 'fr'] as const)('LinkedIn detector, public post page logged out, %s UI', (lang) => {
  it('counts nothing: like, comment, report and the share list all ask to sign in or copy', async () => {
    loadFixture('https://www.linkedin.com/posts/member0_activity-7468765250281046016-5CCd', `public.${lang}.html`);
    r = run(linkedin);
    for (const a of $$('.social-action-bar--guest a.social-action-bar__button')) click(a.querySelector('span'));
    click($('button.social-share__button'));
    for (const b of $$('.social-share__item')) click(b);
    click($('button.ellipsis-menu__trigger'));
    click($('a.semaphore__toggle'));
    await settle();
    expect($('.contextual-sign-in-modal').hidden).toBe(false);
    expect(r.signals).toEqual([]);
    expect($$(anyOf(LINKEDIN_ANCHORS.post))).toHaveLength(1);
    expect($$(anyOf(LINKEDIN_ANCHORS.guestAction))).toHaveLength(2);
  });
});

describe('LinkedIn health over the variants (issue 11 §3)', () => {
  it.each([
    ['https://www.linkedin.com/feed/', 'index.en.html', 2],
    ['https://www.linkedin.com/feed/', 'sdui.en.html', 2],
    ['https://www.linkedin.com/posts/member0_activity-7468765250281046016-5CCd', 'public.en.html', 1],
  ] as const)('recognises the posts of %s (%s) and their buttons, no warning', (url, file, posts) => {
    loadFixture(url, file);
    const health = probeDetector(linkedin, document);
    expect(health).toMatchObject({ items: posts, warnings: [] });
    if (file !== 'public.en.html') expect(health.actions).toBeGreaterThanOrEqual(posts);
  });
});

describe('LinkedIn anchor table', () => {
  it('lists a source for every anchor and puts labels last', () => {
    for (const [thing, { anchors }] of Object.entries(LINKEDIN_ANCHORS)) {
      expect(anchors.length, thing).toBeGreaterThan(0);
      for (const a of anchors) expect(a.src, `${thing} ${a.sel}`).toMatch(/checked 2026-11-30/);
      const label = anchors.findIndex((a) => a.sel.includes('aria-label'));
      if (label >= 0) expect(anchors.slice(label).every((a) => a.sel.includes('aria-label')), thing).toBe(true);
    }
  });
});

describe('linkedin detector on other sites', () => {
  it('records nothing on an unrelated blog with the same buttons and words', () => expectNothingOnBlog(linkedin));
});
