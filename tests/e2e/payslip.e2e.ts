/**
 * The unpaid payslip and the year in review (issue 16) in real headless Chromium with the built extension. A week
 * and a year of gestures are seeded through the extension's own database (from its report page, as the background
 * stores them: events and their daily rollups), then:
 * - the payslip heads the report, in English and French, light and dark (screenshots in test-artifacts/);
 * - "Save as an image" downloads a PNG at least 600 px wide that is not blank, drawn from a canvas whose text holds
 *   the payslip's totals; the families-only variant names no site;
 * - "Print the payslip" prints it alone on one A4 page (page.pdf read back with pdftotext);
 * - the year page shows totals, the busiest week, CAPTCHAs and their labels, hours and the pay line; it prints on one
 *   page and saves as one image.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, extensionUrl, launch, type Session } from './harness';

let s: Session | undefined;
const tmp = mkdtempSync(join(tmpdir(), 'tdc-payslip-'));
mkdirSync(ARTIFACTS, { recursive: true });
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const TODAY = new Date();
const today = dayOf(TODAY);

interface SeedRow {
  day: string;
  kind: string;
  platform: string;
  site: string;
  count: number;
  seconds?: number;
  rounds?: number;
  labels?: Record<string, number>;
}

/** Today: a busy day on several platforms, a few CAPTCHAs with their labels, AI ratings, searches, ratings. */
const week: SeedRow[] = [
  { day: today, kind: 'reaction', platform: 'x', site: 'x.com', count: 14 },
  { day: today, kind: 'follow', platform: 'x', site: 'x.com', count: 2 },
  { day: today, kind: 'share', platform: 'x', site: 'x.com', count: 3 },
  { day: today, kind: 'comment', platform: 'reddit', site: 'www.reddit.com', count: 2, seconds: 95 },
  { day: today, kind: 'reaction', platform: 'reddit', site: 'www.reddit.com', count: 6 },
  { day: today, kind: 'post-view', platform: 'youtube', site: 'www.youtube.com', count: 120, seconds: 1500 },
  { day: today, kind: 'reaction', platform: 'youtube', site: 'www.youtube.com', count: 5 },
  { day: today, kind: 'search', platform: 'google', site: 'www.google.com', count: 9 },
  { day: today, kind: 'result-click', platform: 'google', site: 'www.google.com', count: 7 },
  { day: today, kind: 'captcha', platform: 'recaptcha', site: 'shop.example', count: 3, seconds: 42, rounds: 5, labels: { crosswalk: 3, 'traffic light': 2, bus: 1 } },
  { day: today, kind: 'captcha', platform: 'hcaptcha', site: 'forum.example', count: 1, seconds: 18, rounds: 1, labels: { bicycle: 1 } },
  { day: today, kind: 'ai-feedback', platform: 'chatgpt', site: 'chatgpt.com', count: 2 },
  { day: today, kind: 'rating', platform: 'amazon', site: 'www.amazon.fr', count: 2 },
];
/** A busier week still prints on one page: eight more platforms (sixteen lines in all). */
const more: SeedRow[] = [
  { day: today, kind: 'reaction', platform: 'instagram', site: 'www.instagram.com', count: 11 },
  { day: today, kind: 'reaction', platform: 'facebook', site: 'www.facebook.com', count: 4 },
  { day: today, kind: 'follow', platform: 'linkedin', site: 'www.linkedin.com', count: 1 },
  { day: today, kind: 'share', platform: 'mastodon', site: 'mastodon.social', count: 2 },
  { day: today, kind: 'reaction', platform: 'bluesky', site: 'bsky.app', count: 3 },
  { day: today, kind: 'search', platform: 'duckduckgo', site: 'duckduckgo.com', count: 2 },
  { day: today, kind: 'ai-feedback', platform: 'gemini', site: 'gemini.google.com', count: 1 },
  { day: today, kind: 'rating', platform: 'google-maps', site: 'www.google.com', count: 1 },
];

