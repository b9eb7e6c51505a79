/**
 * The optional weekly reminder: once a week, a local notification says the week's report is ready. Off by default;
 * the `alarms` and `notifications` permissions are optional and only requested when the user turns it on
 * (components/ReminderToggle.tsx). Nothing is sent anywhere: the alarm and the notification are the browser's own.
 */
import { browser } from 'wxt/browser';
import reminderEn from 'virtual:tdc-catalog/en/reminder';
import reminderFr from 'virtual:tdc-catalog/fr/reminder';
import { addMessages, pickLang, translator } from './i18n';
import type { Settings } from './settings';

export const REMINDER_ALARM = 'weekly-report';
const WEEK_MINUTES = 7 * 24 * 60;

/**
 * What the toggle asks for. Firefox cannot make `alarms` optional (it shows no prompt for it anyway), so there it
 * is a required permission and only `notifications` is asked (wxt.config.ts).
 */
export const REMINDER_PERMISSIONS: string[] = import.meta.env.FIREFOX ? ['notifications'] : ['alarms', 'notifications'];

/** Sunday 18:00 local time after `now`: the week is nearly over and its report nearly complete. */
export function nextReminder(now: number): number {
  const d = new Date(now);
  d.setHours(18, 0, 0, 0);
  d.setDate(d.getDate() + ((7 - d.getDay()) % 7));
  if (d.getTime() <= now) d.setDate(d.getDate() + 7);
  return d.getTime();
}

/**
 * Background side: keeps the alarm in step with the setting and shows the notification. Call once at start (the
 * listeners must be registered then to wake the service worker) and on every settings change (the permissions may
 * just have been granted, which makes the APIs appear).
 */
export function createReminder(settings: () => Settings, now = Date.now) {
  let listening = false;
  const listen = () => {
    if (listening || !browser.alarms || !browser.notifications) return;
    listening = true;
    browser.alarms.onAlarm.addListener((alarm) => {
      const s = settings();
      if (alarm.name !== REMINDER_ALARM || !s.reminder) return;
      // The background holds only the notification's two messages of each language (lib/catalog-parts.ts).
      addMessages('en', 'reminder', reminderEn);
      addMessages('fr', 'reminder', reminderFr);
      const t = translator(pickLang(s.language, navigator.language));
      void browser.notifications.create(REMINDER_ALARM, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('reminder_notification_title'),
        message: t('reminder_notification_body'),
      });
    });
    browser.notifications.onClicked.addListener((id) => {
      if (id !== REMINDER_ALARM) return;
      void browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
      void browser.notifications.clear(id);
    });
  };

  async function sync(): Promise<void> {
    listen();
    if (!browser.alarms) return;
    if (settings().reminder) {
      if (!(await browser.alarms.get(REMINDER_ALARM))) {
        await browser.alarms.create(REMINDER_ALARM, { when: nextReminder(now()), periodInMinutes: WEEK_MINUTES });
      }
    } else {
      await browser.alarms.clear(REMINDER_ALARM);
    }
  }
  // At once: a listener added later would not wake the service worker for the alarm.
  listen();
  return { sync };
}
