/**
 * Accessibility (issue 15, "Accessible to everyone"): axe-core runs in real headless Chromium on every page of the
 * built extension, in French and English, light and dark, and finds 0 violations at WCAG 2.2 AA. The pages are
 * read from the build output, so a page added later (welcome, privacy, year in review...) is covered without
 * touching this file. The pages hold data recorded by real gestures (x.com like, repost, follow; a reCAPTCHA), so
 * charts, tables and breakdowns are checked filled, not only empty.
 *
 * Also: the popup can be used with the keyboard alone (Tab/Enter: pause the site, open the report, open settings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { work, tabIdOf } from './gestures';
import { EXTENSION_DIR, extensionUrl, launch, type Session } from './harness';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every HTML page of the build (popup.html, report.html, ...), so pages added later are checked too. */
export const extensionPages = () => readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html')).sort();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe in the page (evaluated through the DevTools protocol: the pages' CSP forbids injected script tags). */
async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, TAGS);
}

/** Elements that still animate or transition for more than 10 ms (with prefers-reduced-motion: reduce emulated). */
async function moving(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ms = (v: string) => Math.max(...v.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000)));
    const out: string[] = [];
    for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const c = getComputedStyle(el, pseudo);
        const anim = c.animationName !== 'none' && ms(c.animationDuration) > 10;
        const trans = c.transitionProperty !== 'none' && ms(c.transitionDuration) > 10;
        if (anim || trans || c.scrollBehavior === 'smooth') out.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`);
      }
    }
    return out.slice(0, 10);
  });
}

/** Opens an extension page and waits until it has rendered (its app root has content and the page is quiet). */
async function open(s: Session, path: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await s.context.newPage();
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  if (path.startsWith('popup.html')) await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(extensionUrl(s, path));
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => (document.body.innerText ?? '').trim().length > 0, undefined, { timeout: 10_000 });
  await page.waitForTimeout(400); // live queries settle
  return page;
}

const describeLang = (lang: 'en' | 'fr', locale: string) =>
  describe(`axe, ${lang}`, () => {
    let s: Session;
    let tabId = 0;
    beforeAll(async () => {
      s = await launch({ locale, consent: false });
      const x = await work(s, lang);
      tabId = await tabIdOf(s, x);
    }, 180_000);
    afterAll(async () => s?.close());

    it('lists the extension pages', () => {
      expect(extensionPages()).toEqual(expect.arrayContaining(['popup.html', 'report.html', 'options.html', 'class.html', 'practice.html']));
    });

    it('every page has 0 violations at WCAG 2.2 AA, light and dark', async () => {
      const found: Record<string, Violation[]> = {};
      const checked: string[] = [];
      for (const file of extensionPages()) {
        const page = await open(s, file === 'popup.html' ? `popup.html?tab=${tabId}` : file, 'light');
        expect(await page.evaluate(() => document.documentElement.lang), file).toBe(lang);
        // Reduced motion (emulated by open()): nothing on the page moves for longer than a frame.
        expect(await moving(page), file).toEqual([]);
        const backgrounds: string[] = [];
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          // The page really changed theme (theme.css follows prefers-color-scheme), so dark contrast is what is checked.
          const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          if (scheme === 'dark') await expect.poll(bg, { timeout: 5000, message: `${file} turns dark` }).not.toBe(backgrounds[0]);
          backgrounds.push(await bg());
          const v = await axe(page);
          if (v.length) found[`${file} ${scheme}`] = v;
          checked.push(`${file} ${scheme}`);
        }
        await page.close();
      }
      console.info(`axe ${lang}: ${checked.length} page views checked: ${checked.join(', ')}`);
      expect(found).toEqual({});
    }, 400_000);
  });

describeLang('en', 'en-US');
describeLang('fr', 'fr-FR');

describe('keyboard', () => {
  it('walks the popup with Tab and Enter: pause this site, open the report, open settings', async () => {
    const s = await launch({ consent: false });
    try {
      const x = await work(s, 'en', { captcha: false });
      const tabId = await tabIdOf(s, x);
      const popup = await open(s, `popup.html?tab=${tabId}`, 'light');
      /** Presses Tab until the focused element matches `selector` (at most 60 presses), then Enter. */
      const tabTo = async (selector: string) => {
        for (let i = 0; i < 60; i++) {
          await popup.keyboard.press('Tab');
          if (await popup.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) {
            // The focus is visible: an outline is drawn (theme.css :focus-visible).
            const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
            expect(outline).not.toBe('none');
            await popup.keyboard.press('Enter');
            return;
          }
        }
        throw new Error(`Tab never reached ${selector}`);
      };
      await tabTo('[data-testid="pause-site"]');
      await expect.poll(() => popup.locator('[data-testid="tab-status-line"]').innerText(), { timeout: 10_000 }).toContain('Paused on x.com');
      const [report] = await Promise.all([s.context.waitForEvent('page'), tabTo('[data-testid="open-report"]')]);
      await report.waitForLoadState();
      expect(report.url()).toContain('/report.html');
      await popup.bringToFront();
      const [options] = await Promise.all([s.context.waitForEvent('page'), tabTo('[data-testid="open-settings"]')]);
      await options.waitForLoadState();
      expect(options.url()).toContain('/options.html');
    } finally {
      await s.close();
    }
  }, 180_000);
});
