/**
 * Settings for tests that assume counting is on (issue 15): consent given on the welcome page, every category on,
 * as the e2e harness's `launch()` grants by default. Tests about consent itself start from DEFAULT_SETTINGS.
 */
import { CATEGORY_IDS, consentPatch } from '@/lib/consent';
import type { Category } from '@/lib/detectors/routes';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

export const ALL_ON = Object.fromEntries(CATEGORY_IDS.map((c) => [c, true])) as Record<Category, boolean>;

export const COUNTING_SETTINGS: Settings = { ...DEFAULT_SETTINGS, ...consentPatch(ALL_ON) };

/** `settings` with consent given and every category on, whatever it says about them. */
export const counting = (settings: Settings): Settings => ({ ...settings, ...consentPatch(ALL_ON) });
