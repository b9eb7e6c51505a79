/** The popup with realistic data: empty, one day, a heavy week, a year; in English and French; tab status. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { Popup } from '@/entrypoints/popup/Popup';
import type { LaborDB } from '@/lib/db';
import type { ProbeReply } from '@/lib/health';
import { formatDuration } from '@/lib/format';
import type { Lang } from '@/lib/i18n';
import { getSettings, updateSettings } from '@/lib/settings';
import { rebuildSummary } from '@/lib/summary';
import { aYear, heavyWeek, newDb, NOW, oneDay, seed, wireRecorder } from './seed';

let db: LaborDB;
/** What each tab's top frame answers to the popup's probe (entrypoints/content.ts); no entry: no content script. */
let probes: Record<number, ProbeReply>;
const healthy = (id: string, items = 0, actions = 0) => ({ id, known: 5, items, actions, unknownToggles: 0, warnings: [] });
beforeEach(() => {
  fakeBrowser.reset();
  db = newDb();
  probes = {};
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { type: string; full?: boolean }) => {
    const probe = probes[tabId];
    if (!probe || message.type !== 'probe') throw new Error('Could not establish connection. Receiving end does not exist.');
    return message.full ? probe : { ...probe, anchors: undefined };
  }) as never);
});
afterEach(() => {
  cleanup();
  db.close();
});

