/**
 * YouTube watch page: like / dislike (video and comment, aria-pressed), subscribe, comment posted, save to a
 * playlist, share through a real share target (copy link is not a share), search, their undo, French and English,
 * synthetic clicks ignored, single-page navigation, and a negative.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { youtube } from '@/lib/detectors/social/youtube';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';

// Detectors poll the page after a gesture; on busy machines wait for the result rather than a fixed delay.
const WAIT = { timeout: 4000, interval: 50 };
vi.setConfig({ testTimeout: 30_000 });
let r: Run | undefined;
afterEach(() => r?.stop());

describe.each(['en', 'fr'])('YouTube detector, %s UI', (lang) => {
  const open = () => {
    loadFixture(`https://www.youtube.com/watch?v=dQw4abcd&hl=${lang}`, `watch.${lang}.html`);
    r = run(youtube);
    return r;
  };
  const like = () => $('like-button-view-model button');
  const dislike = () => $('dislike-button-view-model button');

  it('counts a like and a dislike of the video and a comment like, not their undo', async () => {
    const { signals } = open();
    click(like());
    await settle();
    expect(like().getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([{ kind: 'reaction', platform: 'youtube' }]);
    click(like()); // undo
    await settle();
    click(dislike());
    click($('ytd-comment-engagement-bar #like-button button'));
    await settle();
    expect(signals).toHaveLength(3);
    click(dislike()); // undo
    await settle();
    expect(signals).toHaveLength(3);
    expect(signals.every((s) => 'kind' in s && s.kind === 'reaction')).toBe(true);
  });

  it('counts a subscription, not the unsubscription confirmed in the dialog', async () => {
    const { signals } = open();
    click($('ytd-subscribe-button-renderer button'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'follow', platform: 'youtube' }]), WAIT);
    click($('ytd-subscribe-button-renderer button'));
    click($('yt-confirm-dialog-renderer #confirm-button button'));
    await settle();
    expect($('ytd-subscribe-button-renderer').hasAttribute('subscribed')).toBe(false);
    expect(signals).toHaveLength(1);
  });

  it('counts saving to a playlist when its box gets ticked, not unticking it', async () => {
    const { signals } = open();
    click($('#save-button'));
    const box = $$('ytd-playlist-add-to-option-renderer tp-yt-paper-checkbox')[1]!;
    click(box.querySelector('#label'));
    await settle();
    expect(box.getAttribute('aria-checked')).toBe('true');
    expect(signals).toEqual([{ kind: 'save', platform: 'youtube' }]);
    click(box);
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('counts a share through a share target, never "copy link" or opening the panel', async () => {
    const { signals } = open();
    click($('#share-button'));
    click($('yt-copy-link-renderer #copy-button button'));
    await settle(50);
    expect(signals).toEqual([]);
    click($$('yt-share-target-renderer #target')[1]);
    expect(signals).toEqual([{ kind: 'share', platform: 'youtube' }]);
  });

  it('counts a comment once posted, not an empty comment box', async () => {
    const { signals } = open();
    click($('#simplebox-placeholder'));
    click($('ytd-commentbox #submit-button button')); // disabled while empty
    type($('#contenteditable-root'), 'Merci pour la vidéo');
    click($('ytd-commentbox #submit-button button'));
    await settle();
    expect($('#contenteditable-root').textContent).toBe('');
    expect(signals).toEqual([{ kind: 'comment', platform: 'youtube' }]);
  });

  it('counts a search by Enter or by the search button, then keeps working on the results page', async () => {
    const { signals } = open();
    const box = $('input[name="search_query"]') as HTMLInputElement;
    key(box, 'Enter');
    type(box, 'digital labor');
    key(box, 'Enter');
    expect(location.pathname).toBe('/results');
    click($('.ytSearchboxComponentSearchButton'));
    expect(signals).toEqual([
      { kind: 'search', platform: 'youtube' },
      { kind: 'search', platform: 'youtube' },
    ]);
    click(like());
    await settle();
    expect(signals).toHaveLength(3);
  });

  it('ignores clicks made by page scripts', async () => {
    const { signals } = open();
    click(like(), { trusted: false });
    $('ytd-subscribe-button-renderer button').click();
    await settle();
    expect(like().getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([]);
  });
});

describe.each(['en', 'fr'])('YouTube detector, Shorts, %s UI', (lang) => {
  it('counts a like and a dislike of a Short, not their undo or a page script\'s click', async () => {
    loadFixture(`https://www.youtube.com/shorts/abc123?hl=${lang}`, `shorts/abc123.${lang}.html`);
    r = run(youtube);
    const { signals } = r;
    const reel = (i: number) => $$('ytd-reel-video-renderer')[i]!;
    expect($$('ytd-reel-video-renderer')).toHaveLength(10);
    click($('like-button-view-model button', reel(0)));
    await settle();
    click($('dislike-button-view-model button', reel(0))); // switching to a dislike is a new reaction
    await settle();
    expect($('like-button-view-model button', reel(0)).getAttribute('aria-pressed')).toBe('false');
    click($('dislike-button-view-model button', reel(0))); // undo
    click($('like-button-view-model button', reel(1)), { trusted: false });
    await vi.waitFor(() => expect(signals).toEqual([
      { kind: 'reaction', platform: 'youtube' },
      { kind: 'reaction', platform: 'youtube' },
    ]), WAIT);
  });
});

describe('YouTube detector scope', () => {
  it('applies to youtube.com hosts only', () => {
    expect(youtube.matches({ hostname: 'www.youtube.com', pathname: '/watch' }, document)).toBe(true);
    expect(youtube.matches({ hostname: 'm.youtube.com', pathname: '/' }, document)).toBe(true);
    expect(youtube.matches({ hostname: 'youtube.com.example.net', pathname: '/' }, document)).toBe(false);
  });
});
