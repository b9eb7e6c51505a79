/**
 * Minimum wages by place: the yardstick the person chooses in settings to put a price on their unpaid time (never
 * Casilli's proposal: his answer is collective, a digital social income). Each rate is a sourced, dated figure in
 * lib/figures.ts. A French speaker in Brussels, Geneva or Montreal gets their own place's minimum, not the SMIC:
 * the default follows the browser locale's region (lib/wages.ts placeFromLocale).
 */
import type { FigureId } from './figures';

export const PLACES = ['fr', 'be', 'ch-ge', 'ca-qc', 'us', 'gb', 'de', 'es', 'it'] as const;
export type Place = (typeof PLACES)[number];

export const PLACE_WAGE: Record<Place, { figure: FigureId; currency: string }> = {
  fr: { figure: 'smicHourly', currency: 'EUR' },
  be: { figure: 'belgiumMinimumWage', currency: 'EUR' },
  'ch-ge': { figure: 'genevaMinimumWage', currency: 'CHF' },
  'ca-qc': { figure: 'quebecMinimumWage', currency: 'CAD' },
  us: { figure: 'usMinimumWage', currency: 'USD' },
  gb: { figure: 'ukLivingWage', currency: 'GBP' },
  de: { figure: 'germanyMinimumWage', currency: 'EUR' },
  es: { figure: 'spainMinimumWage', currency: 'EUR' },
  it: { figure: 'italyProposedMinimum', currency: 'EUR' },
};

export const isPlace = (p: unknown): p is Place => typeof p === 'string' && (PLACES as readonly string[]).includes(p);

/** Regions whose minimum wage we know, then languages spoken mostly in one of those places. */
const BY_REGION: Record<string, Place> = {
  FR: 'fr', BE: 'be', CH: 'ch-ge', CA: 'ca-qc', US: 'us', GB: 'gb', UK: 'gb', DE: 'de', ES: 'es', IT: 'it',
  // Overseas France and Monaco pay the SMIC (Monaco's minimum is set from it).
  GP: 'fr', MQ: 'fr', GF: 'fr', RE: 'fr', YT: 'fr', MC: 'fr',
};
const BY_LANGUAGE: Record<string, Place> = { de: 'de', es: 'es', it: 'it' };

/**
 * The place a browser locale points to, for a person reading the UI in `uiLang`: "fr-BE" -> Belgium, "de-CH" ->
 * Geneva (Switzerland has no national minimum; Geneva's is the one in our list), "en-GB" -> UK, "fr" -> France,
 * "it" -> Italy. An English or French locale that is not the UI's language says little about where the person is
 * (a French UI chosen on an en-US browser): then, and for any place we do not know, the UI language's default
 * (France, or the US).
 */
export function placeFromLocale(locale: string | undefined, uiLang: 'en' | 'fr'): Place {
  const parts = (locale ?? '').replace(/_/g, '-').split('-');
  const language = parts[0]?.toLowerCase() ?? '';
  const fallback: Place = uiLang === 'fr' ? 'fr' : 'us';
  // The UI speaks only English and French: a German, Spanish or Italian browser shows the English UI anyway.
  if ((language === 'en' || language === 'fr') && language !== uiLang) return fallback;
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p))?.toUpperCase();
  return (region && BY_REGION[region]) || BY_LANGUAGE[language] || fallback;
}

/** The message-key suffix of a place's names ("smic" and "us" predate the other places). */
export const placeKey = (place: Place) => (place === 'fr' ? 'smic' : place.replace('-', '_'));
