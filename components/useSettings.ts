import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '@/lib/settings';

/** The settings, kept current when another page (popup, settings page) changes them. `null` while loading (or `initial`, read before the first render). */
export function useSettings(initial: Settings | null = null): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(initial);
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
