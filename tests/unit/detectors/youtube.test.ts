/**
 * YouTube: every gesture over every variant the site serves (issue 11 §2): the current desktop watch page (EN, FR,
 * DE), the 2023 segmented-renderer layout, logged out (prompts instead of state changes: nothing counted), the mobile
 * web app (m.youtube.com, EN/FR), Shorts (EN/FR) and a channel's community posts (EN/FR). Like / dislike (video,
 * comment, Short, post; aria-pressed), subscribe, comment posted, save to a playlist, share through a real share target
 * (copy link is not a share), search (never while an IME composes), their undo, synthetic clicks ignored, no
 * keyboard shortcut counted for YouTube (it has none for these gestures), the anchor table, and a negative.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { youtube, YOUTUBE_ANCHORS } from '@/lib/detectors/social/youtube';
import { anyOf } from '@/lib/detectors/core/types';
import { probeDetector } from '@/lib/health';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';

// Detectors poll the page after a gesture; on busy machines wait for the result rather than a fixed delay.
const WAIT = { timeout: 4000, interval: 50 };
vi.setConfig({ testTimeout: 30_000 });
let r: Run | undefined;
afterEach(() => r?.stop());

const REACTION = { kind: 'reaction', platform: 'youtube' } as const;

interface Variant {
  name: string;
  url: string;
  file: string;
  like: string;
  dislike: string;
  loggedIn: boolean;
}
const VM = { like: 'like-button-view-model button', dislike: 'dislike-button-view-model button' };
const WATCH: Variant[] = [
  { name: 'current layout, EN', url: 'https://www.youtube.com/watch?v=dQw4abcd&hl=en', file: 'watch.en.html', ...VM, loggedIn: true },
  { name: 'current layout, FR', url: 'https://www.youtube.com/watch?v=dQw4abcd&hl=fr', file: 'watch.fr.html', ...VM, loggedIn: true },
  { name: 'current layout, DE', url: 'https://www.youtube.com/watch?v=dQw4abcd&hl=de', file: 'watch.de.html', ...VM, loggedIn: true },
  {
    name: '2023 segmented renderer, EN',
    url: 'https://www.youtube.com/watch?v=dQw4abcd&hl=en',
    file: 'watch.segmented.en.html',
    like: '#segmented-like-button button',
    dislike: '#segmented-dislike-button button',
    loggedIn: true,
  },
  { name: 'logged out, EN', url: 'https://www.youtube.com/watch?v=dQw4abcd&hl=en', file: 'watch.loggedout.en.html', ...VM, loggedIn: false },
];

describe.each(WATCH)('YouTube watch page, $name', (v) => {
  const open = () => {
    loadFixture(v.url, v.file);
    r = run(youtube);
    return r;
  };
  const like = () => $(v.like);
  const dislike = () => $(v.dislike);
  const commentLike = () => $('ytd-comment-engagement-bar #like-button button');

  it('the anchor table recognises this variant (videos, like and dislike)', () => {
    open();
    expect($$(anyOf(YOUTUBE_ANCHORS.video)).length).toBeGreaterThanOrEqual(40);
    expect(like().matches(anyOf(YOUTUBE_ANCHORS.like))).toBe(true);
    expect(dislike().matches(anyOf(YOUTUBE_ANCHORS.dislike))).toBe(true);
    expect(probeDetector(youtube, document).warnings).toEqual([]);
  });

  it('warns when the page no longer holds videos it knows (renamed renderers)', () => {
    open();
    for (const el of $$('ytd-compact-video-renderer')) {
      const renamed = document.createElement('ytd-compact-video-renderer-v2');
      renamed.append(...el.childNodes);
      el.replaceWith(renamed);
    }
    expect(probeDetector(youtube, document).warnings).toContain('no-items');
  });

  it(v.loggedIn ? 'counts a like, a dislike and a comment like, not their undo' : 'counts no like: logged out, YouTube only asks to sign in', async () => {
    const { signals } = open();
    click(like());
    await settle();
    expect(like().getAttribute('aria-pressed')).toBe(String(v.loggedIn));
    if (!v.loggedIn) {
      click(dislike());
      click(commentLike());
      await settle();
      expect($('#sign-in-prompt')).toBeTruthy();
      return expect(signals).toEqual([]);
    }
    expect(signals).toEqual([REACTION]);
    click(like()); // undo
    await settle();
    click(dislike());
    click(commentLike());
    await settle();
    expect(signals).toEqual([REACTION, REACTION, REACTION]);
    click(dislike()); // undo
    click(commentLike()); // undo
    await settle();
    expect(signals).toHaveLength(3);
  });

  it(v.loggedIn ? 'counts a subscription, not the unsubscription confirmed in the dialog' : 'counts no subscription when logged out', async () => {
    const { signals } = open();
    click($('ytd-subscribe-button-renderer button'));
    if (!v.loggedIn) {
      await settle();
      expect($('ytd-subscribe-button-renderer').hasAttribute('subscribed')).toBe(false);
      return expect(signals).toEqual([]);
    }
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'follow', platform: 'youtube' }]), WAIT);
    click($('ytd-subscribe-button-renderer button'));
    click($('yt-confirm-dialog-renderer #confirm-button button'));
    await settle();
    expect($('ytd-subscribe-button-renderer').hasAttribute('subscribed')).toBe(false);
    expect(signals).toHaveLength(1);
  });

  it(v.loggedIn ? 'counts saving to a playlist when its box gets ticked, not unticking it' : 'counts no save when logged out', async () => {
    const { signals } = open();
    click($('#save-button'));
    if (!v.loggedIn) {
      await settle();
      expect($$('ytd-add-to-playlist-renderer')).toHaveLength(0);
      return expect(signals).toEqual([]);
    }
    const box = $$('ytd-playlist-add-to-option-renderer tp-yt-paper-checkbox')[1]!;
    click(box.querySelector('#label'));
    await settle();
    expect(box.getAttribute('aria-checked')).toBe('true');
    expect(signals).toEqual([{ kind: 'save', platform: 'youtube' }]);
    click(box);
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('counts a share through a share target, never "copy link" or opening the panel (logged in or not)', async () => {
    const { signals } = open();
    click($('#share-button'));
    click($('yt-copy-link-renderer #copy-button button'));
    await settle(50);
    expect(signals).toEqual([]);
    click($$('yt-share-target-renderer #target')[1]);
    expect(signals).toEqual([{ kind: 'share', platform: 'youtube' }]);
  });

  it(v.loggedIn ? 'counts a comment once posted, not an empty comment box' : 'has no comment box when logged out', async () => {
    const { signals } = open();
    click($('#simplebox-placeholder'));
    if (!v.loggedIn) {
      await settle(50);
      expect($$('ytd-commentbox')).toHaveLength(0);
      return expect(signals).toEqual([]);
    }
    click($('ytd-commentbox #submit-button button')); // disabled while empty
    type($('#contenteditable-root'), 'Merci pour la vidéo');
    click($('ytd-commentbox #submit-button button'));
    await settle();
    expect($('#contenteditable-root').textContent).toBe('');
    expect(signals).toEqual([{ kind: 'comment', platform: 'youtube' }]);
  });

  it('counts a search by Enter or by the search button, never an Enter that confirms an IME composition', async () => {
    const { signals } = open();
    const box = $('input[name="search_query"]') as HTMLInputElement;
    key(box, 'Enter');
    type(box, 'でじたる');
    key(box, 'Enter', { isComposing: true }); // the IME confirms a word: not a search
    key(box, 'Enter', { keyCode: 229 }); // Chromium/Safari while an IME holds the key
    expect(signals).toEqual([]);
    type(box, 'digital labor');
    key(box, 'Enter');
    expect(location.pathname).toBe('/results');
    click($('.ytSearchboxComponentSearchButton'));
    expect(signals).toEqual([
      { kind: 'search', platform: 'youtube' },
      { kind: 'search', platform: 'youtube' },
    ]);
    if (!v.loggedIn) return;
    click(like()); // single-page navigation: still detected
    await settle();
    expect(signals).toHaveLength(3);
  });

  it('counts no keyboard shortcut: YouTube has none for like, subscribe or save (l seeks the player)', async () => {
    const { signals } = open();
    for (const k of ['l', 'L', 'a', 's', 'd']) key(document.body, k);
    await settle(100);
    expect(like().getAttribute('aria-pressed')).toBe('false');
    expect(signals).toEqual([]);
  });

  it('ignores clicks made by page scripts', async () => {
    const { signals } = open();
    click(like(), { trusted: false });
    $('ytd-subscribe-button-renderer button').click();
    await settle();
    expect(like().getAttribute('aria-pressed')).toBe(String(v.loggedIn));
    expect(signals).toEqual([]);
  });
});

describe.each(['en', 'fr'])('YouTube mobile web (m.youtube.com), %s UI', (lang) => {
  const open = () => {
    loadFixture(`https://m.youtube.com/watch?v=dQw4abcd&hl=${lang}`, `watch.${lang}.html`);
    r = run(youtube);
    return r;
  };
  const like = () => $('ytm-slim-video-action-bar-renderer like-button-view-model button');
  const dislike = () => $('ytm-slim-video-action-bar-renderer dislike-button-view-model button');

  it('the anchor table recognises the ytm-* page (related videos, action bar, like and dislike)', () => {
    open();
    expect($$(anyOf(YOUTUBE_ANCHORS.video))).toHaveLength(40);
    expect($$(anyOf(YOUTUBE_ANCHORS.actionBar))).toHaveLength(1);
    expect(like().matches(anyOf(YOUTUBE_ANCHORS.like))).toBe(true);
    expect(dislike().matches(anyOf(YOUTUBE_ANCHORS.dislike))).toBe(true);
    expect(probeDetector(youtube, document).warnings).toEqual([]);
  });

  it('counts a like, then switching to a dislike, not their undo or a page script\'s tap', async () => {
    const { signals } = open();
    click(like());
    await settle();
    expect(like().getAttribute('aria-pressed')).toBe('true');
    click(dislike()); // switching is a new reaction
    await settle();
    expect(like().getAttribute('aria-pressed')).toBe('false');
    click(dislike()); // undo
    click(like(), { trusted: false });
    await settle();
    expect(signals).toEqual([REACTION, REACTION]);
  });
});

describe.each(['en', 'fr'])('YouTube Shorts, %s UI', (lang) => {
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
    await vi.waitFor(() => expect(signals).toEqual([REACTION, REACTION]), WAIT);
  });
});

describe.each(['en', 'fr'])('YouTube community posts (channel Posts tab), %s UI', (lang) => {
  const open = () => {
    loadFixture(`https://www.youtube.com/@digitallabor/posts?hl=${lang}`, `@digitallabor/posts.${lang}.html`);
    r = run(youtube);
    return r;
  };
  const post = (i: number) => $$('ytd-backstage-post-thread-renderer')[i]!;

  it('recognises the posts as items and their like buttons by the anchor table', () => {
    open();
    expect($$(anyOf(YOUTUBE_ANCHORS.video))).toHaveLength(3);
    expect($$(anyOf(YOUTUBE_ANCHORS.like))).toHaveLength(3);
    expect(probeDetector(youtube, document).warnings).toEqual([]);
  });

  it('counts a like and a dislike of a post, not their undo or a page script\'s click', async () => {
    const { signals } = open();
    const like = () => $('#like-button button', post(0));
    click(like());
    await settle();
    expect(like().getAttribute('aria-pressed')).toBe('true');
    click(like()); // undo
    await settle();
    click($('#dislike-button button', post(1)));
    click($('#like-button button', post(2)), { trusted: false });
    await settle();
    expect(signals).toEqual([REACTION, REACTION]);
  });

  it('counts subscribing from the channel header', async () => {
    const { signals } = open();
    click($('ytd-subscribe-button-renderer button'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'follow', platform: 'youtube' }]), WAIT);
  });
});

describe('YouTube detector scope and table', () => {
  it('applies to youtube.com hosts only', () => {
    expect(youtube.matches({ hostname: 'www.youtube.com', pathname: '/watch' }, document)).toBe(true);
    expect(youtube.matches({ hostname: 'm.youtube.com', pathname: '/' }, document)).toBe(true);
    expect(youtube.matches({ hostname: 'youtube.com.example.net', pathname: '/' }, document)).toBe(false);
  });

  it('every anchor says where it was verified', () => {
    for (const [, thing] of Object.entries(YOUTUBE_ANCHORS))
      for (const a of thing.anchors) expect(a.src).toMatch(/^([\w.-]+\/[\w.-]+ .*\(checked 2026-11-30|\(issue 3, .*not re-verified)/);
    expect(youtube.anchors).toBe(YOUTUBE_ANCHORS);
  });

  it('the same words and buttons on an unrelated site record nothing', async () => {
    await expectNothingOnBlog(youtube);
  });
});
