/**
 * The practice sandbox runs the REAL detectors (lib/detectors/) on its own page: its feed carries X's hooks
 * (`data-testid="like"`, `[role="group"]`...) and its CAPTCHA carries reCAPTCHA's (`#recaptcha-anchor`,
 * `#recaptcha-verify-button`...), so what a class tries there is detected by exactly the code that runs on the real
 * sites. What the detectors emit goes to the background wrapped as a `practice` message, which the recorder only
 * accepts from practice.html and stores in the separate `practice` table.
 */
import { anonymize, type AnonymizedReport } from './anonymize';
import { KIND_CONCEPTS } from './concepts';
import type { Detector } from './detectors/core/types';
import { chatgpt } from './detectors/ai/chatgpt';
import { recaptcha } from './detectors/captcha/recaptcha';
import { googleMaps } from './detectors/ratings/google-maps';
import { google } from './detectors/search/google';
import { x } from './detectors/social/x';
import { createSender, startDetectors, type Send } from './content-runtime';
import { dayOf, type Kind, type LaborEvent } from './events';
import type { ContentMessage, Reply } from './messages';
import { buildReport } from './report';

/**
 * reCAPTCHA's detector tells its two frames apart by their path (`/recaptcha/api2/anchor` and `/bframe`). The
 * practice CAPTCHA has both parts in one page, so each part of the detector gets a view of the page document whose
 * `location.pathname` is that frame's; every other property is the real document's.
 */
export function asFrame(doc: Document, pathname: string): Document {
  const location = { href: doc.location.href, pathname, hostname: 'www.google.com' };
  return new Proxy(doc, {
    get(target, prop) {
      if (prop === 'location') return location;
      const value = Reflect.get(target, prop, target);
      // DOM methods must be called on the real document.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The sandbox's "frames": the feed is X (likes, reposts, replies, reports...), the pretend AI answer is ChatGPT, the
 * pretend results page is Google's, the pretend place review is Google Maps', the CAPTCHA is reCAPTCHA's anchor and
 * challenge frame.
 */
export const PRACTICE_PARTS: { detector: Detector; pathname: string; hostname: string }[] = [
  { detector: x, pathname: '/home', hostname: 'x.com' },
  { detector: googleMaps, pathname: '/maps/place/practice', hostname: 'www.google.com' },
  { detector: chatgpt, pathname: '/c/practice', hostname: 'chatgpt.com' },
  { detector: google, pathname: '/search', hostname: 'www.google.com' },
  { detector: recaptcha, pathname: '/recaptcha/api2/anchor', hostname: 'www.google.com' },
  { detector: recaptcha, pathname: '/recaptcha/api2/bframe', hostname: 'www.google.com' },
];

/** Starts the detectors on the practice page; `send` delivers one practice message (browser.runtime.sendMessage). */
export function startPractice(
  doc: Document,
  signal: AbortSignal,
  send: (message: { type: 'practice'; message: ContentMessage }) => Promise<Reply | undefined>,
): string[] {
  const deliver = createSender(((message) => send({ type: 'practice', message })) satisfies Send, signal);
  const active: string[] = [];
  for (const { detector, pathname, hostname } of PRACTICE_PARTS) {
    const view = detector === recaptcha ? asFrame(doc, pathname) : doc;
    active.push(...startDetectors([detector], { hostname, pathname }, view, signal, deliver));
  }
  return [...new Set(active)];
}

/**
 * The practice hand-in: the sandbox's counts as an anonymised report marked `practice: true`, for a class that only
 * used the sandbox (docs/report-format.md, "Practice hand-in"). Its period runs from the first practice day to the
 * last (today when nothing was done). Built like the weekly hand-in (buildReport then anonymize), so it holds no
 * site, no event and nothing typed.
 */
export function practiceHandIn(events: readonly LaborEvent[], now = new Date()): AnonymizedReport {
  const days = events.map((e) => e.day).sort();
  const today = dayOf(now.getTime());
  const period = { start: days[0] ?? today, end: days[days.length - 1] ?? today };
  return { ...anonymize(buildReport([...events], period, now)), practice: true };
}

/**
 * What each gesture gave the platform, in one sentence (`sandbox_gave_<kind>`, shown beside the sandbox as it
 * happens), with the value it feeds (lib/concepts.ts): the message names it.
 */
export const gaveKey = (kind: Kind) => `sandbox_gave_${kind.replace(/-/g, '_')}` as const;
export const gaveValue = (kind: Kind) => KIND_CONCEPTS[kind].value;
