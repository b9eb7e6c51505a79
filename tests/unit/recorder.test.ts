import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LaborDB, rollupsBetween } from '@/lib/db';
import { dayOf } from '@/lib/events';
import { createRecorder, type RecorderStats, type TabState } from '@/lib/recorder';
import type { Settings } from '@/lib/settings';
import { COUNTING_SETTINGS } from './counting';

const EXT = 'chrome-extension://abcdefgh/';
const tab = (url: string, id = 7) => ({ tab: { id, url }, url });
let n = 0;
const uid = () => `uid-${String(++n).padStart(8, '0')}`;
const like = () => ({ type: 'gesture', uid: uid(), gesture: { kind: 'reaction', platform: 'x' } });

function setup(settings: Partial<Settings> = {}, clock = { t: new Date(2026, 10, 22, 10).getTime() }) {
  const db = new LaborDB(`test-${Math.random()}`);
  const saved: { tabs?: Record<string, TabState>; stats?: RecorderStats } = {};
  const recorder = createRecorder({
    db,
    settings: () => ({ ...COUNTING_SETTINGS, ...settings }),
    extensionOrigin: EXT,
    now: () => clock.t,
    store: {
      loadTabs: async () => saved.tabs ?? {},
      saveTabs: async (t) => void (saved.tabs = structuredClone(t)),
      loadStats: async () => saved.stats ?? { rejected: 0, storageError: null },
      saveStats: async (s) => void (saved.stats = structuredClone(s)),
    },
  });
  return { db, recorder, saved, clock };
}

beforeEach(() => fakeBrowser.reset());

