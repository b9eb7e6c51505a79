/**
 * X (x.com): every gesture over every variant X serves (issue 11 §2): the desktop layout in English and French, the
 * desktop layout in German with the 2025-2026 repost testids (repostConfirm), and the mobile web layout (bottom-sheet
 * menus, compose page). Clicks and X's keyboard shortcuts (l, t, b, r), the repost menu path, undo not counted,
 * IME Enter, synthetic events, the logged-out render, an unrelated site, and the flags that must reset with their
 * dialog (issue 10 item 8).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { x, X } from '@/lib/detectors/social/x';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';

// Detectors poll the page after a gesture; on busy machines wait for the result rather than a fixed delay.
const WAIT = { timeout: 4000, interval: 50 };
vi.setConfig({ testTimeout: 30_000 });
let r: Run | undefined;
afterEach(() => r?.stop());

interface Variant {
  name: string;
  /** The home timeline. */
  home: string;
  /** The page with each post's caret menu (report). */
  reportPage: string;
  mobile?: boolean;
  /** The repost menu's testids. */
  rt: 'retweet' | 'repost';
}
const VARIANTS: Variant[] = [
  { name: 'desktop, EN', home: 'home.en.html', reportPage: 'search.en.html', rt: 'retweet' },
  { name: 'desktop, FR', home: 'home.fr.html', reportPage: 'search.fr.html', rt: 'retweet' },
  { name: 'desktop, DE, repostConfirm testids', home: 'home.de.html', reportPage: 'home.de.html', rt: 'repost' },
  { name: 'mobile web layout, EN', home: 'home.mobile.en.html', reportPage: 'home.mobile.en.html', rt: 'retweet', mobile: true },
];

const reaction = { kind: 'reaction', platform: 'x' };
const posts = () => $$('article[data-testid="tweet"]');

