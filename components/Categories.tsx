import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { CATEGORY_IDS, unseenCategories } from '@/lib/consent';
import type { Category } from '@/lib/detectors/routes';
import type { MessageKey } from '@/lib/i18n';
import { getSettings, updateSettings, type Settings } from '@/lib/settings';
import './categories.css';

/** Turns one category on or off, keeping the others as stored now (not as this page last saw them). */
const setCategory = async (category: Category, on: boolean) =>
  updateSettings({ categories: { ...(await getSettings()).categories, [category]: on } });

/**
 * One checkbox per category (lib/consent.ts), each with what it counts and where: on the welcome page (applied by
 * its button) and in the settings (applied at once). `fresh`: categories the person was never offered (an update
 * added them), marked as new.
 */
export function CategorySwitches({
  value,
  onChange,
  fresh = [],
  legend,
}: {
  value: Record<Category, boolean>;
  onChange: (category: Category, on: boolean) => void;
  fresh?: readonly Category[];
  legend: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="categories" data-testid="categories">
      <legend>{legend}</legend>
      {CATEGORY_IDS.map((c) => (
        // The name labels the checkbox; what it counts describes it (read after the name, not as part of it).
        <div key={c} class="category">
          <input
            type="checkbox"
            id={`category-${c}`}
            data-testid={`category-${c}`}
            checked={value[c]}
            aria-describedby={`category-${c}-desc`}
            onChange={(e) => onChange(c, (e.target as HTMLInputElement).checked)}
          />
          <div>
            <label for={`category-${c}`}>
              <strong>{t(`category_${c}` as MessageKey)}</strong>
              {fresh.includes(c) && <span class="badge"> {t('welcome_new')}</span>}
            </label>
            <span class="muted desc" id={`category-${c}-desc`}>
              {t(`category_${c}_desc` as MessageKey)}
            </span>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** Whether the browser lets the extension run in private windows (null: the browser cannot say). */
export function useIncognitoAllowed(): boolean | null {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    try {
      void Promise.resolve(browser.extension.isAllowedIncognitoAccess()).then(
        (a) => setAllowed(a === true),
        () => undefined,
      );
    } catch {
      // test doubles without the API
    }
  }, []);
  return allowed;
}

/** Private windows: what the person should know, and what the browser says now. */
export function IncognitoNote() {
  const { t } = useI18n();
  const allowed = useIncognitoAllowed();
  return (
    <p class="muted" data-testid="incognito-note">
      {t('welcome_incognito')}
      {allowed !== null && <> {t(allowed ? 'welcome_incognito_allowed' : 'welcome_incognito_not_allowed')}</>}
    </p>
  );
}

/**
 * The settings' section (entrypoints/options/): the same switches as the welcome page, applied at once (the
 * background and the content scripts watch the settings). Before consent, it says so and links to the welcome page.
 */
export function CountingSection({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const value = Object.fromEntries(CATEGORY_IDS.map((c) => [c, settings.categories[c] === true])) as Record<Category, boolean>;
  return (
    <section aria-labelledby="counting-h" data-testid="settings-counting">
      <h2 id="counting-h">{t('welcome_settings_section')}</h2>
      {settings.counting ? (
        <>
          <p class="muted">{t('welcome_settings_intro')}</p>
          <CategorySwitches
            legend={t('welcome_choose')}
            value={value}
            fresh={unseenCategories(settings)}
            onChange={(c, on) => void setCategory(c, on)}
          />
        </>
      ) : (
        <p data-testid="not-counting">{t('welcome_settings_not_started')}</p>
      )}
      <IncognitoNote />
      <p>
        <a href="/welcome.html" data-testid="open-welcome">
          {t('welcome_settings_open')}
        </a>
      </p>
    </section>
  );
}
