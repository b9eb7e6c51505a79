/** Display names of platforms, detectors and CAPTCHA labels, all through the locale files. */
import { PLATFORMS } from '@/lib/events';
import { messageKey, type T } from '@/lib/i18n';

const KNOWN_PLATFORMS = new Set<string>(PLATFORMS);

/** A platform or detector id as people know it; an id we have no name for (a new detector) shows as itself. */
export const platformName = (t: T, id: string) => (KNOWN_PLATFORMS.has(id) ? t(messageKey(`platform_${id}`)) : id);

/**
 * A CAPTCHA label id (lib/captcha-labels.ts) in words; one without a message shows as itself. Read from the messages
 * rather than the label table, which the popup would otherwise load for its ids (issue 14).
 */
export function labelName(t: T, id: string): string {
  const key = messageKey(`label_${id.replace(/ /g, '_')}`);
  const name = t(key);
  return name === key ? id : name;
}

/**
 * What labels like these train, in the book's terms (ch. 4; teaching sheet q. e): street objects feed image
 * recognition for driving and maps, audio challenges speech recognition, other objects general image recognition.
 */
const ROAD = new Set(['crosswalk', 'traffic light', 'bicycle', 'bus', 'motorcycle', 'fire hydrant', 'car', 'bridge', 'taxi', 'parking meter', 'vehicle', 'truck', 'street sign', 'stairs', 'tractor', 'store']);

export function trainsKey(labels: string[]) {
  if (labels.some((l) => ROAD.has(l))) return 'captcha_trains_road' as const;
  if (labels.includes('audio')) return 'captcha_trains_audio' as const;
  return 'captcha_trains_images' as const;
}
