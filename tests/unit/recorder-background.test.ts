/**
 * The background entry itself (entrypoints/background.ts, its `main()` run on the fake browser): the settings watch
 * applies a new retention at once, and a tab's new page load lets passive CAPTCHA scorings count once more.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '@/entrypoints/background';
import { deleteAll, LaborDB, recordEvents } from '@/lib/db';
import { dayOf, type LaborEvent } from '@/lib/events';
import { settingsItem, updateSettings } from '@/lib/settings';
import { COUNTING_SETTINGS } from './counting';

const db = new LaborDB();
let n = 0;
const uid = () => `bg-${String(++n).padStart(8, '0')}`;
const DAY = 86_400_000;

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteAll(db);
});

function event(at: number): LaborEvent {
  return { uid: uid(), at, day: dayOf(at), kind: 'reaction', platform: 'x', site: 'x.com' };
}

describe('background entry', () => {
  it('deletes data past a newly chosen retention as soon as the setting changes', async () => {
    await settingsItem.setValue({ ...COUNTING_SETTINGS });
    const now = Date.now();
    await recordEvents(db, [event(now - 40 * DAY), event(now - 10 * DAY), event(now)]);
    background.main();
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.events.count()).toBe(3);
    // The person picks "keep 2 weeks" in the settings page; no gesture is recorded afterwards.
    await updateSettings({ retentionWeeks: 2 });
    await vi.waitFor(async () => expect(await db.events.count()).toBe(2));
    await updateSettings({ retentionWeeks: 1 });
    await vi.waitFor(async () => expect((await db.events.toArray()).map((e) => e.day)).toEqual([dayOf(now)]));
  });

  it('allows one passive scoring per vendor and page load of a tab', async () => {
    await settingsItem.setValue({ ...COUNTING_SETTINGS });
    background.main();
    const sender = { id: browser.runtime.id, tab: { id: 31, url: 'https://shop.example/checkout' }, url: 'https://www.google.com/recaptcha/api2/anchor' } as never;
    const passive = () =>
      fakeBrowser.runtime.onMessage.trigger({ type: 'captcha', uid: uid(), step: { vendor: 'recaptcha', step: 'passive' } }, sender, () => undefined);
    await Promise.all(Array.from({ length: 50 }, passive));
    expect(await db.events.count()).toBe(1);
    // The same page: still one. A reload of the tab (the browser says it starts loading): one more may count.
    await passive();
    expect(await db.events.count()).toBe(1);
    await fakeBrowser.tabs.onUpdated.trigger(31, { status: 'loading' }, { id: 31 } as never);
    await Promise.all(Array.from({ length: 10 }, passive));
    expect(await db.events.count()).toBe(2);
    // A history.pushState: Chromium reports the tab loading, but the top frame's content script says its document
    // is the same one: no new scoring, however often the page does it.
    const asked: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (...args: unknown[]) => (asked.push(args), 1764500000000.5)) as never;
    for (let i = 0; i < 5; i++) {
      await fakeBrowser.tabs.onUpdated.trigger(31, { status: 'loading', url: `https://shop.example/step-${i}` }, { id: 31 } as never);
      await passive();
    }
    expect(await db.events.count()).toBe(2);
    expect(asked[0]).toEqual([31, { type: 'page-load' }, { frameId: 0 }]);
    // A new page: its top frame answers with another document.
    fakeBrowser.tabs.sendMessage = (async () => 1764500009999.25) as never;
    await fakeBrowser.tabs.onUpdated.trigger(31, { status: 'loading' }, { id: 31 } as never);
    await passive();
    expect(await db.events.count()).toBe(3);
    // Other updates of the tab (title, favicon, load complete) are not a new page load.
    await fakeBrowser.tabs.onUpdated.trigger(31, { status: 'complete' }, { id: 31 } as never);
    await fakeBrowser.tabs.onUpdated.trigger(31, { title: 'Checkout' }, { id: 31 } as never);
    await passive();
    expect(await db.events.count()).toBe(3);
  });
});
