/**
 * Social platforms end to end: the built extension in real headless Chromium on fixtures served under the real
 * hostnames (x.com, www.youtube.com, www.reddit.com with shadow DOM, a Mastodon instance at piaille.fr, bsky.app;
 * https where the host is HSTS-preloaded), clicked and scrolled as a person does, then the JSON report exported
 * from report.html. Each feed has 40 items: the person dwells on the first screen, flicks through the feed in about
 * a second, and dwells on the last screen, so only the items of those two screens are viewed (50 % for 1 s).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { armed, exportJson, extensionUrl, launch, storedCount, type Session } from './harness';

let s: Session;
// A browser of its own for each attempt, so a retry starts from an empty database.
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => s?.close());

/**
 * Dwell on the first screen, flick halfway, dwell, flick to the end, dwell: three screens seen for more than a second
 * each (a view needs 1 s at half visibility while the person is there), the rest only flicked past.
 */
async function scrollFeed(page: Page) {
  await page.bringToFront(); // views count only in the focused tab
  await page.mouse.move(450, 420);
  await page.mouse.wheel(0, 1); // an input: the person is in the feed
  await page.waitForTimeout(1400);
  for (let half = 0; half < 2; half++) {
    for (let i = 0; i < 18; i++) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(1600);
  }
}

/** Waits until the number of stored events stops changing (views arrive on their own timers). */
async function storedSettled(): Promise<number> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'report.html'));
  let last = -1;
  let since = Date.now();
  for (const until = Date.now() + 15_000; Date.now() < until; ) {
    const n = await storedCount(page);
    if (n !== last) (last = n), (since = Date.now());
    else if (Date.now() - since > 1500) break;
    await page.waitForTimeout(150);
  }
  await page.close();
  return last;
}

