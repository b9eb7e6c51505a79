/**
 * Classroom end to end, in real headless Chromium with the built extension: gestures on x.com, every export format
 * downloaded from report.html with real clicks, the report printed to PDF (checked with pdftotext), three anonymised
 * hand-ins (plus bad files) imported into the class view, and the practice sandbox kept apart from the real report.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { EXTENSION_DIR, extensionUrl, launch, storedCount, type Session } from './harness';

let s: Session;
const tmp = mkdtempSync(join(tmpdir(), 'tdc-classroom-'));
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const msg = (key: keyof typeof en) => en[key].message;

/** Clicks an export button as a person does and returns the downloaded file's name and text. */
async function download(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function openReport(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'report.html'));
  await page.locator('[data-testid="export-json"]').waitFor();
  return page;
}

const HOSTNAME = /x\.com|www\.|\.fr\b|"site"/;
const hostsOf = (report: { events?: { site: string }[] }) => new Set(report.events?.map((e) => e.site));
type Counts = Partial<Record<string, number>>;

/**
 * Waits until the week's report holds at least these gestures (X's feed detector also records post views while a
 * timeline is on screen, so totals are read from the exports rather than assumed).
 */
async function waitForKinds(want: Counts): Promise<void> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'report.html'));
  await expect
    .poll(
      async () => {
        const rows = await page.evaluate(
          () =>
            new Promise<{ kind: string }[]>((ok, fail) => {
              const req = indexedDB.open('travail-du-clic');
              req.onerror = () => fail(req.error);
              req.onsuccess = () => {
                const all = req.result.transaction('events').objectStore('events').getAll();
                all.onsuccess = () => (req.result.close(), ok(all.result));
              };
            }),
        );
        return Object.entries(want).every(([k, n]) => rows.filter((r) => r.kind === k).length >= n!);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  await page.close();
}

async function xPage(): Promise<Page> {
  const x = await s.context.newPage();
  await x.goto('http://x.com/home');
  return x;
}

describe('classroom', () => {
  const anon: string[] = [];

  it('exports every format of the week from the report page, and hands in anonymised reports', async () => {
    let x = await xPage();
    let posts = x.locator('article[data-testid="tweet"]');
    await posts.nth(0).locator('[data-testid="like"]').click();
    await posts.nth(0).locator('[data-testid="unlike"]').waitFor();
    await posts.nth(1).locator('[data-testid="retweet"]').click();
    await x.locator('[data-testid="retweetConfirm"]').click();
    await posts.nth(2).locator('[data-testid="bookmark"]').click();
    await posts.nth(2).locator('[data-testid="removeBookmark"]').waitFor();
    await waitForKinds({ reaction: 1, share: 1, save: 1 });
    await x.close(); // no more feed views: the totals stay put while we export

    const page = await openReport();
    const json = await download(page, 'export-json');
    const report = JSON.parse(json.text);
    const n = report.totals.count;
    expect(json.name).toMatch(/^travail-du-clic-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.json$/);
    expect(report).toMatchObject({ format: 'digital-labor-report', version: 1, anonymized: false });
    expect(report.byKind).toMatchObject({ reaction: { count: 1 }, share: { count: 1 }, save: { count: 1 } });
    expect(report.events).toHaveLength(n);
    expect(hostsOf(report)).toEqual(new Set(['x.com']));

    const csv = (await download(page, 'export-csv')).text.trim().split('\r\n');
    expect(csv[0]).toBe('at,day,kind,platform,site,seconds,rounds,labels,passive');
    expect(csv.slice(1).map((l) => l.split(',').slice(2, 5).join(','))).toEqual(
      report.events.map((e: { kind: string }) => `${e.kind},x,x.com`),
    );
    expect(csv.slice(1).filter((l) => /,(reaction|share|save),/.test(l))).toHaveLength(3);

    const days = (await download(page, 'export-csv-days')).text.trim().split('\r\n');
    expect(days).toHaveLength(8);
    expect(days.slice(1).map((l) => l.split(',')[0])).toEqual(report.days.map((d: { date: string }) => d.date));
    expect(days.slice(1).reduce((sum, l) => sum + Number(l.split(',')[1]), 0)).toBe(n);

    const md = await download(page, 'export-markdown');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain(`# Digital labor from ${report.period.start} to ${report.period.end}`);
    expect(md.text).toContain(`Gestures counted: ${n}.`);
    expect(md.text).toContain(`- ${msg('platform_x')}: ${n}`);
    expect(md.text).not.toContain('x.com');

    const hand = await download(page, 'export-anon');
    const a = JSON.parse(hand.text);
    expect(a).toMatchObject({ format: 'digital-labor-report', version: 1, anonymized: true, totals: report.totals, byPlatform: { x: { count: n } } });
    expect(a.byKind).toEqual(Object.fromEntries(Object.entries(report.byKind)));
    expect('events' in a).toBe(false);
    expect(hand.text).not.toMatch(HOSTNAME);
    anon.push(hand.text);

    // A custom range with nothing in it: every day present, zero everywhere.
    await page.click('[data-testid="export-custom"]');
    await page.fill('[data-testid="export-start"]', '2025-01-01');
    await page.fill('[data-testid="export-end"]', '2025-01-10');
    const old = JSON.parse((await download(page, 'export-json')).text);
    expect(old.period).toEqual({ start: '2025-01-01', end: '2025-01-10' });
    expect(old.days).toHaveLength(10);
    expect(old.totals.count).toBe(0);
    // An end before the start is refused with a message, and the buttons wait for a valid range.
    await page.fill('[data-testid="export-end"]', '2024-12-01');
    await page.locator('.export-panel [role="alert"]').waitFor();
    expect(await page.locator('[data-testid="export-json"]').isDisabled()).toBe(true);
    await page.close();

    // Two more hand-ins, after more gestures (the second with 2 likes in all, the third with 3).
    x = await xPage();
    posts = x.locator('article[data-testid="tweet"]');
    await x.locator('[data-testid="1500000000-follow"]').click();
    await x.locator('[data-testid="1500000000-unfollow"]').waitFor();
    // A fresh page of the fixture: every post is un-liked again.
    await posts.nth(0).locator('[data-testid="like"]').click();
    await waitForKinds({ reaction: 2, follow: 1 });
    await x.close();
    let again = await openReport();
    anon.push((await download(again, 'export-anon')).text);
    await again.close();
    x = await xPage();
    await x.locator('article[data-testid="tweet"]').nth(1).locator('[data-testid="like"]').click();
    await waitForKinds({ reaction: 3 });
    await x.close();
    again = await openReport();
    anon.push((await download(again, 'export-anon')).text);
    await again.close();
    expect(anon.map((t) => JSON.parse(t).byKind.reaction.count)).toEqual([1, 2, 3]);
  });

  it('prints the report to a clean PDF with the headline, days, families, CAPTCHA labels and concepts', async () => {
    const page = await openReport();
    const count = JSON.parse((await download(page, 'export-json')).text).totals.count;
    await page.locator('[data-testid="print-report"]').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid="export-panel"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="print-report"]').isVisible()).toBe(true);
    const pdf = join(tmp, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('Your digital labor,');
    expect(text).toContain(`${count} gestures`);
    for (const key of ['export_md_by_day', 'family_social', 'family_micro', 'value_automation', 'print_captcha_labels', 'print_concepts_title'] as const) {
      expect(text).toContain(msg(key));
    }
    expect(text).toContain('Casilli');
    // Only the printable report: not the screen's buttons or the class link.
    expect(text).not.toContain(msg('export_title'));
    expect(text).not.toContain(msg('class_open'));
    await page.close();
  });

  it('imports three anonymised hand-ins into the class view, refuses bad files one by one, and exports the sums', async () => {
    const report = await openReport();
    // The class view is linked from the report page.
    const [cls] = await Promise.all([s.context.waitForEvent('page'), report.click('[data-testid="open-class"]')]);
    await cls.waitForURL(/class\.html$/);
    await report.close();
    const files = anon.map((text, i) => ({ name: `student-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(text) }));
    await cls.locator('[data-testid="class-import"]').setInputFiles(files);
    await expect.poll(() => cls.locator('[data-testid="class-result"][data-ok="true"]').count()).toBe(3);

    // Bad files in a second batch: each gets its own message, and the class stays as it was.
    const hostile = { ...JSON.parse(anon[0]!), byPlatform: { 'evil.example.com': { count: 3, seconds: 0 } } };
    await cls.locator('[data-testid="class-import"]').setInputFiles([
      { name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(anon[1]!) },
      { name: 'essay.txt', mimeType: 'text/plain', buffer: Buffer.from('Mon rapport est en pièce jointe') },
      { name: 'v9.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...JSON.parse(anon[0]!), version: 9 })) },
      { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) },
      { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 32) },
    ]);
    await expect.poll(() => cls.locator('[data-testid="class-result"]').count()).toBe(5);
    const codes = await cls.locator('[data-testid="class-result"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toEqual(['duplicate', 'not-json', 'version', 'shape', 'too-big']);
    const messages = await cls.locator('[data-testid="class-result"]').allInnerTexts();
    expect(messages[0]).toContain('again.json');
    expect(messages[2]).toContain('9');
    expect(messages.join(' ')).not.toContain('evil.example.com');
    expect(await cls.locator('[data-testid="class-count"]').innerText()).toContain('3 hand-ins');
    expect(await cls.locator('[data-testid="class-questions"] li').count()).toBe(5); // no CAPTCHA in these hand-ins: its question is left out
    expect(await cls.locator('[data-testid="class-platforms"]').innerText()).toContain(msg('platform_x'));

    const handed = anon.map((t) => JSON.parse(t));
    const total = handed.reduce((n, r) => n + r.totals.count, 0);
    const seconds = Math.round(handed.reduce((n, r) => n + r.totals.seconds, 0) * 10) / 10;
    const summary = JSON.parse((await download(cls, 'class-export')).text);
    expect(summary).toMatchObject({ format: 'digital-labor-class', version: 1, reports: 3, totals: { count: total, seconds } });
    expect(summary.perReport).toEqual(handed.map((r) => r.totals));
    expect(summary.byPlatform.x.count).toBe(total);
    const byKindTotal = Object.values(summary.byKind as Record<string, { count: number }>).reduce((n, t) => n + t.count, 0);
    expect(byKindTotal).toBe(total);
    expect(summary.byKind.follow.count).toBe(0 + 1 + 1);
    expect(summary.byKind.reaction.count).toBe(1 + 2 + 3);
    expect(summary.spread.reaction).toEqual({ min: 1, median: 2, max: 3 });
    await cls.close();
  });

  it('weekly reminder: off by default, its permissions optional, and not on until the browser grants them', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).not.toContain('alarms');
    expect(manifest.permissions).not.toContain('notifications');
    expect(manifest.optional_permissions).toEqual(['alarms', 'notifications']);
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'options.html'));
    const toggle = page.locator('[data-testid="reminder-toggle"]');
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    // Headless Chromium cannot answer the permission prompt: the request stays open, and the reminder stays off.
    await toggle.click();
    await page.locator('[data-testid="reminder-asking"]').waitFor();
    expect(await toggle.isChecked()).toBe(false);
    // Read in the service worker, where `chrome` is the extension API.
    type Chrome = { alarms?: unknown; storage: { local: { get(k: string): Promise<{ settings?: { reminder?: boolean } }> } } };
    const [reminder, alarms] = await s.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      return [(await chrome.storage.local.get('settings')).settings?.reminder ?? false, typeof chrome.alarms];
    });
    expect(reminder).toBe(false);
    expect(alarms).toBe('undefined');
    await page.close();
  });

  it('counts gestures on the practice sandbox apart from the real report, and clears them in one click', async () => {
    const real = await openReport();
    const before = JSON.parse((await download(real, 'export-json')).text);
    const storedBefore = await storedCount(real);
    await real.close();

    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'practice.html'));
    const posts = page.locator('article[data-testid="tweet"]');
    await posts.nth(0).locator('[data-testid="like"]').click();
    await posts.nth(0).locator('[data-testid="unlike"]').waitFor();
    await posts.nth(1).locator('[data-testid="retweet"]').click();
    await page.locator('[data-testid="retweetConfirm"]').click();
    // The CAPTCHA: checkbox, two image rounds, solved.
    await page.click('#recaptcha-anchor');
    await page.locator('.rc-imageselect-tile').nth(0).click();
    await page.waitForTimeout(300);
    await page.click('#recaptcha-verify-button');
    await page.locator('.rc-imageselect-tile').nth(2).click();
    await page.click('#recaptcha-verify-button');
    await page.locator('#recaptcha-anchor[aria-checked="true"]').waitFor();
    // The sandbox's own panel: the gestures (its feed views too, the X detector counts them as on x.com).
    await page.locator('[data-testid="practice-kind-captcha"]').waitFor();
    expect(await page.locator('[data-testid="practice-kind-captcha"]').innerText()).toBe(`${en.kind_captcha.message}: 1 (2 image rounds)`);
    expect(await page.locator('[data-testid="practice-kind-reaction"]').innerText()).toBe(`${en.kind_reaction.message}: 1`);
    expect(await page.locator('[data-testid="practice-kind-share"]').innerText()).toBe(`${en.kind_share.message}: 1`);

    // The real report is unchanged, and shows the practice apart.
    const after = await openReport();
    expect(await storedCount(after)).toBe(storedBefore);
    const report = JSON.parse((await download(after, 'export-json')).text);
    expect(report.totals).toEqual(before.totals);
    expect(hostsOf(report).has('practice')).toBe(false);
    expect(await after.locator('[data-testid="practice-kind-captcha"]').innerText()).toContain('2 image rounds');

    // One click clears the practice, and only the practice.
    await after.click('[data-testid="practice-clear"]');
    await after.locator('[data-testid="practice-empty"]').waitFor();
    await page.locator('[data-testid="practice-empty"]').waitFor();
    expect(await storedCount(after)).toBe(storedBefore);
    await after.close();
    await page.close();
  });
});
