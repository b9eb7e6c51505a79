/**
 * The unpaid payslip (issue 16): the week's work laid out like a real pay stub, the report's headline. The same
 * model (lib/payslip.ts) gives the page, the printed page (payslip.css, one A4 page) and the PNG image
 * (sheet-image.ts), in full or anonymised (families only, no site name: a classroom poster).
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { FAMILY_CHAPTERS, type Family } from '@/lib/concepts';
import type { Wage } from '@/lib/estimates';
import { SOURCES } from '@/lib/figure-sources';
import { FIGURES } from '@/lib/figures';
import { formatDuration, formatFigure, formatMoney, formatNumber, formatPeriod, formatRate, numberFormat } from '@/lib/format';
import { messageKey, plural, type Lang, type T } from '@/lib/i18n';
import { buildPayslip, type PayAmounts, type Payslip as Model } from '@/lib/payslip';
import type { Period } from '@/lib/period';
import type { Row } from '@/lib/report';
import { useI18n } from './i18n';
import { platformName } from './names';
import type { SheetSpec } from './sheet-image';
import { ownEstimates } from './Source';
import { wageName } from './Valuation';
import './payslip.css';

const dash = '–';
/**
 * One A4 page in table rows of the print stylesheet: the page holds about 60, the head, the values and the notes
 * take about 36 (measured on the printed payslip of tests/e2e/payslip.e2e.ts, 17 rows, with room to spare).
 */
const PRINT_CAPACITY = 58;
const PRINT_FIXED = 36;
/** The families' colours of theme.css (light), for the image. */
const FAMILY_INK: Record<Family, string> = { social: '#2f6fb0', micro: '#b3361b', 'on-demand': '#7a5b00' };
const dur = (lang: Lang, s: number) => (s > 0 ? formatDuration(lang, s) : dash);
/** "≈ €0.05", but "< €0.01" and "€0.00" as they are (same rule as the report's pay line). */
const approx = (lang: Lang, amount: number, currency: string) => {
  const m = formatMoney(lang, amount, currency);
  return amount === 0 || m.startsWith('<') ? m : `≈ ${m}`;
};

/** Everything the payslip says, as text: shared by the page and the image so they never differ. */
export function payslipText(p: Model, t: T, lang: Lang) {
  const cur = p.wage.currency;
  const money = (n: number) => formatMoney(lang, n, cur);
  const rate = `${formatRate(lang, p.wage.rate, cur)}/h`;
  const hours = p.total.measured + p.total.estimated;
  const cells = (label: string, a: PayAmounts, withRate = true) => [
    label,
    formatNumber(lang, a.count),
    dur(lang, a.measured),
    dur(lang, a.estimated),
    withRate ? rate : '',
    money(a.gross),
  ];
  const shown = 5;
  const names = p.employers.map((e) => platformName(t, e));
  const employers = p.anonymized
    ? t('payslip_employer_anon')
    : names.length > shown
      ? plural(t, lang, 'payslip_employers_more', names.length - shown, names.slice(0, shown).join(', '), formatNumber(lang, names.length - shown))
      : names.join(', ') || dash;
  const notes = [
    `¹ ${t('payslip_note_time')}${p.own ? ` ${ownEstimates(t, lang)}` : ''}`,
    ...p.figures.filter((f) => f !== p.wage.figure).map((f) => `¹ ${t('payslip_note_figure', formatFigure(lang, FIGURES[f]), SOURCES[f])}`),
    `² ${t('payslip_note_rate', wageName(t, p.wage), rate)}${p.wage.figure ? ` ${SOURCES[p.wage.figure]}.` : ''}`,
    `³ ${t('payslip_note_book')}`,
    t('payslip_note_local'),
  ];
  return {
    title: t('payslip_title'),
    period: formatPeriod(lang, p.period),
    netLabel: t('payslip_net'),
    grossHead: p.total.count === 0 ? '' : `${t('payslip_gross_total')} ${approx(lang, p.total.gross, cur)}`,
    net: money(p.net),
    glance:
      p.total.count === 0
        ? t('payslip_glance_empty')
        : t('payslip_glance', formatDuration(lang, hours), plural(t, lang, 'payslip_gestures', p.total.count, formatNumber(lang, p.total.count)), approx(lang, p.total.gross, cur), wageName(t, p.wage), money(p.paid)),
    meta: [
      [t('payslip_employer'), employers],
      [t('payslip_employee'), t('payslip_employee_value')],
      [t('payslip_job'), t('payslip_job_value')],
      [t('payslip_contract'), t('payslip_contract_value')],
    ] as [string, string][],
    columns: [t('payslip_col_item'), t('payslip_col_gestures'), t('payslip_col_measured'), `${t('payslip_col_estimated')} ¹`, `${t('payslip_col_rate')} ²`, t('payslip_col_gross')],
    // Anonymised, a family is one line under its own name: no heading repeating it.
    sections: p.sections.map((s) => {
      const name = `${t(messageKey(`family_${s.family}`))} ³ (${FAMILY_CHAPTERS[s.family]})`;
      return {
        family: s.family,
        heading: p.anonymized ? undefined : name,
        rows: s.lines.map((l) => cells(l.platform ? platformName(t, l.platform) : name, l)),
        subtotal: p.anonymized ? undefined : cells(t('payslip_subtotal'), s, false),
      };
    }),
    gross: cells(t('payslip_gross_total'), p.total, false),
    paid: [t('payslip_paid'), '', '', '', '', money(p.paid)],
    netRow: [t('payslip_net'), '', '', '', '', money(p.net)],
    valuesTitle: t('payslip_values_title'),
    valueColumns: [t('payslip_col_value'), t('payslip_col_gestures'), t('payslip_col_share'), t('payslip_col_gross')],
    values: p.values.map((v) => [
      `${t(messageKey(`value_${v.value}`))} ³`,
      formatNumber(lang, v.count),
      numberFormat(lang, { style: 'percent' }).format(p.total.count ? v.count / p.total.count : 0),
      money(v.gross),
    ]),
    notes,
  };
}

