/**
 * Every sourced figure the product shows, with its citation (shared/figures.md, checked against it figure by
 * figure). A number that is not measured on the user's machine comes from here, and the UI says "estimate" and
 * shows the source on demand (components/Source.tsx). The report's sources panel lists this whole table, and every
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
  /** Full citation, as shown in the sources panel (not translated: titles stay in their language). */
  source: string;
}

const DAZED = 'Searles, Prapty, Tsudik, "Dazed & Confused: What\'s Wrong with reCAPTCHAv2?", 2023 (arXiv 2311.10911)';
const USENIX = 'Searles et al., "An Empirical Study & Evaluation of Modern CAPTCHAs", USENIX Security 2023';
const HARA = 'Hara et al., "A Data-Driven Analysis of Workers\' Earnings on Amazon Mechanical Turk", CHI 2018';

export const FIGURES = {
  // Time per gesture
  recaptchaCheckbox: { id: 'recaptchaCheckbox', value: 1.85, unit: 's', source: `${DAZED}: mean time, checkbox only` },
  recaptchaImage: { id: 'recaptchaImage', value: 10.3, unit: 's', source: `${DAZED}: mean time, image challenge` },
  recaptchaField: { id: 'recaptchaField', value: 3.53, unit: 's', source: `${DAZED}: mean time, all reCAPTCHA types, field study` },
  recaptchaLab: { id: 'recaptchaLab', value: 3.7, unit: 's', source: `${USENIX}: median time of a reCAPTCHA click, lab study` },
  textCaptcha: { id: 'textCaptcha', value: 12, unit: 's', source: `${USENIX}: distorted-text CAPTCHAs take 9-15 s (midpoint)` },
  gameCaptcha: { id: 'gameCaptcha', value: 30, unit: 's', source: `${USENIX}: game-based CAPTCHAs (Arkose/FunCaptcha) take 18-42 s (midpoint)` },
  recaptchaLaunchDaily: { id: 'recaptchaLaunchDaily', value: 200_000_000, unit: 'per-day', source: 'von Ahn et al., "reCAPTCHA: Human-Based Character Recognition via Web Security Measures", Science 321 (2008): humans solved about 200 million CAPTCHAs a day worldwide, of every make (not reCAPTCHA alone), taking about 10 s each' },
  recaptchaHours: { id: 'recaptchaHours', value: 819_000_000, unit: 'hours', source: `${DAZED}: 819 million hours of human time spent on reCAPTCHA 2010-2023, worth at least US$6.1 billion at the US federal minimum wage` },
  // A click where nothing is measured: the Keystroke-Level Model's operators for "decide, point at a button, press it".
  klmClick: { id: 'klmClick', value: 2.65, unit: 's', source: 'Card, Moran & Newell, The Psychology of Human-Computer Interaction, 1983 (Keystroke-Level Model): mental preparation M = 1.35 s, pointing with a mouse P = 1.1 s, pressing and releasing the button BB = 0.2 s; M + P + BB = 2.65 s' },
  socialMediaDaily: { id: 'socialMediaDaily', value: 2 * 3600 + 21 * 60, unit: 's', source: 'DataReportal, Digital 2025: average daily time on social media, worldwide (2 h 21 min)' },
  // What that time would be paid
  smicHourly: { id: 'smicHourly', value: 12.02, unit: 'EUR/h', source: 'French minimum wage (SMIC), gross per hour from 1 January 2026 (EUR 11.88 from 1 November 2024), décret n° 2025-1228 of 17 December 2025' },
  usMinimumWage: { id: 'usMinimumWage', value: 7.25, unit: 'USD/h', source: 'US federal minimum wage, US$7.25 an hour since 24 July 2009 and still in 2026 (Fair Labor Standards Act, US Department of Labor; the rate used by Searles et al. 2023)' },
  // Minimum wages of the other places a person can choose in settings (lib/wages.ts), each dated.
  belgiumMinimumWage: { id: 'belgiumMinimumWage', value: 12.83, unit: 'EUR/h', source: 'Belgium, guaranteed average minimum monthly income (RMMMG, collective agreement no. 43 of the National Labour Council): EUR 2,111.89 gross a month from 1 February 2025, EUR 12.83 an hour on a 38-hour week; a further EUR 35 a month was planned for 1 April 2026 (L\'Essentiel de l\'éco, 6 January 2026)' },
  genevaMinimumWage: { id: 'genevaMinimumWage', value: 24.59, unit: 'CHF/h', source: 'Canton of Geneva minimum wage (LIRT art. 39K, indexed every January): CHF 24.59 gross an hour in 2026 (CHF 24.48 in 2025, Swiss Federal Department of Foreign Affairs); Switzerland has no national minimum wage' },
  quebecMinimumWage: { id: 'quebecMinimumWage', value: 16.6, unit: 'CAD/h', source: 'Quebec general minimum wage, CAD 16.60 an hour from 1 May 2026 (CAD 16.10 from 1 May 2025), Quebec Ministry of Labour' },
  ukLivingWage: { id: 'ukLivingWage', value: 12.71, unit: 'GBP/h', source: 'UK National Living Wage (workers aged 21 and over), GBP 12.71 an hour from 1 April 2026 (GBP 12.21 from April 2025), Low Pay Commission recommendation accepted by the government' },
  germanyMinimumWage: { id: 'germanyMinimumWage', value: 13.9, unit: 'EUR/h', source: 'German statutory minimum wage (Mindestlohn), EUR 13.90 gross an hour from 1 January 2026 (EUR 14.60 from 1 January 2027): Mindestlohnkommission decision of 27 June 2025, made binding by federal regulation' },
  spainMinimumWage: { id: 'spainMinimumWage', value: 9.55, unit: 'EUR/h', source: 'Spain, salario mínimo interprofesional 2026 (Real Decreto 126/2026, 18 February 2026): EUR 1,221 a month in 14 payments (EUR 17,094 a year); EUR 9.55 is the minimum it sets per hour actually worked (household employees paid by the hour)' },
  italyProposedMinimum: { id: 'italyProposedMinimum', value: 9, unit: 'EUR/h', source: 'Italy still has no statutory minimum wage in 2026 (sector collective agreements set pay); EUR 9 gross an hour is the floor proposed by the opposition bill of 2023 (A.C. 1275), not in force' },
  mturkMedian: { id: 'mturkMedian', value: 2, unit: 'USD/h', source: `${HARA}: median hourly earnings of the Amazon Mechanical Turk workers studied, about US$2; 4% of them earned more than US$7.25/h (the Mechanical Turk median, not micro-work as a whole)` },
  iloMicroHalf: { id: 'iloMicroHalf', value: 2, unit: 'USD/h', source: 'ILO, World Employment and Social Outlook 2021: half of the workers on online web-based platforms (every kind of task, not micro-work alone) earn less than US$2/h' },
  bergAverage: { id: 'bergAverage', value: 4.43, unit: 'USD/h', source: 'Berg et al., ILO, Digital labour platforms and the future of work, 2018: average pay on micro-task platforms counting paid time only, survey of 3,500 workers in 75 countries' },
  bergAverageUnpaid: { id: 'bergAverageUnpaid', value: 3.31, unit: 'USD/h', source: 'Berg et al., ILO, Digital labour platforms and the future of work, 2018: average pay on micro-task platforms once unpaid time (searching for tasks, unpaid qualification tests) is counted as well' },
  lowestTaskPay: { id: 'lowestTaskPay', value: 0.0006, unit: 'cents', source: 'Antonio A. Casilli, interview in l\'Humanité, 1-3 February 2019: micro-tasks paid down to 0.0006 cents a task' },
  // What the platform earns from a user (context, not wages)
  metaArpu2025: { id: 'metaArpu2025', value: 57.03, unit: 'USD', source: 'Meta Platforms, 2025 annual report (form 10-K): average revenue per person (revenue, not profit or earnings), worldwide, full year 2025' },
  metaArpuQ4_2024: { id: 'metaArpuQ4_2024', value: 14.3, unit: 'USD', source: 'Meta Platforms, Q4 2024 earnings: average revenue per person (revenue, not profit), worldwide, one quarter (about US$14.3)' },
  facebookArpuQ4_2022: { id: 'facebookArpuQ4_2022', value: 58.77, unit: 'USD', source: 'Meta Platforms, Q4 2022 earnings: Facebook average revenue per user (revenue, not profit), US & Canada, one quarter (worldwide US$10.86)' },
  // What a rating of an AI answer hands over
  anthropicFeedbackYears: { id: 'anthropicFeedbackYears', value: 10, unit: 'years', source: 'Anthropic, "Is my data used for model training?" (support.anthropic.com/en/articles/7996868, read 2026-11-30): when you send feedback (the thumbs up / thumbs down of claude.ai), the entire related conversation is stored for up to 10 years and may be used to train models' },
  // Scale of micro-work
  microworkersFrance: { id: 'microworkersFrance', value: 266_000, unit: 'people', source: 'Le Ludec, Tubaro, Casilli, "Combien de personnes micro-travaillent en France ?", i3 working paper 19-SES-02, 2019 (DiPLab): ~15,000 very active, ~52,000 regular, ~266,000 occasional micro-workers. (14,903, 52,337 and 266,126 in the paper). Contested: Barraud de Lagerie, Gros, Sigalo Santos, "Emportés par la foule. Pourquoi l\'estimation de 250 000 micro-travailleurs en France est exagérée", CREST working paper 2019-05 (also The Conversation, 25 March 2019), show that the occasional figure counts registrations on platforms, not people who actually micro-work' },
  // Hedged in the source ("concernerait") and about crowdsourced task platforms (micro-work), not ride or delivery work.
  chinaWitkey: { id: 'chinaWitkey', value: 300_000_000, unit: 'people', source: 'Antonio A. Casilli, interview in l\'Humanité, 1-3 February 2019: China\'s "Weikey" (witkey) market, "marché de l\'information à la demande" of crowdsourced tasks, "would concern" (concernerait) 300 million people; a hedged figure' },
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
