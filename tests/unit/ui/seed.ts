/**
 * Realistic data for the UI tests, stored through lib/db.ts recordEvents as the background stores it, and a real
 * recorder answering the extension pages' `tab-status` messages over fakeBrowser.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LaborDB, recordEvents } from '@/lib/db';
import type { Kind, LaborEvent, Platform } from '@/lib/events';
import { addDays, parseDay } from '@/lib/period';
import { createRecorder } from '@/lib/recorder';
import { getSettings, type Settings } from '@/lib/settings';
import { COUNTING_SETTINGS, counting } from '../counting';
import { createSummaryKeeper } from '@/lib/summary';

/** Sunday 22 November 2026, noon: the week runs from Monday 16 to Sunday 22. */
export const NOW = new Date(2026, 10, 22, 12).getTime();
export const TODAY = '2026-11-22';
export const EXT = 'chrome-extension://test-extension-id/';

let n = 0;
export function ev(day: string, kind: Kind, platform: Platform, extra: Partial<LaborEvent> = {}): LaborEvent {
  const at = parseDay(day).getTime() + (n % 3600) * 1000;
  return { uid: `seed-${String(++n).padStart(10, '0')}`, at, day, kind, platform, site: extra.site ?? 'x.com', ...extra };
}

export const newDb = () => new LaborDB(`ui-test-${Math.random().toString(36).slice(2)}`);

/** One day (today): 2 likes and a follow on X, a reCAPTCHA of 2 image rounds solved in 20 s. */
export function oneDay(): LaborEvent[] {
  return [
    ev(TODAY, 'reaction', 'x'),
    ev(TODAY, 'reaction', 'x'),
    ev(TODAY, 'follow', 'x'),
    ev(TODAY, 'captcha', 'recaptcha', { site: 'shop.example', seconds: 20, rounds: 2, labels: ['crosswalk', 'traffic light'] }),
  ];
}

/** A heavy week: every day of the week 16-22 Nov, 60 post views with 600 s of feed time, likes, shares, comments... */
export function heavyWeek(): LaborEvent[] {
  const out: LaborEvent[] = [];
  for (let d = 0; d < 7; d++) {
    const day = addDays('2026-11-16', d);
    for (let i = 0; i < 60; i++) out.push(ev(day, 'post-view', i % 2 ? 'youtube' : 'reddit', { site: i % 2 ? 'www.youtube.com' : 'www.reddit.com', seconds: 10 }));
    for (let i = 0; i < 20; i++) out.push(ev(day, 'reaction', 'youtube', { site: 'www.youtube.com' }));
    for (let i = 0; i < 5; i++) out.push(ev(day, 'share', 'reddit', { site: 'www.reddit.com' }));
    out.push(ev(day, 'comment', 'mastodon', { site: 'mastodon.example', seconds: 45 }));
    out.push(ev(day, 'search', 'youtube', { site: 'www.youtube.com' }));
    out.push(ev(day, 'captcha', 'hcaptcha', { site: 'shop.example', seconds: 15, rounds: 1, labels: ['bus'] }));
    out.push(ev(day, 'captcha', 'recaptcha', { site: 'shop.example', passive: true }));
  }
  return out;
}

/** A year: from 23 Nov 2025 to today, 6 gestures a day (2 likes, 1 share, 1 follow, 2 views of 5 s). */
export function aYear(): LaborEvent[] {
  const out: LaborEvent[] = [];
  for (let d = 0; d < 365; d++) {
    const day = addDays('2025-11-23', d);
    out.push(ev(day, 'reaction', 'instagram', { site: 'www.instagram.com' }), ev(day, 'reaction', 'instagram', { site: 'www.instagram.com' }));
    out.push(ev(day, 'share', 'facebook', { site: 'www.facebook.com' }), ev(day, 'follow', 'linkedin', { site: 'www.linkedin.com' }));
    out.push(ev(day, 'post-view', 'instagram', { site: 'www.instagram.com', seconds: 5 }), ev(day, 'post-view', 'instagram', { site: 'www.instagram.com', seconds: 5 }));
  }
  return out;
}

export async function seed(db: LaborDB, events: LaborEvent[]) {
  await recordEvents(db, events);
}

/**
 * The background's recorder, answering messages over fakeBrowser (its sender is empty there, so extension-page
 * messages get the popup's URL). Returns a function that plays content-script messages from a tab.
 */
export function wireRecorder(db: LaborDB) {
  // Consent given, every category on (tests/unit/counting.ts), as the e2e harness launches.
  let settings: Settings = COUNTING_SETTINGS;
  const refresh = () => getSettings().then((s) => (settings = counting(s)));
  const recorder = createRecorder({
    db,
    settings: () => settings,
    extensionOrigin: EXT,
    now: () => NOW,
    // The popup's summary, kept as the background keeps it (lib/summary.ts).
    summary: createSummaryKeeper(db, () => NOW),
    store: {
      loadTabs: async () => ({}),
      saveTabs: async () => undefined,
      loadStats: async () => ({ rejected: 0, storageError: null }),
      saveStats: async () => undefined,
    },
  });
  // fakeBrowser passes on a reply only through sendResponse (the real background returns the promise).
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    void recorder.handle(message, { url: `${EXT}popup.html` }).then(sendResponse);
    return true;
  });
  return {
    recorder,
    fromTab: async (tabId: number, url: string, message: unknown) => {
      await refresh();
      return recorder.handle(message, { tab: { id: tabId, url }, url });
    },
  };
}
