/**
 * Keyboard shortcuts as gestures, in real Chromium with real (trusted) key presses: X's l / b / t (+ Enter on the
 * menu's confirm item) / r (+ Ctrl+Enter) on the focused post, and Mastodon's f / b on the focused status. Each counts
 * once, when the site's state flips; letters typed in the search box or the composer are text, never gestures.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { armed, exportJson, launch, type Session } from './harness';

let s: Session;
// A browser of its own for each attempt, so a retry starts from an empty database.
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => s?.close());

const gestures = (report: { events: { kind: string; platform: string }[] }, platform: string) =>
  report.events.filter((e) => e.platform === platform && e.kind !== 'post-view').map((e) => e.kind).sort();

describe('keyboard shortcuts', () => {
  it('counts X and Mastodon shortcuts when the state flips, never letters typed in fields', async () => {
    // --- X: the focused post takes the shortcuts (j/k move the focus; here the post is focused directly).
    const xp = await s.context.newPage();
    await xp.goto('http://x.com/home');
    await armed(s, xp);
    const posts = xp.locator('article[data-testid="tweet"]');
    await posts.nth(0).focus();
    await xp.keyboard.press('l');
    await posts.nth(0).locator('[data-testid="unlike"]').waitFor();
    await xp.keyboard.press('b');
    await posts.nth(0).locator('[data-testid="removeBookmark"]').waitFor();
    await posts.nth(1).focus();
    await xp.keyboard.press('t');
    await xp.locator('[data-testid="retweetConfirm"]').focus();
    await xp.keyboard.press('Enter');
    await posts.nth(1).locator('[data-testid="unretweet"]').waitFor();
    // Letters in the search box are a query, not shortcuts; Enter sends it.
    await xp.locator('[data-testid="SearchBox_Search_Input"]').focus();
    await xp.keyboard.type('lbt r');
    await xp.keyboard.press('Enter');
    await posts.nth(2).focus();
    await xp.keyboard.press('r');
    await xp.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
    await xp.keyboard.type('lbtr');
    await xp.keyboard.press('Control+Enter');
    await xp.locator('[role="dialog"]').waitFor({ state: 'detached' });
    expect(await posts.nth(2).locator('[data-testid="like"]').count()).toBe(1); // the typed letters did nothing

    // --- Mastodon (piaille.fr, FR): f and b on the focused status (quick boosting).
    const md = await s.context.newPage();
    await md.goto('http://piaille.fr/home?lang=fr');
    await armed(s, md);
    const wrapper = md.locator('.status__wrapper').nth(0);
    await wrapper.focus();
    await md.keyboard.press('f');
    await wrapper.locator('button.star-icon.active').waitFor();
    await md.keyboard.press('b');
    await wrapper.locator('button.icon-button.active:has(.icon-retweet)').waitFor();
    await md.locator('.search__input').click();
    await md.keyboard.type('fb');
    await md.waitForTimeout(1500);

    const report = await exportJson(s);
    expect(gestures(report, 'x')).toEqual(['comment', 'reaction', 'save', 'search', 'share']);
    expect(gestures(report, 'mastodon')).toEqual(['reaction', 'share']);
  }, 120_000);
});
