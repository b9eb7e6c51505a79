import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { labelName, platformName } from '@/components/names';
import type { SheetSpec } from '@/components/sheet-image';
import { ownEstimates } from '@/components/Source';
import { useLive } from '@/components/useLive';
import { useSettings } from '@/components/useSettings';
import { wageName } from '@/components/Valuation';
import { FAMILIES } from '@/lib/concepts';
import { rollupsBetween, type LaborDB } from '@/lib/db';
import { wageOf, type Wage } from '@/lib/estimates';
import { dayOf } from '@/lib/events';
import { SOURCES } from '@/lib/figure-sources';
import { dateFormat, formatDay, formatDuration, formatMoney, formatNumber, formatPeriod, formatRate } from '@/lib/format';
import { messageKey, plural, type Lang, type T } from '@/lib/i18n';
import { parseDay } from '@/lib/period';
import { yearPeriod, yearReview, type YearReview } from '@/lib/year';
import '@/components/payslip.css';

/** The year in the address (`year.html?year=2025`), the current one by default; never a future one. */
function initialYear(now: number): number {
  const current = new Date(now).getFullYear();
  const asked = Number(new URLSearchParams(location.search).get('year'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= current ? asked : current;
}

const approx = (lang: Lang, amount: number, currency: string) => {
  const m = formatMoney(lang, amount, currency);
  return amount === 0 || m.startsWith('<') ? m : `≈ ${m}`;
};

/** Everything the year page says, as text: the page and its image say the same. */
export function yearText(y: YearReview, wage: Wage, t: T, lang: Lang) {
  const s = y.summary;
  const hours = y.time.measured + y.time.estimated;
  const money = (n: number) => formatMoney(lang, n, wage.currency);
  const month = (m: number) => dateFormat(lang, { month: 'short' }).format(new Date(y.year, m, 15));
  const solved = s.captchas.solved;
  return {
    title: t('year_title', String(y.year)),
    period: formatPeriod(lang, y.period),
    hoursLabel: t('year_hours_label'),
    hours: formatDuration(lang, hours),
    glance:
      s.totals.count === 0
        ? t('year_empty')
        : t(
            'year_glance',
            plural(t, lang, 'year_gestures', s.totals.count, formatNumber(lang, s.totals.count)),
            plural(t, lang, 'year_days', y.activeDays, formatNumber(lang, y.activeDays)),
            approx(lang, y.gross, wage.currency),
            wageName(t, wage),
            money(y.paid),
          ),
    timeSplit: t('year_time_split', formatDuration(lang, y.time.measured), formatDuration(lang, y.time.estimated)),
    pay: t('year_pay', approx(lang, y.gross, wage.currency), wageName(t, wage)),
    paid: t('year_paid', money(y.paid)),
    topWeek: y.topWeek
      ? plural(t, lang, 'year_top_week_value', y.topWeek.count, formatDay(lang, y.topWeek.start, { day: 'numeric', month: 'long' }), formatNumber(lang, y.topWeek.count))
      : '–',
    captchas:
      solved + s.captchas.passive === 0
        ? t('year_no_captcha')
        : t(
            'year_captchas_value',
            plural(t, lang, 'year_captchas', solved, formatNumber(lang, solved)),
            formatDuration(lang, s.captchas.seconds),
            plural(t, lang, 'year_rounds', s.captchas.rounds, formatNumber(lang, s.captchas.rounds)),
          ),
    platforms: y.platforms.slice(0, 5).map(([p]) => platformName(t, p)).join(', ') || '–',
    labels: y.labels.slice(0, 10).map(([l, n]) => [labelName(t, l), formatNumber(lang, n)] as [string, string]),
    months: y.months.map((m) => ({ label: month(m.month), value: m.count, text: m.count ? formatNumber(lang, m.count) : '' })),
    families: FAMILIES.map((f) => [t(messageKey(`family_${f}`)), formatNumber(lang, s.byFamily[f].count), s.byFamily[f].seconds > 0 ? formatDuration(lang, s.byFamily[f].seconds) : '–']),
    notes: [
      `${t('payslip_note_time')}${y.own ? ` ${ownEstimates(t, lang)}` : ''}`,
      ...(wage.figure ? [`${t('payslip_note_rate', wageName(t, wage), `${formatRate(lang, wage.rate, wage.currency)}/h`)} ${SOURCES[wage.figure]}.`] : []),
      t('payslip_note_book'),
      t('payslip_note_local'),
    ],
  };
}

export function yearSheet(y: YearReview, wage: Wage, t: T, lang: Lang): SheetSpec {
  const x = yearText(y, wage, t, lang);
  return {
    brand: t('extName'),
    title: x.title,
    subtitle: x.period,
    headline: { label: x.hoursLabel, value: x.hours },
    glance: x.glance,
    meta: [
      [t('year_top_week'), x.topWeek],
      [t('year_captchas_title'), x.captchas],
      [t('year_pay_label'), `${x.pay}. ${x.paid}`],
      [t('year_platforms'), x.platforms],
    ],
    bars: { title: t('year_by_month'), items: x.months },
    tables: [
      {
        title: t('year_by_family'),
        table: { columns: [t('year_col_family'), t('payslip_col_gestures'), t('payslip_col_measured')], numeric: [false, true, true], widths: [0.6, 0.2, 0.2], groups: [{ rows: x.families }], foot: [] },
      },
      ...(x.labels.length
        ? [{ title: t('year_labels_title'), table: { columns: [t('year_col_label'), t('year_col_asked')], numeric: [false, true], widths: [0.7, 0.3], groups: [{ rows: x.labels }], foot: [] } }]
        : []),
    ],
    notes: x.notes,
  };
}

export function Year({ db, now = Date.now() }: { db: LaborDB; now?: number }) {
  const { t, lang } = useI18n();
  const settings = useSettings();
  const today = dayOf(now);
  const current = new Date(now).getFullYear();
  const [year, setYear] = useState(() => initialYear(now));
  const period = yearPeriod(year, today);
  const { data, error } = useLive(async () => ({ year, rows: await rollupsBetween(db, period.start, period.end) }), [year, period.end]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  if (error) return <p class="alert" role="alert">{error.message}</p>;
  if (!data || !settings) return <p aria-busy="true">{t('popup_loading')}</p>;
  const wage = wageOf(settings, lang);
  const y = yearReview(data.rows, data.year, today, wage);
  const x = yearText(y, wage, t, lang);
  const max = Math.max(1, ...y.months.map((m) => m.count));
  const go = (n: number) => {
    setYear(n);
    const url = new URL(location.href);
    url.searchParams.set('year', String(n));
    history.replaceState(null, '', url);
  };
  const saveImage = async () => {
    setFailed(false);
    const { drawSheet, savePng } = await import('@/components/sheet-image');
    if (!canvas.current || !drawSheet(canvas.current, yearSheet(y, wage, t, lang))) return setFailed(true);
    await savePng(canvas.current, `${t('year_file')}-${y.year}.png`).catch(() => setFailed(true));
  };
  const future = parseDay(`${year + 1}-01-01`).getTime() > now;

  return (
    <main class="year" data-testid="year">
      <nav class="year-nav ps-no-print" aria-label={t('year_nav')}>
        <a href={browser.runtime.getURL('/report.html')}>{t('year_back')}</a>
        <button type="button" data-testid="year-prev" onClick={() => go(year - 1)}>
          <span aria-hidden="true">← </span>
          {String(year - 1)}
        </button>
        <button type="button" data-testid="year-next" disabled={future || year >= current} onClick={() => go(year + 1)}>
          {String(year + 1)}
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" data-testid="year-image" onClick={() => void saveImage()}>
          {t('payslip_save_image')}
        </button>
        <button type="button" data-testid="year-print" onClick={() => window.print()}>
          {t('year_print')}
        </button>
        {failed && (
          <span role="alert" class="alert">
            {t('payslip_image_failed')}
          </span>
        )}
      </nav>
      <article class="year-sheet payslip" aria-labelledby="year-h">
        <header class="ps-head">
          <div>
            <p class="ps-brand">{t('extName')}</p>
            <h1 id="year-h">{x.title}</h1>
            <p class="ps-period">{x.period}</p>
          </div>
          <p class="ps-net-big" data-testid="year-hours">
            <span class="ps-net-label">{x.hoursLabel}</span> <strong>{x.hours}</strong>
          </p>
        </header>
        <p class="ps-glance" data-testid="year-glance">
          {x.glance}
        </p>
        <dl class="year-tiles">
          <div data-testid="year-top-week">
            <dt>{t('year_top_week')}</dt>
            <dd>{x.topWeek}</dd>
          </div>
          <div data-testid="year-captchas">
            <dt>{t('year_captchas_title')}</dt>
            <dd>{x.captchas}</dd>
          </div>
          <div data-testid="year-pay">
            <dt>{t('year_pay_label')}</dt>
            <dd>
              {x.pay} <strong class="year-paid">{x.paid}</strong>
              <span class="year-split">{x.timeSplit}</span>
            </dd>
          </div>
          <div>
            <dt>{t('year_platforms')}</dt>
            <dd>{x.platforms}</dd>
          </div>
        </dl>
        <section aria-labelledby="year-months-h">
          <h2 id="year-months-h">{t('year_by_month')}</h2>
          <ol class="year-months" data-testid="year-months">
            {y.months.map((m, i) => (
              <li key={m.month} aria-label={plural(t, lang, 'year_month_label', m.count, dateFormat(lang, { month: 'long' }).format(new Date(y.year, m.month, 15)), formatNumber(lang, m.count))}>
                <span class="year-month-count" aria-hidden="true">
                  {x.months[i]!.text}
                </span>
                <span class="year-month-bar" aria-hidden="true" style={{ height: `${(100 * m.count) / max}%` }} />
                <span class="year-month-name" aria-hidden="true">
                  {x.months[i]!.label}
                </span>
              </li>
            ))}
          </ol>
        </section>
        <div class="year-columns">
          <table data-testid="year-families">
            <caption>{t('year_by_family')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('year_col_family')}</th>
                <th scope="col" class="num">{t('payslip_col_gestures')}</th>
                <th scope="col" class="num">{t('payslip_col_measured')}</th>
              </tr>
            </thead>
            <tbody>
              {x.families.map(([f, n, s]) => (
                <tr key={f}>
                  <th scope="row">{f}</th>
                  <td class="num">{n}</td>
                  <td class="num">{s}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table data-testid="year-labels">
            <caption>{t('year_labels_title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('year_col_label')}</th>
                <th scope="col" class="num">{t('year_col_asked')}</th>
              </tr>
            </thead>
            <tbody>
              {x.labels.length === 0 ? (
                <tr>
                  <td colSpan={2} class="muted">
                    {t('year_no_labels')}
                  </td>
                </tr>
              ) : (
                x.labels.map(([l, n]) => (
                  <tr key={l}>
                    <th scope="row">{l}</th>
                    <td class="num">{n}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <ol class="ps-notes">
          {x.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ol>
      </article>
      <canvas ref={canvas} class="ps-canvas" data-testid="year-canvas" aria-label={t('year_image_label')} hidden />
    </main>
  );
}
