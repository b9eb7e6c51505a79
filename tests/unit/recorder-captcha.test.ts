/** The recorder's CAPTCHA merge as the vendors' frames use it: one success reported by two frames is one event. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LaborDB } from '@/lib/db';
import { createRecorder, type TabState } from '@/lib/recorder';
import { COUNTING_SETTINGS } from './counting';

let n = 0;
const uid = () => `cap-${String(++n).padStart(8, '0')}`;
const sender = { tab: { id: 4, url: 'https://accounts.hcaptcha.com/demo' } };

function setup() {
  const clock = { t: new Date(2026, 10, 22, 15).getTime() };
  const db = new LaborDB(`captcha-${Math.random()}`);
  let tabs: Record<string, TabState> = {};
  const recorder = createRecorder({
    db,
    settings: () => COUNTING_SETTINGS,
    extensionOrigin: 'chrome-extension://abcdefgh/',
    now: () => clock.t,
    store: {
      loadTabs: async () => tabs,
      saveTabs: async (t) => void (tabs = structuredClone(t)),
      loadStats: async () => ({ rejected: 0, storageError: null }),
      saveStats: async () => undefined,
    },
  });
  const step = (vendor: string, s: string, label?: string) =>
    recorder.handle({ type: 'captcha', uid: uid(), step: { vendor, step: s, ...(label ? { label } : {}) } }, sender);
  return { db, clock, step, recorder };
}

beforeEach(() => fakeBrowser.reset());

describe('CAPTCHA merge across frames', () => {
  it('keeps one event when the checkbox frame and the challenge frame both report the success', async () => {
    const { db, clock, step } = setup();
    await step('hcaptcha', 'shown');
    clock.t += 3000;
    await step('hcaptcha', 'round', 'bicycle');
    clock.t += 4000;
    await step('hcaptcha', 'round', 'bus');
    await step('hcaptcha', 'solved'); // the checkbox turns checked
    clock.t += 800;
    await step('hcaptcha', 'solved'); // the challenge frame is hidden
    const events = await db.events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ platform: 'hcaptcha', site: 'accounts.hcaptcha.com', seconds: 7, rounds: 2, labels: ['bicycle', 'bus'] });
  });

  it('merges the second frame’s success sent as the tab closes, even when the close is heard before it is handled', async () => {
    const { db, clock, step, recorder } = setup();
    await step('recaptcha', 'shown');
    clock.t += 2000;
    await step('recaptcha', 'round', 'crosswalk');
    // The challenge frame's success is being written when the browser says the tab is gone; the checkbox's own
    // report of the same success was sent just before the close and is handled after it.
    const first = step('recaptcha', 'solved');
    recorder.forgetTab(sender.tab.id);
    const second = step('recaptcha', 'solved');
    await Promise.all([first, second]);
    const events = await db.events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ platform: 'recaptcha', rounds: 1, labels: ['crosswalk'] });
  });

  it('still records the next challenge of the same vendor, and a lone success long after the last one', async () => {
    const { db, clock, step } = setup();
    await step('recaptcha', 'shown');
    await step('recaptcha', 'solved');
    clock.t += 2000;
    await step('recaptcha', 'shown'); // a new challenge opened right away: not an echo
    clock.t += 1500;
    await step('recaptcha', 'solved');
    clock.t += 60_000;
    await step('recaptcha', 'solved');
    expect((await db.events.toArray()).map((e) => e.seconds)).toEqual([0, 1.5, 0]);
  });

  it('does not let one vendor\'s success hide another\'s', async () => {
    const { db, step } = setup();
    await step('turnstile', 'shown');
    await step('turnstile', 'solved');
    await step('hcaptcha', 'solved');
    expect((await db.events.toArray()).map((e) => e.platform)).toEqual(['turnstile', 'hcaptcha']);
  });
});

/**
 * A store like storage.session: what is handed to saveTabs lands a moment later, and a worker that stops loses the
 * saves that had not landed. `stop()` is the worker stopping: nothing handed over after it is ever stored.
 */
