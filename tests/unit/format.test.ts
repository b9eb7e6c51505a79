/** lib/format.ts: one Intl formatter per language and options, built once and reused (issue 14). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, formatDuration, formatList, formatMoney, formatNumber } from '@/lib/format';

afterEach(() => vi.restoreAllMocks());

describe('formatters', () => {
  it('builds each number formatter once, whatever the number of calls, and one per language and options', () => {
    const Real = Intl.NumberFormat;
    const made = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Real>) {
      return new Real(...args);
    } as never);
    // A currency no other test uses, so that the cache starts empty for it.
    const first = formatMoney('en', 3.5, 'ISK');
    for (let i = 0; i < 50; i++) expect(formatMoney('en', 3.5, 'ISK')).toBe(first);
    expect(made).toHaveBeenCalledTimes(1);
    formatMoney('fr', 3.5, 'ISK');
    expect(made).toHaveBeenCalledTimes(2);
  });

  it('gives the same text as a fresh formatter, in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
      for (const n of [0, 1, 1234.5, 1e6]) expect(formatNumber(lang, n)).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n));
      expect(formatNumber(lang, 1.2345, 2)).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(1.2345));
      expect(formatDay(lang, '2026-11-30', { weekday: 'long' })).toBe(new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(new Date(2026, 10, 30)));
      expect(formatList(lang, ['a', 'b', 'c'])).toBe(new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(['a', 'b', 'c']));
    }
    expect(formatDuration('fr', 185)).toBe('3\u202fmin 5\u202fs');
    expect(formatDuration('en', 185)).toBe('3m 5s');
  });
});
