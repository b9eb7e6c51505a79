/**
 * Every sourced figure the product shows (shared/figures.md, checked against it figure by figure), its citation in
 * lib/figure-sources.ts. A number that is not measured on the user's machine comes from here, and the UI says
 * "estimate" and shows the source on demand (components/Source.tsx, which loads the citations when opened). The report's sources panel lists this whole table, and every
 * entry is used somewhere on the report page (concept cards, valuation), so the panel never lists an unused figure.
 */
import type { Kind } from './events';

export type FigureUnit =
  | 's'
  | 'EUR/h'
  | 'USD/h'
  | 'CHF/h'
  | 'CAD/h'
  | 'GBP/h'
  | 'USD'
  | 'people'
  | 'hours'
  | 'per-day'
  | 'share'
  | 'cents'
  | 'years';

export interface Figure {
  id: string;
  value: number;
  unit: FigureUnit;
}

export const FIGURES = {
  // Time per gesture
  recaptchaCheckbox: { id: 'recaptchaCheckbox', value: 1.85, unit: 's' },
  recaptchaImage: { id: 'recaptchaImage', value: 10.3, unit: 's' },
  recaptchaField: { id: 'recaptchaField', value: 3.53, unit: 's' },
  recaptchaLab: { id: 'recaptchaLab', value: 3.7, unit: 's' },
  textCaptcha: { id: 'textCaptcha', value: 12, unit: 's' },
  gameCaptcha: { id: 'gameCaptcha', value: 30, unit: 's' },
  recaptchaLaunchDaily: { id: 'recaptchaLaunchDaily', value: 200_000_000, unit: 'per-day' },
  recaptchaHours: { id: 'recaptchaHours', value: 819_000_000, unit: 'hours' },
  // A click where nothing is measured: the Keystroke-Level Model's operators for "decide, point at a button, press it".
  klmClick: { id: 'klmClick', value: 2.65, unit: 's' },
  socialMediaDaily: { id: 'socialMediaDaily', value: 2 * 3600 + 21 * 60, unit: 's' },
  // What that time would be paid
  smicHourly: { id: 'smicHourly', value: 12.02, unit: 'EUR/h' },
  usMinimumWage: { id: 'usMinimumWage', value: 7.25, unit: 'USD/h' },
  // Minimum wages of the other places a person can choose in settings (lib/wages.ts), each dated.
  belgiumMinimumWage: { id: 'belgiumMinimumWage', value: 12.83, unit: 'EUR/h' },
  genevaMinimumWage: { id: 'genevaMinimumWage', value: 24.59, unit: 'CHF/h' },
  quebecMinimumWage: { id: 'quebecMinimumWage', value: 16.6, unit: 'CAD/h' },
  ukLivingWage: { id: 'ukLivingWage', value: 12.71, unit: 'GBP/h' },
  germanyMinimumWage: { id: 'germanyMinimumWage', value: 13.9, unit: 'EUR/h' },
  spainMinimumWage: { id: 'spainMinimumWage', value: 9.55, unit: 'EUR/h' },
  italyProposedMinimum: { id: 'italyProposedMinimum', value: 9, unit: 'EUR/h' },
  mturkMedian: { id: 'mturkMedian', value: 2, unit: 'USD/h' },
  iloMicroHalf: { id: 'iloMicroHalf', value: 2, unit: 'USD/h' },
  bergAverage: { id: 'bergAverage', value: 4.43, unit: 'USD/h' },
  bergAverageUnpaid: { id: 'bergAverageUnpaid', value: 3.31, unit: 'USD/h' },
  lowestTaskPay: { id: 'lowestTaskPay', value: 0.0006, unit: 'cents' },
  // What the platform earns from a user (context, not wages)
  metaArpu2025: { id: 'metaArpu2025', value: 57.03, unit: 'USD' },
  metaArpuQ4_2024: { id: 'metaArpuQ4_2024', value: 14.3, unit: 'USD' },
  facebookArpuQ4_2022: { id: 'facebookArpuQ4_2022', value: 58.77, unit: 'USD' },
  // What a rating of an AI answer hands over
  anthropicFeedbackYears: { id: 'anthropicFeedbackYears', value: 10, unit: 'years' },
  // Scale of micro-work
  microworkersFrance: { id: 'microworkersFrance', value: 266_000, unit: 'people' },
  // Hedged in the source ("concernerait") and about crowdsourced task platforms (micro-work), not ride or delivery work.
  chinaWitkey: { id: 'chinaWitkey', value: 300_000_000, unit: 'people' },
} as const satisfies Record<string, Figure>;

export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

/**
 * Default time per gesture where nothing is measured. A click (like, follow, save, a thumb, a result opened) is the
 * Keystroke-Level Model's sum for deciding, pointing at a button and pressing it (`klmClick`, a published model); a
 * share or a rating is two clicks (open a menu or a star row, then confirm). The other defaults are our own
 * estimates, labelled as such in the UI: nobody has published how long a comment or a post takes.
 */
export const OWN_CLICK_ESTIMATE_S = FIGURES.klmClick.value;
export const OWN_COMMENT_ESTIMATE_S = 30;
export const OWN_POST_ESTIMATE_S = 60;
export const OWN_SEARCH_ESTIMATE_S = 5;
export const OWN_REPORT_ESTIMATE_S = 20;

export const DEFAULT_GESTURE_SECONDS: Record<Kind, number> = {
  reaction: OWN_CLICK_ESTIMATE_S,
  share: OWN_CLICK_ESTIMATE_S * 2,
  comment: OWN_COMMENT_ESTIMATE_S,
  follow: OWN_CLICK_ESTIMATE_S,
  save: OWN_CLICK_ESTIMATE_S,
  rating: OWN_CLICK_ESTIMATE_S * 2,
  post: OWN_POST_ESTIMATE_S,
  search: OWN_SEARCH_ESTIMATE_S,
  // A view's time is the feed time the detector measures; a view alone adds nothing.
  'post-view': 0,
  report: OWN_REPORT_ESTIMATE_S,
  // An untimed CAPTCHA (solved before the extension could time it) takes the all-types field mean, not the image
  // challenge's: most CAPTCHAs are a checkbox or a puzzle, not image rounds.
  captcha: FIGURES.recaptchaField.value,
  'ai-feedback': OWN_CLICK_ESTIMATE_S,
  'result-click': OWN_CLICK_ESTIMATE_S,
};

/** Where a kind's default time comes from: a published figure, or our own default (labelled as such). */
export const GESTURE_SECONDS_SOURCE: Record<Kind, FigureId | 'own'> = {
  reaction: 'klmClick',
  share: 'klmClick',
  comment: 'own',
  follow: 'klmClick',
  save: 'klmClick',
  rating: 'klmClick',
  post: 'own',
  search: 'own',
  'post-view': 'own',
  report: 'own',
  captcha: 'recaptchaField',
  'ai-feedback': 'klmClick',
  'result-click': 'klmClick',
};
