import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LaborDB } from '@/lib/db';
import { createRecorder } from '@/lib/recorder';
import { browserRecorderStore } from '@/lib/recorder-store';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '@/lib/settings';

export default defineBackground(() => {
  let settings: Settings = DEFAULT_SETTINGS;
  const ready = getSettings().then((s) => (settings = s));
  settingsItem.watch((s) => (settings = { ...DEFAULT_SETTINGS, ...s }));

  const recorder = createRecorder({
    db: new LaborDB(),
    settings: () => settings,
    store: browserRecorderStore,
    extensionOrigin: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener((message, sender) => ready.then(() => recorder.handle(message, sender)));
  browser.tabs.onRemoved.addListener((tabId) => recorder.forgetTab(tabId));
});