/** Earlier this year: a few gestures most days (more in the autumn), a CAPTCHA now and then, one busy week in March. */
function year(): SeedRow[] {
  const out: SeedRow[] = [];
  const start = new Date(TODAY.getFullYear(), 0, 1, 12);
  for (let d = new Date(start), i = 0; dayOf(d) < today; d.setDate(d.getDate() + 1), i++) {
    const day = dayOf(d);
    if (i % 7 === 3) continue; // a day off a week
    const autumn = d.getMonth() >= 8 ? 2 : 1;
    const march = d.getMonth() === 2 && d.getDate() >= 9 && d.getDate() <= 15 ? 20 : 1;
    out.push({ day, kind: 'reaction', platform: i % 2 ? 'instagram' : 'x', site: i % 2 ? 'www.instagram.com' : 'x.com', count: (4 + (i % 5)) * autumn * march });
    out.push({ day, kind: 'post-view', platform: 'instagram', site: 'www.instagram.com', count: 8 * autumn, seconds: 150 * autumn });
    if (i % 3 === 0) out.push({ day, kind: 'search', platform: 'google', site: 'www.google.com', count: 3 });
    if (i % 11 === 0) out.push({ day, kind: 'captcha', platform: 'recaptcha', site: 'shop.example', count: 1, seconds: 12, rounds: 2, labels: { [['crosswalk', 'traffic light', 'bus', 'fire hydrant'][i % 4]!]: 1 } });
  }
  return out;
}

/**
 * Writes rows into the extension's database from one of its pages (the page opens it first, so its tables exist):
 * one event per gesture and the matching rollup, as lib/db.ts recordEvents stores them.
 */
async function seed(page: Page, rows: SeedRow[]) {
  await page.evaluate(
    (rows) =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open('travail-du-clic');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['events', 'rollups'], 'readwrite');
          const rollups = new Map<string, Record<string, unknown>>();
          let n = 0;
          for (const r of rows) {
            const key = `${r.day}|${r.kind}|${r.platform}`;
            const roll = (rollups.get(key) ?? { key, day: r.day, kind: r.kind, platform: r.platform, count: 0, timed: 0, seconds: 0, rounds: 0, passive: 0, labels: {} }) as {
              count: number; timed: number; seconds: number; rounds: number; labels: Record<string, number>;
            };
            const at = new Date(`${r.day}T10:00:00`).getTime();
            for (let i = 0; i < r.count; i++) {
              const seconds = r.seconds === undefined ? undefined : Math.round((r.seconds / r.count) * 10) / 10;
              tx.objectStore('events').add({
                uid: `seed-${r.day}-${r.kind}-${r.platform}-${n++}`, at: at + i * 1000, day: r.day, kind: r.kind, platform: r.platform, site: r.site,
                ...(seconds !== undefined ? { seconds } : {}),
              });
            }
            roll.count += r.count;
            if (r.seconds !== undefined) {
              roll.timed += r.count;
              roll.seconds += r.seconds;
            }
            roll.rounds += r.rounds ?? 0;
            for (const [l, c] of Object.entries(r.labels ?? {})) roll.labels[l] = (roll.labels[l] ?? 0) + c;
            rollups.set(key, roll as unknown as Record<string, unknown>);
          }
          for (const r of rollups.values()) tx.objectStore('rollups').put(r);
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    rows,
  );
}

async function seeded(lang: 'en' | 'fr', colorScheme: 'light' | 'dark'): Promise<Page> {
  s = await launch({ locale: lang === 'fr' ? 'fr-FR' : 'en-US', colorScheme });
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'report.html'));
  await page.locator('[data-testid="payslip"]').waitFor();
  await seed(page, [...year(), ...week]);
  await page.reload();
  await page.locator('[data-testid="payslip-lines"] tbody').first().waitFor();
  return page;
}

const clean = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();

/** Downloads the PNG a button saves, keeps a copy in test-artifacts/, and returns its size and pixel spread. */
async function savedPng(context: BrowserContext, page: Page, testid: string, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  const path = join(ARTIFACTS, name);
  copyFileSync((await file.path())!, path);
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // Pixels read back in a blank page (no extension CSP there): luminance variance and how many pixels are ink.
  const blank = await context.newPage();
  const stats = await blank.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    let sq = 0;
    let dark = 0;
    const n = d.length / 4;
    for (let i = 0; i < d.length; i += 4) {
      const l = 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!;
      sum += l;
      sq += l * l;
      if (l < 128) dark++;
    }
    const mean = sum / n;
    return { variance: sq / n - mean * mean, inkShare: dark / n };
  }, png.toString('base64'));
  await blank.close();
  return { name: file.suggestedFilename(), width, height, ...stats };
}

