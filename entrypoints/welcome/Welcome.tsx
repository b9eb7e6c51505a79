import { useEffect, useState } from 'preact/hooks';
import { CategorySwitches, IncognitoNote } from '@/components/Categories';
import { useI18n } from '@/components/i18n';
import { useSettings } from '@/components/useSettings';
import { consentPatch, initialChoice, unseenCategories } from '@/lib/consent';
import type { Category } from '@/lib/detectors/routes';
import { updateSettings } from '@/lib/settings';

/**
 * The first-run page (issue 15): what is counted, where it stays, what is never stored, what it is for; the person
 * picks the categories and starts counting. Nothing is recorded before the button (lib/consent.ts). Opened on
 * install, on an update that adds a category, and from the settings.
 */
export function Welcome() {
  const { t } = useI18n();
  const settings = useSettings();
  const [choice, setChoice] = useState<Record<Category, boolean> | null>(null);
  const [done, setDone] = useState('');
  useEffect(() => {
    document.title = `${t('welcome_title')} · ${t('extName')}`;
  }, [t]);
  // The checkboxes start from the stored choice once, then follow the person's clicks.
  useEffect(() => {
    if (settings && !choice) setChoice(initialChoice(settings));
  }, [settings, choice]);
  if (!settings || !choice) return <p aria-busy="true">{t('popup_loading')}</p>;
  const fresh = settings.counting ? unseenCategories(settings) : [];
  const start = async (e: Event) => {
    e.preventDefault();
    const wasCounting = settings.counting;
    await updateSettings(consentPatch(choice));
    setDone(t(wasCounting ? 'welcome_saved' : 'welcome_started'));
  };
  const fact = (label: string, text: string) => (
    <li>
      <strong>{label}</strong> {text}
    </li>
  );
  return (
    <main class="welcome">
      <h1>{t('extName')}</h1>
      <p class="lead">{t(settings.counting ? 'welcome_intro_counting' : 'welcome_intro')}</p>
      <ul class="facts">
        {fact(t('welcome_what_h'), t('welcome_what'))}
        {fact(t('welcome_where_h'), t('welcome_where'))}
        {fact(t('welcome_never_h'), t('welcome_never'))}
        {fact(t('welcome_why_h'), t('welcome_why'))}
      </ul>
      <p>
        <a href="/privacy.html" data-testid="privacy-link">
          {t('welcome_privacy_link')}
        </a>
      </p>
      <form onSubmit={(e) => void start(e)}>
        <CategorySwitches
          legend={t('welcome_choose')}
          value={choice}
          fresh={fresh}
          onChange={(c, on) => setChoice({ ...choice, [c]: on })}
        />
        <p class="muted">{t('welcome_change_later')}</p>
        <IncognitoNote />
        <button type="submit" class="primary" data-testid="start-counting">
          {t(settings.counting ? 'welcome_save' : 'welcome_start')}
        </button>
        {/* A live region present from the start, so that its message is announced when it appears. */}
        <p role="status">
          {done && (
            <span data-testid="welcome-done">
              {done} <a href="/options.html">{t('welcome_settings_link')}</a>
            </span>
          )}
        </p>
      </form>
      <p class="muted">
        {t('welcome_practice')} <a href="/practice.html">{t('welcome_practice_link')}</a>
      </p>
    </main>
  );
}
