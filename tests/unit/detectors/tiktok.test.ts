import { afterEach, describe, expect, it } from 'vitest';
import { tiktok } from '@/lib/detectors/social/tiktok';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';

let r: Run | undefined;
afterEach(() => r?.stop());

describe.each(['en', 'fr'])('TikTok detector, %s UI', (lang) => {
  const open = () => {
    loadFixture('https://www.tiktok.com/foryou', `index.${lang}.html`);
    r = run(tiktok);
    return r;
  };
  const likeButton = (i: number) => $$('[data-e2e="like-icon"]')[i]!.closest('button')!;

  it('counts a like once aria-pressed turns true, and not the unlike', async () => {
    const { signals } = open();
    click($$('[data-e2e="like-icon"]')[0]); // the click lands on the icon inside the button
    await settle();
    expect(likeButton(0).getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([{ kind: 'reaction', platform: 'tiktok' }]);
    click(likeButton(0));
    await settle();
    expect(likeButton(0).getAttribute('aria-pressed')).toBe('false');
    expect(signals).toHaveLength(1);
  });

  it('counts the video page like and a favourite, not the favourite removed', async () => {
    const { signals } = open();
    click($('[data-e2e="browse-like-icon"]'));
    const fav = $$('[data-e2e="undefined-icon"]')[1]!;
    click(fav);
    await settle();
    expect(signals).toHaveLength(2);
    expect(signals).toEqual(expect.arrayContaining([
      { kind: 'reaction', platform: 'tiktok' },
      { kind: 'save', platform: 'tiktok' },
    ]));
    click(fav);
    await settle();
    expect(signals).toHaveLength(2);
  });

  it('counts a favourite undone right after the site confirmed it, once', async () => {
    const { signals } = open();
    const fav = $$('[data-e2e="undefined-icon"]')[0]!;
    click(fav);
    await settle(70); // the button is pressed; the detector has not looked again yet
    expect(fav.closest('button')!.getAttribute('aria-pressed')).toBe('true');
    click(fav);
    await settle();
    expect(fav.closest('button')!.getAttribute('aria-pressed')).toBe('false');
    expect(signals).toEqual([{ kind: 'save', platform: 'tiktok' }]);
  });

  it('does not count the share panel, the comment icon, or a like the site refuses', async () => {
    const { signals } = open();
    click($$('[data-e2e="share-icon"]')[0]);
    click($$('[data-e2e="comment-icon"]')[0]);
    const like = likeButton(1);
    like.removeAttribute('aria-pressed'); // the site does not answer
    like.replaceWith(like.cloneNode(true));
    click($$('[data-e2e="like-icon"]')[1]);
    await settle();
    expect(signals).toEqual([]);
  });

  it('counts a follow when the button says so, not the unfollow', async () => {
    const { signals } = open();
    const follow = $('[data-e2e="browse-follow"] button');
    click(follow);
    await settle();
    expect(follow.textContent).toBe(lang === 'fr' ? 'Abonné(e)' : 'Following');
    expect(signals).toEqual([{ kind: 'follow', platform: 'tiktok' }]);
    click(follow);
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('counts a comment sent with the Post button or Enter, never an empty one', async () => {
    const { signals } = open();
    const editor = $('[data-e2e="comment-input"] [contenteditable="true"]');
    click($('[data-e2e="comment-post"]')); // disabled while empty
    key(editor, 'Enter');
    await settle();
    expect(signals).toEqual([]);
    type(editor, 'Bien vu');
    click($('[data-e2e="comment-post"]'));
    await settle();
    expect(editor.textContent).toBe('');
    type(editor, 'Encore');
    key(editor, 'Enter');
    await settle();
    expect(signals).toEqual([
      { kind: 'comment', platform: 'tiktok' },
      { kind: 'comment', platform: 'tiktok' },
    ]);
  });

  it('counts a search with Enter or the search button, never an empty box', async () => {
    const { signals } = open();
    const box = $('input[data-e2e="search-user-input"]') as HTMLInputElement;
    key(box, 'Enter');
    click($('[data-e2e="search-box-button"]'));
    type(box, 'travail du clic');
    key(box, 'Enter');
    click($('[data-e2e="search-box-button"]'));
    expect(signals).toEqual([
      { kind: 'search', platform: 'tiktok' },
      { kind: 'search', platform: 'tiktok' },
    ]);
  });

  it('keeps counting after a single-page navigation (no reload)', async () => {
    const { signals } = open();
    history.pushState({}, '', '/@creator0/video/7300000000000000000');
    click($('[data-e2e="browse-like-icon"]'));
    await settle();
    expect(signals).toEqual([{ kind: 'reaction', platform: 'tiktok' }]);
  });

  it('ignores clicks and keys dispatched by page scripts', async () => {
    const { signals } = open();
    click($$('[data-e2e="like-icon"]')[0], { trusted: false });
    likeButton(1).click();
    type($('[data-e2e="comment-input"] [contenteditable="true"]'), 'bot');
    key($('[data-e2e="comment-input"] [contenteditable="true"]'), 'Enter', {}, { trusted: false });
    await settle();
    expect(likeButton(0).getAttribute('aria-pressed')).toBe('true'); // the site reacted...
    expect(signals).toEqual([]); // ...but not to the person
  });
});

describe('tiktok detector on other sites', () => {
  it('records nothing on an unrelated blog with the same buttons and words', () => expectNothingOnBlog(tiktok));
});
