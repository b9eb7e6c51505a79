import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '@/lib/settings';

/** The settings, kept current when another page (popup, settings page) changes them. `null` while loading. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void getSettings().then((s) => alive && setSettings(s));
    const unwatch = settingsItem.watch((s) => setSettings({ ...DEFAULT_SETTINGS, ...s }));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
