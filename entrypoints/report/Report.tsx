import { Breakdown } from '@/components/Breakdown';
import { downloadText } from '@/components/download';
import { useI18n } from '@/components/i18n';
import { useLive } from '@/components/useLive';
import { eventsBetween, rollupsBetween, type LaborDB } from '@/lib/db';
import { dayOf, KINDS } from '@/lib/events';
import { formatDay, formatDuration, formatNumber } from '@/lib/format';
import { messageKey } from '@/lib/i18n';
import { weekOf, type Period } from '@/lib/period';
import { buildReport, eventsCsv, summarize } from '@/lib/report';

export async function exportJson(db: LaborDB, period: Period) {
  const report = buildReport(await eventsBetween(db, period.start, period.end), period);
  downloadText(`travail-du-clic-${period.start}_${period.end}.json`, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
}

export async function exportCsv(db: LaborDB, period: Period) {
  downloadText(`travail-du-clic-${period.start}_${period.end}.csv`, eventsCsv(await eventsBetween(db, period.start, period.end)), 'text/csv');
}

export function Report({ db, now = Date.now() }: { db: LaborDB; now?: number }) {
  const { t, lang } = useI18n();
  const week = weekOf(dayOf(now));
  const { data: rows, error } = useLive(() => rollupsBetween(db, week.start, week.end), [week.start]);
  if (error) return <p class="alert" role="alert">{error.message}</p>;
  if (!rows) return <p aria-busy="true">{t('popup_loading')}</p>;
  const s = summarize(rows, week);
  const max = Math.max(1, ...s.days.map((d) => d.count));
  const platforms = Object.entries(s.byPlatform).sort((a, b) => b[1].count - a[1].count);

  return (
    <main class="report">
      <header>
        <h1>{t('report_title', formatDay(lang, week.start, { dateStyle: 'long' }))}</h1>
        <div class="exports">
          <button type="button" data-testid="export-json" onClick={() => void exportJson(db, week)}>
            {t('report_export_json')}
          </button>
          <button type="button" data-testid="export-csv" onClick={() => void exportCsv(db, week)}>
            {t('report_export_csv')}
          </button>
        </div>
      </header>
      {s.totals.count === 0 && <p data-testid="report-empty">{t('report_empty')}</p>}
      <section>
        <h2>{t('report_by_day')}</h2>
        <ol class="days" data-testid="days">
          {s.days.map((d) => (
            <li key={d.date}>
              <span class="day-bar" style={{ height: `${(100 * d.count) / max}%` }} />
              <span class="day-count">{formatNumber(lang, d.count)}</span>
              <span class="day-name">{formatDay(lang, d.date, { weekday: 'short' })}</span>
            </li>
          ))}
        </ol>
      </section>
      <Breakdown summary={s} />
      <section>
        <h2>{t('report_by_kind')}</h2>
        <table data-testid="by-kind">
          <thead>
            <tr>
              <th />
              <th class="num">{t('report_count')}</th>
              <th class="num">{t('report_seconds')}</th>
            </tr>
          </thead>
          <tbody>
            {KINDS.filter((k) => s.byKind[k].count > 0).map((k) => (
              <tr key={k}>
                <th scope="row">{t(messageKey(`kind_${k}`))}</th>
                <td class="num">{formatNumber(lang, s.byKind[k].count)}</td>
                <td class="num">{s.byKind[k].timed > 0 ? formatDuration(lang, s.byKind[k].seconds) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('report_by_platform')}</h2>
        <table data-testid="by-platform">
          <tbody>
            {platforms.map(([p, v]) => (
              <tr key={p}>
                <th scope="row">{p}</th>
                <td class="num">{formatNumber(lang, v.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {s.captchas.solved > 0 && <p>{t('report_captchas', s.captchas.solved, s.captchas.rounds)}</p>}
      </section>
    </main>
  );
}
