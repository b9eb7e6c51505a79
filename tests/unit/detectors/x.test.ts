import { afterEach, describe, expect, it, vi } from 'vitest';
import { x } from '@/lib/detectors/social/x';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';

// Detectors poll the page after a gesture; on busy machines wait for the result rather than a fixed delay.
const WAIT = { timeout: 4000, interval: 50 };
vi.setConfig({ testTimeout: 30_000 });
let r: Run | undefined;
afterEach(() => r?.stop());

describe.each(['en', 'fr'])('X detector, %s UI', (lang) => {
  const open = (path = '/home') => {
    loadFixture(`https://x.com${path}`, `home.${lang}.html`);
    r = run(x);
    return r;
  };

  it('counts a like once the button turns into "unlike", and not the unlike', async () => {
    const { signals } = open();
    const like = $$('[data-testid="like"]')[0]!;
    click(like);
    await settle();
    expect(like.getAttribute('data-testid')).toBe('unlike');
    expect(signals).toEqual([{ kind: 'reaction', platform: 'x' }]);
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

  it('counts a repost only when confirmed in the menu, and not its undo', async () => {
    const { signals } = open();
    click($$('[data-testid="retweet"]')[0]);
    await settle(50);
    expect(signals).toEqual([]); // the menu is open, nothing reposted yet
    click($('[data-testid="retweetConfirm"]'));
    await settle();
    expect(signals).toEqual([{ kind: 'share', platform: 'x' }]);
    click($('[data-testid="unretweet"]'));
    click($('[data-testid="unretweetConfirm"]'));
    await settle();
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

  it('counts a reply once it is sent, and a new post from the home composer', async () => {
    const { signals } = open();
    click($$('[data-testid="reply"]')[0]);
    const dialog = $('[role="dialog"]');
    click($('[data-testid="tweetButton"]', dialog)); // disabled while empty: nothing
    type($('[data-testid="tweetTextarea_0"]', dialog), 'Nice');
    click($('[data-testid="tweetButton"]', dialog));
    await settle();
    expect(dialog.isConnected).toBe(false);
    expect(signals).toEqual([{ kind: 'comment', platform: 'x' }]);
    const inline = $('[data-testid="inlineComposer"] [data-testid="tweetTextarea_0"]');
    type(inline, 'My own post');
    click($('[data-testid="tweetButtonInline"]'));
    await vi.waitFor(() => expect(signals).toEqual([
      { kind: 'comment', platform: 'x' },
      { kind: 'post', platform: 'x' },
    ]), WAIT);
  });

  it('counts a search submitted with Enter, never with an empty box', async () => {
    const { signals } = open();
    const box = $('[data-testid="SearchBox_Search_Input"]') as HTMLInputElement;
    key(box, 'Enter');
    type(box, 'digital labor');
    key(box, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'x' }]);
  });

  it('counts a report once its last step is sent, not the steps before or opening the menu', async () => {
    loadFixture(`https://x.com/search?q=digital%20labor&f=live`, `search.${lang}.html`);
    r = run(x);
    const { signals } = r;
    expect($$('article[data-testid="tweet"]')).toHaveLength(40);
    click($$('[data-testid="caret"]')[4]);
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

  it('ignores events dispatched by page scripts (isTrusted false)', async () => {
    const { signals } = open();
    const like = $$('[data-testid="like"]')[0]!;
    click(like, { trusted: false });
    like.click();
    await settle();
    expect(like.getAttribute('data-testid')).toBe('unlike'); // the site reacted to the script...
    expect(signals).toEqual([]); // ...but it was not the person
  });
});

describe('X detector scope', () => {
  it('applies to x.com and twitter.com only', () => {
    const doc = document;
    expect(x.matches({ hostname: 'x.com', pathname: '/home' }, doc)).toBe(true);
    expect(x.matches({ hostname: 'mobile.twitter.com', pathname: '/' }, doc)).toBe(true);
    expect(x.matches({ hostname: 'notx.com', pathname: '/' }, doc)).toBe(false);
    expect(x.matches({ hostname: 'x.com.evil.example', pathname: '/' }, doc)).toBe(false);
  });
});
