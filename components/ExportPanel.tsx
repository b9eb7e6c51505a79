import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { downloadText } from './download';
import { I18nProvider, useI18n } from './i18n';
import { PrintReport } from './PrintReport';
import { anonymize } from '@/lib/anonymize';
import { eventsBetween, type LaborDB } from '@/lib/db';
import { dayOf } from '@/lib/events';
import { daysCsv, reportMarkdown } from '@/lib/export';
import { formatDay, formatNumber } from '@/lib/format';
import { plural } from '@/lib/i18n';
import { addDays, daysOf, isDay, weekOf, type Period } from '@/lib/period';
import { buildReport, eventsCsv } from '@/lib/report';
import './print.css';

/** How many past weeks the week picker offers (older ones: the custom range). */
const WEEKS_OFFERED = 12;
/** A year and a day: past that a custom range is refused (it would mean tens of thousands of rows). */
const MAX_RANGE_DAYS = 366;

export type ExportKind = 'json' | 'csv' | 'csv-days' | 'markdown' | 'anon';

/** Builds one export of `period` from the stored events: `[filename, text, type]`. */
export async function buildExport(db: LaborDB, period: Period, kind: ExportKind, t: ReturnType<typeof useI18n>['t'], lang: ReturnType<typeof useI18n>['lang'] = 'en') {
  const events = await eventsBetween(db, period.start, period.end);
  const base = `travail-du-clic-${period.start}_${period.end}`;
  switch (kind) {
    case 'json':
      return [`${base}.json`, `${JSON.stringify(buildReport(events, period), null, 2)}\n`, 'application/json'] as const;
    case 'anon':
      return [`${base}-anonymous.json`, `${JSON.stringify(anonymize(buildReport(events, period)), null, 2)}\n`, 'application/json'] as const;
    case 'csv':
      return [`${base}.csv`, eventsCsv(events), 'text/csv'] as const;
    case 'csv-days':
      return [`${base}-days.csv`, daysCsv(events, period), 'text/csv'] as const;
    case 'markdown':
      return [`${base}.md`, reportMarkdown(buildReport(events, period), t, lang), 'text/markdown'] as const;
  }
}

/** The period the inputs describe, or the reason it is not one. */
export function periodOf(mode: 'week' | 'custom', week: string, start: string, end: string): Period | 'invalid' | 'too-long' {
  if (mode === 'week') return weekOf(week);
  if (!isDay(start) || !isDay(end) || end < start) return 'invalid';
  if (daysOf({ start, end }).length > MAX_RANGE_DAYS) return 'too-long';
  return { start, end };
}

/**
 * Export and print, for any of the last weeks or a custom range of days. Defaults to the week the report page shows
 * (`week`, a Monday), else the current week. The printable report of the chosen period is rendered in its own root for print.css.
 */
export function ExportPanel({ db, now = Date.now(), week: shown }: { db: LaborDB; now?: number; week?: string }) {
  const { t, lang } = useI18n();
  const thisWeek = weekOf(dayOf(now)).start;
  const [mode, setMode] = useState<'week' | 'custom'>('week');
  const [week, setWeek] = useState(shown ?? thisWeek);
  // Follows the week the report page shows (its week navigation), until the person picks another here.
  useEffect(() => {
    if (shown) setWeek(shown);
  }, [shown]);
  const [start, setStart] = useState(thisWeek);
  const [end, setEnd] = useState(dayOf(now));
  const [error, setError] = useState<string | null>(null);
  const period = periodOf(mode, week, start, end);
  const valid = typeof period === 'object';

  // The printable report, outside the app's root so the print stylesheet can show it alone.
  useEffect(() => {
    if (!valid) return;
    let root = document.querySelector<HTMLElement>('body > .print-root');
    if (!root) {
      root = document.createElement('div');
      root.className = 'print-root';
      document.body.append(root);
    }
    render(
      <I18nProvider lang={lang}>
        <PrintReport db={db} period={period} />
      </I18nProvider>,
      root,
    );
  }, [valid && period.start, valid && period.end, lang]);
  useEffect(() => () => document.querySelector('body > .print-root')?.remove(), []);

  const run = async (kind: ExportKind) => {
    if (!valid) return;
    try {
      setError(null);
      const [name, text, type] = await buildExport(db, period, kind, t, lang);
      downloadText(name, text, type);
    } catch (e) {
      setError(t('export_failed', (e as Error)?.message ?? String(e)));
    }
  };

  const weeks = Array.from({ length: WEEKS_OFFERED }, (_, i) => addDays(thisWeek, -7 * i));
  if (!weeks.includes(week)) weeks.push(week);
  const button = (kind: ExportKind, testid: string, label: string) => (
    <button type="button" data-testid={testid} disabled={!valid} onClick={() => void run(kind)}>
      {label}
    </button>
  );
  return (
    <section class="export-panel" data-testid="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('export_title')}</h2>
      <div class="export-period">
        <label>
          <input type="radio" name="export-mode" checked={mode === 'week'} onChange={() => setMode('week')} /> {t('export_week')}
        </label>
        <select data-testid="export-week" aria-label={t('export_week')} value={week} disabled={mode !== 'week'} onChange={(e) => setWeek(e.currentTarget.value)}>
          {weeks.map((w) => (
            <option key={w} value={w}>
              {t('export_week_of', formatDay(lang, w))}
            </option>
          ))}
        </select>
        <label>
          <input type="radio" name="export-mode" data-testid="export-custom" checked={mode === 'custom'} onChange={() => setMode('custom')} />{' '}
          {t('export_custom')}
        </label>
        <input type="date" data-testid="export-start" aria-label={t('export_from')} value={start} disabled={mode !== 'custom'} onChange={(e) => setStart(e.currentTarget.value)} />
        <input type="date" data-testid="export-end" aria-label={t('export_to')} value={end} disabled={mode !== 'custom'} onChange={(e) => setEnd(e.currentTarget.value)} />
      </div>
      {period === 'invalid' && <p class="alert" role="alert">{t('export_invalid_range')}</p>}
      {period === 'too-long' && <p class="alert" role="alert">{plural(t, lang, 'export_range_too_long', MAX_RANGE_DAYS, formatNumber(lang, MAX_RANGE_DAYS))}</p>}
      {error && <p class="alert" role="alert">{error}</p>}
      <div class="exports">
        {button('json', 'export-json', t('export_json'))}
        {button('csv', 'export-csv', t('export_csv'))}
        {button('csv-days', 'export-csv-days', t('export_csv_days'))}
        {button('markdown', 'export-markdown', t('export_markdown'))}
        {button('anon', 'export-anon', t('export_anon'))}
        <button type="button" data-testid="print" disabled={!valid} onClick={() => window.print()}>
          {t('export_print')}
        </button>
      </div>
      <p class="muted">{t('export_anon_help')}</p>
    </section>
  );
}
