/** Pieces of the report page: week navigation, day bars, tables, CAPTCHA labels and the sources panel. */
import { FAMILIES, VALUES } from '@/lib/concepts';
import { kindTime, payFor, type Wage } from '@/lib/estimates';
import { KINDS } from '@/lib/events';
import { SOURCES } from '@/lib/figure-sources';
import { FIGURE_IDS, FIGURES } from '@/lib/figures';
import { formatDay, formatDuration, formatFigure, formatMoney, formatNumber, formatPeriod, numberFormat } from '@/lib/format';
import { messageKey, plural } from '@/lib/i18n';
import { addDays, weekOf, type Period } from '@/lib/period';
import type { Summary } from '@/lib/report';
import { conceptAnchor } from './Breakdown';
import { useI18n } from './i18n';
import { labelName, platformName } from './names';
import { ownEstimates } from './Source';
import { wageName } from './Valuation';

/** `week` is the week asked for; `shown` the one on screen (the previous one while the next loads). */
export function WeekNav({ week, shown, current, onChange }: { week: Period; shown: Period; current: Period; onChange: (start: string) => void }) {
  const { t, lang } = useI18n();
  const isCurrent = week.start === current.start;
  return (
    <nav class="week-nav" aria-label={t('report_week_nav')}>
      <button type="button" data-testid="prev-week" onClick={() => onChange(addDays(week.start, -7))}>
        <span aria-hidden="true">← </span>
        {t('report_prev_week')}
      </button>
      <label>
        <span class="sr-only">{t('report_pick_week')}</span>
        <input
          type="date"
          data-testid="pick-week"
          value={week.start}
          max={current.end}
          title={t('report_pick_week')}
          onChange={(e) => {
            const v = (e.target as HTMLInputElement).value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(v)) onChange(weekOf(v).start);
          }}
        />
      </label>
      <button type="button" data-testid="next-week" disabled={isCurrent} onClick={() => onChange(addDays(week.start, 7))}>
        {t('report_next_week')}
        <span aria-hidden="true"> →</span>
      </button>
      {!isCurrent && (
        <button type="button" data-testid="this-week" onClick={() => onChange(current.start)}>
          {t('report_this_week')}
        </button>
      )}
      <span class="muted" aria-live="polite" data-testid="week-range">
        {formatPeriod(lang, shown)}
      </span>
    </nav>
  );
}

