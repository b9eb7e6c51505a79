/**
 * The full citation of every figure in lib/figures.ts, as the sources panel and each "source" disclosure show it (not
 * translated: titles stay in their language). Apart from the values so that the popup, which needs the values for
 * its pay line, loads these only when a person opens a source (components/Source.tsx; issue 14).
 */
import type { FigureId } from './figures';

const DAZED = 'Searles, Prapty, Tsudik, "Dazed & Confused: What\'s Wrong with reCAPTCHAv2?", 2023 (arXiv 2311.10911)';
const USENIX = 'Searles et al., "An Empirical Study & Evaluation of Modern CAPTCHAs", USENIX Security 2023';
const HARA = 'Hara et al., "A Data-Driven Analysis of Workers\' Earnings on Amazon Mechanical Turk", CHI 2018';

export const SOURCES: Record<FigureId, string> = {
  // Time per gesture
  recaptchaCheckbox: `${DAZED}: mean time, checkbox only`,
  recaptchaImage: `${DAZED}: mean time, image challenge`,
  recaptchaField: `${DAZED}: mean time, all reCAPTCHA types, field study`,
  recaptchaLab: `${USENIX}: median time of a reCAPTCHA click, lab study`,
  textCaptcha: `${USENIX}: distorted-text CAPTCHAs take 9-15 s (midpoint)`,
  gameCaptcha: `${USENIX}: game-based CAPTCHAs (Arkose/FunCaptcha) take 18-42 s (midpoint)`,
  recaptchaLaunchDaily: 'von Ahn et al., "reCAPTCHA: Human-Based Character Recognition via Web Security Measures", Science 321 (2008): humans solved about 200 million CAPTCHAs a day worldwide, of every make (not reCAPTCHA alone), taking about 10 s each',
  recaptchaHours: `${DAZED}: 819 million hours of human time spent on reCAPTCHA 2010-2023, worth at least US$6.1 billion at the US federal minimum wage`,
  // A click where nothing is measured: the Keystroke-Level Model's operators for "decide, point at a button, press it".
  klmClick: 'Card, Moran & Newell, The Psychology of Human-Computer Interaction, 1983 (Keystroke-Level Model): mental preparation M = 1.35 s, pointing with a mouse P = 1.1 s, pressing and releasing the button BB = 0.2 s; M + P + BB = 2.65 s',
  socialMediaDaily: 'DataReportal, Digital 2025: average daily time on social media, worldwide (2 h 21 min)',
  // What that time would be paid
  smicHourly: 'French minimum wage (SMIC), gross per hour from 1 January 2026 (EUR 11.88 from 1 November 2024), décret n° 2025-1228 of 17 December 2025',
  usMinimumWage: 'US federal minimum wage, US$7.25 an hour since 24 July 2009 and still in 2026 (Fair Labor Standards Act, US Department of Labor; the rate used by Searles et al. 2023)',
  // Minimum wages of the other places a person can choose in settings (lib/wages.ts), each dated.
  belgiumMinimumWage: 'Belgium, guaranteed average minimum monthly income (RMMMG, collective agreement no. 43 of the National Labour Council): EUR 2,111.89 gross a month from 1 February 2025, EUR 12.83 an hour on a 38-hour week; a further EUR 35 a month was planned for 1 April 2026 (L\'Essentiel de l\'éco, 6 January 2026)',
  genevaMinimumWage: 'Canton of Geneva minimum wage (LIRT art. 39K, indexed every January): CHF 24.59 gross an hour in 2026 (CHF 24.48 in 2025, Swiss Federal Department of Foreign Affairs); Switzerland has no national minimum wage',
  quebecMinimumWage: 'Quebec general minimum wage, CAD 16.60 an hour from 1 May 2026 (CAD 16.10 from 1 May 2025), Quebec Ministry of Labour',
  ukLivingWage: 'UK National Living Wage (workers aged 21 and over), GBP 12.71 an hour from 1 April 2026 (GBP 12.21 from April 2025), Low Pay Commission recommendation accepted by the government',
  germanyMinimumWage: 'German statutory minimum wage (Mindestlohn), EUR 13.90 gross an hour from 1 January 2026 (EUR 14.60 from 1 January 2027): Mindestlohnkommission decision of 27 June 2025, made binding by federal regulation',
  spainMinimumWage: 'Spain, salario mínimo interprofesional 2026 (Real Decreto 126/2026, 18 February 2026): EUR 1,221 a month in 14 payments (EUR 17,094 a year); EUR 9.55 is the minimum it sets per hour actually worked (household employees paid by the hour)',
  italyProposedMinimum: 'Italy still has no statutory minimum wage in 2026 (sector collective agreements set pay); EUR 9 gross an hour is the floor proposed by the opposition bill of 2023 (A.C. 1275), not in force',
  mturkMedian: `${HARA}: median hourly earnings of the Amazon Mechanical Turk workers studied, about US$2; 4% of them earned more than US$7.25/h (the Mechanical Turk median, not micro-work as a whole)`,
  iloMicroHalf: 'ILO, World Employment and Social Outlook 2021: half of the workers on online web-based platforms (every kind of task, not micro-work alone) earn less than US$2/h',
  bergAverage: 'Berg et al., ILO, Digital labour platforms and the future of work, 2018: average pay on micro-task platforms counting paid time only, survey of 3,500 workers in 75 countries',
  bergAverageUnpaid: 'Berg et al., ILO, Digital labour platforms and the future of work, 2018: average pay on micro-task platforms once unpaid time (searching for tasks, unpaid qualification tests) is counted as well',
  lowestTaskPay: 'Antonio A. Casilli, interview in l\'Humanité, 1-3 February 2019: micro-tasks paid down to 0.0006 cents a task',
  // What the platform earns from a user (context, not wages)
  metaArpu2025: 'Meta Platforms, 2025 annual report (form 10-K): average revenue per person (revenue, not profit or earnings), worldwide, full year 2025',
  metaArpuQ4_2024: 'Meta Platforms, Q4 2024 earnings: average revenue per person (revenue, not profit), worldwide, one quarter (about US$14.3)',
  facebookArpuQ4_2022: 'Meta Platforms, Q4 2022 earnings: Facebook average revenue per user (revenue, not profit), US & Canada, one quarter (worldwide US$10.86)',
  // What a rating of an AI answer hands over
  anthropicFeedbackYears: 'Anthropic, "Is my data used for model training?" (support.anthropic.com/en/articles/7996868, read 2026-11-30): when you send feedback (the thumbs up / thumbs down of claude.ai), the entire related conversation is stored for up to 10 years and may be used to train models',
  // Scale of micro-work
  microworkersFrance: 'Le Ludec, Tubaro, Casilli, "Combien de personnes micro-travaillent en France ?", i3 working paper 19-SES-02, 2019 (DiPLab): ~15,000 very active, ~52,000 regular, ~266,000 occasional micro-workers. (14,903, 52,337 and 266,126 in the paper). Contested: Barraud de Lagerie, Gros, Sigalo Santos, "Emportés par la foule. Pourquoi l\'estimation de 250 000 micro-travailleurs en France est exagérée", CREST working paper 2019-05 (also The Conversation, 25 March 2019), show that the occasional figure counts registrations on platforms, not people who actually micro-work',
  // Hedged in the source ("concernerait") and about crowdsourced task platforms (micro-work), not ride or delivery work.
  chinaWitkey: 'Antonio A. Casilli, interview in l\'Humanité, 1-3 February 2019: China\'s "Weikey" (witkey) market, "marché de l\'information à la demande" of crowdsourced tasks, "would concern" (concernerait) 300 million people; a hedged figure',
};
