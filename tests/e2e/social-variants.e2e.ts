/**
 * The page variants of TikTok, LinkedIn and Pinterest (issue 11 §2), end to end in real headless Chromium with the
 * built extension: TikTok's video page (a real double click on the video likes it, a repost from the share sheet and
 * its undo) and TikTok Studio (a video posted); LinkedIn's server-driven feed (a reaction read by its icon swap, Save
 * from the control menu portal), its classic feed's control menu, and the logged-out public post page (nothing);
 * Pinterest's close-up (a reaction read by the heart's computed colour, a comment sent with Enter) and its home grid
 * (a board picked in the board picker). Checked on the JSON report exported from report.html.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { armed, exportJson, launch, settledCount, type Session } from './harness';

// A browser of its own for each attempt: a retry after a missed gesture starts from an empty database, not from the
// failed attempt's rows.
let s: Session;
beforeEach(async () => {
  s = await launch();
  s.context.setDefaultTimeout(8000);
});
afterEach(async () => s?.close());

async function tiktok(page: Page) {
  await page.goto('https://www.tiktok.com/video?hl=fr');
  await armed(s, page);
  // Double click on the video: a like (counted once the button is pressed); again on the liked video: nothing.
  await page.locator('[data-e2e="browse-video"]').dblclick();
  await page.locator('button[aria-pressed="true"] [data-e2e="browse-like-icon"]').waitFor();
  await page.waitForTimeout(500);
  await page.locator('[data-e2e="browse-video"]').dblclick();
  // Repost from the share sheet, then its undo.
  await page.locator('[data-e2e="browse-share-icon"]').click();
  await page.locator('#icon-element-repost').click();
  await page.locator('#icon-element-repost[aria-label="Supprimer la republication"]').waitFor();
  await page.locator('#icon-element-repost').click();
  await page.locator('#icon-element-repost[aria-label="Republier"]').waitFor();
  await page.locator('[data-e2e="browse-favorite-icon"]').click();
  await page.locator('button[aria-pressed="true"] [data-e2e="browse-favorite-icon"]').waitFor();
  await page.goto('https://www.tiktok.com/studio?hl=en');
  await armed(s, page);
  await page.locator('[data-e2e="post_video_button"]').click();
  await page.locator('[data-fixture="content"]').waitFor();
}

async function linkedin(page: Page) {
  await page.goto('https://www.linkedin.com/sdui?hl=en');
  await armed(s, page);
  await page.locator('button[data-view-name="reaction-button"]').nth(0).click();
  await page.locator('button[data-view-name="reaction-button"] svg#like-consumption-medium').waitFor();
  await page.locator('button[componentkey^="menu"]').nth(1).click();
  await page.locator('[id^="feedControlMenu"]:not([hidden]) [role="menuitem"]:has(svg#bookmark-outline-medium)').click();
  await page.locator('svg#bookmark-fill-medium').waitFor({ state: 'attached' });
  await page.goto('https://www.linkedin.com/?hl=fr');
  await armed(s, page);
  await page.locator('button.feed-shared-control-menu__trigger').nth(0).click();
  await page.locator('.feed-shared-update-v2').nth(0).locator('.option-save h5').click();
  await page.locator('[data-test-icon="bookmark-fill-medium"]').waitFor({ state: 'attached' });
  // Logged out: every action asks to sign in.
  await page.goto('https://www.linkedin.com/public?hl=fr');
  await armed(s, page);
  await page.locator('.social-action-bar--guest a').nth(0).click();
  await page.locator('.contextual-sign-in-modal:not([hidden])').waitFor();
}

async function pinterest(page: Page) {
  await page.goto('https://www.pinterest.com/?hl=en');
  await armed(s, page);
  await page.locator('[data-test-id="react-button"] button').click();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-test-id="react-button"] path')!).fill === 'rgb(221, 14, 14)');
  await page.locator('[data-test-id="editor-with-mentions"] [contenteditable="true"]').click();
  await page.keyboard.type('Very useful');
  await page.keyboard.press('Enter');
  await page.locator('[data-test-id="comment-item"]').waitFor({ state: 'attached' });
  // The detector reads the cleared composer on its next poll (tens of ms): a person does not leave within them.
  await page.waitForTimeout(600);
  await page.goto('https://www.pinterest.com/grid?hl=en');
  await armed(s, page);
  await page.locator('[data-test-id="pin"]').nth(1).hover();
  await page.locator('[data-test-id="SaveButton"] button').nth(1).hover();
  await page.locator('[data-fixture="board-dropdown"]').nth(1).click();
  await page.locator('[data-test-id="board-row-save-button-container"] button').nth(0).click();
  await page.locator('[data-test-id="SaveButton"] button', { hasText: 'Saved' }).waitFor();
}

describe('social variants: TikTok, LinkedIn and Pinterest page variants', () => {
  it('records each confirmed gesture once on every variant, and nothing logged out', async () => {
    await tiktok(await s.context.newPage());
    await linkedin(await s.context.newPage());
    await pinterest(await s.context.newPage());

    const expected = { reaction: 3, share: 1, save: 4, post: 1, comment: 1 };
    const gestures = Object.values(expected).reduce((a, b) => a + b, 0);
    await settledCount(s, gestures, 1500); // nothing more (an undo or a second double click) may arrive
    const report = await exportJson(s);
    const social = report.events.filter((e: { kind: string }) => e.kind !== 'post-view');
    const byKind = (k: string) => social.filter((e: { kind: string }) => e.kind === k).length;
    const seen = social.map((e: { platform: string; kind: string }) => `${e.platform}:${e.kind}`).sort().join(" ");
    for (const [kind, n] of Object.entries(expected)) expect(byKind(kind), `${kind} in ${seen}`).toBe(n);
    expect(social).toHaveLength(gestures);
    const on = (p: string) => social.filter((e: { platform: string }) => e.platform === p).length;
    expect([on('tiktok'), on('linkedin'), on('pinterest')]).toEqual([4, 3, 3]);
  }, 120_000); // three platforms and seven pages in one scenario: slow on a loaded 2-core machine
});