export function DayBars({ summary }: { summary: Summary }) {
  const { t, lang } = useI18n();
  const max = Math.max(1, ...summary.days.map((d) => d.count));
  return (
    <section aria-labelledby="days-h">
      <h2 id="days-h">{t('report_by_day')}</h2>
      <ol class="days" data-testid="days">
        {summary.days.map((d) => (
          <li key={d.date} aria-label={plural(t, lang, 'report_day_label', d.count, formatDay(lang, d.date, { weekday: 'long', day: 'numeric', month: 'long' }), formatNumber(lang, d.count))}>
            <span class="day-count" aria-hidden="true">{formatNumber(lang, d.count)}</span>
            <span class="day-bar" aria-hidden="true" style={{ height: `${(100 * d.count) / max}%` }} />
            <span class="day-name" aria-hidden="true">{formatDay(lang, d.date, { weekday: 'short', day: 'numeric' })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

const pct = (lang: 'en' | 'fr', n: number, total: number) =>
  numberFormat(lang, { style: 'percent' }).format(total ? n / total : 0);

export function Tables({ summary, wage }: { summary: Summary; wage: Wage }) {
  const { t, lang } = useI18n();
  const platforms = Object.entries(summary.byPlatform).sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
  const kinds = KINDS.filter((k) => summary.byKind[k].count > 0);
  const share = (prefix: 'family' | 'value', items: readonly string[], data: Record<string, { count: number; seconds: number }>) => (
    <table data-testid={`by-${prefix}`}>
      <caption>{t(prefix === 'family' ? 'report_by_family' : 'report_by_value')}</caption>
      <thead>
        <tr>
          <th scope="col">{t(prefix === 'family' ? 'report_col_family' : 'report_col_value')}</th>
          <th scope="col" class="num">{t('report_count')}</th>
          <th scope="col" class="num">{t('report_share')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((id) => (
          <tr key={id}>
            <th scope="row">
              <a href={`#${conceptAnchor(prefix, id)}`}>{t(messageKey(`${prefix}_${id}`))}</a>
            </th>
            <td class="num">{formatNumber(lang, data[id]!.count)}</td>
            <td class="num">{pct(lang, data[id]!.count, summary.totals.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <section aria-labelledby="by-kind-h">
        <h2 id="by-kind-h">{t('report_by_kind')}</h2>
        <div class="table-wrap">
          <table data-testid="by-kind">
            <thead>
              <tr>
                <th scope="col">{t('report_col_kind')}</th>
                <th scope="col" class="num">{t('report_count')}</th>
                <th scope="col" class="num">{t('report_seconds')}</th>
                <th scope="col" class="num">{t('report_estimated')}</th>
                <th scope="col" class="num">{t('report_pay', wageName(t, wage))}</th>
              </tr>
            </thead>
            <tbody>
              {kinds.map((k) => {
                const time = kindTime(k, summary.byKind[k], summary.captchas.passive);
                return (
                  <tr key={k} data-kind={k}>
                    <th scope="row">
                      <a href={`#${conceptAnchor('kind', k)}`}>{t(messageKey(`kind_${k}`))}</a>
                    </th>
                    <td class="num">{formatNumber(lang, summary.byKind[k].count)}</td>
                    <td class="num">{summary.byKind[k].timed > 0 ? formatDuration(lang, time.measured) : '–'}</td>
                    <td class="num est">{time.estimated > 0 ? formatDuration(lang, time.estimated) : '–'}</td>
                    <td class="num">{formatMoney(lang, payFor(time.measured + time.estimated, wage), wage.currency)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p class="muted small">{t('report_kind_note')}</p>
      </section>
      <section aria-labelledby="by-platform-h">
        <h2 id="by-platform-h">{t('report_by_platform')}</h2>
        <table data-testid="by-platform">
          <thead>
            <tr>
              <th scope="col">{t('report_col_platform')}</th>
              <th scope="col" class="num">{t('report_count')}</th>
              <th scope="col" class="num">{t('report_seconds')}</th>
            </tr>
          </thead>
          <tbody>
            {platforms.map(([p, v]) => (
              <tr key={p} data-platform={p}>
                <th scope="row">{platformName(t, p)}</th>
                <td class="num">{formatNumber(lang, v.count)}</td>
                <td class="num">{v.seconds > 0 ? formatDuration(lang, v.seconds) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="by-concept-h" class="two-tables">
        <h2 id="by-concept-h" class="sr-only">{t('report_by_concept')}</h2>
        {share('family', FAMILIES, summary.byFamily)}
        {share('value', VALUES, summary.byValue)}
      </section>
      {/* Ride and delivery apps are out of a browser's sight: said beside the family table, whatever the count. */}
      <p class="muted small" data-testid="on-demand-note">
        {t('report_on_demand_note')}
      </p>
    </>
  );
}

export function CaptchaLabels({ summary }: { summary: Summary }) {
  const { t, lang } = useI18n();
  const labels = Object.entries(summary.captchas.labels).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (labels.length === 0) return null;
  return (
    <table data-testid="captcha-labels">
      <caption>{t('report_captcha_labels')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report_col_label')}</th>
          <th scope="col" class="num">{t('report_col_asked')}</th>
        </tr>
      </thead>
      <tbody>
        {labels.map(([l, n]) => (
          <tr key={l}>
            <th scope="row">{labelName(t, l)}</th>
            <td class="num">{formatNumber(lang, n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every figure the page uses (the whole of lib/figures.ts, see Concepts.CARD_FIGURES), with its citation. */
export function SourcesPanel() {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="sources-h" class="sources" id="sources" data-testid="sources">
      <h2 id="sources-h">{t('sources_title')}</h2>
      <p class="muted">{t('sources_intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col" class="num">{t('sources_col_value')}</th>
            <th scope="col">{t('sources_col_figure')}</th>
            <th scope="col">{t('sources_col_source')}</th>
          </tr>
        </thead>
        <tbody>
          {FIGURE_IDS.map((id) => (
            <tr key={id} data-figure={id}>
              <td class="num">{formatFigure(lang, FIGURES[id])}</td>
              <th scope="row">{t(messageKey(`fig_${id}`))}</th>
              <td>
                <cite>{SOURCES[id]}</cite>
              </td>
            </tr>
          ))}
          <tr data-figure="own">
            <td class="num">–</td>
            <th scope="row">{t('sources_own')}</th>
            <td>{ownEstimates(t, lang)}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <cite>{t('sources_book')}</cite>
      </p>
    </section>
  );
}

