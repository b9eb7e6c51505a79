/** The weekly reminder: off by default, an alarm on Sunday evening only while the setting is on. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createReminder, nextReminder, REMINDER_ALARM } from '@/lib/reminder';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('weekly reminder', () => {
  it('is off by default', () => {
    expect(DEFAULT_SETTINGS.reminder).toBe(false);
  });

  it('falls on the next Sunday at 18:00 local time', () => {
    const wednesday = new Date(2026, 10, 18, 10, 0).getTime();
    expect(new Date(nextReminder(wednesday))).toEqual(new Date(2026, 10, 22, 18, 0));
    const sundayMorning = new Date(2026, 10, 22, 9, 0).getTime();
    expect(new Date(nextReminder(sundayMorning))).toEqual(new Date(2026, 10, 22, 18, 0));
    const sundayNight = new Date(2026, 10, 22, 18, 0).getTime();
    expect(new Date(nextReminder(sundayNight))).toEqual(new Date(2026, 10, 29, 18, 0));
  });

  it('creates the alarm when turned on and clears it when turned off', async () => {
    let settings: Settings = { ...DEFAULT_SETTINGS };
    const now = new Date(2026, 10, 18, 10, 0).getTime();
    const reminder = createReminder(() => settings, () => now);
    await reminder.sync();
    expect(await browser.alarms.get(REMINDER_ALARM)).toBeFalsy();
    settings = { ...settings, reminder: true };
    await reminder.sync();
    const alarm = await browser.alarms.get(REMINDER_ALARM);
    expect(alarm).toMatchObject({ name: REMINDER_ALARM, scheduledTime: new Date(2026, 10, 22, 18, 0).getTime(), periodInMinutes: 7 * 24 * 60 });
    settings = { ...settings, reminder: false };
    await reminder.sync();
    expect(await browser.alarms.get(REMINDER_ALARM)).toBeFalsy();
  });
});
