import { afterEach, describe, expect, it } from 'vitest';
import { linkedin } from '@/lib/detectors/social/linkedin';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';

let r: Run | undefined;
afterEach(() => r?.stop());

describe.each(['en', 'fr'] as const)('LinkedIn detector, %s UI', (lang) => {
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

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    click(trigger(0), { trusted: false });
    $('button.follow').click();
    await settle();
    expect(trigger(0).getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([]);
  });
});

describe('linkedin detector on other sites', () => {
  it('records nothing on an unrelated blog with the same buttons and words', () => expectNothingOnBlog(linkedin));
});
