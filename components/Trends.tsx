/**
 * Rhythms and trends (issue 16), the report's charts: the last twelve weeks (and the past year once there is a year
 * of data), families stacked, the week shown marked; the week's weekday x hour grid; one small chart per platform.
 * Own small SVG components (no chart library: a few hundred lines do it, and the report loads nothing more).
 * Every chart is an image with a summary for screen readers (role="img", aria-label) and a table one click away.
 * Colours are the theme's CSS variables (components/theme.css): dark mode and print follow them.
 */
import type { ComponentChildren } from 'preact';
import { FAMILIES, type Family } from '@/lib/concepts';
import { rollupsBetween, type LaborDB } from '@/lib/db';
import { dateFormat, formatDay, formatDuration, formatList, formatNumber, numberFormat } from '@/lib/format';
import { messageKey, plural, type Lang, type T } from '@/lib/i18n';
import { daysOf, type Period } from '@/lib/period';
import { busiestHour, hourGrid, platformSeries, weeklySeries, weeksPeriod, weekTimes, type HourGrid, type PlatformSeries, type WeekPoint } from '@/lib/trends';
import { useI18n } from './i18n';
import { platformName } from './names';
import { useLive } from './useLive';
import './trends.css';

const gestures = (t: T, lang: Lang, n: number) => plural(t, lang, 'popup_gestures', n, formatNumber(lang, n));
const familyName = (t: T, f: Family) => t(messageKey(`family_${f}`));
const hourName = (lang: Lang, h: number) => dateFormat(lang, { hour: 'numeric' }).format(new Date(2026, 0, 1, h));

/** Loads the week's data and draws the three charts. `week`: the report's week; `current`: today's week. */
export function Trends({ db, week, current }: { db: LaborDB; week: Period; current: Period }) {
  const { t } = useI18n();
  const { data } = useLive(async () => {
    const year = weeksPeriod(week.start, 52);
    const [rows, first, times] = await Promise.all([
      rollupsBetween(db, year.start, week.end),
      db.rollups.orderBy('day').first(),
      weekTimes(db, week),
    ]);
    return { week, rows, first: first?.day, grid: hourGrid(times, week) };
  }, [week.start]);
  if (!data) return null;
  const year = weeklySeries(data.rows, data.week.start, 52);
  const hasYear = !!data.first && data.first <= year[0]!.start;
  const inWeek = data.rows.filter((r) => r.day >= data.week.start && r.day <= data.week.end);
  const marked = week.start === current.start ? t('trend_marked_current') : t('trend_marked_shown');
  return (
    <section class="trends" aria-labelledby="trends-h" data-testid="trends">
      <h2 id="trends-h">{t('trend_title')}</h2>
      <FamilyLegend />
      <h3>{t('trend_weeks12_title')}</h3>
      <div class="trend-pair">
        <WeeksChart series={year.slice(-12)} metric="count" marked={marked} testid="trend-weeks" W={HALF} />
        <WeeksChart series={year.slice(-12)} metric="time" marked={marked} testid="trend-weeks-time" W={HALF} />
      </div>
      {hasYear && (
        <>
          <h3>{t('trend_year_title')}</h3>
          <WeeksChart series={year} metric="count" marked={marked} testid="trend-year" />
        </>
      )}
      <h3 id="trend-grid-h">{t('trend_grid_title')}</h3>
      <HourGridChart grid={data.grid} week={data.week} />
      <h3>{t('trend_platforms_title')}</h3>
      <PlatformMultiples series={platformSeries(inWeek, data.week)} week={data.week} />
    </section>
  );
}

/**
 * The week's hour grid on paper (components/PrintReport.tsx, a one-week period only): the same chart without its
 * table toggle, in the print stylesheet's colours.
 */
export function PrintHourGrid({ db, period }: { db: LaborDB; period: Period }) {
  const { t } = useI18n();
  const { data } = useLive(async () => ({ period, grid: hourGrid(await weekTimes(db, period), period) }), [period.start, period.end]);
  if (!data || daysOf(period).length !== 7) return null;
  return (
    <section class="trends print-trends" data-testid="print-hour-grid">
      <h2>{t('trend_grid_title')}</h2>
      <HourGridChart grid={data.grid} week={data.period} />
    </section>
  );
}

