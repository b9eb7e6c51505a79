import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LaborDB } from '@/lib/db';
import { createRecorder } from '@/lib/recorder';
import { browserRecorderStore } from '@/lib/recorder-store';
import { createReminder } from '@/lib/reminder';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '@/lib/settings';

export default defineBackground(() => {
  let settings: Settings = DEFAULT_SETTINGS;
  // Weekly reminder (optional): its listeners are registered at start, the alarm follows the setting.
  const reminder = createReminder(() => settings);
  const ready = getSettings().then((s) => {
    settings = s;
    void reminder.sync().catch(() => undefined);
  });
  settingsItem.watch((s) => {
    settings = { ...DEFAULT_SETTINGS, ...s };
    void reminder.sync().catch(() => undefined);
  });

  const recorder = createRecorder({
    db: new LaborDB(),
    settings: () => settings,
    store: browserRecorderStore,
    extensionOrigin: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener((message, sender) => ready.then(() => recorder.handle(message, sender)));
  browser.tabs.onRemoved.addListener((tabId) => recorder.forgetTab(tabId));
});
