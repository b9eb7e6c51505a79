/**
 * Widgets that arrive late (issue 10 item 9), in real headless Chromium: the detectors are chosen when the page
 * settles, so a CAPTCHA that appears only after the person's click used to go unseen. Here a shop's sign-up form
 * shows its own image CAPTCHA after "Continuer", and a login form loads GeeTest v4 (bind mode, slide) only when
 * "Log in" is pressed: each is counted once. Neither page has anything of its CAPTCHA when it loads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportJson, launch, waitForStored, type Session } from './harness';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

async function open(url: string): Promise<Page> {
  s = await launch();
  const page = await s.context.newPage();
  await page.goto(url);
  return page;
}

interface ReportEvent {
  kind: string;
  platform: string;
  site: string;
  rounds?: number;
  seconds?: number;
}

async function events(n: number): Promise<ReportEvent[]> {
  await waitForStored(s!, n);
  // Nothing more arrives later (no double count from a second start).
  await new Promise((r) => setTimeout(r, 800));
  return (await exportJson(s!)).events as ReportEvent[];
}

describe('CAPTCHAs that appear after the page settled', () => {
  it("a sign-up form whose own image CAPTCHA appears after a click is counted once", async () => {
    const page = await open('http://www.boutique-exemple.fr/inscription');
    expect(await page.locator('img').count()).toBe(0);
    await page.fill('#email', 'personne@exemple.fr');
    await page.fill('#password', 'cheval correct agrafe');
    await page.click('#continue');
    await page.locator('#captcha').waitFor();
    await page.waitForTimeout(1000); // the person reads the distorted letters
    await page.click('#captcha_code');
    await page.keyboard.type('K7QX2', { delay: 60 });
    await page.click('#create');
    await page.locator('#welcome').waitFor();
    const r = await events(1);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: 'captcha', platform: 'captcha-text', site: 'www.boutique-exemple.fr', rounds: 1 });
    expect(r[0]!.seconds).toBeGreaterThan(0.2);
  });

  it('a login that loads GeeTest on demand is counted once, with its failed attempt as a round', async () => {
    const page = await open('https://www.geetest.com/demo/login-on-demand?hl=fr');
    expect(await page.locator('script[src*="gt4"], [class*="geetest_"]').count()).toBe(0);
    await page.click('#submit');
    const knob = page.locator('.geetest_btn');
    await knob.waitFor();
    await page.waitForTimeout(1000); // the person sees the puzzle and reaches for the knob
    const box = (await knob.boundingBox())!;
    const slide = async (by: number) => {
      await page.mouse.move(box.x + 20, box.y + 20);
      await page.mouse.down();
      await page.mouse.move(box.x + 20 + by / 2, box.y + 22, { steps: 4 });
      await page.mouse.move(box.x + 20 + by, box.y + 21, { steps: 4 });
      await page.mouse.up();
    };
    await slide(70);
    await page.locator('.geetest_result_tips.fail').waitFor();
    await page.waitForTimeout(600);
    await slide(150);
    await page.locator('#welcome').waitFor();
    const r = await events(1);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: 'captcha', platform: 'geetest', site: 'www.geetest.com', rounds: 2 });
    expect(r[0]!.seconds).toBeGreaterThan(0.2);
  });
});
