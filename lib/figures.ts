/**
 * Every sourced figure the product shows, with its citation (shared/figures.md). A number that is not measured on
 * the user's machine comes from here, and the UI says "estimate" and shows the source on demand.
 */
import type { Kind } from './events';

export interface Figure {
  id: string;
  value: number;
  unit: 's' | 'EUR/h' | 'USD/h' | 'USD' | 'people' | 'hours';
  /** Full citation, as shown in the sources panel. */
  source: string;
}

export const FIGURES = {
  recaptchaCheckbox: { id: 'recaptchaCheckbox', value: 1.85, unit: 's', source: 'Searles, Prapty, Tsudik, "Dazed & Confused: What\'s Wrong with reCAPTCHAv2?", 2023 (arXiv 2311.10911): mean time, checkbox only' },
  recaptchaImage: { id: 'recaptchaImage', value: 10.3, unit: 's', source: 'Searles, Prapty, Tsudik, "Dazed & Confused: What\'s Wrong with reCAPTCHAv2?", 2023 (arXiv 2311.10911): mean time, image challenge' },
  textCaptcha: { id: 'textCaptcha', value: 12, unit: 's', source: 'Searles et al., "An Empirical Study & Evaluation of Modern CAPTCHAs", USENIX Security 2023: distorted-text CAPTCHAs take 9-15 s (midpoint)' },
  gameCaptcha: { id: 'gameCaptcha', value: 30, unit: 's', source: 'Searles et al., "An Empirical Study & Evaluation of Modern CAPTCHAs", USENIX Security 2023: game-based CAPTCHAs take 18-42 s (midpoint)' },
  smicHourly: { id: 'smicHourly', value: 12.02, unit: 'EUR/h', source: 'French minimum wage (SMIC), gross per hour from 1 January 2026, décret n° 2025-1228 of 17 December 2025' },
  usMinimumWage: { id: 'usMinimumWage', value: 7.25, unit: 'USD/h', source: 'US federal minimum wage, US Department of Labor' },
  mturkMedian: { id: 'mturkMedian', value: 2, unit: 'USD/h', source: 'Hara et al., "A Data-Driven Analysis of Workers\' Earnings on Amazon Mechanical Turk", CHI 2018: median hourly earnings about US$2' },
} as const satisfies Record<string, Figure>;

/**
 * Our own default time per gesture where nothing is measured and nothing is published: a click takes about 1.5 s.
 * Labelled in the UI as the product's estimate, not a published figure.
 */
export const OWN_CLICK_ESTIMATE_S = 1.5;
export const OWN_COMMENT_ESTIMATE_S = 30;
export const OWN_POST_ESTIMATE_S = 60;

export const DEFAULT_GESTURE_SECONDS: Record<Kind, number> = {
  reaction: OWN_CLICK_ESTIMATE_S,
  share: OWN_CLICK_ESTIMATE_S * 2,
  comment: OWN_COMMENT_ESTIMATE_S,
  follow: OWN_CLICK_ESTIMATE_S,
  save: OWN_CLICK_ESTIMATE_S,
  rating: OWN_CLICK_ESTIMATE_S * 2,
  post: OWN_POST_ESTIMATE_S,
  search: 5,
  'post-view': 0,
  report: 20,
  captcha: FIGURES.recaptchaImage.value,
};