function sessionStore() {
  let saved: Record<string, TabState> = {};
  let stopped = false;
  return {
    stop: () => void (stopped = true),
    store: {
      loadTabs: async () => structuredClone(saved),
      saveTabs: async (t: Record<string, TabState>) => {
        const copy = structuredClone(t);
        await new Promise((r) => setTimeout(r, 5));
        if (!stopped) saved = copy;
      },
      loadStats: async () => ({ rejected: 0, storageError: null }),
      saveStats: async () => undefined,
    },
  };
}

describe('a solved CAPTCHA is never lost nor doubled', () => {
  const at = { t: new Date(2026, 10, 22, 15).getTime() };
  const recorderOver = (db: LaborDB, store: ReturnType<typeof sessionStore>['store']) =>
    createRecorder({ db, settings: () => COUNTING_SETTINGS, extensionOrigin: 'chrome-extension://abcdefgh/', now: () => at.t, store });
  const msg = (id: string, vendor: string, s: string, label?: string) => ({
    type: 'captcha',
    uid: id,
    step: { vendor, step: s, ...(label ? { label } : {}) },
  });

  it('stores exactly one CAPTCHA when the write fails (quota) and the frame retries the same step', async () => {
    const db = new LaborDB(`captcha-${Math.random()}`);
    const recorder = recorderOver(db, sessionStore().store);
    await recorder.handle(msg(uid(), 'recaptcha', 'shown'), sender);
    at.t += 2000;
    await recorder.handle(msg(uid(), 'recaptcha', 'round', 'bus'), sender);
    at.t += 3000;
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const bulkAdd = db.events.bulkAdd.bind(db.events);
    db.events.bulkAdd = (() => Promise.reject(quota)) as unknown as typeof db.events.bulkAdd;
    const solved = msg(uid(), 'recaptcha', 'solved');
    expect(await recorder.handle(solved, sender)).toMatchObject({ ok: false, error: 'storage' });
    // Space is back: the content script's retry of the same step is stored, with the session it closes.
    db.events.bulkAdd = bulkAdd;
    at.t += 200;
    expect(await recorder.handle(solved, sender)).toEqual({ ok: true, stored: true });
    // The challenge frame's own report of the same success, and a late retry, add nothing.
    await recorder.handle(msg(uid(), 'recaptcha', 'solved'), sender);
    await recorder.handle(solved, sender);
    expect(await db.events.toArray()).toMatchObject([{ platform: 'recaptcha', rounds: 1, labels: ['bus'] }]);
  });

  it('stores exactly one CAPTCHA when the worker stops between the anchor frame\'s and the challenge frame\'s "solved"', async () => {
    const db = new LaborDB(`captcha-${Math.random()}`);
    const s = sessionStore();
    const first = recorderOver(db, s.store);
    await first.handle(msg(uid(), 'recaptcha', 'shown'), sender);
    at.t += 4000;
    await first.handle(msg(uid(), 'recaptcha', 'round', 'crosswalk'), sender);
    at.t += 1000;
    expect(await first.handle(msg(uid(), 'recaptcha', 'solved'), sender)).toEqual({ ok: true, stored: true });
    // The worker stops right after answering the anchor frame; a new one starts from what the store holds.
    s.stop();
    const restarted = recorderOver(db, { ...s.store, saveTabs: async () => undefined });
    at.t += 600;
    await restarted.handle(msg(uid(), 'recaptcha', 'solved'), sender); // the challenge frame closes
    expect(await db.events.toArray()).toMatchObject([{ platform: 'recaptcha', rounds: 1, labels: ['crosswalk'], seconds: 5 }]);
  });

  it('stores exactly one CAPTCHA when the worker stops after the commit, before the tab state that follows it is saved', async () => {
    const db = new LaborDB(`captcha-${Math.random()}`);
    const s = sessionStore();
    const first = recorderOver(db, s.store);
    await first.handle(msg(uid(), 'hcaptcha', 'shown'), sender);
    at.t += 3000;
    // The worker stops as soon as the event is written: it never answers, never saves again.
    const bulkAdd = db.events.bulkAdd.bind(db.events);
    db.events.bulkAdd = ((rows: never) => bulkAdd(rows).finally(s.stop)) as unknown as typeof db.events.bulkAdd;
    const anchor = msg(uid(), 'hcaptcha', 'solved');
    void first.handle(anchor, sender);
    await vi.waitFor(async () => expect(await db.events.count()).toBe(1));
    db.events.bulkAdd = bulkAdd;
    const restarted = recorderOver(db, { ...s.store, saveTabs: async () => undefined });
    at.t += 500;
    await restarted.handle(msg(uid(), 'hcaptcha', 'solved'), sender); // the other frame
    expect(await restarted.handle(anchor, sender)).toMatchObject({ ok: true }); // the anchor's retry (no reply came)
    expect(await db.events.toArray()).toMatchObject([{ platform: 'hcaptcha', seconds: 3 }]);
  });
});

