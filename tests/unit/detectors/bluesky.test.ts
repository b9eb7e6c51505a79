/**
 * Bluesky (bsky.app): like / repost (through its menu, quote apart) / bookmark read from the icon's colour against
 * the reply icon's (no language involved), follow, reply, post (click or Ctrl+Enter), report, search, their undo,
 * over every variant (desktop EN and FR, the narrow mobile-web layout in German, logged out), IME Enter, synthetic
 * clicks ignored, single-page navigation, a reply cancelled (issue 10 item 8), and negatives.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bluesky, BLUESKY } from '@/lib/detectors/social/bluesky';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';

// Detectors poll the page after a gesture; on busy machines wait for the result rather than a fixed delay.
const WAIT = { timeout: 4000, interval: 50 };
vi.setConfig({ testTimeout: 30_000 });
let r: Run | undefined;
afterEach(() => r?.stop());

const post = (i: number) => $$('[data-testid^="feedItem-by-"]')[i]!;
const ctl = (i: number, id: string) => $(`[data-testid="${id}"]`, post(i));

const VARIANTS = [
  { name: 'desktop, EN', file: 'index.en.html' },
  { name: 'desktop, FR', file: 'index.fr.html' },
  { name: 'narrow (mobile web) layout, DE', file: 'index.mobile.de.html' },
];
const editor = () => $('[data-testid="composePostView"] [contenteditable="true"]');

describe.each(VARIANTS)('Bluesky detector, $name', ({ file }) => {
  const open = () => {
    loadFixture('https://bsky.app/', file);
    r = run(bluesky);
    return r;
  };

  it('counts a like when the heart fills, not the unlike', async () => {
    const { signals } = open();
    click(ctl(0, 'likeBtn'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'reaction', platform: 'bluesky' }]), WAIT);
    click(ctl(0, 'likeBtn'));
    await settle();
    expect(ctl(0, 'likeBtn').querySelector('svg')!.style.color).toBe('rgb(111, 134, 159)');
    expect(signals).toHaveLength(1);
  });

  it('counts a repost picked in the menu, not the quote item or the undo', async () => {
    const { signals } = open();
    click(ctl(1, 'repostBtn'));
    await settle(50);
    expect(signals).toEqual([]);
    click($('[data-testid="repostDropdownQuoteBtn"]'));
    click($('[data-testid="composerDiscardButton"]'));
    click(ctl(1, 'repostBtn'));
    click($('[data-testid="repostDropdownRepostBtn"]'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'share', platform: 'bluesky' }]), WAIT);
    click(ctl(1, 'repostBtn'));
    click($('[data-testid="repostDropdownRepostBtn"]')); // undo repost
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('counts a bookmark and a follow, not their removal', async () => {
    const { signals } = open();
    click(ctl(2, 'postBookmarkBtn'));
    click($('[data-testid="followBtn"]'));
    await vi.waitFor(() => expect(signals).toHaveLength(2), WAIT);
    expect(signals).toEqual(expect.arrayContaining([
        { kind: 'save', platform: 'bluesky' },
        { kind: 'follow', platform: 'bluesky' },
      ]),
    );
    click(ctl(2, 'postBookmarkBtn'));
    click($('[data-testid="unfollowBtn"]'));
    await settle();
    expect($('[data-testid="followBtn"]')).toBeTruthy();
    expect(signals).toHaveLength(2);
  });

  it('counts a reply and a new post once the composer closes, never an empty one', async () => {
    const { signals } = open();
    click(ctl(0, 'replyBtn'));
    click($('[data-testid="composerPublishBtn"]')); // empty: disabled
    type($('[data-testid="composerTextInput"] [contenteditable]'), 'Bien dit');
    click($('[data-testid="composerPublishBtn"]'));
    await settle();
    expect(document.querySelector('[data-testid="composePostView"]')).toBeNull();
    expect(signals).toEqual([{ kind: 'comment', platform: 'bluesky' }]);
    click($('[data-testid="composeFAB"]'));
    type($('[data-testid="composerTextInput"] [contenteditable]'), 'Mon post');
    click($('[data-testid="composerPublishBtn"]'));
    await vi.waitFor(() => expect(signals).toEqual([
      { kind: 'comment', platform: 'bluesky' },
      { kind: 'post', platform: 'bluesky' },
    ]), WAIT);
  });

  it('a quote picked in the repost menu is a post of one’s own once published, never a repost', async () => {
    const { signals } = open();
    click(ctl(1, 'repostBtn'));
    click($('[data-testid="repostDropdownQuoteBtn"]'));
    await settle(50);
    type(editor(), 'Voilà');
    click($('[data-testid="composerPublishBtn"]'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'post', platform: 'bluesky' }]), WAIT);
    expect(ctl(1, 'repostBtn').querySelector('svg')!.style.color).toBe('rgb(111, 134, 159)');
  });

  it('a reply cancelled before publishing leaves no trace: the next new post is a post, not a comment', async () => {
    const { signals } = open();
    click(ctl(2, 'replyBtn'));
    await settle(100);
    type(editor(), 'Hmm');
    click($('[data-testid="composerDiscardButton"]'));
    await settle(300);
    click($('[data-testid="composeFAB"]'));
    type(editor(), 'Autre chose');
    click($('[data-testid="composerPublishBtn"]'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'post', platform: 'bluesky' }]), WAIT);
  });

  it('counts a post published with Ctrl+Enter, not an Enter that ends an IME composition', async () => {
    const { signals } = open();
    click(ctl(0, 'replyBtn'));
    type(editor(), 'にほんご');
    key(editor(), 'Enter', { ctrlKey: true, isComposing: true });
    key(editor(), 'Enter', { ctrlKey: true, keyCode: 229 });
    await settle(400);
    expect(signals).toEqual([]);
    key(editor(), 'Enter', { ctrlKey: true });
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'comment', platform: 'bluesky' }]), WAIT);
  });

  it('counts a report once the dialog closes after submit', async () => {
    const { signals } = open();
    click(ctl(0, 'postDropdownBtn'));
    click($('[data-testid="postDropdownReportBtn"]'));
    click($('[data-testid="report:category:spam"]'));
    await settle(50);
    expect(signals).toEqual([]);
    click($('[data-testid="report:submit"]'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'report', platform: 'bluesky' }]), WAIT);
  });

  it('counts a search submitted with Enter, not an empty box or an IME Enter', () => {
    const { signals } = open();
    const box = $('[data-testid="searchTextInput"]');
    key(box, 'Enter');
    type(box, 'travail du clic');
    key(box, 'Enter', { isComposing: true });
    key(box, 'Enter', { keyCode: 229 });
    expect(signals).toEqual([]);
    key(box, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'bluesky' }]);
  });

  it('ignores clicks made by page scripts', async () => {
    const { signals } = open();
    click(ctl(0, 'likeBtn'), { trusted: false });
    ctl(1, 'likeBtn').click();
    await settle();
    expect(ctl(0, 'likeBtn').querySelector('svg')!.style.color).toBe('rgb(236, 72, 153)');
    expect(signals).toEqual([]);
  });

  it('keeps working after a single-page navigation', async () => {
    const { signals } = open();
    click($('#nav-search'));
    expect(location.pathname).toBe('/search');
    click(ctl(7, 'likeBtn'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'reaction', platform: 'bluesky' }]), WAIT);
  });

  it('recognises the posts and controls of its anchor table', () => {
    open();
    expect(document.querySelectorAll(BLUESKY.items).length).toBeGreaterThanOrEqual(3);
    for (const thing of ['post', 'reply', 'like', 'repost', 'bookmark', 'follow', 'search'] as const)
      expect(bluesky.anchors![thing]!.anchors.some((a) => document.querySelector(a.sel) !== null), thing).toBe(true);
  });
});

describe('Bluesky detector, logged out', () => {
  it('counts nothing: the controls ask to sign in and no state changes', async () => {
    loadFixture('https://bsky.app/', 'index.logged-out.en.html');
    r = run(bluesky);
    const { signals } = r;
    for (const b of $$('[data-testid^="feedItem-by-"] button').slice(0, 12)) {
      click(b);
      if (document.querySelector('[data-close]')) click($('[data-close]'));
    }
    click($('[data-testid="followBtn"]'));
    await settle();
    expect(signals).toEqual([]);
  });
});

describe('Bluesky detector scope', () => {
  it('applies to bsky.app only: the same markup elsewhere records nothing', () => {
    expect(bluesky.matches({ hostname: 'bsky.app', pathname: '/' }, document)).toBe(true);
    expect(bluesky.matches({ hostname: 'bsky.app.example.net', pathname: '/' }, document)).toBe(false);
    expect(bluesky.matches({ hostname: 'www.example.org', pathname: '/' }, document)).toBe(false);
  });

  it('records nothing on an unrelated site with the same buttons', async () => {
    await expectNothingOnBlog(bluesky);
  });
});
