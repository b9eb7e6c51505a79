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
  recaptchaLaunchDaily: { id: 'recaptchaLaunchDaily', value: 200_000_000, unit: 'per-day', source: 'von Ahn et al., "reCAPTCHA: Human-Based Character Recognition via Web Security Measures", Science 321 (2008): about 200 million CAPTCHAs solved a day, about 10 s each' },
  recaptchaHours: { id: 'recaptchaHours', value: 819_000_000, unit: 'hours', source: `${DAZED}: 819 million hours of human time spent on reCAPTCHA 2010-2023, worth at least US$6.1 billion at the US federal minimum wage` },
  socialMediaDaily: { id: 'socialMediaDaily', value: 2 * 3600 + 21 * 60, unit: 's', source: 'DataReportal, Digital 2025: average daily time on social media, worldwide (2 h 21 min)' },
  // What that time would be paid
  smicHourly: { id: 'smicHourly', value: 12.02, unit: 'EUR/h', source: 'French minimum wage (SMIC), gross per hour from 1 January 2026 (EUR 11.88 from 1 November 2024), décret n° 2025-1228 of 17 December 2025' },
  usMinimumWage: { id: 'usMinimumWage', value: 7.25, unit: 'USD/h', source: 'US federal minimum wage, US Department of Labor (the rate used by Searles et al. 2023)' },
  mturkMedian: { id: 'mturkMedian', value: 2, unit: 'USD/h', source: `${HARA}: median hourly earnings about US$2; 4% of workers earn more than US$7.25/h` },
  iloMicroHalf: { id: 'iloMicroHalf', value: 2, unit: 'USD/h', source: 'ILO, World Employment and Social Outlook 2021: half of the workers on online micro-task platforms earn less than US$2/h' },
  bergAverage: { id: 'bergAverage', value: 4.43, unit: 'USD/h', source: 'Berg et al., ILO, Digital labour platforms and the future of work, 2018: average pay on micro-task platforms, 3,500 workers in 75 countries' },
  lowestTaskPay: { id: 'lowestTaskPay', value: 0.0006, unit: 'cents', source: 'Antonio A. Casilli, interview in l\'Humanité, 1-3 February 2019: micro-tasks paid down to 0.0006 cents a task' },
  // What the platform earns from a user (context, not wages)
  metaArpu2025: { id: 'metaArpu2025', value: 57.03, unit: 'USD', source: 'Meta Platforms, 2025 annual report (form 10-K): average revenue per person, worldwide, full year 2025' },
  metaArpuQ4_2024: { id: 'metaArpuQ4_2024', value: 14.3, unit: 'USD', source: 'Meta Platforms, Q4 2024 earnings: average revenue per person, worldwide, one quarter (about US$14.3)' },
  facebookArpuQ4_2022: { id: 'facebookArpuQ4_2022', value: 58.77, unit: 'USD', source: 'Meta Platforms, Q4 2022 earnings: Facebook average revenue per user, US & Canada, one quarter (worldwide US$10.86)' },
  // What a rating of an AI answer hands over
  anthropicFeedbackYears: { id: 'anthropicFeedbackYears', value: 10, unit: 'years', source: 'Anthropic, "Is my data used for model training?" (support.anthropic.com/en/articles/7996868, read 2026-11-30): when you send feedback (the thumbs up / thumbs down of claude.ai), the entire related conversation is stored for up to 10 years and may be used to train models' },
  // Scale of micro-work
  microworkersFrance: { id: 'microworkersFrance', value: 266_000, unit: 'people', source: 'Le Ludec, Tubaro, Casilli, "Combien de personnes micro-travaillent en France ?", i3 working paper 19-SES-02, 2019 (DiPLab): ~15,000 very active, ~52,000 regular, ~266,000 occasional micro-workers' },
  chinaOnDemand: { id: 'chinaOnDemand', value: 300_000_000, unit: 'people', source: 'Antonio A. Casilli, interview in l\'Humanité, 1-3 February 2019: about 300 million people in China\'s on-demand information market' },
} as const satisfies Record<string, Figure>;

export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

/**
 * Our own default time per gesture where nothing is measured and nothing is published: a click takes about 1.5 s.
 * Labelled in the UI as the product's estimate, not a published figure.
 */
export const OWN_CLICK_ESTIMATE_S = 1.5;
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
  captcha: FIGURES.recaptchaImage.value,
  'ai-feedback': OWN_CLICK_ESTIMATE_S,
  'result-click': OWN_CLICK_ESTIMATE_S,
};

/** Where a kind's default time comes from: a published figure, or our own default (labelled as such). */
export const GESTURE_SECONDS_SOURCE: Record<Kind, FigureId | 'own'> = {
  reaction: 'own',
  share: 'own',
  comment: 'own',
  follow: 'own',
  save: 'own',
  rating: 'own',
  post: 'own',
  search: 'own',
  'post-view': 'own',
  report: 'own',
  captcha: 'recaptchaImage',
  'ai-feedback': 'own',
  'result-click': 'own',
};
