/**
 * Consent and categories (issue 15, lib/consent.ts): nothing is recorded before the welcome page's button, a
 * category left off records nothing, the settings apply at once through the background's watch, an install opens the
 * welcome page and an update asks again only to offer a new category (which starts off). The practice sandbox
 * works before consent.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import {
  CATEGORY_IDS,
  categoryOfId,
  categoryOfPlatform,
  consentPatch,
  initialChoice,
  isCategoryOn,
  onInstalled,
  unseenCategories,
} from '@/lib/consent';
import { deleteAll, LaborDB } from '@/lib/db';
import { CATEGORIES, ROUTES } from '@/lib/detectors/routes';
import { PLATFORMS } from '@/lib/events';
import { createRecorder } from '@/lib/recorder';
import { DEFAULT_SETTINGS, getSettings, settingsItem, updateSettings, type Settings } from '@/lib/settings';
import { ALL_ON, COUNTING_SETTINGS } from './counting';

const EXT = 'chrome-extension://abcdefgh/';
let n = 0;
const uid = () => `consent-${String(++n).padStart(8, '0')}`;
const gesture = (platform: string, kind = 'reaction') => ({ type: 'gesture', uid: uid(), gesture: { kind, platform } });
const solved = (vendor: string) => ({ type: 'captcha', uid: uid(), step: { vendor, step: 'solved' } });
const from = (url: string, id = 7) => ({ tab: { id, url }, url });

function recorderWith(settings: () => Settings) {
  const db = new LaborDB(`consent-${Math.random()}`);
  const recorder = createRecorder({
    db,
    settings,
    extensionOrigin: EXT,
    store: {
      loadTabs: async () => ({}),
      saveTabs: async () => undefined,
      loadStats: async () => ({ rejected: 0, storageError: null }),
      saveStats: async () => undefined,
    },
  });
  return { db, recorder };
}

beforeEach(() => fakeBrowser.reset());

describe('categories', () => {
  it('give every platform and every detector exactly one category', () => {
    for (const p of PLATFORMS) expect(categoryOfPlatform(p), p).toBeDefined();
    for (const r of ROUTES) expect(categoryOfId(r.id), r.id).toBeDefined();
    expect(categoryOfPlatform('x')).toBe('social');
    expect(categoryOfPlatform('recaptcha')).toBe('captcha');
    expect(categoryOfPlatform('chatgpt')).toBe('ai');
    expect(categoryOfPlatform('google')).toBe('search');
    expect(categoryOfPlatform('google-maps')).toBe('ratings');
    // Nothing inherited from Object.prototype passes for a detector.
    expect(categoryOfId('toString')).toBeUndefined();
    expect(CATEGORY_IDS).toEqual(Object.keys(CATEGORIES));
  });

  it('are all off before consent, then each as chosen; a category never offered is off', () => {
    expect(CATEGORY_IDS.some((c) => isCategoryOn(DEFAULT_SETTINGS, c))).toBe(false);
    // Chosen but not started: still nothing.
    expect(isCategoryOn({ counting: false, categories: ALL_ON }, 'social')).toBe(false);
    const s = { counting: true, categories: { social: true, captcha: false } };
    expect(isCategoryOn(s, 'social')).toBe(true);
    expect(isCategoryOn(s, 'captcha')).toBe(false);
    expect(isCategoryOn(s, 'ai')).toBe(false);
    expect(isCategoryOn(s, undefined)).toBe(false);
    expect(unseenCategories(s)).toEqual(['ai', 'search', 'ratings']);
  });

  it('are all preselected on a fresh install; once counting, a new one is not', () => {
    expect(initialChoice(DEFAULT_SETTINGS)).toEqual(ALL_ON);
    expect(initialChoice({ counting: true, categories: { social: true, captcha: false, ai: true, search: true } })).toEqual({
      social: true,
      captcha: false,
      ai: true,
      search: true,
      ratings: false,
    });
    expect(consentPatch({ ...ALL_ON, search: false })).toEqual({ counting: true, categories: { ...ALL_ON, search: false } });
  });
});

describe('install and update', () => {
  it('an install stores "not counting" and opens the welcome page', () => {
    expect(onInstalled('install', undefined)).toEqual({ patch: { counting: false, categories: {} }, open: true });
    expect(onInstalled('install', { counting: true, categories: ALL_ON })).toEqual({ open: false });
  });

  it('an update never re-asks, unless a category appeared, which starts off', () => {
    expect(onInstalled('update', { counting: true, categories: { ...ALL_ON, ai: false } })).toEqual({ open: false });
    // Not started yet: the update does not start it, nor re-open the page.
    expect(onInstalled('update', { counting: false, categories: {} })).toEqual({ open: false });
    // The previous version had four categories; this one adds "ratings".
    const before: Partial<Settings> = { counting: true, categories: { social: true, captcha: true, ai: false, search: true } };
    expect(onInstalled('update', before)).toEqual({ open: true });
    expect(isCategoryOn({ counting: true, categories: before.categories! }, 'ratings')).toBe(false);
    expect(onInstalled('chrome_update', before)).toEqual({ open: false });
  });

  it('an update from a version before consent keeps counting what it counted, and offers what it did not have', () => {
    expect(onInstalled('update', undefined)).toEqual({ patch: { counting: true, categories: ALL_ON }, open: false });
    expect(onInstalled('update', { paused: false }, ['social', 'captcha'])).toEqual({
      patch: { counting: true, categories: { social: true, captcha: true } },
      open: true,
    });
  });
});

describe('recorder before and after consent', () => {
  it('records nothing before consent: no gesture, CAPTCHA, tab status or health report', async () => {
    const { db, recorder } = recorderWith(() => DEFAULT_SETTINGS);
    const site = from('https://x.com/home');
    expect(await recorder.handle(gesture('x'), site)).toEqual({ ok: false, error: 'off' });
    expect(await recorder.handle(solved('recaptcha'), site)).toEqual({ ok: false, error: 'off' });
    expect(await recorder.handle({ type: 'hello', detectors: ['x'] }, site)).toEqual({ ok: false, error: 'off' });
    expect(
      await recorder.handle({ type: 'health', uid: uid(), detectors: [{ id: 'x', items: 3, actions: 9, warnings: [] }] }, site),
    ).toEqual({ ok: false, error: 'off' });
    expect(await recorder.handle({ type: 'tab-status', tabId: 7 }, { url: `${EXT}popup.html` })).toMatchObject({
      status: { detectors: [] },
    });
    expect(await db.events.count()).toBe(0);
    expect(await db.health.count()).toBe(0);
  });

  it('records only the categories left on, and follows a change at once', async () => {
    let settings: Settings = { ...DEFAULT_SETTINGS, ...consentPatch({ ...ALL_ON, captcha: false, search: false }) };
    const { db, recorder } = recorderWith(() => settings);
    expect(await recorder.handle(gesture('x'), from('https://x.com/home'))).toEqual({ ok: true, stored: true });
    expect(await recorder.handle(solved('recaptcha'), from('https://x.com/home'))).toEqual({ ok: false, error: 'off' });
    expect(await recorder.handle(gesture('google', 'search'), from('https://www.google.com/search'))).toEqual({ ok: false, error: 'off' });
    expect(await recorder.handle(gesture('chatgpt', 'ai-feedback'), from('https://chatgpt.com/c'))).toEqual({ ok: true, stored: true });
    settings = { ...settings, categories: { ...settings.categories, captcha: true } };
    expect(await recorder.handle(solved('recaptcha'), from('https://x.com/home'))).toEqual({ ok: true, stored: true });
    expect((await db.events.toArray()).map((e) => e.platform)).toEqual(['x', 'chatgpt', 'recaptcha']);
  });

  it('lets the practice page record before consent and whatever the categories (its own table only)', async () => {
    const { db, recorder } = recorderWith(() => DEFAULT_SETTINGS);
    const page = from(`${EXT}practice.html`, 3);
    expect(await recorder.handle({ type: 'practice', message: gesture('x') }, page)).toEqual({ ok: true, stored: true });
    expect(await recorder.handle({ type: 'practice', message: solved('recaptcha') }, page)).toEqual({ ok: true, stored: true });
    expect(await db.practice.count()).toBe(2);
    expect(await db.events.count()).toBe(0);
    // The global pause still stops it, as before.
    const paused = recorderWith(() => ({ ...DEFAULT_SETTINGS, paused: true }));
    expect(await paused.recorder.handle({ type: 'practice', message: gesture('x') }, page)).toEqual({ ok: false, error: 'paused' });
  });
});

describe('background entry', () => {
  const db = new LaborDB();
  beforeEach(async () => {
    await deleteAll(db);
  });

  it('on install stores "not counting" and opens the welcome page; nothing is recorded until the button', async () => {
    const opened: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (p) => (opened.push(p.url ?? ''), { id: 1 } as never));
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    await vi.waitFor(() => expect(opened).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]));
    expect((await browser.storage.local.get('settings')).settings).toMatchObject({ counting: false, categories: {} });
    const like = () => fakeBrowser.runtime.onMessage.trigger(gesture('x'), from('https://x.com/home') as never, () => undefined);
    await like();
    expect(await db.events.count()).toBe(0);
    // The welcome page's button.
    await updateSettings(consentPatch(ALL_ON));
    await vi.waitFor(async () => {
      await like();
      expect(await db.events.count()).toBeGreaterThan(0);
    });
  });

  it('an update that adds a category opens the welcome page; the new category records nothing until turned on in settings', async () => {
    // Stored by a version that had four categories ("ratings" is new in this one).
    await settingsItem.setValue({ ...COUNTING_SETTINGS, categories: { social: true, captcha: true, ai: true, search: true } });
    const opened: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (p) => (opened.push(p.url ?? ''), { id: 1 } as never));
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0', temporary: false } as never);
    await vi.waitFor(() => expect(opened).toHaveLength(1));
    // The update changed nothing stored: still counting, the new category absent (off).
    expect((await getSettings()).categories).toEqual({ social: true, captcha: true, ai: true, search: true });
    const rate = () =>
      fakeBrowser.runtime.onMessage.trigger(gesture('amazon', 'rating'), from('https://www.amazon.fr/dp/B0') as never, () => undefined);
    const like = () => fakeBrowser.runtime.onMessage.trigger(gesture('x'), from('https://x.com/home') as never, () => undefined);
    await rate();
    await like();
    await vi.waitFor(async () => expect(await db.events.count()).toBe(1));
    expect((await db.events.toArray()).map((e) => e.platform)).toEqual(['x']);
    // The settings switch: effective at once through the background's storage watch.
    await updateSettings({ categories: { ...(await getSettings()).categories, ratings: true } });
    await vi.waitFor(async () => {
      await rate();
      expect((await db.events.toArray()).some((e) => e.platform === 'amazon')).toBe(true);
    });
    // And off again.
    await updateSettings({ categories: { ...(await getSettings()).categories, social: false } });
    const xs = async () => (await db.events.toArray()).filter((e) => e.platform === 'x').length;
    const before = await xs();
    await new Promise((r) => setTimeout(r, 20));
    await like();
    await like();
    expect(await xs()).toBe(before);
  });

  it('another update with nothing new does not re-ask', async () => {
    await settingsItem.setValue({ ...COUNTING_SETTINGS, categories: { ...ALL_ON, search: false } });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '1.0.0', temporary: false } as never);
    await new Promise((r) => setTimeout(r, 50));
    expect(create).not.toHaveBeenCalled();
    expect((await getSettings()).categories.search).toBe(false);
  });
});
