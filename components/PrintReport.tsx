import { useI18n } from './i18n';
import { labelName, platformName } from './names';
import { PrintHourGrid } from './Trends';
import { useLive } from './useLive';
import { FAMILIES, VALUES } from '@/lib/concepts';
import { rollupsBetween, type LaborDB } from '@/lib/db';
import { timeOf } from '@/lib/estimates';
import { formatDay, formatDuration, formatNumber } from '@/lib/format';
import { messageKey, plural } from '@/lib/i18n';
import type { Period } from '@/lib/period';
import { summarize } from '@/lib/report';

/**
 * The printable report of one period: what "Save as PDF" gives, on one or two A4 pages. It lives in its own root
 * at the end of <body> (ExportPanel puts it there), hidden on screen; the print stylesheet (print.css) hides
 * everything else, so the paper copy does not depend on how the report page is laid out.
 */
export function PrintReport({ db, period }: { db: LaborDB; period: Period }) {
  const { t, lang } = useI18n();
  const { data: rows } = useLive(() => rollupsBetween(db, period.start, period.end), [period.start, period.end]);
  if (!rows) return null;
  const s = summarize(rows, period);
  const time = timeOf(s);
  const max = Math.max(1, ...s.days.map((d) => d.count));
  const total = Math.max(1, s.totals.count);
  const labels = Object.entries(s.captchas.labels).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const platforms = Object.entries(s.byPlatform).sort((a, b) => b[1].count - a[1].count);
  // Past two weeks, a bar per day no longer fits the width: the chart then shows the days with gestures only.
  const days = s.days.length <= 14 ? s.days : s.days.filter((d) => d.count > 0).slice(0, 31);
  return (
    <article class="print-report" data-testid="print-report">
      <h1>{t('print_title', formatDay(lang, period.start, { dateStyle: 'long' }), formatDay(lang, period.end, { dateStyle: 'long' }))}</h1>
      <p class="print-headline">
        {plural(t, lang, 'print_gestures', s.totals.count, formatNumber(lang, s.totals.count))} · {t('print_measured', formatDuration(lang, time.measured))}
        {time.estimated > 0 && ` ${t('print_estimated', formatDuration(lang, time.estimated))}`}
      </p>
      <h2>{t('export_md_by_day')}</h2>
      <ol class="print-days">
        {days.map((d) => (
          <li key={d.date}>
            <span class="print-day-count">{formatNumber(lang, d.count)}</span>
            <span class="print-day-bar" style={{ height: `${Math.round((60 * d.count) / max)}px` }} />
            <span class="print-day-name">{formatDay(lang, d.date, s.days.length <= 7 ? { weekday: 'short' } : { day: 'numeric', month: 'numeric' })}</span>
          </li>
        ))}
      </ol>
      <PrintHourGrid db={db} period={period} />
      <div class="print-breakdowns">
        {(
          [
            ['export_md_by_family', 'family', FAMILIES, s.byFamily as Record<string, { count: number }>],
            ['export_md_by_value', 'value', VALUES, s.byValue as Record<string, { count: number }>],
          ] as const
        ).map(([title, prefix, ids, data]) => (
          <section key={prefix}>
            <h2>{t(title)}</h2>
            <table>
              <tbody>
                {ids.map((id) => (
                  <tr key={id}>
                    <th scope="row">{t(messageKey(`${prefix}_${id}`))}</th>
                    <td class="print-bar">
                      <span style={{ width: `${Math.round((100 * (data[id]?.count ?? 0)) / total)}%` }} />
                    </td>
                    <td class="num">{formatNumber(lang, (data[id]?.count ?? 0))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <div class="print-columns">
        <section>
          <h2>{t('export_md_by_platform')}</h2>
          {platforms.length === 0 ? (
            <p>–</p>
          ) : (
            <ul>
              {platforms.map(([p, v]) => (
                <li key={p}>{t('list_item_value', platformName(t, p), formatNumber(lang, v.count))}</li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2>{t('print_captcha_labels')}</h2>
          <p>
            {t(
              'captcha_line',
              plural(t, lang, 'captcha_count', s.captchas.solved, formatNumber(lang, s.captchas.solved)),
              plural(t, lang, 'captcha_rounds', s.captchas.rounds, formatNumber(lang, s.captchas.rounds)),
            )}
          </p>
          {labels.length > 0 && (
            <ul>
              {labels.map(([l, n]) => (
                <li key={l}>{t('list_item_value', labelName(t, l), formatNumber(lang, n))}</li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section class="print-concepts">
        <h2>{t('print_concepts_title')}</h2>
        <dl>
          {FAMILIES.map((f) => (
            <div key={f}>
              <dt>{t(messageKey(`family_${f}`))}</dt>
              <dd>{t(messageKey(`print_family_${f}`))}</dd>
            </div>
          ))}
          {VALUES.map((v) => (
            <div key={v}>
              <dt>{t(messageKey(`value_${v}`))}</dt>
              <dd>{t(messageKey(`print_value_${v}`))}</dd>
            </div>
          ))}
        </dl>
        <p class="print-source">{t('print_source')}</p>
      </section>
    </article>
  );
}