describe('social platforms', () => {
  it('records each platform\'s gestures and views, and exports them', async () => {
    const started = Date.now();
    // --- X (search timeline, EN): like + undo, repost via the menu, bookmark, report, search.
    const xp = await s.context.newPage();
    await xp.goto('http://x.com/search?q=digital%20labor&f=live&lang=en');
    await armed(s, xp);
    const tweets = xp.locator('article[data-testid="tweet"]');
    await tweets.nth(0).locator('[data-testid="like"]').click();
    await tweets.nth(0).locator('[data-testid="unlike"]').click();
    await tweets.nth(0).locator('[data-testid="like"]').waitFor();
    await tweets.nth(1).locator('[data-testid="retweet"]').click();
    await xp.locator('[data-testid="retweetConfirm"]').click();
    await tweets.nth(2).locator('[data-testid="bookmark"]').click();
    await tweets.nth(2).locator('[data-testid="removeBookmark"]').waitFor();
    await tweets.nth(1).locator('[data-testid="caret"]').click();
    await xp.locator('[data-testid="report"]').click();
    await xp.locator('[role="dialog"] input[type="radio"]').first().click();
    await xp.locator('[data-testid="ChoiceSelectionNextButton"]').click();
    await xp.locator('[role="dialog"] input[type="radio"]').first().click();
    await xp.locator('[data-testid="ChoiceSelectionNextButton"]').click();
    await xp.locator('[data-testid="ocfStandardPageButton"]').click();
    await xp.locator('[data-testid="SearchBox_Search_Input"]').click();
    await xp.keyboard.type('travail du clic');
    await xp.keyboard.press('Enter');
    await scrollFeed(xp);

    // --- YouTube (watch page, FR, https: HSTS-preloaded): like, subscribe, save, share target, copy link (not a
    // share), comment, search.
    const yt = await s.context.newPage();
    await yt.goto('https://www.youtube.com/watch?v=dQw4abcd&hl=fr');
    await armed(s, yt);
    await yt.locator('like-button-view-model button').click();
    await yt.locator('like-button-view-model button[aria-pressed="true"]').waitFor();
    await yt.locator('ytd-subscribe-button-renderer button').click();
    await yt.locator('ytd-subscribe-button-renderer[subscribed]').waitFor();
    await yt.locator('#save-button').click();
    await yt.locator('tp-yt-paper-checkbox').nth(1).click();
    await yt.locator('tp-yt-paper-checkbox[aria-checked="true"]').waitFor();
    await yt.locator('#share-button').click();
    await yt.locator('yt-copy-link-renderer #copy-button button').click();
    await yt.locator('yt-share-target-renderer #target').nth(1).click();
    await yt.locator('#simplebox-placeholder').click();
    await yt.locator('#contenteditable-root').click();
    await yt.keyboard.type('Merci, très clair.');
    await yt.locator('ytd-commentbox #submit-button button').click();
    await yt.waitForFunction(() => document.querySelector('#contenteditable-root')?.textContent === '');
    await yt.locator('input[name="search_query"]').click();
    await yt.keyboard.type('microtravail');
    await yt.keyboard.press('Enter');
    await scrollFeed(yt);

    // --- Reddit (new Reddit, EN, https): votes, save and join inside open shadow roots; search in a shadow input.
    const rd = await s.context.newPage();
    await rd.goto('https://www.reddit.com/?lang=en');
    await armed(s, rd);
    const posts = rd.locator('shreddit-post');
    await posts.nth(0).locator('button[upvote]').click(); // Playwright's CSS pierces open shadow roots, like a click does
    await posts.nth(0).locator('button[upvote][aria-pressed="true"]').waitFor();
    await posts.nth(1).locator('button[downvote]').click();
    await posts.nth(1).locator('button[downvote][aria-pressed="true"]').waitFor();
    await posts.nth(1).locator('button[downvote]').click(); // undo
    await posts.nth(2).locator('.overflow-button').click();
    await posts.nth(2).locator('.save-item').click();
    await rd.waitForFunction(() => document.querySelectorAll('shreddit-post-overflow-menu[saved]').length === 1);
    await rd.locator('shreddit-join-button button').click();
    await rd.locator('shreddit-join-button[subscribed]').waitFor();
    await rd.locator('faceplate-search-input input[name="q"]').click();
    await rd.keyboard.type('digital labor');
    await rd.keyboard.press('Enter');
    await scrollFeed(rd);

    // --- Mastodon at piaille.fr (FR): favourite, boost, bookmark, follow, reply, report; then single-page
    // navigation to Explore and a favourite there.
    const md = await s.context.newPage();
    await md.goto('http://piaille.fr/home?lang=fr');
    await armed(s, md);
    const bar = (i: number) => md.locator('.status__action-bar').nth(i);
    await bar(0).locator('button:has(.icon-star)').click();
    await bar(0).locator('button.active:has(.icon-star)').waitFor();
    await bar(1).locator('button:has(.icon-retweet)').click();
    await bar(1).locator('button.active:has(.icon-retweet)').waitFor();
    await bar(2).locator('button:has(.icon-bookmark)').click();
    await bar(2).locator('button.active:has(.icon-bookmark)').waitFor();
    await md.locator('.inline-follow-suggestions__body__scrollable__card button.button').click();
    await md.locator('.inline-follow-suggestions__body__scrollable__card button.button-secondary').waitFor();
    await bar(0).locator('button:has(.icon-reply)').click();
    await md.locator('.compose-form textarea').click();
    await md.keyboard.type('@ada tout à fait');
    await md.locator('.compose-form__publish button').click();
    await md.waitForFunction(() => (document.querySelector('.compose-form textarea') as HTMLTextAreaElement).value === '');
    await bar(3).locator('button:has(.icon-ellipsis-h)').click();
    await md.locator('[data-action="report"]').click();
    await md.locator('.report-dialog-modal__actions button').click();
    await md.locator('.report-dialog-modal__textarea').waitFor();
    await md.locator('.report-dialog-modal__actions button').click();
    await md.locator('[data-close]').click();
    await md.locator('#nav-explore').click();
    await md.waitForURL('**/explore');
    await bar(1).locator('button:has(.icon-star)').click();
    await bar(1).locator('button.active:has(.icon-star)').waitFor();
    await scrollFeed(md);

    // --- Bluesky (FR, https): like, repost through the menu, follow, a new post, search.
    const bs = await s.context.newPage();
    await bs.goto('https://bsky.app/?lang=fr');
    await armed(s, bs);
    const item = (i: number) => bs.locator('[data-testid^="feedItem-by-"]').nth(i);
    await item(0).locator('[data-testid="likeBtn"]').click();
    await item(0).locator('path[d^="M12.489"]').waitFor();
    await item(1).locator('[data-testid="repostBtn"]').click();
    await bs.locator('[data-testid="repostDropdownRepostBtn"]').click();
    await bs.locator('[data-testid="followBtn"]').click();
    await bs.locator('[data-testid="unfollowBtn"]').waitFor();
    await bs.locator('[data-testid="composeFAB"]').click();
    await bs.locator('[data-testid="composerTextInput"] [contenteditable]').click();
    await bs.keyboard.type('Mon premier post');
    await bs.locator('[data-testid="composerPublishBtn"]').click();
    await bs.locator('[data-testid="composePostView"]').waitFor({ state: 'detached' });
    await bs.locator('[data-testid="searchTextInput"]').click();
    await bs.keyboard.type('casilli');
    await bs.keyboard.press('Enter');
    await scrollFeed(bs);

    const stored = await storedSettled();
    const report = await exportJson(s);
    const took = (Date.now() - started) / 1000;
    const views = (p: string) =>
      report.events.filter((e: { kind: string; platform: string }) => e.kind === 'post-view' && e.platform === p);
    const gestures = (p: string) =>
      report.events.filter((e: { kind: string; platform: string }) => e.kind !== 'post-view' && e.platform === p).length;
    const viewCounts = Object.fromEntries(['x', 'youtube', 'reddit', 'mastodon', 'bluesky'].map((p) => [p, views(p).length]));
    console.log('[social e2e]', JSON.stringify({ took, stored, viewCounts, byKind: report.byKind, byPlatform: report.byPlatform }));

    expect(report.totals.count).toBe(stored);
    // Gestures, per platform: undo and page-script clicks recorded nothing, copy-link was not a share.
    expect(gestures('x')).toBe(5); // like, repost, bookmark, report, search
    expect(gestures('youtube')).toBe(6); // like, subscribe, save, share, comment, search
    expect(gestures('reddit')).toBe(5); // upvote, downvote, save, join, search
    expect(gestures('mastodon')).toBe(7); // favourite x2, boost, bookmark, follow, reply, report
    expect(gestures('bluesky')).toBe(5); // like, repost, follow, post, search
    expect(report.byKind.reaction.count).toBe(1 + 1 + 2 + 2 + 1);
    expect(report.byKind.share.count).toBe(1 + 1 + 0 + 1 + 1);
    expect(report.byKind.save.count).toBe(1 + 1 + 1 + 1 + 0);
    expect(report.byKind.follow.count).toBe(0 + 1 + 1 + 1 + 1);
    expect(report.byKind.comment.count).toBe(0 + 1 + 0 + 1 + 0);
    expect(report.byKind.post.count).toBe(1);
    expect(report.byKind.report.count).toBe(2);
    expect(report.byKind.search.count).toBe(4);
    // Views: the first and last screens of each 40-item feed (about 4 to 6 items each; a loaded machine flicks more
    // slowly and may linger on a few more), never the 40 items flicked past; each view carries the feed seconds
    // accrued since the previous one.
    for (const [p, n] of Object.entries(viewCounts)) {
      expect(n, `${p} post-views`).toBeGreaterThanOrEqual(5);
      expect(n, `${p} post-views`).toBeLessThanOrEqual(20);
    }
    const total = Object.values(viewCounts).reduce((a, b) => a + b, 0);
    expect(report.byKind['post-view'].count).toBe(total);
    expect(report.byKind['post-view'].seconds).toBeGreaterThan(5);
    for (const p of ['x', 'youtube', 'reddit', 'mastodon', 'bluesky'])
      expect(report.byPlatform[p]).toEqual({ count: gestures(p) + viewCounts[p], seconds: expect.any(Number) });
    const sites = new Set(report.events.map((e: { site: string }) => e.site));
    expect(sites).toEqual(new Set(['x.com', 'www.youtube.com', 'www.reddit.com', 'piaille.fr', 'bsky.app']));
    for (const e of report.events) {
      expect(Object.keys(e).every((k) => ['at', 'kind', 'platform', 'site', 'seconds', 'rounds', 'labels', 'passive'].includes(k))).toBe(true);
    }
  }, 120_000);
});
