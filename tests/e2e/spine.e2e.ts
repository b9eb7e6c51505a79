/**
 * The spine end to end: real clicks on x.com and on a shop embedding reCAPTCHA (cross-origin frames at
 * www.google.com), then the JSON report exported from report.html as a person would.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { armed, exportJson, launch, waitForStored, type Session } from './harness';

let s: Session;
// A browser of its own for each attempt, so a retry starts from an empty database.
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => s?.close());

describe('spine', () => {
  it('records X gestures and a reCAPTCHA, and exports them exactly', async () => {
    const page = await s.context.newPage();
    await page.goto('http://x.com/home');
    await armed(s, page);
    const posts = page.locator('article[data-testid="tweet"]');

    // Like, then unlike (an undo records nothing).
    await posts.nth(0).locator('[data-testid="like"]').click();
    await posts.nth(0).locator('[data-testid="unlike"]').click();
    await posts.nth(0).locator('[data-testid="like"]').waitFor();
    // A page script's synthetic click changes the site's state but is not the person's gesture.
    await page.evaluate(() => (document.querySelectorAll('article')[1]!.querySelector('[data-testid="like"]') as HTMLElement).click());
    await posts.nth(1).locator('[data-testid="unlike"]').waitFor();
    // Repost through the menu.
    await posts.nth(1).locator('[data-testid="retweet"]').click();
    await page.locator('[data-testid="retweetConfirm"]').click();
    // Bookmark, then remove it (the removal is not a gesture).
    await posts.nth(2).locator('[data-testid="bookmark"]').click();
    await posts.nth(2).locator('[data-testid="removeBookmark"]').click();
    await posts.nth(2).locator('[data-testid="bookmark"]').waitFor();
    // Follow.
    await page.locator('[data-testid="1500000000-follow"]').click();
    await page.locator('[data-testid="1500000000-unfollow"]').waitFor();
    // Reply through the dialog.
    await posts.nth(0).locator('[data-testid="reply"]').click();
    await page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Bien vu');
    await page.locator('[role="dialog"] [data-testid="tweetButton"]').click();
    await page.locator('[role="dialog"]').waitFor({ state: 'detached' });

    // reCAPTCHA on a shop page: checkbox, two image rounds, solved.
    const shop = await s.context.newPage();
    await shop.goto('http://www.boutique-exemple.fr/?hl=en');
    const anchor = shop.frameLocator('iframe[title="reCAPTCHA"]');
    const challenge = shop.frameLocator('iframe[title^="recaptcha challenge"]');
    await anchor.locator('#recaptcha-anchor').click();
    await challenge.locator('.rc-imageselect-tile').nth(1).click();
    await challenge.locator('.rc-imageselect-tile').nth(4).click();
    await shop.waitForTimeout(300); // a person takes a moment per round
    await challenge.locator('#recaptcha-verify-button').click();
    await challenge.locator('.rc-imageselect-table-44').waitFor();
    await challenge.locator('.rc-imageselect-tile').nth(5).click();
    await challenge.locator('#recaptcha-verify-button').click();
    await anchor.locator('#recaptcha-anchor[aria-checked="true"]').waitFor();

    // 6 gestures, plus the 3 posts of the home timeline viewed (50 % for 1 s) while the person clicks.
    await waitForStored(s, 9);
    const report = await exportJson(s);
    expect(report).toMatchObject({ format: 'digital-labor-report', version: 1, anonymized: false });
    expect(report.totals.count).toBe(9);
    expect(report.byKind['post-view'].count).toBe(3);
    expect(report.byKind.reaction.count).toBe(1);
    expect(report.byKind.share.count).toBe(1);
    expect(report.byKind.save.count).toBe(1);
    expect(report.byKind.follow.count).toBe(1);
    expect(report.byKind.comment.count).toBe(1);
    expect(report.byKind.captcha.count).toBe(1);
    expect(report.byPlatform).toEqual({
      x: { count: 8, seconds: expect.any(Number) }, // the views carry the seconds spent in the feed
      recaptcha: { count: 1, seconds: expect.any(Number) },
    });
    expect(report.byFamily.social.count).toBe(8);
    expect(report.byFamily.micro.count).toBe(1);
    expect(report.captchas).toMatchObject({ solved: 1, rounds: 2, labels: { crosswalk: 1, 'traffic light': 1 } });
    expect(report.captchas.seconds).toBeGreaterThan(0.2);
    const sites = new Set(report.events.map((e: { site: string }) => e.site));
    expect(sites).toEqual(new Set(['x.com', 'www.boutique-exemple.fr']));
    const captcha = report.events.find((e: { kind: string }) => e.kind === 'captcha');
    expect(captcha).toMatchObject({ platform: 'recaptcha', site: 'www.boutique-exemple.fr', rounds: 2 });
    // Only the documented fields: no URL path, no text.
    for (const e of report.events) {
      expect(Object.keys(e).every((k) => ['at', 'kind', 'platform', 'site', 'seconds', 'rounds', 'labels', 'passive'].includes(k))).toBe(true);
    }
  });
});