/** Prints the page to PDF (A4) and returns its page count and text. */
async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = join(tmp, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // A picture of the printed page, to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, name)]);
  return { pages, text: clean(text) };
}

describe('unpaid payslip and year in review', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`payslip heads the report, saves as PNG (full and families only) and prints on one A4 page (${lang})`, { timeout: 240_000 }, async () => {
      const page = await seeded(lang, 'light');
      const slip = page.locator('[data-testid="payslip"]');
      // The headline comes first: the payslip is above the fold, before the day bars and the tables.
      const box = (await slip.boundingBox())!;
      expect(box.y).toBeLessThan(250);
      await page.screenshot({ path: join(ARTIFACTS, `payslip-report-top-${lang}-light.png`) });
      await slip.screenshot({ path: join(ARTIFACTS, `payslip-${lang}-light.png`) });

      const net = clean(await page.locator('[data-testid="payslip-net"] strong').textContent());
      expect(net).toBe(lang === 'fr' ? '0,00 €' : '$0.00');
      const gross = clean(await page.locator('.ps-gross td').last().textContent());
      expect(gross).toMatch(lang === 'fr' ? /^\d+,\d\d €$/ : /^\$\d+\.\d\d$/);
      expect(gross).not.toMatch(/^(0,00 €|\$0\.00)$/);
      expect(clean(await page.locator('[data-testid="payslip-gross"]').textContent())).toContain(gross); // beside the net
      const sections = await page.locator('[data-testid="payslip-lines"] tbody').evaluateAll((b) => b.map((e) => e.getAttribute('data-family')));
      expect(sections).toEqual(['social', 'micro', 'on-demand']);
      const lines = clean(await page.locator('[data-testid="payslip-lines"]').textContent());
      for (const name of ['X', 'YouTube', 'Reddit', 'Google', 'reCAPTCHA', 'hCaptcha', 'ChatGPT', 'Amazon']) expect(lines).toContain(name);
      expect(clean(await page.locator('[data-testid="payslip-glance"]').textContent())).toContain(net);

      // The image: at least 600 px wide, not blank, and drawn from a canvas whose text has the totals.
      const full = await savedPng(s!.context, page, 'payslip-image', `payslip-image-${lang}.png`);
      expect(full.name).toMatch(lang === 'fr' ? /^bulletin-de-paie-\d{4}-\d{2}-\d{2}\.png$/ : /^pay-stub-\d{4}-\d{2}-\d{2}\.png$/);
      expect(full.width).toBeGreaterThanOrEqual(600);
      expect(full.height).toBeGreaterThan(600);
      expect(full.variance).toBeGreaterThan(100);
      expect(full.inkShare).toBeGreaterThan(0.01);
      const drawn = clean(await page.locator('[data-testid="payslip-canvas"]').evaluate((c) => [...c.querySelectorAll('li')].map((li) => li.textContent).join(' | ')));
      expect(drawn).toContain(gross);
      expect(drawn).toContain(net);
      expect(drawn).toContain('YouTube');

      // Families only, for a class poster: no site name on the page or in the image.
      await page.click('[data-testid="payslip-anonymize"]');
      await expect.poll(async () => page.locator('[data-testid="payslip-lines"] tbody tr:not(.ps-section)').count()).toBe(3);
      await slip.screenshot({ path: join(ARTIFACTS, `payslip-${lang}-anon.png`) });
      const anon = await savedPng(s!.context, page, 'payslip-image', `payslip-image-${lang}-anon.png`);
      expect(anon.width).toBeGreaterThanOrEqual(600);
      expect(anon.variance).toBeGreaterThan(100);
      const anonText = clean(await page.locator('[data-testid="payslip-canvas"]').evaluate((c) => c.textContent));
      const slipText = clean(await slip.textContent());
      for (const site of ['YouTube', 'Reddit', 'Google', 'reCAPTCHA', 'hCaptcha', 'ChatGPT', 'Amazon', 'x.com', ' X,']) {
        expect(anonText).not.toContain(site);
        expect(slipText).not.toContain(site);
      }
      expect(anonText).toContain(gross);
      await page.click('[data-testid="payslip-anonymize"]');

      // Print: the button marks the page for the payslip alone (the browser's dialog is replaced by page.pdf).
      await page.evaluate(() => (window.print = () => undefined));
      await page.click('[data-testid="payslip-print"]');
      const pdf = await printed(page, `payslip-print-${lang}`);
      expect(pdf.pages).toBe(1);
      expect(pdf.text).toContain(lang === 'fr' ? 'Bulletin de paie' : 'Pay stub');
      expect(pdf.text).toContain(gross);
      expect(pdf.text).toContain(net);
      expect(pdf.text).toContain(lang === 'fr' ? 'Total brut' : 'Gross total');
      expect(pdf.text).not.toContain(lang === 'fr' ? 'Mois par mois' : 'By day'); // nothing of the rest of the report

      // Sixteen lines: still one page (printed smaller).
      await seed(page, more);
      await page.reload();
      await expect.poll(async () => page.locator('[data-testid="payslip-lines"] tbody tr:not(.ps-section):not(.ps-subtotal)').count()).toBe(16);
      await page.evaluate(() => (window.print = () => undefined));
      await page.click('[data-testid="payslip-print"]');
      const busy = await printed(page, `payslip-print-busy-${lang}`);
      expect(busy.pages).toBe(1);
      expect(busy.text).toContain(lang === 'fr' ? 'Net à payer' : 'Net pay');
      expect(busy.text).toContain('Gemini');

      // The year page, from the report's link.
      const [year] = await Promise.all([s!.context.waitForEvent('page'), page.click('[data-testid="open-year"]')]);
      await year.locator('[data-testid="year-glance"]').waitFor();
      await year.setViewportSize({ width: 1000, height: 1200 });
      await year.screenshot({ path: join(ARTIFACTS, `year-${lang}-light.png`), fullPage: true });
      expect(clean(await year.locator('h1').textContent())).toContain(String(TODAY.getFullYear()));
      expect(clean(await year.locator('[data-testid="year-top-week"]').textContent())).toMatch(lang === 'fr' ? /mars/ : /March/);
      const labels = clean(await year.locator('[data-testid="year-labels"]').textContent());
      expect(labels).toMatch(lang === 'fr' ? /passages piétons/i : /crosswalk/i);
      const hours = clean(await year.locator('[data-testid="year-hours"] strong').textContent());
      expect(clean(await year.locator('[data-testid="year-pay"]').textContent())).toContain(net);
      const yimg = await savedPng(s!.context, year, 'year-image', `year-image-${lang}.png`);
      expect(yimg.width).toBeGreaterThanOrEqual(600);
      expect(yimg.variance).toBeGreaterThan(100);
      expect(clean(await year.locator('[data-testid="year-canvas"]').evaluate((c) => c.textContent))).toContain(hours);
      const ypdf = await printed(year, `year-print-${lang}`);
      expect(ypdf.pages).toBe(1);
      expect(ypdf.text).toContain(hours);
    });

    it(`payslip and year page in dark mode (${lang})`, { timeout: 120_000 }, async () => {
      const page = await seeded(lang, 'dark');
      await page.screenshot({ path: join(ARTIFACTS, `payslip-report-top-${lang}-dark.png`) });
      await page.locator('[data-testid="payslip"]').screenshot({ path: join(ARTIFACTS, `payslip-${lang}-dark.png`) });
      const bg = await page.locator('[data-testid="payslip"]').evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(bg).not.toBe('rgb(255, 253, 248)'); // the paper follows the dark theme on screen
      const year = await s!.context.newPage();
      await year.setViewportSize({ width: 1000, height: 1200 });
      await year.goto(extensionUrl(s!, 'year.html'));
      await year.locator('[data-testid="year-glance"]').waitFor();
      await year.screenshot({ path: join(ARTIFACTS, `year-${lang}-dark.png`), fullPage: true });
    });
  }
});
