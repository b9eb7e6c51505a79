/**
 * The labor event: the only thing the extension ever records.
 *
 * Privacy rule (README, "Privacy"): platform, kind, site hostname, time, measured seconds and counts. No page text,
 * no URL path or query, no user names. The site is never taken from a content script: the background derives it
 * from `sender.tab.url`.
 */
export const KINDS = [
  'reaction',
  'share',
  'comment',
  'follow',
  'save',
  'rating',
  'post',
  'search',
  'post-view',
  'report',
  'captcha',
  // An AI assistant's answer rated (thumbs up/down, or one of two answers picked): a training label.
  'ai-feedback',
  // A result opened from a search engine's results page: click-through data that ranks results.
  'result-click',
] as const;
export type Kind = (typeof KINDS)[number];

export const SOCIAL_PLATFORMS = [
  'x',
  'youtube',
  'reddit',
  'mastodon',
  'bluesky',
  'facebook',
  'instagram',
  'linkedin',
  'tiktok',
  'threads',
  'pinterest',
] as const;
export const CAPTCHA_VENDORS = ['recaptcha', 'hcaptcha', 'turnstile', 'arkose', 'geetest', 'captcha-text'] as const;
export const AI_PLATFORMS = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity', 'mistral'] as const;
export const SEARCH_PLATFORMS = ['google', 'bing', 'duckduckgo', 'qwant', 'ecosia'] as const;
export const RATING_PLATFORMS = ['amazon', 'google-maps'] as const;
export const PLATFORMS = [...SOCIAL_PLATFORMS, ...CAPTCHA_VENDORS, ...AI_PLATFORMS, ...SEARCH_PLATFORMS, ...RATING_PLATFORMS] as const;
export type Platform = (typeof PLATFORMS)[number];
export type CaptchaVendor = (typeof CAPTCHA_VENDORS)[number];

/** Captcha labels are normalised ids (lib/captcha-labels.ts), never raw prompt text. */
export const LABEL_PATTERN = /^[a-z][a-z -]{0,31}$/;

/** Upper bounds that keep a forged or buggy message from storing nonsense. */
export const MAX_SECONDS = 6 * 60 * 60;
export const MAX_ROUNDS = 100;
export const MAX_LABELS = 20;
/** Most messages a content script sends in one batch (the gestures of one burst share a message). */
export const MAX_BATCH = 100;

/** What a detector reports (no site, no time: the background adds those). Validated in lib/messages.ts. */
export interface Gesture {
  kind: Kind;
  platform: Platform;
  /** Measured on the user's machine (CAPTCHA shown -> solved, time in a feed), never estimated. */
  seconds?: number;
  rounds?: number;
  labels?: string[];
  /** reCAPTCHA v3 / invisible: the page scored the person's behaviour, no challenge was solved. */
  passive?: boolean;
}

/** One step of a CAPTCHA that may span several frames (reCAPTCHA anchor + bframe): merged in the background. */
export const CAPTCHA_STEPS = ['shown', 'round', 'solved', 'passive'] as const;
export type CaptchaStepName = (typeof CAPTCHA_STEPS)[number];
export interface CaptchaStep {
  vendor: CaptchaVendor;
  step: CaptchaStepName;
  /** Normalised label of the object asked for (lib/captcha-labels.ts). */
  label?: string;
}

/** What the background stores. `day` is the local calendar day (YYYY-MM-DD) the event happened on. */
export interface LaborEvent {
  id?: number;
  /** Random id chosen by the content script, so that a retried message is stored once. */
  uid: string;
  at: number;
  day: string;
  kind: Kind;
  platform: Platform;
  site: string;
  seconds?: number;
  rounds?: number;
  labels?: string[];
  passive?: boolean;
}

/** Local calendar day of a timestamp, `YYYY-MM-DD`. */
export function dayOf(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The hostname of the top-level page, or null for anything that is not an ordinary web page.
 * Lower-cased, without port, path or query.
 */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}
