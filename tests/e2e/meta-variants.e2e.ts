/**
 * Facebook, Instagram and Threads variants in real headless Chromium with the built extension (issue 11 §2):
 * m.facebook.com's mobile web (WebLite) and Facebook's German UI, Instagram's narrow layout with a real double
 * click on a post's image (Chromium sends click, click, dblclick, all trusted), Threads in German and logged out.
 * Undos, a double tap on a post already liked, logged-out taps and a page script's double click count nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { armed, exportJson, launch, settledCount, type Session } from './harness';

let s: Session;
// A browser of its own for each attempt, so a retry starts from an empty database.
beforeEach(async () => {
  s = await launch();
  s.context.setDefaultTimeout(8000);
});
afterEach(async () => s?.close());

describe('meta-variants: Facebook mobile web and German, Instagram narrow, Threads German and logged out', () => {
  it('records each real like once, on each variant, and nothing else', async () => {
    // m.facebook.com: like two posts, undo the first (2 reactions).
    const m = await s.context.newPage();
    await m.goto('https://m.facebook.com/');
    await armed(s, m);
    const mLike = (i: number) => m.locator('#screen-root [role="button"][aria-label^="Like button"]').nth(i);
    await mLike(0).click();
    await m.locator('[aria-label="Like button, pressed. Double tap and hold to change reaction."]').waitFor();
    await mLike(1).click();
    await m.locator('[aria-label="Like button, pressed. Double tap and hold to change reaction."]').nth(1).waitFor();
    await mLike(0).click();
    await m.waitForFunction(() => document.querySelectorAll('[aria-label^="Like button, pressed"]').length === 1);

    // www.facebook.com in German: like, then undo (1 reaction).
    const de = await s.context.newPage();
    await de.goto('https://www.facebook.com/?hl=de');
    await armed(s, de);
    const deLike = de.locator('[role="article"] [role="button"]:has(> [data-ad-rendering-role="like_button"])').nth(0);
    await deLike.click();
    await de.locator('[role="article"] [aria-label$=" entfernen"]').waitFor();
    await deLike.click();
    await de.locator('[role="article"] [aria-label$=" entfernen"]').waitFor({ state: 'detached' });

    // Instagram narrow layout: a double click on post 0's image likes it; on post 1 (already liked) nothing; the
    // heart of post 2 (2 reactions). A page script's double click on post 2's image after that changes nothing new.
    const ig = await s.context.newPage();
    await ig.setViewportSize({ width: 390, height: 844 });
    await ig.goto('https://www.instagram.com/narrow');
    await armed(s, ig);
    const post = (i: number) => ig.locator('main article').nth(i);
    await post(0).locator('._aagv').dblclick();
    await post(0).locator('section svg[aria-label="Unlike"]').waitFor();
    await post(1).locator('._aagv').dblclick();
    await post(2).locator('section [role="button"]:has(svg[aria-label="Like"])').click();
    await post(2).locator('section svg[aria-label="Unlike"]').waitFor();
    await ig.evaluate(() => {
      const img = document.querySelectorAll('main article')[2]!.querySelector('._aagu img')!;
      img.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    });

    // Threads in German (1 reaction), then logged out: every tap changes nothing (0).
    const th = await s.context.newPage();
    await th.goto('https://www.threads.com/?hl=de');
    await armed(s, th);
    await th.locator('[data-pressable-container] [role="button"]:has(svg[aria-label="Gefällt mir"])').nth(0).click();
    await th.locator('svg[aria-label="Gefällt mir nicht mehr"]').waitFor();
    const lo = await s.context.newPage();
    await lo.goto('https://www.threads.com/logged-out');
    await armed(s, lo);
    for (const label of ['Like', 'Repost']) await lo.locator(`[data-pressable-container] [role="button"]:has(svg[aria-label="${label}"])`).nth(0).click();

    await settledCount(s, 6); // post-views come late
    const report = await exportJson(s);
    const reactions = report.events.filter((e: { kind: string }) => e.kind === 'reaction');
    const bySite = (site: string) => reactions.filter((e: { site: string }) => e.site === site).length;
    expect(bySite('m.facebook.com')).toBe(2);
    expect(bySite('www.facebook.com')).toBe(1);
    expect(bySite('www.instagram.com')).toBe(2);
    expect(bySite('www.threads.com')).toBe(1);
    expect(reactions).toHaveLength(6);
    const other = report.events.filter((e: { kind: string }) => e.kind !== 'reaction' && e.kind !== 'post-view');
    expect(other).toEqual([]);
  });
});
