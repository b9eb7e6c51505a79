/**
 * The week as a small line (one point a day) and one line comparing it with last week ("+12 % vs last week").
 * Pure: props only, no database, so the popup draws it from its small storage summary (the popup loads no Dexie).
 * Colours are the theme's CSS variables (components/theme.css) set inline, so it needs no stylesheet of its own.
 */
import type { ComponentChildren } from 'preact';
import { formatDay, formatList, formatNumber, numberFormat } from '@/lib/format';
import { plural } from '@/lib/i18n';
import { useI18n } from './i18n';

export interface SparklineProps {
  /** The seven days of the week, oldest first: local day (YYYY-MM-DD) and gestures that day. */
  days: readonly { date: string; count: number }[];
  /** Today's local day: later days of the week have not happened and are not drawn. Default: draw all seven. */
  today?: string;
  /** Gestures this week, and last week (for a fair comparison, last week up to the same weekday). */
  thisWeek: number;
  lastWeek: number;
}

const W = 112;
/** The line's height; the weekday initials go below it. */
const H = 24;
const PAD = 3;

/** this week vs last week as a ratio (0.12 = +12 %); null when last week had nothing to compare with. */
export const weekChange = (thisWeek: number, lastWeek: number): number | null =>
  lastWeek > 0 ? (thisWeek - lastWeek) / lastWeek : null;

export function Sparkline({ days, today, thisWeek, lastWeek }: SparklineProps) {
  const { t, lang } = useI18n();
  const shown = today ? days.filter((d) => d.date <= today) : days;
  const max = Math.max(1, ...shown.map((d) => d.count));
  const step = (W - 2 * PAD) / Math.max(1, days.length - 1);
  const pts = shown.map((d, i) => [PAD + i * step, H - PAD - ((H - 2 * PAD) * d.count) / max] as const);
  const line = pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const last = pts[pts.length - 1];
  const label = t(
    'trend_spark_label',
    formatList(
      lang,
      shown.map((d) => t('trend_day_value', formatDay(lang, d.date, { weekday: 'long' }), formatNumber(lang, d.count))),
    ),
  );
  const change = weekChange(thisWeek, lastWeek);
  const pct = (r: number) =>
    numberFormat(lang, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(r);
  let text: ComponentChildren;
  if (thisWeek === 0 && lastWeek === 0) text = t('trend_empty_week');
  else if (change === null) text = t('trend_vs_none');
  else {
    // The figure in bold, where the language puts it: what the eye should catch first.
    const figure = pct(change);
    const [before, after] = t('trend_vs_last', '\u0000').split('\u0000');
    text = (
      <>
        {before}
        <strong>{figure}</strong>
        {after}
      </>
    );
  }
  return (
    <p class="sparkline" data-testid="sparkline" style={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-start', gap: '10px', margin: '6px 0', textAlign: 'left' }}>
      <svg role="img" aria-label={label} width={W} height={H + 12} viewBox={`0 0 ${W} ${H + 12}`} style={{ flex: 'none', overflow: 'visible' }}>
        <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} style={{ stroke: 'var(--line)', strokeWidth: 1 }} />
        {/* The whole week's days as initials, today's in bold: a Monday's single point still reads as one day of seven. */}
        {days.map((d, i) => (
          <text
            key={d.date}
            x={PAD + i * step}
            y={H + 10}
            text-anchor="middle"
            style={{ fill: 'var(--muted)', font: '9px system-ui, sans-serif', fontWeight: d.date === (today ?? days[days.length - 1]?.date) ? 700 : 400 }}
          >
            {formatDay(lang, d.date, { weekday: 'narrow' })}
          </text>
        ))}
        {pts.length > 1 && (
          <>
            <polygon
              points={`${PAD},${H - PAD} ${line} ${last![0].toFixed(1)},${H - PAD}`}
              style={{ fill: 'var(--accent)', fillOpacity: 0.15, stroke: 'none' }}
            />
            <polyline points={line} style={{ fill: 'none', stroke: 'var(--accent)', strokeWidth: 2, strokeLinejoin: 'round', strokeLinecap: 'round' }} />
          </>
        )}
        {/* One day only (a Monday): a stem from the baseline, so the lone point reads as a value, not a speck. */}
        {pts.length === 1 && (
          <line x1={last![0]} x2={last![0]} y1={H - PAD} y2={last![1]} style={{ stroke: 'var(--accent)', strokeWidth: 2 }} data-testid="spark-stem" />
        )}
        {last && <circle cx={last[0]} cy={last[1]} r={3} style={{ fill: 'var(--accent)' }} data-testid="spark-today" />}
      </svg>
      <span data-testid="spark-change" title={plural(t, lang, 'trend_last_week_total', lastWeek, formatNumber(lang, lastWeek))}>
        {text}
      </span>
    </p>
  );
}
