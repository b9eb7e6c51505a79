import { afterEach, describe, expect, it } from 'vitest';
import { tiktok, TIKTOK_ANCHORS } from '@/lib/detectors/social/tiktok';
import { anyOf } from '@/lib/detectors/core/types';
import { $, $$, click, key, loadFixture, run, settle as settleFor, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';
import { knownBy, probeDetector } from '@/lib/health';

/** Lets the site's replies and the detector's polls run; generous, as these tests run on loaded 2-core machines. */
const settle = (ms = 700) => settleFor(ms);

let r: Run | undefined;
afterEach(() => r?.stop());

const LANGS = ['en', 'fr'] as const;
type Lang = (typeof LANGS)[number];

/**
 * The page variants TikTok serves (each fixture cites its sources): the For You feed with the side panel (logged
 * in), the video page with its share sheet (logged in), the For You feed logged out, and TikTok Studio's upload page.
 */
const VARIANTS = {
  feed: { path: '/foryou', file: 'index' },
  video: { path: '/@creator0/video/7300000000000000000', file: 'video' },
  loggedout: { path: '/foryou', file: 'loggedout' },
  studio: { path: '/tiktokstudio/upload', file: 'studio' },
} as const;
type Variant = keyof typeof VARIANTS;

const open = (variant: Variant, lang: Lang) => {
  const v = VARIANTS[variant];
  loadFixture(`https://www.tiktok.com${v.path}`, `${v.file}.${lang}.html`);
  r = run(tiktok);
  return r;
};
const S = (kind: string) => ({ kind, platform: 'tiktok' });
/** A double tap: two trusted clicks on the video, as a double click or a double tap delivers them. */
const doubleTap = (el: Element) => {
  click(el);
  click(el);
};

describe.each(LANGS)('TikTok, For You feed (logged in), %s UI', (lang) => {
  const likeButton = (i: number) => $$('[data-e2e="like-icon"]')[i]!.closest('button')!;

  it('counts a like once aria-pressed turns true, and not the unlike', async () => {
    const { signals } = open('feed', lang);
    click($$('[data-e2e="like-icon"]')[0]); // the click lands on the icon inside the button
    await settle();
    expect(likeButton(0).getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([S('reaction')]);
    click(likeButton(0));
    await settle();
    expect(likeButton(0).getAttribute('aria-pressed')).toBe('false');
    expect(signals).toHaveLength(1);
  });

  it('counts a double tap on the video as a like only when the like state flips', async () => {
    const { signals } = open('feed', lang);
    const video = $$('[data-e2e="feed-video"]')[1]!;
    click(video); // one tap: pause/play, no like
    await settle();
    expect(signals).toEqual([]);
    doubleTap(video);
    await settle();
    expect(likeButton(1).getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([S('reaction')]);
    await settle(450);
    doubleTap(video); // already liked: a double tap does not unlike, nothing flips
    await settle();
    expect(likeButton(1).getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([S('reaction')]);
  });

  it('counts a favourite, and one undone right after the site confirmed it once', async () => {
    const { signals } = open('feed', lang);
    const fav = $$('[data-e2e="undefined-icon"]')[0]!;
    click(fav);
    await settle(70); // the button is pressed; the detector has not looked again yet
    expect(fav.closest('button')!.getAttribute('aria-pressed')).toBe('true');
    click(fav);
    await settle();
    expect(fav.closest('button')!.getAttribute('aria-pressed')).toBe('false');
    expect(signals).toEqual([S('save')]);
  });

  it('does not count the share icon, the comment icon, or a like the site refuses', async () => {
    const { signals } = open('feed', lang);
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
    const { signals } = open('feed', lang);
    const follow = $('[data-e2e="browse-follow"] button');
    click(follow);
    await settle();
    expect(follow.textContent).toBe(lang === 'fr' ? 'Abonné(e)' : 'Following');
    expect(signals).toEqual([S('follow')]);
    click(follow);
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('counts a comment sent with the Post button or Enter, never an empty one', async () => {
    const { signals } = open('feed', lang);
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
    type(editor, 'こんにちは');
    key(editor, 'Enter', { isComposing: true }); // Enter confirming an IME word is not a send
    await settle();
    expect(signals).toEqual([S('comment'), S('comment')]);
  });

  it('counts a search with Enter or the search button, never an empty box', () => {
    const { signals } = open('feed', lang);
    const box = $('input[data-e2e="search-user-input"]') as HTMLInputElement;
    key(box, 'Enter');
    click($('[data-e2e="search-box-button"]'));
    type(box, 'travail du clic');
    key(box, 'Enter');
    click($('[data-e2e="search-box-button"]'));
    expect(signals).toEqual([S('search'), S('search')]);
  });

  it('keeps counting after a single-page navigation (no reload)', async () => {
    const { signals } = open('feed', lang);
    history.pushState({}, '', '/@creator0/video/7300000000000000000');
    click($('[data-e2e="browse-like-icon"]'));
    await settle(800);
    expect(signals).toEqual([S('reaction')]);
  });

  it('ignores clicks and keys dispatched by page scripts', async () => {
    const { signals } = open('feed', lang);
    click($$('[data-e2e="like-icon"]')[0], { trusted: false });
    likeButton(1).click();
    click($$('[data-e2e="feed-video"]')[0], { trusted: false });
    click($$('[data-e2e="feed-video"]')[0], { trusted: false });
    type($('[data-e2e="comment-input"] [contenteditable="true"]'), 'bot');
    key($('[data-e2e="comment-input"] [contenteditable="true"]'), 'Enter', {}, { trusted: false });
    await settle();
    expect(likeButton(0).getAttribute('aria-pressed')).toBe('true'); // the site reacted...
    expect(likeButton(1).getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([]); // ...but not to the person
  });
});

describe.each(LANGS)('TikTok, video page with the share sheet, %s UI', (lang) => {
  const like = () => $('[data-e2e="browse-like-icon"]').closest('button')!;
  const fav = () => $('[data-e2e="browse-favorite-icon"]').closest('button')!;
  const repost = () => $('#icon-element-repost');

  it('counts a like (aria-pressed and the red heart), not the unlike', async () => {
    const { signals } = open('video', lang);
    click($('[data-e2e="browse-like-icon"] svg'));
    await settle();
    expect(like().getAttribute('aria-pressed')).toBe('true');
    expect($$(anyOf(TIKTOK_ANCHORS.liked)).length).toBe(2); // both state anchors see it
    click(like());
    await settle();
    expect(signals).toEqual([S('reaction')]);
  });

  it('counts a double tap on the video as a like, once, and not on an already liked video', async () => {
    const { signals } = open('video', lang);
    doubleTap($('[data-e2e="browse-video"] video'));
    await settle();
    expect(like().getAttribute('aria-pressed')).toBe('true');
    await settle(450);
    doubleTap($('[data-e2e="browse-video"]'));
    await settle();
    expect(signals).toEqual([S('reaction')]);
  });

  it('counts a favourite (browse-favorite-icon, label flips too), not its removal', async () => {
    const { signals } = open('video', lang);
    click($('[data-e2e="browse-favorite-icon"]'));
    await settle();
    expect(fav().getAttribute('aria-pressed')).toBe('true');
    expect(fav().getAttribute('aria-label')).toBe(lang === 'fr' ? 'Retirer des Favoris' : 'Remove from Favorites');
    click(fav());
    await settle();
    expect(signals).toEqual([S('save')]);
  });

  it('counts a repost from the share sheet once its label flips, not opening the sheet, copying the link or the undo', async () => {
    const { signals } = open('video', lang);
    click($('[data-e2e="browse-share-icon"]'));
    expect($('[role="dialog"][hidden], [role="dialog"]:not([hidden])').hidden).toBe(false);
    click($('[role="dialog"] button')); // copy link: not a share
    await settle();
    expect(signals).toEqual([]);
    click(repost().querySelector('span'));
    await settle();
    expect(repost().getAttribute('aria-label')).toBe(lang === 'fr' ? 'Supprimer la republication' : 'Remove repost');
    expect(signals).toEqual([S('share')]);
    click(repost()); // "Remove repost": the undo
    await settle();
    expect(repost().getAttribute('aria-label')).toBe(lang === 'fr' ? 'Republier' : 'Repost');
    expect(signals).toEqual([S('share')]);
  });

  it('counts a follow and a comment, and a search', async () => {
    const { signals } = open('video', lang);
    click($('[data-e2e="browse-follow"] button'));
    await settle();
    const editor = $('[data-e2e="comment-input"] [contenteditable="true"]');
    type(editor, 'Merci');
    key(editor, 'Enter');
    await settle();
    const box = $('input[data-e2e="search-user-input"]');
    type(box, 'annotation');
    key(box, 'Enter');
    expect(signals).toEqual([S('follow'), S('comment'), S('search')]);
  });

  it('ignores the same gestures dispatched by page scripts', async () => {
    const { signals } = open('video', lang);
    click($('[data-e2e="browse-like-icon"]'), { trusted: false });
    click($('[data-e2e="browse-favorite-icon"]'), { trusted: false });
    click(repost(), { trusted: false });
    await settle();
    expect(like().getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([]);
  });
});

describe.each(LANGS)('TikTok, For You feed logged out, %s UI', (lang) => {
  it('counts nothing: every action opens the login dialog and no state changes', async () => {
    const { signals } = open('loggedout', lang);
    click($$('[data-e2e="like-icon"]')[0]);
    click($$('[data-e2e="undefined-icon"]')[0]);
    doubleTap($$('[data-e2e="feed-video"]')[1]!);
    click($('[data-e2e="browse-follow"] button'));
    click($$('[data-e2e="share-icon"]')[0]);
    await settle();
    expect($('[role="dialog"]')).toBeTruthy(); // the login dialog
    expect($$('[aria-pressed="true"]')).toHaveLength(0);
    expect(signals).toEqual([]);
  });

  it('still counts a search, and recognises the videos (health)', () => {
    const { signals } = open('loggedout', lang);
    const box = $('input[data-e2e="search-user-input"]');
    type(box, 'datasets');
    key(box, 'Enter');
    expect(signals).toEqual([S('search')]);
    expect($$(anyOf(TIKTOK_ANCHORS.video))).toHaveLength(2);
    expect($$(anyOf(TIKTOK_ANCHORS.loginButton))).toHaveLength(1);
  });
});

describe.each(LANGS)('TikTok Studio upload page, %s UI', (lang) => {
  it('counts a video posted once Studio leaves the upload page, not Discard, not an empty caption', async () => {
    const { signals } = open('studio', lang);
    click($('.TUXButton--secondary')); // Discard
    await settle();
    expect(signals).toEqual([]);
    click($('[data-e2e="post_video_button"] .TUXButton-label'));
    await settle(600);
    expect(location.pathname).toBe('/tiktokstudio/content');
    expect($$('.public-DraftEditor-content')).toHaveLength(0);
    expect(signals).toEqual([S('post')]);
  });

  it('counts nothing when the caption is empty or the click is synthetic', async () => {
    const { signals } = open('studio', lang);
    click($('[data-e2e="post_video_button"]'), { trusted: false });
    await settle(600);
    expect(signals).toEqual([]);
    open('studio', lang);
    type($('.public-DraftEditor-content'), '');
    click($('[data-e2e="post_video_button"]'));
    await settle(600);
    expect(r!.signals).toEqual([]);
  });
});

describe('TikTok health over the variants (issue 11 §3)', () => {
  it.each([
    ['feed', 2],
    ['video', 1],
    ['loggedout', 2],
  ] as const)('recognises the videos of the %s page, and knows its like and favourite toggles', (variant, videos) => {
    open(variant, 'en');
    expect(probeDetector(tiktok, document)).toMatchObject({ items: videos, warnings: [] });
    const known = knownBy([tiktok]);
    const toggles = $$('button[aria-pressed]').filter((b) => b.querySelector('[data-e2e$="like-icon"], [data-e2e="undefined-icon"], [data-e2e="browse-favorite-icon"]'));
    expect(toggles.length).toBeGreaterThan(0);
    expect(toggles.every(known)).toBe(true);
  });
});

describe('TikTok anchor table', () => {
  it('lists a source for every anchor and puts labels last', () => {
    for (const [thing, { anchors }] of Object.entries(TIKTOK_ANCHORS)) {
      expect(anchors.length, thing).toBeGreaterThan(0);
      for (const a of anchors) expect(a.src, `${thing} ${a.sel}`).toMatch(/checked 2026-11-30/);
      const label = anchors.findIndex((a) => a.sel.includes('aria-label'));
      if (label >= 0) expect(anchors.slice(label).every((a) => a.sel.includes('aria-label')), thing).toBe(true);
    }
  });

  it('covers the repost state in fr, en, de, es and pt (Italian was not verified)', () => {
    const sel = anyOf(TIKTOK_ANCHORS.reposted);
    for (const label of ['Remove repost', 'Supprimer la republication', 'Erneute Veröffentlichung entfernen', 'Eliminar la publicación compartida', 'Remover republicação'])
      expect(sel).toContain(`"${label}"`);
  });
});

describe('tiktok detector on other sites', () => {
  it('records nothing on an unrelated blog with the same buttons and words', () => expectNothingOnBlog(tiktok));
});
