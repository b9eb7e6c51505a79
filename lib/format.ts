/** Numbers, durations, money, lists and dates formatted with Intl in the UI language. */
import type { Figure } from './figures';
import { intlLocale, type Lang } from './i18n';
import { parseDay, type Period } from './period';

/**
 * One formatter per language and options, made once: building an Intl formatter costs far more than using it, and a
 * popup or a report formats hundreds of numbers and dates (issue 14: the popup spent 17-20 ms building formatters).
 */
const formatters = new Map<string, unknown>();
function cached<F>(make: new (locale: string, opts: never) => F, kind: string, lang: Lang, opts: object): F {
  const key = `${kind}|${lang}|${JSON.stringify(opts)}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = new make(intlLocale(lang), opts as never)));
  return f;
}
export const numberFormat = (lang: Lang, opts: Intl.NumberFormatOptions) => cached(Intl.NumberFormat, 'n', lang, opts);
export const dateFormat = (lang: Lang, opts: Intl.DateTimeFormatOptions) => cached(Intl.DateTimeFormat, 'd', lang, opts);

export const formatNumber = (lang: Lang, n: number, digits = 0) =>
  numberFormat(lang, { maximumFractionDigits: digits }).format(n);

/** "1.2 million", "266 thousand": large figures in words the reader takes in at once. */
export const formatCompact = (lang: Lang, n: number) =>
  numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(n);

/**
 * A time unit: English "3m", "5s" (narrow); French "3 min", "5 s", "2 h" (short, a narrow no-break space between
 * number and unit: the narrow French form "3min5s" is not how French writes durations).
 */
const timeUnit = (lang: Lang, value: number, u: 'hour' | 'minute' | 'second', digits = 1) => {
  const text = numberFormat(lang, { style: 'unit', unit: u, unitDisplay: lang === 'fr' ? 'short' : 'narrow', maximumFractionDigits: digits }).format(value);
  // CLDR puts a no-break space before "min" but a narrow one before "s": one kind, the narrow one, everywhere.
  return lang === 'fr' ? text.replace(/[ \u00a0]/g, '\u202f') : text;
};

/**
 * "0.4s", "42s", "3m 5s", "2h 7m" in English; "0,4 s", "42 s", "3 min 5 s", "2 h 7 min" in French. Tenths below 10 s,
 * so a short measured time does not read as zero.
 */
export function formatDuration(lang: Lang, seconds: number): string {
  const s = Math.round(seconds);
  const unit = (value: number, u: 'hour' | 'minute' | 'second') => timeUnit(lang, value, u);
  if (seconds < 9.95) return unit(Math.round(seconds * 10) / 10, 'second');
  if (s < 60) return unit(s, 'second');
  if (s < 3600) return `${unit(Math.floor(s / 60), 'minute')} ${unit(s % 60, 'second')}`;
  return `${unit(Math.floor(s / 3600), 'hour')} ${unit(Math.floor((s % 3600) / 60), 'minute')}`;
}

/** Money; an amount above zero but below one cent shows as "< 0.01" rather than a misleading zero. */
export function formatMoney(lang: Lang, amount: number, currency: string): string {
  const f = numberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 2 });
  if (amount > 0 && amount < 0.01) return `< ${f.format(0.01)}`;
  return f.format(amount);
}

export const formatRate = (lang: Lang, rate: number, currency: string) =>
  numberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 2 }).format(rate);

export const formatDay = (lang: Lang, day: string, opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) =>
  dateFormat(lang, opts).format(parseDay(day));

/** "17–23 Nov 2026", "Nov 17 – 23, 2026". */
export const formatPeriod = (lang: Lang, p: Period) =>
  dateFormat(lang, { dateStyle: 'medium' }).formatRange(parseDay(p.start), parseDay(p.end));

export const formatList = (lang: Lang, items: string[]) =>
  cached(Intl.ListFormat, 'l', lang, { style: 'long', type: 'conjunction' }).format(items);

/**
 * What joins a figure's value to its label: a space, or in French "de" / "d’" after "millions" and "milliards"
 * ("300 millions de personnes", "819 millions d’heures"; but "266 mille personnes").
 */
export function figureJoin(lang: Lang, value: string, label: string): string {
  if (lang !== 'fr' || !/(millions?|milliards?)$/.test(value)) return ' ';
  return /^[aeiouyhéèêàâîôû]/i.test(label) ? ' d’' : ' de ';
}

/** A sourced figure's value in words: "10.3 s", "€12.02/h", "266 thousand", "0.0006 cents". */
export function formatFigure(lang: Lang, f: Pick<Figure, 'value' | 'unit'>): string {
  switch (f.unit) {
    case 's':
      if (f.value >= 60) return formatDuration(lang, f.value);
      return lang === 'fr' ? timeUnit(lang, f.value, 'second', 2) : `${formatNumber(lang, f.value, 2)} s`;
    case 'EUR/h':
    case 'USD/h':
    case 'CHF/h':
    case 'CAD/h':
    case 'GBP/h':
      return `${formatRate(lang, f.value, f.unit.slice(0, 3))}/h`;
    case 'USD':
      return formatRate(lang, f.value, 'USD');
    case 'cents':
      return `${formatNumber(lang, f.value, 4)} ¢`;
    case 'share':
      return numberFormat(lang, { style: 'percent' }).format(f.value);
    case 'years':
      return numberFormat(lang, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(f.value);
    case 'people':
    case 'hours':
    case 'per-day':
      return formatCompact(lang, f.value);
  }
}
