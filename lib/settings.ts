/**
 * The user's settings: one storage item with defaults and a version, read by the background (pause, retention)
 * and edited from the popup and the report page.
 */
import { defineItem } from './storage-item';
import type { Category } from './detectors/routes';
import type { Place } from './wages';

export type WageRef = 'locale' | 'micro' | 'custom';
export type Language = 'auto' | 'en' | 'fr';

export interface Settings {
  /** Global pause: nothing is recorded anywhere. */
  paused: boolean;
  /** Hostnames on which nothing is recorded (exact hostnames, lower case). */
  pausedSites: string[];
  /** Keep this many weeks of data; null keeps everything. */
  retentionWeeks: number | null;
  /**
   * The yardstick for the pay line: the minimum wage of a place (`place`, 'auto' = from the browser locale's
   * region, lib/wages.ts), the micro-work median, or the person's own rate.
   */
  wage: { ref: WageRef; rate: number; currency: string; place?: Place | 'auto' };
  language: Language;
  /** Weekly local notification that the report is ready (off by default). */
  reminder: boolean;
  /**
   * The welcome page's consent (lib/consent.ts): false until the person presses "Start counting"; until then nothing
   * is recorded and no detector starts.
   */
  counting: boolean;
  /**
   * Each category the person has been offered, on or off. A category missing here (one added by an update) is off
   * until the person turns it on.
   */
  categories: Partial<Record<Category, boolean>>;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  pausedSites: [],
  retentionWeeks: null,
  wage: { ref: 'locale', rate: 12.02, currency: 'EUR', place: 'auto' },
  language: 'auto',
  reminder: false,
  counting: false,
  categories: {},
};

// Stored under `settings` (WXT's storage kept a `settings$` version key beside it, version 1 with no migration: it is
// left as it is and no longer read).
export const settingsItem = defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Settings with every field present, whatever an older version stored. */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/:?#].*$/, '').replace(/^\*\./, '').replace(/\.$/, '');
}

/** A hostname the user may type in the paused-sites list ("x.com", "www.youtube.com", "localhost"). */
export const isHostname = (host: string) =>
  host.length <= 253 && /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(host);

/** Longest retention the settings page accepts (ten years). */
export const MAX_RETENTION_WEEKS = 520;
export const isRetention = (weeks: number | null) =>
  weeks === null || (Number.isInteger(weeks) && weeks >= 1 && weeks <= MAX_RETENTION_WEEKS);

/** A custom wage: a positive hourly rate below an absurd bound, and an ISO 4217 code that Intl knows. */
export function isWage(rate: number, currency: string): boolean {
  if (!Number.isFinite(rate) || rate <= 0 || rate > 100_000) return false;
  if (!/^[A-Z]{3}$/.test(currency)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency }).format(1);
    return true;
  } catch {
    return false;
  }
}

/** A site is paused if its hostname, or a parent domain of it, is in the list. */
export function isSitePaused(settings: Settings, site: string): boolean {
  return settings.pausedSites.some((p) => site === p || site.endsWith(`.${p}`));
}

export async function setSitePaused(site: string, paused: boolean): Promise<Settings> {
  const s = await getSettings();
  const host = normaliseHost(site);
  // Resuming a site removes every entry that covers it (pausing "x.com" also paused "mobile.x.com").
  const others = s.pausedSites.filter((p) => (paused ? p !== host : !(host === p || host.endsWith(`.${p}`))));
  return updateSettings({ pausedSites: paused ? [...others, host].sort() : others });
}
