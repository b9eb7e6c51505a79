/** Browser storage behind the recorder: tab status in session storage, counters in local storage. */
import { defineItem } from './storage-item';
import type { RecorderStats, RecorderStore, TabState } from './recorder';

export const tabsItem = defineItem<Record<string, TabState>>('session:tabs', { fallback: {} });
export const statsItem = defineItem<RecorderStats>('local:stats', {
  fallback: { rejected: 0, storageError: null },
});

export const browserRecorderStore: RecorderStore = {
  loadTabs: () => tabsItem.getValue(),
  saveTabs: (tabs) => tabsItem.setValue(tabs),
  loadStats: () => statsItem.getValue(),
  saveStats: (stats) => statsItem.setValue(stats),
};
