/** Numbers, durations and dates formatted with Intl in the UI language. */
import { intlLocale, type Lang } from './i18n';
import { parseDay } from './period';

export const formatNumber = (lang: Lang, n: number, digits = 0) =>
  new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: digits }).format(n);

/** "42 s", "3 min 05 s", "2 h 07 min". */
export function formatDuration(lang: Lang, seconds: number): string {
  const s = Math.round(seconds);
  const unit = (value: number, u: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: u, unitDisplay: 'narrow' }).format(value);
  if (s < 60) return unit(s, 'second');
  if (s < 3600) return `${unit(Math.floor(s / 60), 'minute')} ${unit(s % 60, 'second')}`;
  return `${unit(Math.floor(s / 3600), 'hour')} ${unit(Math.floor((s % 3600) / 60), 'minute')}`;
}

export const formatMoney = (lang: Lang, amount: number, currency: string) =>
  new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);

export const formatDay = (lang: Lang, day: string, opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) =>
  new Intl.DateTimeFormat(intlLocale(lang), opts).format(parseDay(day));
