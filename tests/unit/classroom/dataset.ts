/** A known week of events for the export, anonymisation and class tests (times in UTC, days given explicitly). */
import type { LaborEvent } from '@/lib/events';
import type { Period } from '@/lib/period';

export const WEEK: Period = { start: '2026-11-16', end: '2026-11-22' };
const at = (day: string, time: string) => Date.parse(`${day}T${time}:00.000Z`);

export const EVENTS: LaborEvent[] = [
  { uid: 'u000000001', at: at('2026-11-16', '09:00'), day: '2026-11-16', kind: 'reaction', platform: 'x', site: 'x.com' },
  { uid: 'u000000002', at: at('2026-11-16', '09:05'), day: '2026-11-16', kind: 'share', platform: 'x', site: 'x.com' },
  {
    uid: 'u000000003',
    at: at('2026-11-18', '14:00'),
    day: '2026-11-18',
    kind: 'captcha',
    platform: 'recaptcha',
    site: 'www.boutique-exemple.fr',
    seconds: 12.4,
    rounds: 2,
    labels: ['crosswalk', 'traffic light'],
  },
  { uid: 'u000000004', at: at('2026-11-22', '20:00'), day: '2026-11-22', kind: 'comment', platform: 'mastodon', site: 'mastodon.social' },
  { uid: 'u000000005', at: at('2026-11-22', '21:00'), day: '2026-11-22', kind: 'captcha', platform: 'recaptcha', site: 'shop.example', passive: true },
  // The next week: never in this week's exports.
  { uid: 'u000000006', at: at('2026-11-23', '08:00'), day: '2026-11-23', kind: 'reaction', platform: 'x', site: 'x.com' },
];

export const GENERATED = new Date('2026-11-22T22:00:00.000Z');
