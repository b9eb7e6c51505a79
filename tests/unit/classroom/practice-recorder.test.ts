/**
 * The practice path of the recorder: only practice.html may write practice events, they go to the `practice`
 * table with site `practice`, and never to the real events or rollups.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LaborDB, clearPractice, practiceEvents } from '@/lib/db';
import { createRecorder } from '@/lib/recorder';
import type { Settings } from '@/lib/settings';
import { COUNTING_SETTINGS } from '../counting';

const EXT = 'chrome-extension://abcdefgh/';
let n = 0;
const uid = () => `practice-${String(++n).padStart(8, '0')}`;
const like = () => ({ type: 'gesture' as const, uid: uid(), gesture: { kind: 'reaction' as const, platform: 'x' as const } });
const practice = (message: object) => ({ type: 'practice', message });
const fromPage = (page: string, id = 3) => ({ tab: { id, url: `${EXT}${page}` }, url: `${EXT}${page}` });

function setup(settings: Partial<Settings> = {}) {
  const db = new LaborDB(`practice-${Math.random()}`);
  const clock = { t: new Date(2026, 10, 22, 10).getTime() };
  const recorder = createRecorder({
    db,
    settings: () => ({ ...COUNTING_SETTINGS, ...settings }),
    extensionOrigin: EXT,
    now: () => clock.t,
    store: {
      loadTabs: async () => ({}),
      saveTabs: async () => undefined,
      loadStats: async () => ({ rejected: 0, storageError: null }),
      saveStats: async () => undefined,
    },
  });
  return { db, recorder, clock };
}

beforeEach(() => fakeBrowser.reset());

describe('practice events', () => {
  it('are stored apart, with site "practice", from the practice page only', async () => {
    const { db, recorder } = setup();
    expect(await recorder.handle(practice(like()), fromPage('practice.html'))).toEqual({ ok: true, stored: true });
    expect(await recorder.handle(practice(like()), fromPage('practice.html?lang=fr#feed'))).toEqual({ ok: true, stored: true });
    const rows = await practiceEvents(db);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ kind: 'reaction', platform: 'x', site: 'practice', day: '2026-11-22' });
    expect(await db.events.count()).toBe(0);
    expect(await db.rollups.count()).toBe(0);
  });

  it('are refused from other extension pages and can never come from a content script', async () => {
    const { db, recorder } = setup();
    expect(await recorder.handle(practice(like()), fromPage('report.html'))).toEqual({ ok: false, error: 'forbidden' });
    expect(await recorder.handle(practice(like()), fromPage('popup.html'))).toEqual({ ok: false, error: 'forbidden' });
    // A web page whose URL merely contains the practice page's name.
    const web = { tab: { id: 9, url: `https://evil.example/${EXT}practice.html` }, url: `https://evil.example/${EXT}practice.html` };
    expect(await recorder.handle(practice(like()), web)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await db.practice.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it('merge the practice CAPTCHA steps into one captcha event and drop retries', async () => {
    const { db, recorder, clock } = setup();
    const page = fromPage('practice.html');
    const step = (s: object) => practice({ type: 'captcha', uid: uid(), step: { vendor: 'recaptcha', ...s } });
    await recorder.handle(step({ step: 'shown' }), page);
    clock.t += 4000;
    await recorder.handle(step({ step: 'round', label: 'crosswalk' }), page);
    await recorder.handle(step({ step: 'round', label: 'bus' }), page);
    clock.t += 2500;
    const solved = step({ step: 'solved' });
    expect(await recorder.handle(solved, page)).toEqual({ ok: true, stored: true });
    expect(await recorder.handle(solved, page)).toEqual({ ok: true, stored: false });
    const rows = await practiceEvents(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'captcha', platform: 'recaptcha', site: 'practice', seconds: 6.5, rounds: 2, labels: ['crosswalk', 'bus'] });
    expect(await db.events.count()).toBe(0);
  });

  it('honour the global pause and are cleared in one call', async () => {
    const paused = setup({ paused: true });
    expect(await paused.recorder.handle(practice(like()), fromPage('practice.html'))).toEqual({ ok: false, error: 'paused' });
    const { db, recorder } = setup({ pausedSites: ['practice'] });
    expect(await recorder.handle(practice(like()), fromPage('practice.html'))).toEqual({ ok: true, stored: true });
    await clearPractice(db);
    expect(await db.practice.count()).toBe(0);
  });
});
