import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onInstalled } from '@/lib/consent';
import { LaborDB } from '@/lib/db';
import { createRecorder } from '@/lib/recorder';
import type { PageLoadMessage } from '@/lib/messages';
import { browserRecorderStore } from '@/lib/recorder-store';
import { createReminder } from '@/lib/reminder';
import { createSummaryKeeper } from '@/lib/summary';
import { DEFAULT_SETTINGS, getSettings, settingsItem, updateSettings, type Settings } from '@/lib/settings';

export default defineBackground(() => {
  // First run: the welcome page asks before anything is counted; an update asks again only to offer a new category
  // (lib/consent.ts). The consent is stored before the page opens.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void (async () => {
      const stored = (await browser.storage.local.get('settings')).settings as Partial<Settings> | undefined;
      const { patch, open } = onInstalled(reason, stored);
      if (patch) await updateSettings(patch);
      if (open) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    })().catch(() => undefined);
  });
  let settings: Settings = DEFAULT_SETTINGS;
  // Weekly reminder (optional): its listeners are registered at start, the alarm follows the setting.
  const reminder = createReminder(() => settings);
  const ready = getSettings().then((s) => {
    settings = s;
    void reminder.sync().catch(() => undefined);
  });

  const db = new LaborDB();
  const recorder = createRecorder({
    db,
    // The popup's summary in storage.local, kept with the rollups (lib/summary.ts): the popup never opens Dexie.
    summary: createSummaryKeeper(db),
    settings: () => settings,
    store: browserRecorderStore,
    extensionOrigin: browser.runtime.getURL('/'),
    // The top frame's content script says which document it runs in; no answer (not injected yet): undefined.
    pageLoadId: async (tabId) => {
      try {
        const id: unknown = await browser.tabs.sendMessage(tabId, { type: 'page-load' } satisfies PageLoadMessage, { frameId: 0 });
        return typeof id === 'number' ? id : undefined;
      } catch {
        return undefined;
      }
    },
  });

  settingsItem.watch((s) => {
    const retention = settings.retentionWeeks;
    settings = { ...DEFAULT_SETTINGS, ...s };
    void reminder.sync().catch(() => undefined);
    // The settings page promises that a shorter retention deletes the older data at once, not on the next day.
    if (settings.retentionWeeks !== retention) void ready.then(() => recorder.applyRetention()).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message, sender) => ready.then(() => recorder.handle(message, sender)));
  browser.tabs.onRemoved.addListener((tabId) => recorder.forgetTab(tabId));
  // The tab starts loading: if it is a new page (pageLoadId tells), one more passive CAPTCHA scoring per vendor may
  // count there (tabs.onUpdated needs no permission; only the status is read).
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void recorder.pageLoading(tabId);
  });
});