function FamilyLegend() {
  const { t } = useI18n();
  return (
    <ul class="trend-legend" aria-label={t('trend_legend')}>
      {FAMILIES.map((f) => (
        <li key={f}>
          <span class={`trend-swatch fam-${f}`} aria-hidden="true" />
          {familyName(t, f)}
        </li>
      ))}
    </ul>
  );
}

/** A table one click away: the chart's text equivalent. */
function TableToggle({ children, testid }: { children: ComponentChildren; testid: string }) {
  const { t } = useI18n();
  return (
    <details class="trend-table" data-testid={testid}>
      <summary>{t('trend_table_show')}</summary>
      <div class="table-wrap">{children}</div>
    </details>
  );
}

/** A round axis maximum: 1, 2 or 5 times a power of ten, at or above `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((v) => v >= max)!;
}
/** Time axis maximum in seconds: whole minutes or hours. */
function niceTime(max: number): number {
  if (max <= 60) return 60;
  if (max <= 3600) return niceMax(max / 60) * 60;
  return niceMax(max / 3600) * 3600;
}

/** The report's content width (entrypoints/report/style.css): charts are drawn at their size, so text is 11 px. */
const FULL = 920;
const HALF = 450;

const TIME_UNITS = ['minute', 'hour'] as const;
/** The last week's label ends at the chart's edge instead of spilling over it. */
const ANCHORS = ['middle', 'end'] as const;
/** An axis tick in time: "25 min", "2 h" (whole units, no seconds). */
const axisDuration = (lang: Lang, seconds: number) =>
  numberFormat(lang, {
    style: 'unit',
    unit: TIME_UNITS[Number(seconds >= 3600)],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(seconds >= 3600 ? seconds / 3600 : seconds / 60);

function WeeksChart({ series, metric, marked, testid, W = FULL }: { series: WeekPoint[]; metric: 'count' | 'time'; marked: string; testid: string; W?: number }) {
  const { t, lang } = useI18n();
  const value = (p: { count: number; measured: number; estimated: number }) => (metric === 'count' ? p.count : p.measured + p.estimated);
  const fmt = (v: number) => (metric === 'count' ? formatNumber(lang, v) : formatDuration(lang, v));
  const tick = (v: number) => (metric === 'count' ? formatNumber(lang, v) : axisDuration(lang, v));
  const fmtLong = (v: number) => (metric === 'count' ? gestures(t, lang, v) : formatDuration(lang, v));
  const caption = t(metric === 'count' ? 'trend_gestures_caption' : 'trend_time_caption');
  const total = series.reduce((a, p) => a + value(p), 0);
  const weekName = (p: WeekPoint) => formatDay(lang, p.start, { day: 'numeric', month: 'short' });
  if (total === 0)
    return (
      <figure class="trend-chart" data-testid={testid}>
        <figcaption>{caption}</figcaption>
        <p class="muted trend-empty" data-testid={`${testid}-empty`}>{t('trend_weeks_empty')}</p>
      </figure>
    );
  const n = series.length;
  const last = series[n - 1]!;
  const busiest = series.reduce((b, p) => (value(p) > value(b) ? p : b), series[0]!);
  const top = metric === 'count' ? niceMax(Math.max(...series.map(value))) : niceTime(Math.max(...series.map(value)));
  const H = 170;
  const L = 52;
  const R = 6;
  const T0 = 18;
  const B = 22;
  const ph = H - T0 - B;
  const band = (W - L - R) / n;
  const bw = Math.max(2, band * (n > 20 ? 0.8 : 0.66));
  const y = (v: number) => T0 + ph - (ph * v) / top;
  const every = Math.ceil(n / 8);
  const summary = t('trend_weeks_summary', caption, fmtLong(total), weekName(busiest), fmtLong(value(busiest)), `${marked} (${fmtLong(value(last))})`);
  return (
    <figure class="trend-chart" data-testid={testid}>
      <figcaption>{caption}</figcaption>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${W} ${H}`} width={W} height={H} class="trend-svg">
        {[0, top / 2, top].map((v) => (
          <g key={v} class="trend-axis">
            <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} />
            <text x={L - 6} y={y(v) + 4} text-anchor="end">{tick(v)}</text>
          </g>
        ))}
        <rect class="trend-mark" x={L + (n - 1) * band} y={2} width={band} height={H - B - 2} data-testid={`${testid}-mark`} />
        <text class="trend-mark-label" x={W - R} y={12} text-anchor="end">{t('trend_day_value', marked, fmt(value(last)))}</text>
        {series.map((p, i) => {
          let acc = 0;
          const x = L + i * band + (band - bw) / 2;
          return (
            <g key={p.start} data-week={p.start}>
              <title>{`${t('trend_day_value', t('trend_week_of', weekName(p)), fmtLong(value(p)))}`}</title>
              {FAMILIES.map((f) => {
                const v = value(p.byFamily[f]);
                if (v <= 0) return null;
                const y0 = y(acc);
                acc += v;
                return <rect key={f} class={`fam-${f}`} x={x} width={bw} y={y(acc)} height={Math.max(1, y0 - y(acc))} />;
              })}
              {(n - 1 - i) % every === 0 && (
                <text class="trend-x" x={i === n - 1 ? W - R : x + bw / 2} y={H - 6} text-anchor={ANCHORS[Number(i === n - 1)]}>{weekName(p)}</text>
              )}
            </g>
          );
        })}
      </svg>
      <TableToggle testid={`${testid}-table`}>
        <table>
          <caption class="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend_col_week')}</th>
              {FAMILIES.map((f) => <th key={f} scope="col" class="num">{familyName(t, f)}</th>)}
              <th scope="col" class="num">{t('trend_col_total')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.start} aria-current={p === last ? 'true' : undefined}>
                <th scope="row">{formatDay(lang, p.start)}</th>
                {FAMILIES.map((f) => <td key={f} class="num">{fmt(value(p.byFamily[f]))}</td>)}
                <td class="num">{fmt(value(p))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableToggle>
    </figure>
  );
}

function HourGridChart({ grid, week }: { grid: HourGrid; week: Period }) {
  const { t, lang } = useI18n();
  const days = daysOf(week);
  const caption = t('trend_grid_caption');
  const best = busiestHour(grid);
  if (!best)
    return (
      <p class="muted trend-empty" data-testid="trend-grid-empty">
        {t('trend_grid_empty')}
      </p>
    );
  const max = best.count;
  const dayLong = (i: number) => formatDay(lang, days[i]!, { weekday: 'long', day: 'numeric', month: 'long' });
  const L = 78;
  const Rt = 58;
  const T0 = 18;
  const W = FULL;
  const cw = (W - L - Rt) / 24;
  const ch = 22;
  const H = T0 + 7 * ch + 4;
  const summary = t('trend_grid_summary', caption, dayLong(best.day), hourName(lang, best.hour), gestures(t, lang, best.count));
  return (
    <figure class="trend-chart" data-testid="trend-grid">
      <figcaption>{caption}</figcaption>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${W} ${H}`} width={W} height={H} class="trend-svg">
        <text class="trend-x" x={W - 4} y={12} text-anchor="end">{t('trend_col_total')}</text>
        {[0, 3, 6, 9, 12, 15, 18, 21].map((h) => (
          <text key={h} class="trend-x" x={L + h * cw} y={12}>{hourName(lang, h)}</text>
        ))}
        {grid.map((row, d) => {
          const total = row.reduce((a, b) => a + b, 0);
          return (
            <g key={days[d]} data-day={days[d]}>
              <text class="trend-y" x={L - 8} y={T0 + d * ch + ch / 2 + 4} text-anchor="end">
                {formatDay(lang, days[d]!, { weekday: 'short', day: 'numeric' })}
              </text>
              {row.map((c, h) => (
                <rect
                  key={h}
                  class={c > 0 ? 'trend-cell' : 'trend-cell trend-cell-0'}
                  x={L + h * cw + 1}
                  y={T0 + d * ch + 1}
                  width={cw - 2}
                  height={ch - 2}
                  rx={3}
                  style={c > 0 ? { fillOpacity: (0.2 + (0.8 * c) / max).toFixed(2) } : undefined}
                >
                  <title>{t('trend_cell', dayLong(d), hourName(lang, h), gestures(t, lang, c))}</title>
                </rect>
              ))}
              <text class="trend-y" x={W - 4} y={T0 + d * ch + ch / 2 + 4} text-anchor="end">{formatNumber(lang, total)}</text>
            </g>
          );
        })}
      </svg>
      <p class="trend-scale muted" aria-hidden="true">
        {t('trend_grid_less')}
        {[0.2, 0.4, 0.6, 0.8, 1].map((o) => <span key={o} class="trend-cell-key" style={{ opacity: o }} />)}
        {t('trend_grid_more')}
      </p>
      <TableToggle testid="trend-grid-table">
        <table class="trend-hours">
          <caption class="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend_col_day')}</th>
              {grid[0]!.map((_, h) => <th key={h} scope="col" class="num">{hourName(lang, h)}</th>)}
              <th scope="col" class="num">{t('trend_col_total')}</th>
            </tr>
          </thead>
          <tbody>
            {grid.map((row, d) => (
              <tr key={days[d]}>
                <th scope="row">{formatDay(lang, days[d]!, { weekday: 'long' })}</th>
                {row.map((c, h) => <td key={h} class="num">{c ? formatNumber(lang, c) : ''}</td>)}
                <td class="num">{formatNumber(lang, row.reduce((a, b) => a + b, 0))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableToggle>
    </figure>
  );
}

function PlatformMultiples({ series, week }: { series: PlatformSeries[]; week: Period }) {
  const { t, lang } = useI18n();
  const days = daysOf(week);
  if (series.length === 0)
    return (
      <p class="muted trend-empty" data-testid="trend-platforms-empty">
        {t('trend_platforms_empty')}
      </p>
    );
  const w = 150;
  const h = 54;
  const B = 14;
  const bw = w / 7;
  return (
    <div data-testid="trend-platforms">
      <p class="muted trend-note">{t('trend_platforms_hint')}</p>
      <ul class="trend-multiples">
        {series.map((p) => {
          const max = Math.max(1, ...p.days);
          const summary = t(
            'trend_platform_summary',
            platformName(t, p.platform),
            gestures(t, lang, p.total),
            formatList(lang, p.days.map((c, i) => t('trend_day_value', formatDay(lang, days[i]!, { weekday: 'long' }), formatNumber(lang, c)))),
          );
          return (
            <li key={p.platform} data-platform={p.platform}>
              <span class="trend-multiple-name" title={platformName(t, p.platform)}>{platformName(t, p.platform)}</span>
              <span class="trend-multiple-total">{gestures(t, lang, p.total)}</span>
              <svg role="img" aria-label={summary} viewBox={`0 0 ${w} ${h}`} class="trend-svg">
                <line class="trend-base" x1={0} x2={w} y1={h - B} y2={h - B} />
                {p.days.map((c, i) => {
                  const bh = ((h - B - 4) * c) / max;
                  return (
                    <g key={i}>
                      {c > 0 && <rect class={`fam-${p.family}`} x={i * bw + bw * 0.15} width={bw * 0.7} y={h - B - bh} height={bh} rx={1.5} />}
                      <text class="trend-x" x={i * bw + bw / 2} y={h - 2} text-anchor="middle">
                        {formatDay(lang, days[i]!, { weekday: 'narrow' })}
                      </text>
                    </g>
                  );
                })}
              </svg>
            </li>
          );
        })}
      </ul>
      <TableToggle testid="trend-platforms-table">
        <table>
          <caption class="sr-only">{t('trend_platforms_title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend_col_platform')}</th>
              {days.map((d) => <th key={d} scope="col" class="num">{formatDay(lang, d, { weekday: 'short', day: 'numeric' })}</th>)}
              <th scope="col" class="num">{t('trend_col_total')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.platform}>
                <th scope="row">{platformName(t, p.platform)}</th>
                {p.days.map((c, i) => <td key={i} class="num">{formatNumber(lang, c)}</td>)}
                <td class="num">{formatNumber(lang, p.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableToggle>
    </div>
  );
}
