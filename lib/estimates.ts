/**
 * Time and money shown to the user. Time is measured where it was measured (CAPTCHA shown -> solved, seconds in a
 * feed) and our per-gesture defaults otherwise, always labelled as estimates (lib/figures.ts). Money is that time
 * at the wage reference the user chose in settings.
 */
import type { Kind } from './events';
import { KINDS } from './events';
import { DEFAULT_GESTURE_SECONDS, FIGURES, GESTURE_SECONDS_SOURCE, type FigureId } from './figures';
import type { Lang } from './i18n';
import type { Summary } from './report';
import type { Settings, WageRef } from './settings';
import { isPlace, PLACE_WAGE, placeFromLocale, type Place } from './wages';

export interface TimeSplit {
  measured: number;
  estimated: number;
}

type KindTally = Summary['byKind'][Kind];

/**
 * One kind's time. Gestures without a measured time get the kind's default; a passive CAPTCHA (reCAPTCHA v3 scored
 * the person's behaviour, no challenge was shown) took no time of its own and gets none.
 */
export function kindTime(kind: Kind, t: KindTally, passive = 0): TimeSplit {
  const untimed = Math.max(0, t.count - t.timed - (kind === 'captcha' ? passive : 0));
  return { measured: t.seconds, estimated: untimed * DEFAULT_GESTURE_SECONDS[kind] };
}

export function timeOf(summary: Pick<Summary, 'byKind'> & { captchas?: Pick<Summary['captchas'], 'passive'> }): TimeSplit {
  let measured = 0;
  let estimated = 0;
  for (const kind of KINDS) {
    const k = kindTime(kind, summary.byKind[kind], summary.captchas?.passive ?? 0);
    measured += k.measured;
    estimated += k.estimated;
  }
  return { measured, estimated };
}

/** The sources behind this summary's estimated time: published figures and whether our own defaults were used. */
export function estimateSources(summary: Pick<Summary, 'byKind'> & { captchas?: Pick<Summary['captchas'], 'passive'> }) {
  const figures = new Set<FigureId>();
  let own = false;
  for (const kind of KINDS) {
    if (kindTime(kind, summary.byKind[kind], summary.captchas?.passive ?? 0).estimated <= 0) continue;
    const src = GESTURE_SECONDS_SOURCE[kind];
    if (src === 'own') own = true;
    else figures.add(src);
  }
  return { figures: [...figures], own };
}

export interface Wage {
  ref: WageRef;
  rate: number;
  currency: string;
  /** The sourced figure behind the rate; none for a custom rate. */
  figure: FigureId | null;
  /** For a minimum wage: the place it is the minimum of. */
  place?: Place;
}

/** The browser's locale where there is one (extension pages, tests), for the default place. */
const browserLocale = () => (typeof navigator === 'undefined' ? undefined : navigator.language);

/** A place's minimum wage. */
export function placeWage(place: Place): Wage {
  const { figure, currency } = PLACE_WAGE[place];
  return { ref: 'locale', rate: FIGURES[figure].value, currency, figure, place };
}

/** The place settings point to: the chosen one, or the browser locale's (its region, then its language). */
export function placeOf(settings: Pick<Settings, 'wage'>, lang: Lang, locale = browserLocale()): Place {
  const chosen = settings.wage.place;
  return isPlace(chosen) ? chosen : placeFromLocale(locale, lang);
}

/** The minimum wage where the person is (the `locale` reference). */
export const localeWage = (settings: Pick<Settings, 'wage'>, lang: Lang, locale = browserLocale()): Wage =>
  placeWage(placeOf(settings, lang, locale));

export const microWage = (): Wage => ({ ref: 'micro', rate: FIGURES.mturkMedian.value, currency: 'USD', figure: 'mturkMedian' });

export function wageOf(settings: Pick<Settings, 'wage'>, lang: Lang, locale = browserLocale()): Wage {
  const w = settings.wage;
  if (w.ref === 'micro') return microWage();
  if (w.ref === 'custom') return { ref: 'custom', rate: w.rate, currency: w.currency, figure: null };
  return localeWage(settings, lang, locale);
}

/**
 * The comparison shown beside the chosen reference: the micro-work median (Hara et al. 2018), or the minimum wage of
 * the person's place when the micro-work median is the chosen one.
 */
export const comparisonWage = (wage: Wage, settings: Pick<Settings, 'wage'>, lang: Lang, locale = browserLocale()): Wage =>
  wage.ref === 'micro' ? localeWage(settings, lang, locale) : microWage();

/** Pay for `seconds` of work at `wage`. */
export const payFor = (seconds: number, wage: Pick<Wage, 'rate'>) => (seconds / 3600) * wage.rate;
