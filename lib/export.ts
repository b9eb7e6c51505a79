/**
 * The weekly report's other formats, beside the JSON report v1 and the events CSV of lib/report.ts: a CSV with one
 * row per day (for a spreadsheet chart) and a Markdown summary (to keep in notes or paste in a class forum).
 * Everything is computed from the stored events of one period; the same rules as the JSON report apply (measured
 * seconds only, estimates never exported as measurements).
 */
import { FAMILIES, VALUES } from './concepts';
import { KINDS, type LaborEvent } from './events';
import { formatDuration, formatNumber } from './format';
import { messageKey, type Lang, type T } from './i18n';
import { daysOf, type Period } from './period';
import { csvLine, eventRow, type ReportV1 } from './report';

export const DAYS_CSV_HEADER = ['date', 'count', 'measured_seconds', ...KINDS];

/** One row per day of the period, every day included (zero too), with the gestures of each kind. */
export function daysCsv(events: LaborEvent[], period: Period): string {
  const days = new Map(daysOf(period).map((d) => [d, { count: 0, seconds: 0, kinds: new Map<string, number>() }]));
  for (const e of events) {
    const day = days.get(e.day);
    if (!day) continue;
    const r = eventRow(e);
    day.count += 1;
    day.seconds = Math.round((day.seconds + r.seconds) * 10) / 10;
    day.kinds.set(e.kind, (day.kinds.get(e.kind) ?? 0) + 1);
  }
  const lines = [csvLine(DAYS_CSV_HEADER)];
  for (const [date, d] of days) lines.push(csvLine([date, d.count, d.seconds, ...KINDS.map((k) => d.kinds.get(k) ?? 0)]));
  return `${lines.join('\r\n')}\r\n`;
}

/** A Markdown cell: no pipe or line break can break the table (labels are fixed ids, but stay safe). */
const cell = (v: string | number) => String(v).replace(/[|\r\n]/g, ' ');
const row = (cells: (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;

/**
 * The report as Markdown, in the UI language (`t` and `lang`, numbers in that language's format; a count and its
 * noun always meet in a "name: number" form, which needs no plural). `report` is the JSON report v1 of the period
 * (anonymised or not: only its totals are used, never its events or sites).
 */
export function reportMarkdown(report: ReportV1, t: T, lang: Lang = 'en'): string {
  const { period } = report;
  const n = (v: number) => formatNumber(lang, v);
  const sec = (v: number) => formatNumber(lang, v, 1);
  const item = (name: string, v: number) => `- ${t('list_item_value', name, n(v))}`;
  const out: string[] = [];
  out.push(`# ${t('export_md_title', period.start, period.end)}`, '');
  out.push(t('export_md_totals', n(report.totals.count), formatDuration(lang, report.totals.seconds)), '');
  out.push(`## ${t('export_md_by_day')}`, '', row([t('export_md_day'), t('export_md_count'), t('export_md_seconds')]), '|---|---:|---:|');
  for (const d of report.days) out.push(row([d.date, n(d.count), sec(d.seconds)]));
  out.push('', `## ${t('export_md_by_family')}`, '');
  for (const f of FAMILIES) out.push(item(t(messageKey(`family_${f}`)), report.byFamily[f].count));
  out.push('', `## ${t('export_md_by_value')}`, '');
  for (const v of VALUES) out.push(item(t(messageKey(`value_${v}`)), report.byValue[v].count));
  out.push('', `## ${t('export_md_by_kind')}`, '', row(['', t('export_md_count'), t('export_md_seconds')]), '|---|---:|---:|');
  for (const k of KINDS) {
    if (report.byKind[k].count > 0) out.push(row([t(messageKey(`kind_${k}`)), n(report.byKind[k].count), sec(report.byKind[k].seconds)]));
  }
  const platforms = Object.entries(report.byPlatform).sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
  if (platforms.length > 0) {
    out.push('', `## ${t('export_md_by_platform')}`, '');
    for (const [p, v] of platforms) out.push(item(t(messageKey(`platform_${p}`)), v.count));
  }
  const c = report.captchas;
  if (c.solved + c.passive > 0) {
    out.push('', `## ${t('kind_captcha')}`, '', t('export_md_captchas', n(c.solved), n(c.rounds), formatDuration(lang, c.seconds), n(c.passive)));
    const labels = Object.entries(c.labels).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (labels.length > 0) out.push('', ...labels.map(([l, v]) => item(t(messageKey(`label_${l.replace(/ /g, '_')}`)), v)));
  }
  out.push('', `_${t('export_md_footer')}_`, '');
  return out.join('\n');
}
