/**
 * Where each detector applies, without its code. The content script that runs on every page and frame imports
 * only this table and loads a detector's own chunk (entrypoints/detector-<id>.ts) where its entry matches, so an
 * ordinary page costs a hostname test and a few querySelector calls. Each detector's `matches` is its entry here
 * (tests/unit/registry.test.ts checks both lists agree).
 */
import type { Route, Where } from './core/types';

/** `hostname` is one of `hosts` or a subdomain of one. */
export const hostMatches = (hostname: string, hosts: readonly string[]) =>
  hosts.some((h) => hostname === h || hostname.endsWith(`.${h}`));

const on = (hosts: readonly string[]) => ({ hostname }: Where) => hostMatches(hostname, hosts);
const onExactly = (hosts: readonly string[]) => ({ hostname }: Where) => hosts.includes(hostname);

/** reCAPTCHA's two frames: `anchor` (checkbox) and `bframe` (challenge), api2 and Enterprise. */
export const RECAPTCHA_FRAME = /^\/recaptcha\/(api2|enterprise)\/(anchor|bframe)/;
/** A site's own CAPTCHA image (vendor widgets, whose logos say "recaptcha"/"hcaptcha", have their own detectors). */
export const CAPTCHA_IMAGE = ['src', 'alt', 'id', 'name', 'class']
  .map((a) => `img[${a}*="captcha" i]:not([src*="recaptcha" i]):not([src*="hcaptcha" i])`)
  .join(', ');
/** GeeTest's loader (static.geetest.com gt.js / gt4.js, or a self-hosted copy) or its stylesheet. */
const GEETEST_LOADER = 'script[src*="geetest" i], script[src*="/gt.js"], script[src*="/gt4.js"], link[href*="geetest" i]';
/**
 * The root of a rendered GeeTest widget: v3 float/embed holder and popup panel, v4 box in float/bind mode and popup
 * wrapper; every other part of the widget is inside one of them (lib/detectors/captcha/geetest.ts sources).
 */
const GEETEST_ROOT = '.geetest_holder, .geetest_panel, .geetest_captcha, .geetest_popup_wrap';
/**
 * Does one of these elements match? The routes run at every page load and again when a widget may have arrived
 * late (lib/content-runtime.ts): a selector list with attribute substrings is tested against every element of the
 * page (on a 44,000-element page: 26 ms for CAPTCHA_IMAGE, 34 ms for `[class*="geetest_"]`), while the page's
 * images, scripts and links are few.
 */
const anyMatches = (els: Iterable<Element>, sel: string) => {
  for (const el of els) if (el.matches(sel)) return true;
  return false;
};
/** Frames of CAPTCHA vendors: handled by their own detectors, never as a site's own CAPTCHA. */
const CAPTCHA_VENDOR_HOSTS = ['google.com', 'recaptcha.net', 'hcaptcha.com', 'cloudflare.com', 'arkoselabs.com', 'funcaptcha.com'];

/** Social platforms (lib/detectors/social/). */
const SOCIAL = {
  // Social platforms, by hostname (subdomains included where the site uses them: mobile.x.com, m.youtube.com,
  // old.reddit.com, fr.pinterest.com...).
  x: on(['x.com', 'twitter.com']),
  youtube: on(['youtube.com']),
  reddit: on(['reddit.com']),
  bluesky: on(['bsky.app']),
  facebook: onExactly(['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com']),
  instagram: onExactly(['www.instagram.com', 'instagram.com']),
  linkedin: onExactly(['www.linkedin.com', 'linkedin.com']),
  tiktok: onExactly(['www.tiktok.com', 'tiktok.com', 'm.tiktok.com']),
  threads: onExactly(['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net']),
  pinterest: ({ hostname }: Where) => /^([a-z]{2}\.|www\.)?pinterest\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(hostname),
  // Mastodon on any hostname: the web app's root element or its initial state (mastodon/mastodon
  // app/views/layouts/application.html.haml, app/javascript/mastodon/main.tsx).
  // (By id first: a selector list is tested against every element of the page.)
  mastodon: (_: Where, doc: Document) =>
    doc.getElementById('mastodon')?.matches('[data-props], .app-holder') === true ||
    doc.getElementById('initial-state')?.matches('script[type="application/json"]') === true,
} as const satisfies Record<string, Route['matches']>;