describe.each(VARIANTS)('X detector, $name', (v) => {
  const open = (file = v.home, path = '/home') => {
    loadFixture(`https://x.com${path}`, file);
    r = run(x);
    return r;
  };
  /** A new post of one's own: the inline composer on desktop, the compose page from the floating button on mobile. */
  const newPost = (text: string) => {
    if (v.mobile) {
      click($('[data-testid="FloatingActionButtons_Tweet_Button"]'));
      type($('[data-compose-page] [data-testid="tweetTextarea_0"]'), text);
      click($('[data-compose-page] [data-testid="tweetButton"]'));
    } else {
      type($('[data-testid="inlineComposer"] [data-testid="tweetTextarea_0"]'), text);
      click($('[data-testid="tweetButtonInline"]'));
    }
  };
  /** The composer a reply opened: a dialog on desktop, the compose page on mobile. */
  const replyComposer = () => (v.mobile ? $('[data-compose-page]') : $('[role="dialog"]'));

  it('counts a like once the button turns into "unlike", and not the unlike', async () => {
    const { signals } = open();
    const like = $$('[data-testid="like"]')[0]!;
    click(like);
    await settle();
    expect(like.getAttribute('data-testid')).toBe('unlike');
    expect(signals).toEqual([reaction]);
    click(like); // undo
    await settle();
    expect(like.getAttribute('data-testid')).toBe('like');
    expect(signals).toHaveLength(1);
  });

  it('does not count a click near the button, or a like the site refuses', async () => {
    const { signals } = open();
    click($('[data-testid="tweetText"]'));
    const like = $$('[data-testid="like"]')[1]!;
    like.setAttribute('data-testid', 'like-broken'); // the site does not answer: no state change
    click(like);
    await settle();
    expect(signals).toEqual([]);
  });

  it('counts a repost only when confirmed in the menu, not the quote item or the undo', async () => {
    const { signals } = open();
    click($$('[data-testid="retweet"]')[0]);
    await settle(50);
    expect(signals).toEqual([]); // the menu is open, nothing reposted yet
    expect($(v.mobile ? '[data-testid="sheetDialog"]' : '[data-testid="Dropdown"]')).toBeTruthy();
    key(document.body, 'Escape'); // the menu closed without a choice: nothing
    await settle(50);
    click($$('[data-testid="retweet"]')[0]);
    click($(`[data-testid="${v.rt}Confirm"]`));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'share', platform: 'x' }]), WAIT);
    click($('[data-testid="unretweet"]'));
    click($(`[data-testid="un${v.rt}Confirm"]`));
    await settle();
    expect($$('[data-testid="retweet"]')).toHaveLength(3);
    expect(signals).toHaveLength(1);
  });

  it('counts a bookmark and a follow, not their removal', async () => {
    const { signals } = open();
    const bm = $$('[data-testid="bookmark"]')[2]!;
    click(bm);
    const follow = $('[data-testid="1500000000-follow"]');
    click(follow);
    await settle();
    // Both controls are polled independently: either may be seen first.
    expect(signals).toHaveLength(2);
    expect(signals).toEqual(
      expect.arrayContaining([
        { kind: 'save', platform: 'x' },
        { kind: 'follow', platform: 'x' },
      ]),
    );
    click(bm);
    click($('[data-testid="1500000000-unfollow"]'));
    click($('[data-testid="confirmationSheetConfirm"]'));
    await settle();
    expect(signals).toHaveLength(2);
    expect($('[data-testid="1500000000-follow"]')).toBeTruthy();
  });

  it('counts a reply once it is sent, and a new post of one’s own', async () => {
    const { signals } = open();
    click($$('[data-testid="reply"]')[0]);
    const composer = replyComposer();
    click($('[data-testid="tweetButton"]', composer)); // disabled while empty: nothing
    type($('[data-testid="tweetTextarea_0"]', composer), 'Nice');
    click($('[data-testid="tweetButton"]', composer));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'comment', platform: 'x' }]), WAIT);
    expect(composer.isConnected).toBe(false);
    newPost('My own post');
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'comment', platform: 'x' }, { kind: 'post', platform: 'x' }]), WAIT);
  });

  it('a reply cancelled before sending leaves no trace: the next new post is a post, not a comment', async () => {
    const { signals } = open();
    click($$('[data-testid="reply"]')[1]);
    await settle(100);
    type($('[data-testid="tweetTextarea_0"]', replyComposer()), 'On second thoughts');
    click($('[data-testid="app-bar-close"]', replyComposer())); // cancelled: nothing sent
    await settle(700);
    expect(signals).toEqual([]);
    newPost('Something else');
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'post', platform: 'x' }]), WAIT);
  });

  it('counts a search submitted with Enter, never an empty box or an Enter that ends an IME composition', async () => {
    const { signals } = open();
    const box = $('[data-testid="SearchBox_Search_Input"]') as HTMLInputElement;
    key(box, 'Enter');
    type(box, 'とうきょう');
    key(box, 'Enter', { isComposing: true }); // confirms the IME candidate: not a search
    key(box, 'Enter', { keyCode: 229 }); // the same, as Chromium reports some IMEs
    expect(signals).toEqual([]);
    key(box, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'x' }]);
  });

  it('counts a report once its last step is sent, not the steps before or opening the menu', async () => {
    loadFixture('https://x.com/search?q=digital%20labor&f=live', v.reportPage);
    r = run(x);
    const { signals } = r;
    click($$('[data-testid="caret"]')[v.reportPage.startsWith('search') ? 4 : 1]);
    click($('[data-testid="report"]'));
    click($('[role="dialog"] input[type="radio"]'));
    click($('[data-testid="ChoiceSelectionNextButton"]')); // to the second choice step
    await settle(600);
    expect(signals).toEqual([]);
    click($('[role="dialog"] input[type="radio"]'));
    click($('[data-testid="ChoiceSelectionNextButton"]')); // sends the report
    await settle(800);
    expect($('[data-testid="ocfStandardPageButton"]')).toBeTruthy();
    expect(signals).toEqual([{ kind: 'report', platform: 'x' }]);
    click($('[data-testid="ocfStandardPageButton"]'));
    await settle();
    expect(signals).toHaveLength(1);
  }, 20_000);

  it('a report dialog closed without sending resets the report: a later "next" in another dialog is not a report', async () => {
    const { signals } = open(v.reportPage, '/search?q=x');
    click($$('[data-testid="caret"]')[1]);
    click($('[data-testid="report"]'));
    await settle(100);
    click($('[role="dialog"] [data-testid="app-bar-close"]')); // cancelled
    await settle(1200);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    // Later, another flow of X's dialogs (no choice to make) with the same "next" button.
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    d.innerHTML = '<h1>Unlock more on X</h1><button data-testid="ChoiceSelectionNextButton">Next</button>';
    document.body.append(d);
    click($('[data-testid="ChoiceSelectionNextButton"]', d));
    await settle(800);
    expect(signals).toEqual([]);
  }, 20_000);

  it('does not count a "next" in another dialog as a report', async () => {
    const { signals } = open();
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    d.innerHTML = '<button data-testid="ChoiceSelectionNextButton">Next</button>';
    document.body.append(d);
    click($('[data-testid="ChoiceSelectionNextButton"]'));
    d.remove();
    await settle();
    expect(signals).toEqual([]);
  });

  it('counts the keyboard shortcuts l (like) and b (bookmark) on the focused post when the state flips, not their undo', async () => {
    const { signals } = open();
    const post = posts()[0]!;
    key(post, 'l');
    await vi.waitFor(() => expect(signals).toEqual([reaction]), WAIT);
    key(post, 'l'); // unlike
    key(post, 'b');
    await vi.waitFor(() => expect(signals).toEqual([reaction, { kind: 'save', platform: 'x' }]), WAIT);
    key(post, 'b'); // remove the bookmark
    await settle();
    expect($('[data-testid="bookmark"]', post)).toBeTruthy();
    expect(signals).toHaveLength(2);
  });

  it('counts t (repost menu) then Enter on its confirm item as one repost, and r (reply) once the reply is sent', async () => {
    const { signals } = open();
    const post = posts()[1]!;
    key(post, 't');
    await settle(50);
    expect(signals).toEqual([]); // the menu only
    key($(`[data-testid="${v.rt}Confirm"]`), 'Enter');
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'share', platform: 'x' }]), WAIT);
    expect($('[data-testid="unretweet"]', post)).toBeTruthy();
    key(post, 'r');
    const composer = replyComposer();
    type($('[data-testid="tweetTextarea_0"]', composer), 'Yes');
    key($('[data-testid="tweetTextarea_0"]', composer), 'Enter', { ctrlKey: true });
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'share', platform: 'x' }, { kind: 'comment', platform: 'x' }]), WAIT);
  });

  it('ignores shortcut letters typed in an editor or a field, with a modifier, or during IME composition', async () => {
    const { signals } = open();
    const post = posts()[2]!;
    key(post, 'l', { isComposing: true });
    key(post, 'l', { keyCode: 229 });
    key(post, 'l', { ctrlKey: true });
    key($('[data-testid="SearchBox_Search_Input"]'), 'l');
    key($('[data-testid="SearchBox_Search_Input"]'), 'b');
    await settle();
    expect($('[data-testid="like"]', post)).toBeTruthy();
    expect(signals).toEqual([]);
    // A key the site does not act on (no state change) is not counted either.
    key(post, 'x');
    await settle(100);
    expect(signals).toEqual([]);
  });

  it('ignores events dispatched by page scripts (isTrusted false)', async () => {
    const { signals } = open();
    const like = $$('[data-testid="like"]')[0]!;
    click(like, { trusted: false });
    like.click();
    key(posts()[1]!, 'l', {}, { trusted: false });
    await settle();
    expect(like.getAttribute('data-testid')).toBe('unlike'); // the site reacted to the script...
    expect($$('[data-testid="unlike"]')).toHaveLength(2);
    expect(signals).toEqual([]); // ...but it was not the person
  });

  it('recognises the posts and buttons of its anchor table', () => {
    open();
    expect(document.querySelectorAll(X.items).length).toBeGreaterThanOrEqual(3);
    for (const thing of ['post', 'like', 'repost', 'bookmark', 'reply', 'follow', 'search'] as const)
      expect(x.anchors![thing]!.anchors.some((a) => document.querySelector(a.sel) !== null), thing).toBe(true);
  });
});

