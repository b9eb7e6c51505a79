/** Wage by place (issue 13, item 7): the default place from the browser locale, and each place's sourced rate. */
import { describe, expect, it } from 'vitest';
import { localeWage, placeWage, wageOf } from '@/lib/estimates';
import { SOURCES } from '@/lib/figure-sources';
import { FIGURES } from '@/lib/figures';
import { formatFigure } from '@/lib/format';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { PLACE_WAGE, PLACES, placeFromLocale } from '@/lib/wages';

describe('placeFromLocale', () => {
  it.each([
    ['fr-FR', 'fr', 'fr'],
    ['fr', 'fr', 'fr'],
    ['fr-BE', 'fr', 'be'],
    ['fr-CH', 'fr', 'ch-ge'],
    ['fr-CA', 'fr', 'ca-qc'],
    ['fr-RE', 'fr', 'fr'],
    ['fr-SN', 'fr', 'fr'],
    ['en-US', 'en', 'us'],
    ['en', 'en', 'us'],
    ['en-GB', 'en', 'gb'],
    ['en-CA', 'en', 'ca-qc'],
    ['de-DE', 'en', 'de'],
    ['de-CH', 'en', 'ch-ge'],
    ['de', 'en', 'de'],
    ['es-ES', 'en', 'es'],
    ['es-MX', 'en', 'es'],
    ['it-IT', 'en', 'it'],
    ['nl-BE', 'en', 'be'],
    ['ja-JP', 'en', 'us'],
    ['en-US', 'fr', 'fr'],
    ['fr-BE', 'en', 'us'],
    ['zh-Hant-TW', 'fr', 'fr'],
    ['', 'fr', 'fr'],
    [undefined, 'en', 'us'],
    ['fr_be', 'fr', 'be'],
  ] as const)('%s with the UI in %s -> %s', (locale, ui, place) => {
    expect(placeFromLocale(locale, ui)).toBe(place);
  });
});

describe('wage of a place', () => {
  it('every place has a sourced, dated hourly figure in its own currency', () => {
    for (const place of PLACES) {
      const { figure, currency } = PLACE_WAGE[place];
      const f = FIGURES[figure];
      expect(f.unit).toBe(`${currency}/h`);
      expect(f.value).toBeGreaterThan(0);
      expect(SOURCES[figure]).toMatch(/\b(2009|202[4-6])\b/);
      expect(placeWage(place)).toMatchObject({ ref: 'locale', rate: f.value, currency, figure, place });
    }
  });

  it('the default follows the browser locale; a chosen place wins over it', () => {
    expect(localeWage(DEFAULT_SETTINGS, 'fr', 'fr-CH')).toMatchObject({ place: 'ch-ge', currency: 'CHF', rate: 24.59 });
    expect(localeWage(DEFAULT_SETTINGS, 'fr', 'fr-FR')).toMatchObject({ place: 'fr', currency: 'EUR', rate: 12.02 });
    const belgium = { wage: { ...DEFAULT_SETTINGS.wage, place: 'be' as const } };
    expect(wageOf(belgium, 'en', 'en-US')).toMatchObject({ place: 'be', rate: 12.83 });
    // Stored settings from before places existed (no `place`) still get the locale's place.
    expect(wageOf({ wage: { ref: 'locale', rate: 12.02, currency: 'EUR' } }, 'en', 'en-GB')).toMatchObject({ place: 'gb', currency: 'GBP' });
    // A stored value that is not a place (a hand-edited file) falls back on the locale.
    expect(wageOf({ wage: { ref: 'locale', rate: 1, currency: 'EUR', place: 'xx' as never } }, 'fr', 'fr-FR').place).toBe('fr');
  });

  it('formats each currency per hour', () => {
    expect(formatFigure('en', FIGURES.ukLivingWage)).toBe('£12.71/h');
    expect(formatFigure('fr', FIGURES.genevaMinimumWage).replace(/\s/g, ' ')).toBe('24,59 CHF/h');
    expect(formatFigure('en', FIGURES.quebecMinimumWage)).toBe('CA$16.60/h');
  });
});