/** The popup as it opens: the background has kept its summary (lib/summary.ts) from what `db` holds. */
const show = async (lang: Lang, tabId: number | null = null) => {
  await rebuildSummary(db, NOW);
  return render(
    <I18nProvider lang={lang}>
      <Popup now={NOW} tabId={tabId} />
    </I18nProvider>,
  );
};
const text = (testid: string) => screen.getByTestId(testid).textContent!.replace(/\s+/g, ' ').trim();
/** The items of a list, each as its text: "X 3 | reCAPTCHA 1". */
const items = (testid: string) => [...screen.getByTestId(testid).querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');

describe('popup', () => {
  it('empty: zero gestures, an invitation to browse, and the links', async () => {
    await show('en');
    await screen.findByTestId('empty');
    expect(text('today-count')).toBe('0 gestures');
    expect(text('week-count')).toBe('0 gestures');
    expect(text('week-time')).toBe('0s measured');
    expect(text('week-pay')).toBe('$0.00 if paid at the US minimum wage');
    expect(screen.queryByTestId('captcha-line')).toBeNull();
    expect(screen.getByTestId('open-report').getAttribute('href')).toMatch(/\/report\.html$/);
    await waitFor(() => expect(text('tab-status-line')).toBe('No detector runs on this page: nothing is recorded here.'));
  });

  it('one day: counts, measured vs estimated time, pay at the US minimum wage, CAPTCHA labels (English)', async () => {
    await seed(db, oneDay());
    await show('en');
    await screen.findByTestId('top-platforms');
    expect(text('today-count')).toBe('4 gestures');
    expect(text('week-count')).toBe('4 gestures');
    // 20 s measured (the CAPTCHA), 2 likes and a follow at the Keystroke-Level Model's 2.65 s = 7.95 s estimated.
    expect(text('today-time')).toBe('20s measured + 8s estimated');
    expect(screen.getByTestId('today-time').querySelector('.est')!.textContent).toBe('+ 8s estimated');
    // 27.95 s at US$7.25/h = US$0.056.
    expect(text('today-pay')).toBe('≈ $0.06 if paid at the US minimum wage');
    expect(items('top-platforms')).toBe('X 3 | reCAPTCHA 1');
    expect(text('captcha-line')).toBe(
      '1 CAPTCHA, 2 image rounds. You labeled crosswalks and traffic lights. With reCAPTCHA or hCaptcha, street labels like these can become training data for image recognition (maps; driving systems too, though Google has not confirmed it). Puzzle CAPTCHAs label nothing, but every CAPTCHA scores how you behave.',
    );
    expect(text('family-social')).toContain('3');
    expect(text('family-micro')).toContain('1');
    expect(text('value-qualification')).toContain('3');
    expect(text('value-automation')).toContain('1');
  });

  it('one day in French: SMIC, euros, French words and number formats', async () => {
    await seed(db, oneDay());
    await show('fr');
    await screen.findByTestId('top-platforms');
    expect(text('today-count')).toBe('4 gestes');
    // French durations: a narrow no-break space between number and unit, and no agreement to get wrong.
    expect(text('today-time')).toBe('20 s de temps mesuré + 8 s de temps estimé');
    // 27.95 s at €12.02/h = €0.093.
    expect(text('today-pay')).toMatch(/^≈ 0,09\s€ si c’était payé au SMIC$/u);
    expect(text('captcha-line')).toContain('1 CAPTCHA, 2 séries d’images. Vous avez étiqueté passages piétons et feux de circulation.');
  });

  it('shows where the money comes from in one click', async () => {
    await seed(db, oneDay());
    await show('en');
    const summary = (await screen.findAllByText('source'))[0]!;
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(summary.closest('summary')!);
    details.open = true; // happy-dom does not toggle <details> on click
    await waitFor(() => expect(details.querySelector('[data-figure="usMinimumWage"]')!.textContent).toContain('US Department of Labor'));
    // Likes and follows take the Keystroke-Level Model's click, cited as such.
    expect(details.querySelector('[data-figure="klmClick"]')!.textContent).toContain('Keystroke-Level Model');
    // The CAPTCHA was measured: the reCAPTCHA image figure is not used, so it is not cited here.
    expect(details.querySelector('[data-figure="recaptchaImage"]')).toBeNull();
  });

  it('a heavy week: totals, top platforms, passive CAPTCHAs take no estimated time', async () => {
    await seed(db, heavyWeek());
    await show('en');
    await screen.findByTestId('top-platforms');
    expect(text('week-count')).toBe('623 gestures');
    expect(text('today-count')).toBe('89 gestures');
    // Measured: 420 views x 10 s + 7 comments x 45 s + 7 hCaptchas x 15 s = 4,620 s = 1 h 17 min.
    // Estimated: 140 likes x 2.65 + 35 shares x 5.3 + 7 searches x 5 = 591.5 s (passive reCAPTCHAs: nothing).
    expect(text('week-time')).toBe(`${formatDuration('en', 4620)} measured + ${formatDuration('en', 591.5)} estimated`);
    expect(formatDuration('en', 4620)).toMatch(/^1\s?h 17\s?m(in)?$/);
    // 5,211.5 s at US$7.25/h = US$10.50, of which the 4,200 s in feeds make US$8.46.
    expect(text('week-pay')).toBe('≈ $10.50 if paid at the US minimum wage');
    expect(items('top-platforms')).toBe('YouTube 357 | Reddit 245 | hCaptcha 7 | Mastodon 7');
    expect(text('captcha-line')).toContain('7 CAPTCHAs, 7 image rounds.');
    expect(text('captcha-line')).toContain('You labeled buses.');
    expect(text('captcha-line')).toContain('And 7 silent checks of your behavior');
  });

  it('a year of data: only today and this week are counted', async () => {
    await seed(db, aYear());
    await show('en');
    await screen.findByTestId('top-platforms');
    expect(text('today-count')).toBe('6 gestures');
    expect(text('week-count')).toBe('42 gestures');
    expect(items('top-platforms')).toBe('Instagram 28 | Facebook 7 | LinkedIn 7');
  });

  it('uses the wage reference chosen in settings: micro-work median, or a custom rate and currency', async () => {
    await seed(db, heavyWeek());
    await updateSettings({ wage: { ref: 'micro', rate: 0, currency: 'USD' } });
    await show('en');
    await screen.findByTestId('top-platforms');
    // 5,211.5 s at US$2/h.
    await waitFor(() => expect(text('week-pay')).toBe('≈ $2.90 if paid at the Mechanical Turk median'));
    await updateSettings({ wage: { ref: 'custom', rate: 20, currency: 'GBP' } });
    await waitFor(() => expect(text('week-pay')).toBe('≈ £28.95 if paid at your own rate'));
  });
});

describe('popup: detector status of the current tab, and pauses', () => {
  it('says which detector runs in the tab and what it recorded there', async () => {
    const { fromTab } = wireRecorder(db);
    probes[5] = { hostname: 'x.com', detectors: ['x'], health: [healthy('x', 38, 114)] };
    await fromTab(5, 'https://x.com/home', { type: 'hello', detectors: ['x'] });
    await fromTab(5, 'https://x.com/home', { type: 'gesture', uid: 'abcdefgh01', gesture: { kind: 'reaction', platform: 'x' } });
    await fromTab(5, 'https://x.com/home', { type: 'gesture', uid: 'abcdefgh02', gesture: { kind: 'follow', platform: 'x' } });
    // Another tab's gestures are not this tab's.
    await fromTab(6, 'https://x.com/home', { type: 'gesture', uid: 'abcdefgh03', gesture: { kind: 'share', platform: 'x' } });
    await show('en', 5);
    await waitFor(() => expect(text('tab-status-line')).toBe('Detector active on x.com: X.'));
    expect(text('tab-counts')).toBe('Recorded in this tab: Reactions 1 · Follows 1');
    expect(text('tab-health')).toBe('X: 38 items and 114 buttons recognized on this page.');
    expect(screen.queryByTestId('tab-health-warning')).toBeNull();
  });

  it('describes the page the tab shows now, not the site it showed before (issue 10, item 10)', async () => {
    const { fromTab } = wireRecorder(db);
    await fromTab(5, 'https://x.com/home', { type: 'hello', detectors: ['x'] });
    await fromTab(5, 'https://x.com/home', { type: 'gesture', uid: 'abcdefgh11', gesture: { kind: 'reaction', platform: 'x' } });
    // The person then went to a page where no detector runs: its content script answers with its own hostname.
    probes[5] = { hostname: 'blog.exemple.fr', detectors: [], health: [] };
    await show('en', 5);
    await waitFor(() => expect(text('tab-status-line')).toBe('No detector runs on this page: nothing is recorded here.'));
    expect(screen.queryByTestId('tab-counts')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Pause on blog.exemple.fr' }));
    await waitFor(async () => expect((await getSettings()).pausedSites).toEqual(['blog.exemple.fr']));
  });

  it('on a browser page with no content script, names no site and pauses none', async () => {
    const { fromTab } = wireRecorder(db);
    await fromTab(5, 'https://x.com/home', { type: 'hello', detectors: ['x'] });
    await show('en', 5);
    await waitFor(() => expect(text('tab-status-line')).toBe('No detector runs on this page: nothing is recorded here.'));
    expect((screen.getByTestId('pause-site') as HTMLButtonElement).disabled).toBe(true);
  });

  it('warns in plain words when the detector recognises nothing where it should, and saves a diagnostics file', async () => {
    const { fromTab } = wireRecorder(db);
    await fromTab(5, 'https://x.com/home', { type: 'hello', detectors: ['x'] });
    probes[5] = {
      hostname: 'x.com',
      detectors: ['x'],
      health: [{ id: 'x', known: 5, items: 0, actions: 0, unknownToggles: 0, warnings: ['no-items'] }],
      anchors: { x: [{ thing: 'post', role: 'item', anchors: [{ sel: 'article[data-testid="tweet"]', matched: 0 }] }] },
    };
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Travail du clic', version: '0.2.0' });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:diagnostics'));
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await show('en', 5);
    await waitFor(() =>
      expect(text('tab-health-warning')).toContain('This page of x.com looks different from what this version knows: gestures here may not be counted.'),
    );
    expect(text('tab-health')).toBe('X: nothing recognized on this page.');
    fireEvent.click(screen.getByTestId('save-diagnostics'));
    await waitFor(() => expect(text('diagnostics-result')).toContain('Diagnostics file saved'));
    expect(blobs).toHaveLength(1);
    const [name] = names;
    const body = await blobs[0]!.text();
    expect(name).toMatch(/^travail-du-clic-diagnostics-x\.com-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(body);
    expect(file).toMatchObject({ format: 'travail-du-clic-diagnostics', extension: '0.2.0', site: 'x.com', frameDetectors: ['x'] });
    expect(file.detectors[0]).toMatchObject({ id: 'x', warnings: ['no-items'], anchors: [{ thing: 'post', anchors: [{ matched: 0 }] }] });
    expect(text('diagnostics-result')).toContain('Diagnostics file saved');
  });

  it('warns when a detector runs but nothing was recorded (a site change may have broken it)', async () => {
    const { fromTab } = wireRecorder(db);
    probes[5] = { hostname: 'www.youtube.com', detectors: ['youtube'], health: [healthy('youtube')] };
    await fromTab(5, 'https://www.youtube.com/watch', { type: 'hello', detectors: ['youtube'] });
    await show('fr', 5);
    await waitFor(() => expect(text('tab-status-line')).toBe('Détecteur actif sur www.youtube.com : YouTube.'));
    // The subjunctive after « si … et que »: « et que rien n’apparaisse ».
    expect(text('tab-counts')).toContain('et que rien n’apparaisse, le site a peut-être changé sa page');
  });

  it('finds the active tab by itself (tabs.query, no "tabs" permission)', async () => {
    const { fromTab } = wireRecorder(db);
    const win = (await fakeBrowser.windows.create({ focused: true }))!;
    await fakeBrowser.tabs.create({ windowId: win.id, url: 'https://example.org/', active: true });
    const tab = await fakeBrowser.tabs.create({ windowId: win.id, url: 'https://x.com/home', active: true });
    probes[tab.id!] = { hostname: 'x.com', detectors: ['x'], health: [] };
    await fromTab(tab.id!, 'https://x.com/home', { type: 'hello', detectors: ['x'] });
    await rebuildSummary(db, NOW);
    render(
      <I18nProvider lang="en">
        <Popup now={NOW} />
      </I18nProvider>,
    );
    await waitFor(() => expect(text('tab-status-line')).toBe('Detector active on x.com: X.'));
  });

  it('pauses and resumes this site, then everything; a paused site records nothing', async () => {
    probes[5] = { hostname: 'x.com', detectors: ['x'], health: [] };
    const { fromTab } = wireRecorder(db);
    await fromTab(5, 'https://x.com/home', { type: 'hello', detectors: ['x'] });
    await show('en', 5);
    const site = await screen.findByRole('button', { name: 'Pause on x.com' });
    fireEvent.click(site);
    await waitFor(() => expect(text('tab-status-line')).toBe('Paused on x.com: nothing is recorded there.'));
    expect((await getSettings()).pausedSites).toEqual(['x.com']);
    expect(await fromTab(5, 'https://x.com/home', { type: 'gesture', uid: 'abcdefgh04', gesture: { kind: 'reaction', platform: 'x' } })).toEqual({ ok: false, error: 'paused' });
    fireEvent.click(screen.getByRole('button', { name: 'Resume on x.com' }));
    await waitFor(() => expect(text('tab-status-line')).toBe('Detector active on x.com: X.'));
    expect((await getSettings()).pausedSites).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Pause everything' }));
    await waitFor(() => expect(text('tab-status-line')).toBe('Paused everywhere: nothing is recorded.'));
    expect(screen.getByTestId('paused-banner')).toBeTruthy();
    expect((await getSettings()).paused).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Resume everything' }));
    await waitFor(() => expect(text('tab-status-line')).toBe('Detector active on x.com: X.'));
  });

  it('before consent: says nothing is counted yet and links to the welcome page; once counting, says nothing of it', async () => {
    await updateSettings({ counting: false, categories: {} });
    await show('fr');
    const notice = await screen.findByTestId('not-counting');
    expect(notice.getAttribute('class')).toBe('alert');
    expect(text('not-counting')).toBe('Rien n’est compté pour l’instant : le comptage n’a pas été lancé. Choisir quoi compter et commencer');
    expect(notice.textContent).toContain('l’instant\u202f:');
    expect(screen.getByTestId('open-welcome').getAttribute('href')).toMatch(/\/welcome\.html$/);
    cleanup();
    await updateSettings({ counting: true, categories: { social: true } });
    await show('en');
    await screen.findByTestId('empty');
    expect(screen.queryByTestId('not-counting')).toBeNull();
  });

  it('a site paused before the page loaded can still be resumed from its tab', async () => {
    await updateSettings({ pausedSites: ['x.com'] });
    probes[5] = { hostname: 'mobile.x.com', detectors: [], health: [] };
    const { fromTab } = wireRecorder(db);
    expect(await fromTab(5, 'https://mobile.x.com/home', { type: 'hello', detectors: ['x'] })).toEqual({ ok: false, error: 'paused' });
    await show('en', 5);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume on mobile.x.com' }));
    await waitFor(async () => expect((await getSettings()).pausedSites).toEqual([]));
  });
});

describe('popup: accessibility', () => {
  it('each family and value is a link to its concept card, described by its one-line explanation', async () => {
    await seed(db, oneDay());
    await show('en');
    const link = await screen.findByRole('link', { name: 'Micro-work' });
    expect(link.getAttribute('href')).toMatch(/report\.html#concept-family-micro$/);
    expect(link.getAttribute('target')).toBe('_blank');
    const tip = document.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toContain('Image CAPTCHAs and rating AI answers can be an unpaid version of them.');
    expect(screen.getAllByRole('link', { name: 'Settings' }).every((a) => a.getAttribute('href')!.endsWith('/options.html'))).toBe(true);
  });
});
