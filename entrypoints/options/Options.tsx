import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { CountingSection } from '@/components/Categories';
import { BackupSection } from '@/components/BackupSection';
import { ReminderToggle } from '@/components/ReminderToggle';
import { Source } from '@/components/Source';
import { useSettings } from '@/components/useSettings';
import { wageLabel } from '@/components/Valuation';
import { deleteAll, type LaborDB } from '@/lib/db';
import { refreshSummary } from '@/lib/summary';
import { localeWage, microWage, placeWage } from '@/lib/estimates';
import { isPlace, placeFromLocale, PLACES, type Place } from '@/lib/wages';
import { formatDay, formatNumber, formatRate, numberFormat } from '@/lib/format';
import { plural } from '@/lib/i18n';
import {
  isHostname,
  isRetention,
  isWage,
  MAX_RETENTION_WEEKS,
  normaliseHost,
  setSitePaused,
  updateSettings,
  type Language,
  type Settings,
  type WageRef,
} from '@/lib/settings';

function PausedSites({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [host, setHost] = useState('');
  const [error, setError] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    const h = normaliseHost(host);
    if (!isHostname(h)) return setError(t('settings_site_invalid', host.trim() || '""'));
    setError('');
    setHost('');
    await setSitePaused(h, true);
  };
  return (
    <section aria-labelledby="pause-h" data-testid="settings-pause">
      <h2 id="pause-h">{t('settings_recording')}</h2>
      <label>
        <input
          type="checkbox"
          data-testid="global-pause"
          checked={settings.paused}
          onChange={(e) => void updateSettings({ paused: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t('settings_global_pause')}
      </label>
      <h3 id="sites-h">{t('settings_paused_sites')}</h3>
      {settings.pausedSites.length === 0 ? (
        <p class="muted">{t('settings_no_paused_sites')}</p>
      ) : (
        <ul class="sites" aria-labelledby="sites-h" data-testid="paused-sites">
          {settings.pausedSites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button type="button" aria-label={t('settings_remove_site', s)} onClick={() => void setSitePaused(s, false)}>
                {t('settings_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <label class="sr-only" for="add-site">
          {t('settings_add_site_label')}
        </label>
        <input
          id="add-site"
          data-testid="add-site"
          placeholder="example.com"
          value={host}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'add-site-error' : undefined}
          onInput={(e) => setHost((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('settings_add_site')}</button>
      </form>
      {error && (
        <p class="error" id="add-site-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function WageSection({ settings }: { settings: Settings }) {
  const { t, lang } = useI18n();
  // Shown with the language's decimal mark ("12,02" in French), read back with either mark.
  const [rate, setRate] = useState(() =>
    numberFormat(lang, { maximumFractionDigits: 2, useGrouping: false }).format(settings.wage.rate),
  );
  const [currency, setCurrency] = useState(settings.wage.currency);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  const local = localeWage(settings, lang);
  const autoPlace = placeFromLocale(navigator.language, lang);
  const choosePlace = (place: Place | 'auto') => void updateSettings({ wage: { ...settings.wage, ref: 'locale', place } });
  const micro = microWage();
  const choose = (ref: WageRef) => void updateSettings({ wage: { ...settings.wage, ref } });
  const saveCustom = async (e: Event) => {
    e.preventDefault();
    const r = Number(rate.replace(',', '.'));
    const c = currency.trim().toUpperCase();
    if (!isWage(r, c)) {
      setSaved(false);
      return setError(t('settings_wage_invalid'));
    }
    setError('');
    await updateSettings({ wage: { ...settings.wage, ref: 'custom', rate: r, currency: c } });
    setSaved(true);
  };
  const radio = (ref: WageRef, label: string, extra?: ComponentChildren) => (
    <label>
      <input type="radio" name="wage" value={ref} data-testid={`wage-${ref}`} checked={settings.wage.ref === ref} onChange={() => choose(ref)} />{' '}
      {label} {extra}
    </label>
  );
  return (
    <section aria-labelledby="wage-h" data-testid="settings-wage">
      <h2 id="wage-h">{t('settings_wage')}</h2>
      <p class="muted">{t('settings_wage_intro')}</p>
      <fieldset>
        <legend class="sr-only">{t('settings_wage')}</legend>
        {radio('locale', `${wageLabel(t, local)} (${formatRate(lang, local.rate, local.currency)}/h)`, <Source figures={[local.figure!]} />)}
        {radio('micro', `${wageLabel(t, micro)} (${formatRate(lang, micro.rate, micro.currency)}/h)`, <Source figures={['mturkMedian']} />)}
        {radio('custom', t('settings_wage_custom'))}
      </fieldset>
      <p class="row">
        <label>
          {t('settings_wage_place')}{' '}
          <select
            data-testid="wage-place"
            value={isPlace(settings.wage.place) ? settings.wage.place : 'auto'}
            onChange={(e) => choosePlace((e.target as HTMLSelectElement).value as Place | 'auto')}
          >
            <option value="auto">{t('settings_wage_place_auto', wageLabel(t, placeWage(autoPlace)))}</option>
            {PLACES.map((p) => (
              <option key={p} value={p}>
                {`${wageLabel(t, placeWage(p))} (${formatRate(lang, placeWage(p).rate, placeWage(p).currency)}/h)`}
              </option>
            ))}
          </select>
        </label>
      </p>
      <form class="row" onSubmit={saveCustom} aria-label={t('settings_wage_custom')}>
        <label>
          {t('settings_wage_rate')}{' '}
          <input
            type="text"
            inputMode="decimal"
            data-testid="wage-rate"
            value={rate}
            aria-invalid={error ? true : undefined}
            onInput={(e) => setRate((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('settings_wage_currency')}{' '}
          <input
            data-testid="wage-currency"
            value={currency}
            maxLength={3}
            size={4}
            list="currencies"
            aria-invalid={error ? true : undefined}
            onInput={(e) => setCurrency((e.target as HTMLInputElement).value)}
          />
          <datalist id="currencies">
            {['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'XOF', 'MAD', 'BRL', 'INR'].map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <button type="submit" data-testid="wage-save">
          {t('settings_wage_use_custom')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {saved && !error && <p role="status">{t('settings_saved')}</p>}
    </section>
  );
}

function Retention({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [weeks, setWeeks] = useState(String(settings.retentionWeeks ?? 52));
  const [error, setError] = useState('');
  const keepAll = settings.retentionWeeks === null;
  const save = async (e?: Event) => {
    e?.preventDefault();
    const n = Number(weeks);
    if (!isRetention(n)) return setError(t('settings_retention_invalid', MAX_RETENTION_WEEKS));
    setError('');
    await updateSettings({ retentionWeeks: n });
  };
  return (
    <section aria-labelledby="retention-h" data-testid="settings-retention">
      <h2 id="retention-h">{t('settings_retention')}</h2>
      <fieldset>
        <legend class="sr-only">{t('settings_retention')}</legend>
        <label>
          <input type="radio" name="retention" data-testid="keep-all" checked={keepAll} onChange={() => void updateSettings({ retentionWeeks: null })} />{' '}
          {t('settings_keep_all')}
        </label>
        <form class="row" onSubmit={save}>
          <label>
            <input type="radio" name="retention" data-testid="keep-weeks" checked={!keepAll} onChange={() => void save()} />{' '}
            {t('settings_keep_weeks')}
          </label>
          <input
            type="number"
            min={1}
            max={MAX_RETENTION_WEEKS}
            data-testid="retention-weeks"
            aria-label={t('settings_weeks')}
            value={weeks}
            onInput={(e) => setWeeks((e.target as HTMLInputElement).value)}
          />
          <span>{t('settings_weeks')}</span>
          <button type="submit">{t('settings_apply')}</button>
        </form>
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="muted">{t('settings_retention_note')}</p>
    </section>
  );
}

function DeleteAll({ db }: { db: LaborDB }) {
  const { t, lang } = useI18n();
  const [asking, setAsking] = useState<{ events: number; practice: number; since: string | null } | null>(null);
  const [done, setDone] = useState<string>('');
  const ask = async () => {
    const [events, practice, first] = await Promise.all([db.events.count(), db.practice.count(), db.events.orderBy('at').first()]);
    setDone('');
    setAsking({ events, practice, since: first?.day ?? null });
  };
  const confirm = async () => {
    try {
      await deleteAll(db);
      // The popup's figures (lib/summary.ts) are rebuilt at once: it never shows what was just deleted.
      await refreshSummary(db);
      setDone(t('settings_deleted'));
    } catch (error) {
      setDone(t('settings_delete_failed', (error as Error).name));
    }
    setAsking(null);
  };
  return (
    <section aria-labelledby="delete-h" data-testid="settings-delete">
      <h2 id="delete-h">{t('settings_delete')}</h2>
      <p class="muted">{t('settings_delete_intro')}</p>
      {!asking && (
        <button type="button" class="danger" data-testid="delete-all" onClick={() => void ask()}>
          {t('settings_delete_button')}
        </button>
      )}
      {asking && (
        <div class="confirm" role="alertdialog" aria-labelledby="delete-q" data-testid="delete-confirm">
          <p id="delete-q">
            {asking.events + asking.practice === 0
              ? t('settings_delete_nothing')
              : t(
                  'settings_delete_question',
                  plural(t, lang, 'settings_delete_gestures', asking.events, formatNumber(lang, asking.events)),
                  asking.since ? formatDay(lang, asking.since, { dateStyle: 'long' }) : '–',
                  plural(t, lang, 'settings_delete_practice', asking.practice, formatNumber(lang, asking.practice)),
                )}
          </p>
          <div class="row">
            <button type="button" class="danger" data-testid="delete-yes" disabled={asking.events + asking.practice === 0} onClick={() => void confirm()}>
              {t('settings_delete_yes')}
            </button>
            <button type="button" data-testid="delete-no" ref={(el) => el?.focus()} onClick={() => setAsking(null)}>
              {t('settings_delete_no')}
            </button>
          </div>
        </div>
      )}
      {done && <p role="status" data-testid="delete-done">{done}</p>}
    </section>
  );
}

export function Options({ db }: { db: LaborDB }) {
  const { t } = useI18n();
  const settings = useSettings();
  useEffect(() => {
    document.title = `${t('settings_title')} · ${t('extName')}`;
  }, [t]);
  if (!settings) return <p aria-busy="true">{t('popup_loading')}</p>;
  return (
    <main class="options">
      <h1>
        {t('extName')} · {t('settings_title')}
      </h1>
      <p class="muted">
        {t('settings_privacy')}{' '}
        <a href="/privacy.html" data-testid="privacy-link">
          {t('settings_privacy_link')}
        </a>
      </p>
      <CountingSection settings={settings} />
      <PausedSites settings={settings} />
      <WageSection settings={settings} />
      <section aria-labelledby="lang-h" data-testid="settings-language">
        <h2 id="lang-h">{t('settings_language')}</h2>
        <label>
          <span class="sr-only">{t('settings_language')}</span>
          <select
            data-testid="language"
            value={settings.language}
            onChange={(e) => void updateSettings({ language: (e.target as HTMLSelectElement).value as Language })}
          >
            <option value="auto">{t('settings_language_auto')}</option>
            <option value="en" lang="en">{t('settings_language_en')}</option>
            <option value="fr" lang="fr">{t('settings_language_fr')}</option>
          </select>
        </label>
      </section>
      <Retention settings={settings} />
      <section aria-labelledby="reminder-h" data-testid="settings-reminder">
        <h2 id="reminder-h">{t('reminder_title')}</h2>
        <ReminderToggle />
      </section>
      <BackupSection db={db} />
      <DeleteAll db={db} />
    </main>
  );
}