export function payslipSheet(p: Model, t: T, lang: Lang): SheetSpec {
  const x = payslipText(p, t, lang);
  return {
    brand: t('extName'),
    title: x.title,
    subtitle: x.period,
    headline: { label: x.netLabel, value: x.net, above: x.grossHead },
    glance: x.glance,
    meta: x.meta,
    tables: [
      {
        table: {
          columns: x.columns,
          numeric: [false, true, true, true, true, true],
          widths: [0.25, 0.11, 0.16, 0.18, 0.14, 0.16],
          groups: x.sections.map((s) => ({ heading: s.heading, color: FAMILY_INK[s.family], rows: s.rows, subtotal: s.subtotal })),
          foot: [{ cells: x.gross }, { cells: x.paid }, { cells: x.netRow, strong: true }],
        },
      },
      {
        title: x.valuesTitle,
        table: { columns: x.valueColumns, numeric: [false, true, true, true], widths: [0.4, 0.2, 0.2, 0.2], groups: [{ rows: x.values }], foot: [] },
      },
    ],
    notes: x.notes,
  };
}

/** The week's payslip: `rows` are the period's rollups (lib/db.ts rollupsBetween). */
export function Payslip({ rows, period, wage, fileName }: { rows: Row[]; period: Period; wage: Wage; fileName?: string }) {
  const { t, lang } = useI18n();
  const [anonymized, setAnonymized] = useState(false);
  const [failed, setFailed] = useState(false);
  const canvas = useRef<HTMLCanvasElement>(null);
  const p = useMemo(() => buildPayslip(rows, period, wage, { anonymized }), [rows, period.start, period.end, wage, anonymized]);
  const x = payslipText(p, t, lang);

  const saveImage = async () => {
    setFailed(false);
    // Loaded on demand: the drawing code stays out of the report's first paint.
    const { drawSheet, savePng } = await import('./sheet-image');
    if (!canvas.current || !drawSheet(canvas.current, payslipSheet(p, t, lang))) return setFailed(true);
    const name = `${fileName ?? t('payslip_file')}-${period.start}${anonymized ? `-${t('payslip_file_anon')}` : ''}.png`;
    await savePng(canvas.current, name).catch(() => setFailed(true));
  };
  const print = () => {
    const root = document.documentElement;
    root.dataset.print = 'payslip';
    const done = () => {
      delete root.dataset.print;
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };

  const row = (cells: string[], cls?: string, key?: string) => (
    <tr class={cls} key={key}>
      <th scope="row">{cells[0]}</th>
      {cells.slice(1).map((c, i) => (
        <td key={i} class="num">
          {c}
        </td>
      ))}
    </tr>
  );

  // Table rows (headings, lines, subtotals, the three totals): beyond what one A4 page holds, print smaller.
  const tableRows = x.sections.reduce((n, s) => n + (s.heading ? 1 : 0) + s.rows.length + (s.subtotal ? 1 : 0), 3);
  const printZoom = Math.min(1, PRINT_CAPACITY / (PRINT_FIXED + tableRows));

  return (
    <section
      class={`payslip${anonymized ? ' payslip-anon' : ''}`}
      aria-labelledby="payslip-h"
      data-testid="payslip"
      style={{ '--ps-print-zoom': printZoom.toFixed(3) }}
    >
      <header class="ps-head">
        <div>
          <p class="ps-brand">{t('extName')}</p>
          <h2 id="payslip-h">{x.title}</h2>
          <p class="ps-period">{x.period}</p>
        </div>
        <div class="ps-head-right">
          {x.grossHead && (
            <p class="ps-gross-head" data-testid="payslip-gross">
              {x.grossHead}
            </p>
          )}
          <p class="ps-net-big" data-testid="payslip-net">
            <span class="ps-net-label">{x.netLabel}</span> <strong>{x.net}</strong>
          </p>
        </div>
      </header>
      <p class="ps-glance" data-testid="payslip-glance">
        {x.glance}
      </p>
      <dl class="ps-meta">
        {x.meta.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd data-testid={k === x.meta[0]![0] ? 'payslip-employers' : undefined}>{v}</dd>
          </div>
        ))}
      </dl>
      <div class="ps-wrap">
        <table class="ps-table" data-testid="payslip-lines">
          <caption class="sr-only">{x.title}</caption>
          <thead>
            <tr>
              {x.columns.map((c, i) => (
                <th key={c} scope="col" class={i ? 'num' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          {x.sections.map((s) => (
            <tbody key={s.family} data-family={s.family}>
              {s.heading && (
                <tr class={`ps-section ps-${s.family}`}>
                  <th scope="colgroup" colSpan={6}>
                    {s.heading}
                  </th>
                </tr>
              )}
              {s.rows.map((r) => row(r, s.heading ? undefined : `ps-family-line ps-${s.family}`, r[0]))}
              {s.subtotal && row(s.subtotal, 'ps-subtotal')}
            </tbody>
          ))}
          <tfoot>
            {row(x.gross, 'ps-gross')}
            {row(x.paid, 'ps-paid')}
            {row(x.netRow, 'ps-net')}
          </tfoot>
        </table>
      </div>
      <table class="ps-values" data-testid="payslip-values">
        <caption>{x.valuesTitle}</caption>
        <thead>
          <tr>
            {x.valueColumns.map((c, i) => (
              <th key={c} scope="col" class={i ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{x.values.map((v) => row(v, undefined, v[0]))}</tbody>
      </table>
      <ol class="ps-notes" aria-label={t('payslip_notes')}>
        {x.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        <li class="ps-no-print">
          <a href="#sources">{t('payslip_all_sources')}</a>
        </li>
      </ol>
      <div class="ps-actions">
        <label>
          <input type="checkbox" data-testid="payslip-anonymize" checked={anonymized} onChange={(e) => setAnonymized((e.target as HTMLInputElement).checked)} />{' '}
          {t('payslip_anonymize')}
        </label>
        <button type="button" data-testid="payslip-image" onClick={() => void saveImage()}>
          {t('payslip_save_image')}
        </button>
        <button type="button" data-testid="payslip-print" onClick={print}>
          {t('payslip_print')}
        </button>
        {failed && (
          <span role="alert" class="alert">
            {t('payslip_image_failed')}
          </span>
        )}
      </div>
      <canvas ref={canvas} class="ps-canvas" data-testid="payslip-canvas" aria-label={t('payslip_image_label')} hidden />
    </section>
  );
}