describe('recorder', () => {
  it('stores a valid gesture with the site taken from the sender, and rolls it up', async () => {
    const { db, recorder } = setup();
    const reply = await recorder.handle(like(), tab('https://x.com/home?foo=bar'));
    expect(reply).toEqual({ ok: true, stored: true });
    const [event] = await db.events.toArray();
    expect(event).toMatchObject({ kind: 'reaction', platform: 'x', site: 'x.com', day: '2026-11-22' });
    expect(Object.keys(event!).sort()).toEqual(['at', 'day', 'id', 'kind', 'platform', 'site', 'uid']);
    const rollups = await rollupsBetween(db, '2026-11-22', '2026-11-22');
    expect(rollups).toMatchObject([{ day: '2026-11-22', kind: 'reaction', platform: 'x', count: 1 }]);
  });

  it('stores a retried message once', async () => {
    const { db, recorder } = setup();
    const m = like();
    const replies = await Promise.all([recorder.handle(m, tab('https://x.com/')), recorder.handle(m, tab('https://x.com/'))]);
    expect(replies.map((r) => r.ok && r.stored)).toEqual([true, false]);
    expect(await recorder.handle(m, tab('https://x.com/'))).toEqual({ ok: true, stored: false });
    expect(await db.events.count()).toBe(1);
    expect((await db.rollups.toArray())[0]!.count).toBe(1);
  });

  it('rejects and counts invalid messages, storing nothing', async () => {
    const { db, recorder, saved } = setup();
    for (const bad of [{}, { type: 'gesture' }, { ...like(), gesture: { kind: 'reaction', platform: 'x', site: 'evil.example' } }, 'x', 42]) {
      expect(await recorder.handle(bad, tab('https://x.com/'))).toMatchObject({ ok: false, error: 'invalid' });
    }
    expect(await db.events.count()).toBe(0);
    expect(recorder.stats.rejected).toBe(5);
    await new Promise((r) => setTimeout(r, 0));
    expect(saved.stats?.rejected).toBe(5);
  });

  it('stores a batch in one go, refusing and counting only its bad messages', async () => {
    const { db, recorder } = setup();
    const bad = { type: 'gesture', uid: uid(), gesture: { kind: 'reaction', platform: 'x', text: 'leak' } };
    const reply = await recorder.handle({ type: 'batch', messages: [like(), bad, like()] }, tab('https://x.com/'));
    expect(reply).toEqual({
      ok: true,
      results: [{ ok: true, stored: true }, { ok: false, error: 'invalid', detail: expect.any(String) }, { ok: true, stored: true }],
    });
    expect(await db.events.count()).toBe(2);
    expect(recorder.stats.rejected).toBe(1);
    expect(await recorder.handle({ type: 'batch', messages: [] }, tab('https://x.com/'))).toMatchObject({ ok: false, error: 'invalid' });
    expect(await recorder.handle({ type: 'batch', messages: Array.from({ length: 101 }, like) }, tab('https://x.com/'))).toMatchObject({ ok: false });
  });

  it('refuses messages without a web page behind them', async () => {
    const { db, recorder } = setup();
    expect(await recorder.handle(like(), { url: 'https://x.com/' })).toEqual({ ok: false, error: 'no-site' });
    expect(await recorder.handle(like(), tab('file:///tmp/x.html'))).toEqual({ ok: false, error: 'no-site' });
    expect(await db.events.count()).toBe(0);
  });

  it('records nothing on a paused site, its subdomains, or when everything is paused', async () => {
    const paused = setup({ pausedSites: ['x.com'] });
    expect(await paused.recorder.handle(like(), tab('https://x.com/'))).toEqual({ ok: false, error: 'paused' });
    expect(await paused.recorder.handle(like(), tab('https://mobile.x.com/'))).toEqual({ ok: false, error: 'paused' });
    expect(await paused.recorder.handle(like(), tab('https://notx.com/'))).toMatchObject({ ok: true });
    expect(await paused.db.events.count()).toBe(1);
    const all = setup({ paused: true });
    expect(await all.recorder.handle(like(), tab('https://x.com/'))).toEqual({ ok: false, error: 'paused' });
    expect(await all.db.events.count()).toBe(0);
  });

  it('rolls up per day, kind and platform across many events', async () => {
    const { db, recorder, clock } = setup();
    const base = clock.t;
    for (let i = 0; i < 30; i++) {
      clock.t = base + (i % 3) * 86_400_000;
      await recorder.handle(
        i % 2 ? like() : { type: 'gesture', uid: uid(), gesture: { kind: 'post-view', platform: 'x', seconds: 2 } },
        tab('https://x.com/'),
      );
    }
    const rows = await rollupsBetween(db, '2026-11-22', '2026-11-24');
    const total = rows.reduce((s, r) => s + r.count, 0);
    expect(total).toBe(30);
    const views = rows.filter((r) => r.kind === 'post-view');
    expect(views.reduce((s, r) => s + r.seconds, 0)).toBe(30);
    expect(views.reduce((s, r) => s + r.timed, 0)).toBe(15);
    expect(new Set(rows.map((r) => r.day))).toEqual(new Set(['2026-11-22', '2026-11-23', '2026-11-24']));
  });

  it('merges CAPTCHA steps from two frames into one event with seconds, rounds and labels', async () => {
    const { db, recorder, clock } = setup();
    const step = (s: object) => recorder.handle({ type: 'captcha', uid: uid(), step: { vendor: 'recaptcha', ...s } }, tab('https://shop.example/pay', 3));
    await step({ step: 'shown' });
    clock.t += 4000;
    const round = { type: 'captcha', uid: uid(), step: { vendor: 'recaptcha', step: 'round', label: 'crosswalk' } };
    await recorder.handle(round, tab('https://shop.example/pay', 3));
    await recorder.handle(round, tab('https://shop.example/pay', 3)); // a retry of the same step
    clock.t += 5500;
    await step({ step: 'round', label: 'traffic light' });
    expect(await db.events.count()).toBe(0);
    await step({ step: 'solved' });
    const events = await db.events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'captcha', platform: 'recaptcha', site: 'shop.example', seconds: 9.5, rounds: 2, labels: ['crosswalk', 'traffic light'],
    });
    // The next CAPTCHA in the tab starts afresh.
    await step({ step: 'shown' });
    await step({ step: 'solved' });
    expect((await db.events.toArray())[1]).toMatchObject({ rounds: 0, seconds: 0 });
  });

  it('counts passive scoring apart from solved challenges', async () => {
    const { db, recorder } = setup();
    await recorder.handle({ type: 'captcha', uid: uid(), step: { vendor: 'recaptcha', step: 'passive' } }, tab('https://shop.example/'));
    const [row] = await db.rollups.toArray();
    expect(row).toMatchObject({ kind: 'captcha', count: 1, passive: 1 });
  });

  it('keeps an open CAPTCHA across a service-worker restart', async () => {
    const first = setup();
    await first.recorder.handle({ type: 'captcha', uid: uid(), step: { vendor: 'recaptcha', step: 'shown' } }, tab('https://shop.example/'));
    await first.recorder.handle({ type: 'captcha', uid: uid(), step: { vendor: 'recaptcha', step: 'round', label: 'bus' } }, tab('https://shop.example/'));
    await new Promise((r) => setTimeout(r, 10));
    // A new recorder (new worker) over the same stores.
    const db = first.db;
    const restarted = createRecorder({
      db,
      settings: () => COUNTING_SETTINGS,
      extensionOrigin: EXT,
      now: () => first.clock.t + 3000,
      store: {
        loadTabs: async () => first.saved.tabs!,
        saveTabs: async () => undefined,
        loadStats: async () => ({ rejected: 0, storageError: null }),
        saveStats: async () => undefined,
      },
    });
    await restarted.handle({ type: 'captcha', uid: uid(), step: { vendor: 'recaptcha', step: 'solved' } }, tab('https://shop.example/'));
    expect(await db.events.toArray()).toMatchObject([{ rounds: 1, labels: ['bus'], seconds: 3 }]);
  });

  it('reports detector status per tab to extension pages only', async () => {
    const { recorder } = setup();
    await recorder.handle({ type: 'hello', detectors: ['x'] }, tab('https://x.com/home', 9));
    await recorder.handle(like(), tab('https://x.com/home', 9));
    await recorder.handle(like(), tab('https://x.com/home', 9));
    const status = await recorder.handle({ type: 'tab-status', tabId: 9 }, { url: `${EXT}popup.html` });
    expect(status).toEqual({ ok: true, status: { site: 'x.com', detectors: ['x'], counts: { reaction: 2 } } });
    // A content script cannot ask for it.
    expect(await recorder.handle({ type: 'tab-status', tabId: 9 }, tab('https://x.com/', 9))).toMatchObject({ ok: false });
    // A new page in the tab starts a new status.
    await recorder.handle({ type: 'hello', detectors: ['recaptcha'] }, tab('https://shop.example/', 9));
    expect(await recorder.handle({ type: 'tab-status', tabId: 9 }, { url: `${EXT}popup.html` })).toEqual({
      ok: true,
      status: { site: 'shop.example', detectors: ['recaptcha'], counts: {} },
    });
  });

  it('tells the sender and the user when storage fails, and writes nothing half-way', async () => {
    const { db, recorder, saved } = setup();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const orig = db.events.bulkAdd.bind(db.events);
    db.events.bulkAdd = (() => Promise.reject(quota)) as unknown as typeof db.events.bulkAdd;
    const m = like();
    expect(await recorder.handle(m, tab('https://x.com/'))).toMatchObject({ ok: false, error: 'storage' });
    expect(recorder.stats.storageError).toMatchObject({ name: expect.any(String) });
    await new Promise((r) => setTimeout(r, 0));
    expect(saved.stats?.storageError).toBeTruthy();
    expect(await db.rollups.count()).toBe(0);
    // Space is back: the sender's retry of the same message is stored, and the warning clears.
    db.events.bulkAdd = orig;
    expect(await recorder.handle(m, tab('https://x.com/'))).toEqual({ ok: true, stored: true });
    expect(recorder.stats.storageError).toBeNull();
  });

  it('gives real and practice events of one batch each their own outcome when one store fails', async () => {
    const { db, recorder } = setup();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    db.practice.bulkAdd = (() => Promise.reject(quota)) as unknown as typeof db.practice.bulkAdd;
    const practice = { type: 'practice', message: like() };
    const fromPractice = { tab: { id: 12, url: `${EXT}practice.html` }, url: `${EXT}practice.html` };
    // A first write keeps the queue busy, so that the next real and practice events travel in one batch.
    const first = recorder.handle(like(), tab('https://x.com/', 11));
    const [real, prac] = await Promise.all([recorder.handle(like(), tab('https://x.com/', 11)), recorder.handle(practice, fromPractice)]);
    await first;
    expect(real).toEqual({ ok: true, stored: true });
    expect(prac).toMatchObject({ ok: false, error: 'storage' });
    expect(await db.events.count()).toBe(2);
    expect(recorder.stats.storageError).toMatchObject({ name: 'QuotaExceededError' });
    // The real event counts in its tab at once (not later, as a "duplicate" of its retry).
    const status = await recorder.handle({ type: 'tab-status', tabId: 11 }, { url: `${EXT}popup.html` });
    expect(status).toMatchObject({ ok: true, status: { counts: { reaction: 2 } } });
  });

  it('applies a new retention at once, without waiting for the next day', async () => {
    const settings: Partial<Settings> = {};
    const db = new LaborDB(`test-${Math.random()}`);
    const clock = { t: new Date(2026, 10, 22, 10).getTime() };
    const recorder = createRecorder({
      db,
      settings: () => ({ ...COUNTING_SETTINGS, ...settings }),
      extensionOrigin: EXT,
      now: () => clock.t,
      store: { loadTabs: async () => ({}), saveTabs: async () => undefined, loadStats: async () => ({ rejected: 0, storageError: null }), saveStats: async () => undefined },
    });
    const today = clock.t;
    clock.t = today - 20 * 86_400_000;
    await recorder.handle(like(), tab('https://x.com/'));
    clock.t = today;
    await recorder.handle(like(), tab('https://x.com/'));
    await recorder.flush();
    expect(await db.events.count()).toBe(2);
    // Same day, a week's retention is chosen in the settings.
    settings.retentionWeeks = 1;
    await recorder.applyRetention();
    expect((await db.events.toArray()).map((e) => e.day)).toEqual([dayOf(today)]);
    expect((await db.rollups.toArray()).map((r) => r.day)).toEqual([dayOf(today)]);
  });

  it('prunes data older than the retention', async () => {
    const { db, recorder, clock } = setup({ retentionWeeks: 1 });
    const today = clock.t;
    clock.t = today - 20 * 86_400_000;
    await recorder.handle(like(), tab('https://x.com/'));
    clock.t = today;
    await recorder.handle(like(), tab('https://x.com/'));
    await recorder.flush();
    await new Promise((r) => setTimeout(r, 20));
    expect((await db.events.toArray()).map((e) => e.day)).toEqual([dayOf(today)]);
    expect((await db.rollups.toArray()).map((r) => r.day)).toEqual([dayOf(today)]);
  });
});