describe('passive scorings', () => {
  it('stores one passive scoring per vendor and page load, whatever the number of frames', async () => {
    const db = new LaborDB(`captcha-${Math.random()}`);
    // The top document's time origin as the tab's content script would say it (undefined: it cannot answer yet).
    let top: number | undefined = 1000.5;
    const recorder = createRecorder({
      db,
      settings: () => COUNTING_SETTINGS,
      extensionOrigin: 'chrome-extension://abcdefgh/',
      store: sessionStore().store,
      pageLoadId: async () => top,
    });
    const passive = (vendor = 'recaptcha') => recorder.handle({ type: 'captcha', uid: uid(), step: { vendor, step: 'passive' } }, sender);
    const recaptchas = async () => (await db.events.toArray()).filter((e) => e.platform === 'recaptcha' && e.passive).length;
    // 50 invisible widgets in 50 frames of one page, reporting at once.
    const replies = await Promise.all(Array.from({ length: 50 }, () => passive()));
    expect(replies.filter((r) => r.ok && r.stored)).toHaveLength(1);
    await passive('turnstile'); // another vendor scores on its own
    expect((await db.events.toArray()).map((e) => [e.platform, e.passive])).toEqual([
      ['recaptcha', true],
      ['turnstile', true],
    ]);
    // The page pushes a history entry (Chromium reports the tab "loading"), the top document stays: still one.
    await recorder.pageLoading(sender.tab.id);
    await Promise.all(Array.from({ length: 5 }, () => passive()));
    expect(await recaptchas()).toBe(1);
    // The tab loads a new page: one more per vendor, however many frames report.
    top = 2000.25;
    await recorder.pageLoading(sender.tab.id);
    await Promise.all(Array.from({ length: 5 }, () => passive()));
    expect(await recaptchas()).toBe(2);
    await Promise.all(Array.from({ length: 5 }, () => passive()));
    expect(await recaptchas()).toBe(2);
    // A new page whose top frame cannot answer yet: the browser's word is taken, once.
    top = undefined;
    await recorder.pageLoading(sender.tab.id);
    await Promise.all(Array.from({ length: 5 }, () => passive()));
    expect(await recaptchas()).toBe(3);
    // Its top frame can answer later on: a pushState then is still the same page.
    top = 3000.75;
    await recorder.pageLoading(sender.tab.id);
    await Promise.all(Array.from({ length: 5 }, () => passive()));
    expect(await recaptchas()).toBe(3);
    // Another tab is its own page load.
    await recorder.handle({ type: 'captcha', uid: uid(), step: { vendor: 'recaptcha', step: 'passive' } }, { tab: { id: 5, url: 'https://shop.example/' } });
    expect(await recaptchas()).toBe(4);
  });
});