describe('X detector, logged out (testid-free render)', () => {
  it('counts nothing: every action asks to sign in and no state changes', async () => {
    loadFixture('https://x.com/ada/status/170', 'status.logged-out.en.html');
    r = run(x);
    const { signals } = r;
    expect(document.querySelectorAll(X.items)).toHaveLength(0);
    for (const b of $$('[role="group"] button')) {
      click(b);
      click($('[data-close]'));
    }
    const article = $('article');
    for (const k of ['l', 't', 'b', 'r']) key(article, k);
    await settle();
    expect(signals).toEqual([]);
  });
});

describe('X detector scope', () => {
  it('applies to x.com and twitter.com (and their mobile hosts) only', () => {
    const doc = document;
    expect(x.matches({ hostname: 'x.com', pathname: '/home' }, doc)).toBe(true);
    expect(x.matches({ hostname: 'mobile.x.com', pathname: '/home' }, doc)).toBe(true);
    expect(x.matches({ hostname: 'mobile.twitter.com', pathname: '/' }, doc)).toBe(true);
    expect(x.matches({ hostname: 'notx.com', pathname: '/' }, doc)).toBe(false);
    expect(x.matches({ hostname: 'x.com.evil.example', pathname: '/' }, doc)).toBe(false);
  });

  it('records nothing on an unrelated site with the same buttons', async () => {
    await expectNothingOnBlog(x);
  });
});
