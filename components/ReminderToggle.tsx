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
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    void getSettings().then((s) => setOn(s.reminder));
    return settingsItem.watch((s) => s && setOn(!!s.reminder));
  }, []);

  const toggle = async (input: HTMLInputElement) => {
    const want = input.checked;
    // The box shows the setting, not the click: it only turns on once the browser gave the permissions.
    input.checked = !!on;
    setRefused(false);
    if (want) {
      setAsking(true);
      const granted = await browser.permissions.request({ permissions: REMINDER_PERMISSIONS as never }).catch(() => false);
      setAsking(false);
      if (!granted) {
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
          disabled={on === null || asking}
          onChange={(e) => void toggle(e.currentTarget)}
        />{' '}
        {t('reminder_label')}
      </label>
      <p class="muted">{t('reminder_help')}</p>
      {asking && <p data-testid="reminder-asking">{t('reminder_asking')}</p>}
      {refused && (
        <p class="alert" role="alert">
          {t('reminder_refused')}
        </p>
      )}
    </div>
  );
}
