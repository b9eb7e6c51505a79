/**
 * Social labor on Facebook (French UI), Instagram (English UI), TikTok (French UI), Threads (English UI) and
 * LinkedIn (French UI), end to end: the built
 * extension in real headless Chromium, fixtures served under the real (HSTS-preloaded) hostnames over https, real
 * clicks, hovers and typing, undos and a page script's synthetic clicks that must not count, then the JSON report
 * exported from report.html as a person would.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { armed, exportJson, launch, settledCount, type Session } from './harness';

let s: Session;
// A browser of its own for each attempt, so a retry starts from an empty database.
beforeEach(async () => {
  s = await launch();
  s.context.setDefaultTimeout(8000);
});
afterEach(async () => s?.close());

async function facebook(page: Page) {
  await page.goto('https://www.facebook.com/?hl=fr');
  await armed(s, page);
  const likes = page.locator('[role="article"] [role="button"]:has(> [data-ad-rendering-role="like_button"])');
  // Like, then remove it (an undo records nothing).
  await likes.nth(0).click();
  await page.locator('[role="article"] [aria-label="Retirer J’aime"]').waitFor();
  await likes.nth(0).click();
  await page.locator('[role="article"] [aria-label="Retirer J’aime"]').waitFor({ state: 'detached' });
  // "J'adore" from the reaction picker, which opens on hover outside the post.
  await likes.nth(1).hover();
  await page.locator('#layers [role="button"][aria-label="J’adore"]').click();
  await page.locator('[role="article"] [aria-label="Retirer J’adore"]').waitFor();
  // Share: copying the link is not a share, "Partager maintenant" is.
  await page.locator('[data-ad-rendering-role="share_button"]').nth(0).click();
  await page.getByText('Copier le lien').click();
  await page.locator('[data-ad-rendering-role="share_button"]').nth(1).click();
  await page.getByText('Partager maintenant (Amis)').click();
  // Save from the post's menu; "report" from the same menu is not detected (and not a save).
  await page.locator('[aria-haspopup="menu"]').nth(0).click();
  await page.getByText('Enregistrer la publication').click();
  // Follow a page.
  await page.locator('[role="complementary"] [role="button"][aria-label="Suivre"]').click();
  await page.locator('[role="complementary"] [aria-label="Abonné(e)"]').waitFor();
  // Comment with Enter.
  const editor = page.locator('form [contenteditable="true"]').nth(0);
  await editor.click();
  await page.keyboard.type('Très juste');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('form [contenteditable="true"]')!.textContent === '');
  // A new post from the create dialog.
  await page.locator('[data-fixture="composer"]').click();
  await page.locator('[role="dialog"] [contenteditable="true"]').click();
  await page.keyboard.type('Le travail du clic');
  await page.locator('[role="dialog"] [role="button"][aria-label="Publier"]').click();
  await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
  // Search.
  await page.locator('input[type="search"]').click();
  await page.keyboard.type('travail du clic');
  await page.keyboard.press('Enter');
  // A page script's click changes the page but is not the person's gesture.
  await page.evaluate(() => (document.querySelector('[role="complementary"] [role="button"]') as HTMLElement).click());
}

async function instagram(page: Page) {
  await page.goto('https://www.instagram.com/');
  await armed(s, page);
  const post = page.locator('main article').nth(0);
  await post.locator('[role="button"]:has(svg[aria-label="Like"])').click();
  await post.locator('svg[aria-label="Unlike"]').waitFor();
  await post.locator('[role="button"]:has(svg[aria-label="Save"])').click();
  await post.locator('svg[aria-label="Remove"]').waitFor();
  await post.locator('[role="button"]:has(svg[aria-label="Repost"])').click();
  await post.locator('svg[aria-label="Unrepost"]').waitFor();
  // Sending to friends (the paper plane) is not a share to the feed.
  await post.locator('[role="button"]:has(svg[aria-label="Share Post"])').click();
  await post.locator('header button').click();
  await post.getByText('Following').waitFor();
  await post.locator('form textarea').click();
  await page.keyboard.type('Merci');
  await post.locator('form [role="button"]').last().click();
  await page.waitForFunction(() => document.querySelector('main article form textarea')!.matches(':placeholder-shown'));
  await page.locator('[data-fixture="new-post"]').click();
  await page.locator('[role="dialog"] [role="button"]').click();
  await page.getByText('Your post has been shared.').waitFor();
  await page.locator('input[aria-label="Search input"]').click();
  await page.keyboard.type('casilli');
  await page.keyboard.press('Enter');
  // A page script likes the second post: not counted.
  await page.evaluate(() => (document.querySelectorAll('main article')[1]!.querySelector('svg[aria-label="Like"]')!.parentElement as HTMLElement).click());
  await page.locator('main article').nth(1).locator('svg[aria-label="Unlike"]').waitFor();
}

async function tiktok(page: Page) {
  await page.goto('https://www.tiktok.com/?hl=fr');
  await armed(s, page);
  await page.locator('[data-e2e="like-icon"]').nth(0).click();
  await page.locator('button[aria-pressed="true"] [data-e2e="like-icon"]').waitFor();
  // Favourite, then remove it.
  const fav = page.locator('[data-e2e="undefined-icon"]').nth(1);
  await fav.click();
  await page.locator('button[aria-pressed="true"] [data-e2e="undefined-icon"]').waitFor();
  await fav.click();
  await page.locator('button[aria-pressed="true"] [data-e2e="undefined-icon"]').waitFor({ state: 'detached' });
  await page.locator('[data-e2e="browse-like-icon"]').click();
  await page.locator('[data-e2e="browse-follow"] button').click();
  await page.getByText('Abonné(e)').waitFor();
  await page.locator('[data-e2e="share-icon"]').nth(0).click();
  await page.locator('[data-e2e="comment-input"] [contenteditable="true"]').click();
  await page.keyboard.type('Bien vu');
  await page.keyboard.press('Enter');
  await page.locator('[data-e2e="comment-level-1"]').waitFor({ state: 'attached' });
  await page.locator('input[data-e2e="search-user-input"]').click();
  await page.keyboard.type('travail du clic');
  await page.locator('[data-e2e="search-box-button"]').click();
  await page.evaluate(() => (document.querySelectorAll('[data-e2e="like-icon"]')[1]!.closest('button') as HTMLElement).click());
}

async function threads(page: Page) {
  await page.goto('https://www.threads.com/');
  await armed(s, page);
  const post = (i: number) => page.locator('[data-pressable-container="true"]').nth(i);
  await post(0).locator('[role="button"]:has(svg[aria-label="Like"])').click();
  await post(0).locator('svg[aria-label="Unlike"]').waitFor();
  // Repost: the icon opens a menu; "Quote" reposts nothing, "Repost" does.
  await post(0).locator('[role="button"]:has(svg[aria-label="Repost"])').click();
  await page.locator('[data-act="quote"]').click();
  await post(1).locator('[role="button"]:has(svg[aria-label="Repost"])').click();
  await page.locator('[data-act="repost"]').click();
  await post(1).locator('svg[aria-label="Unrepost"]').waitFor();
  await page.locator('[role="main"] [role="button"]:has-text("Follow")').click();
  await page.getByText('Following').waitFor();
  // A reply, then a new thread.
  await post(0).locator('[role="button"]:has(svg[aria-label="Reply"])').click();
  await page.locator('[role="dialog"] [contenteditable="true"]').click();
  await page.keyboard.type('Exactement');
  await page.locator('[role="dialog"] [data-fixture="send"]').click();
  await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
  await page.locator('[data-fixture="create"]').click();
  await page.locator('[role="dialog"] [contenteditable="true"]').click();
  await page.keyboard.type('Mon fil');
  await page.locator('[role="dialog"] [data-fixture="send"]').click();
  await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
  await page.locator('input[type="search"]').click();
  await page.keyboard.type('annotation');
  await page.keyboard.press('Enter');
}

async function linkedin(page: Page) {
  await page.goto('https://www.linkedin.com/?hl=fr');
  await armed(s, page);
  const trigger = (i: number) => page.locator('button.react-button__trigger').nth(i);
  // "Bravo" from the flyout that opens on hover; then a like on the second post, undone (the undo records nothing).
  await trigger(0).hover();
  await page.locator('.feed-shared-update-v2').nth(0).locator('img[data-test-reactions-icon-type="PRAISE"]').click();
  await page.locator('button.react-button__trigger[aria-pressed="true"]').waitFor();
  await trigger(1).click();
  await page.locator('button.react-button__trigger[aria-pressed="true"]').nth(1).waitFor();
  await trigger(1).click();
  await page.locator('button.react-button__trigger[aria-pressed="true"]').nth(1).waitFor({ state: 'detached' });
  // Repost at once from the repost menu.
  await page.locator('button.social-reshare-button').nth(0).click();
  await page.locator('.social-reshare-button__sharing-as-is-dropdown-item').nth(0).click();
  await page.locator('button.follow').click();
  await page.locator('button.follow[aria-pressed="true"]').waitFor();
  await page.locator('.comments-comment-box .ql-editor').nth(0).click();
  await page.keyboard.type('Merci pour la liste');
  await page.locator('.comments-comment-box__submit-button--cr').click();
  await page.locator('.comments-comment-box__submit-button--cr').waitFor({ state: 'detached' });
  await page.locator('[data-fixture="start"]').click();
  await page.locator('[role="dialog"] .ql-editor').click();
  await page.keyboard.type('Nouveau post');
  await page.locator('.share-actions__primary-action').click();
  await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
  await page.locator('input.search-global-typeahead__input').click();
  await page.keyboard.type('Casilli');
  await page.keyboard.press('Enter');
}

describe('social2: Facebook, Instagram, TikTok, Threads, LinkedIn', () => {
  it('records each confirmed gesture once, not undos, copies, menus or page scripts, and exports them', async () => {
    const page = await s.context.newPage();
    await facebook(page);
    await instagram(await s.context.newPage());
    await tiktok(await s.context.newPage());
    await threads(await s.context.newPage());
    await linkedin(await s.context.newPage());

    const gestures = 8 + 7 + 6 + 6 + 7;
    const stored = await settledCount(s, gestures, 1500, 15_000); // post-views come a second after items are shown
    const report = await exportJson(s);
    const count = (k: string) => report.byKind[k]?.count ?? 0;
    expect(count('reaction')).toBe(8); // FB like + picker, IG, TikTok feed + video page, Threads, LinkedIn flyout + like
    expect(count('share')).toBe(4); // FB "share now", IG repost, Threads and LinkedIn reposts from their menus
    expect(count('save')).toBe(3); // FB menu, IG bookmark, TikTok favourite
    expect(count('follow')).toBe(5);
    expect(count('comment')).toBe(5); // FB, IG, TikTok, Threads reply, LinkedIn
    expect(count('post')).toBe(4); // FB, IG, Threads, LinkedIn
    expect(count('search')).toBe(5);
    expect(count('report')).toBe(0);
    // Feed items shown for a second: the two posts or videos of each fixture feed at most.
    const views = count('post-view');
    expect(views).toBeGreaterThanOrEqual(5);
    expect(views).toBeLessThanOrEqual(10);
    for (const p of ['facebook', 'instagram', 'tiktok', 'threads', 'linkedin']) {
      const seen = report.events.filter((e: { platform: string; kind: string }) => e.platform === p && e.kind === 'post-view').length;
      expect(seen, p).toBeGreaterThanOrEqual(1); // each fixture feed shows two items on one screen
      expect(seen, p).toBeLessThanOrEqual(2);
    }
    expect(stored).toBe(gestures + views);
    const social = (p: string) => report.byPlatform[p].count - report.events.filter((e: { platform: string; kind: string }) => e.platform === p && e.kind === 'post-view').length;
    expect(social('facebook')).toBe(8);
    expect(social('instagram')).toBe(7);
    expect(social('tiktok')).toBe(6);
    expect(social('threads')).toBe(6);
    expect(social('linkedin')).toBe(7);
    expect(Object.keys(report.byPlatform).sort()).toEqual(['facebook', 'instagram', 'linkedin', 'threads', 'tiktok']);
    const sites = new Set(report.events.map((e: { site: string }) => e.site));
    expect(sites).toEqual(new Set(['www.facebook.com', 'www.instagram.com', 'www.tiktok.com', 'www.threads.com', 'www.linkedin.com']));
  });
});
