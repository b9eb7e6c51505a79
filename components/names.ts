/** Display names of platforms, detectors and CAPTCHA labels, all through the locale files. */
import { LABELS, OTHER_LABEL } from '@/lib/captcha-labels';
import { PLATFORMS } from '@/lib/events';
import { messageKey, type T } from '@/lib/i18n';

const KNOWN_PLATFORMS = new Set<string>(PLATFORMS);
const KNOWN_LABELS = new Set<string>([...Object.keys(LABELS), OTHER_LABEL]);

/** A platform or detector id as people know it; an id we have no name for (a new detector) shows as itself. */
export const platformName = (t: T, id: string) => (KNOWN_PLATFORMS.has(id) ? t(messageKey(`platform_${id}`)) : id);

export const labelName = (t: T, id: string) => (KNOWN_LABELS.has(id) ? t(messageKey(`label_${id.replace(/ /g, '_')}`)) : id);

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
