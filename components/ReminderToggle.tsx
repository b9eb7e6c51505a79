import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from './i18n';
import { REMINDER_PERMISSIONS } from '@/lib/reminder';
import { getSettings, settingsItem, updateSettings } from '@/lib/settings';

/**
 * Turns the weekly reminder on or off. Turning it on asks for the optional permissions first (the request must come
 * from this click); if the person refuses, the setting stays off and says why. Turning it off gives them back.
 */
export function ReminderToggle() {
  const { t } = useI18n();
  const [on, setOn] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void getSettings().then((s) => setOn(s.reminder));
    return settingsItem.watch((s) => s && setOn(!!s.reminder));
  }, []);

  const toggle = async (input: HTMLInputElement) => {
    const want = input.checked;
    setRefused(false);
    if (want) {
      const granted = await browser.permissions.request({ permissions: REMINDER_PERMISSIONS as never }).catch(() => false);
      if (!granted) {
        input.checked = false;
        setRefused(true);
        return;
      }
      await updateSettings({ reminder: true });
    } else {
      await updateSettings({ reminder: false });
      await browser.permissions.remove({ permissions: REMINDER_PERMISSIONS as never }).catch(() => false);
    }
  };

  return (
    <div class="reminder-toggle">
      <label>
        <input
          type="checkbox"
          data-testid="reminder-toggle"
          checked={!!on}
          disabled={on === null}
          onChange={(e) => void toggle(e.currentTarget)}
        />{' '}
        {t('reminder_label')}
      </label>
      <p class="muted">{t('reminder_help')}</p>
      {refused && (
        <p class="alert" role="alert">
          {t('reminder_refused')}
        </p>
      )}
    </div>
  );
}