/** CAPTCHAs (lib/detectors/captcha/). */
const CAPTCHA = {
  // CAPTCHA vendors, by their frames' hostnames and paths.
  recaptcha: ({ hostname, pathname }: Where) =>
    ['www.google.com', 'www.recaptcha.net', 'recaptcha.net', 'recaptcha.google.com'].includes(hostname) && RECAPTCHA_FRAME.test(pathname),
  hcaptcha: ({ hostname, pathname }: Where) =>
    hostMatches(hostname, ['hcaptcha.com']) && /^\/captcha\/v1\/[^/]+\/static\/hcaptcha(-checkbox|-challenge)?\.html$/.test(pathname),
  turnstile: ({ hostname, pathname }: Where) =>
    hostname === 'challenges.cloudflare.com' && /^\/cdn-cgi\/challenge-platform\/.*\/turnstile\//.test(pathname),
  arkose: ({ hostname, pathname }: Where) =>
    hostMatches(hostname, ['arkoselabs.com', 'funcaptcha.com']) && /\/(game-core\/|fc\/gc\/)/.test(pathname),
  // In-page widgets on any host: GeeTest's loader or widget (static.geetest.com gt.js / gt4.js, or a self-hosted
  // copy), and a site's own CAPTCHA image.
  geetest: ({ hostname }: Where, doc: Document) =>
    hostname !== '' &&
    (anyMatches(doc.scripts, GEETEST_LOADER) || anyMatches(doc.getElementsByTagName('link'), GEETEST_LOADER) || doc.querySelector(GEETEST_ROOT) !== null),
  'captcha-text': ({ hostname }: Where, doc: Document) =>
    !hostMatches(hostname, CAPTCHA_VENDOR_HOSTS) && anyMatches(doc.getElementsByTagName('img'), CAPTCHA_IMAGE),
} as const satisfies Record<string, Route['matches']>;

/** Google's country domains: www.google.com, www.google.fr, www.google.co.uk, www.google.com.br... */
const GOOGLE_HOST = /^www\.google\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;
/** Amazon's country domains: www.amazon.com, www.amazon.fr, www.amazon.co.uk, www.amazon.com.br... */
const AMAZON_HOST = /^www\.amazon\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/** AI assistants (lib/detectors/ai/): the pages where their answers are rated. */
const AI = {
  chatgpt: onExactly(['chatgpt.com', 'chat.openai.com']),
  claude: onExactly(['claude.ai']),
  gemini: onExactly(['gemini.google.com']),
  copilot: onExactly(['copilot.microsoft.com']),
  perplexity: onExactly(['www.perplexity.ai', 'perplexity.ai']),
  mistral: onExactly(['chat.mistral.ai']),
} as const satisfies Record<string, Route['matches']>;

/** Search engines (lib/detectors/search/): their home and results pages. */
const SEARCH = {
  google: ({ hostname, pathname }: Where) => GOOGLE_HOST.test(hostname) && /^\/(search|webhp)?$/.test(pathname),
  bing: ({ hostname, pathname }: Where) => hostname === 'www.bing.com' && /^\/(search)?$/.test(pathname),
  duckduckgo: ({ hostname }: Where) => hostname === 'duckduckgo.com',
  qwant: ({ hostname }: Where) => hostname === 'www.qwant.com',
  ecosia: ({ hostname, pathname }: Where) => hostname === 'www.ecosia.org' && /^\/(search)?$/.test(pathname),
} as const satisfies Record<string, Route['matches']>;

/** Ratings of products and places (lib/detectors/ratings/). */
const RATINGS = {
  amazon: ({ hostname }: Where) => AMAZON_HOST.test(hostname),
  'google-maps': ({ hostname, pathname }: Where) => GOOGLE_HOST.test(hostname) && pathname.startsWith('/maps'),
} as const satisfies Record<string, Route['matches']>;

/** Detectors by category: the folders of lib/detectors/, and what the person will switch on and off. */
export const CATEGORIES = { social: SOCIAL, captcha: CAPTCHA, ai: AI, search: SEARCH, ratings: RATINGS } as const;
export type Category = keyof typeof CATEGORIES;

export const WHERE = { ...SOCIAL, ...CAPTCHA, ...AI, ...SEARCH, ...RATINGS };

export type DetectorId = keyof typeof WHERE;

export const categoryOf = (id: DetectorId): Category =>
  (Object.keys(CATEGORIES) as Category[]).find((c) => id in CATEGORIES[c])!;

export const ROUTES: readonly Route[] = Object.entries(WHERE).map(([id, matches]) => ({ id, matches }));
