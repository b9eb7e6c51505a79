/**
 * Consent and categories (issue 15): nothing is recorded and no detector starts until the person has pressed
 * "Start counting" on the welcome page (entrypoints/welcome/), and then only in the categories they left on.
 *
 * What is stored: two fields of the settings, `counting` (the button was pressed) and `categories` (each category
 * offered, on or off). No date, no version, nothing else. A category the person was never offered (one an update
 * adds) is absent from `categories`, hence off, until they turn it on on the welcome page or in the settings.
 */
import { CATEGORIES, type Category, type DetectorId } from './detectors/routes';
import type { Platform } from './events';
import type { Settings } from './settings';

/** Every category, in the order the welcome page and the settings show them. */
export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[];

/** A detector's or a platform's category (a platform's id is its detector's id, checked by tests/unit/consent.test.ts). */
export const categoryOfId = (id: string): Category | undefined =>
  CATEGORY_IDS.find((c) => Object.prototype.hasOwnProperty.call(CATEGORIES[c], id));

export const categoryOfPlatform = (platform: Platform): Category | undefined => categoryOfId(platform as DetectorId);

/** Is this category counted now? Only after consent, and only if the person left it on. */
export const isCategoryOn = (settings: Pick<Settings, 'counting' | 'categories'>, category: Category | undefined): boolean =>
  settings.counting && category !== undefined && settings.categories[category] === true;

/** Categories the person has not been offered yet (new in an update, or never seen on a fresh install). */
export const unseenCategories = (settings: Pick<Settings, 'categories'>): Category[] =>
  CATEGORY_IDS.filter((c) => typeof settings.categories[c] !== 'boolean');

/**
 * The welcome page's checkboxes before the person touches them: on a fresh install every category is on; once
 * counting, each keeps its choice and a category the person was never offered is off.
 */
export function initialChoice(settings: Pick<Settings, 'counting' | 'categories'>): Record<Category, boolean> {
  return Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, settings.counting ? settings.categories[c] === true : settings.categories[c] ?? true]),
  ) as Record<Category, boolean>;
}

/** What pressing "Start counting" stores: consent, and every category offered with its choice. */
export const consentPatch = (choice: Record<Category, boolean>): Pick<Settings, 'counting' | 'categories'> => ({
  counting: true,
  categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, choice[c] === true])) as Record<Category, boolean>,
});

/**
 * Categories of the version before consent existed (0.x): all five of today's. An update that adds a category
 * leaves this list as it is.
 */
export const PRE_CONSENT_CATEGORIES: readonly Category[] = ['social', 'captcha', 'ai', 'search', 'ratings'];

/**
 * The extension was installed or updated (runtime.onInstalled). `stored` is the raw settings value in storage
 * (undefined when nothing was ever stored). Returns the settings patch to store (if any) and whether to open the
 * welcome page.
 * - install: open the welcome page (nothing counts until the person decides there).
 * - update from a version before consent existed (stored settings without `counting`, or none at all): that
 *   version already counted every category it had; keep counting them (an update never re-asks). The categories it
 *   did not have stay off and the welcome page opens to offer them.
 * - update otherwise: never re-ask, unless a category appeared that the person was never offered while counting.
 */
export function onInstalled(
  reason: string,
  stored: Partial<Settings> | null | undefined,
  previousCategories: readonly Category[] = PRE_CONSENT_CATEGORIES,
): { patch?: Pick<Settings, 'counting' | 'categories'>; open: boolean } {
  // Stored at once (lib/settings.ts defaults, counting off), so that a later update knows this version asked.
  if (reason === 'install') return stored?.counting ? { open: false } : { patch: { counting: false, categories: stored?.categories ?? {} }, open: true };
  if (reason !== 'update') return { open: false };
  if (stored?.counting === undefined) {
    const patch = { counting: true, categories: Object.fromEntries(previousCategories.map((c) => [c, true])) };
    return { patch, open: unseenCategories(patch).length > 0 };
  }
  return { open: stored.counting && unseenCategories({ categories: stored.categories ?? {} }).length > 0 };
}
