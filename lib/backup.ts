/**
 * Backups (docs/backup-format.md): one JSON file with every recorded event (with its uid) and the settings, saved from
 * the settings page, restored or merged into any profile, the same browser or another one.
 *
 * Restoring is a merge: events are added by uid (one already stored, from this browser or an earlier restore, is
 * skipped), through lib/db.ts `recordEvents`, the very function the recorder writes with, in chunks of
 * RESTORE_CHUNK events, each chunk one transaction that adds its events and updates their rollups. The settings page
 * runs it, not the background: IndexedDB runs read-write transactions over the same tables one after another, across
 * pages and the service worker, so a gesture recorded during a restore and a restore chunk never interleave, and
 * the rollups stay exact. A restore cut short (page closed) leaves whole chunks; restoring the same file again adds
 * the rest.
 *
 * A file is checked in full before anything is written: a bad file changes nothing. The checks are written by hand
 * (no schema library), so the settings page does not carry one. Nothing of the parsed file is copied through: every
 * stored object is rebuilt from the known fields, so keys such as `__proto__` can do nothing (they are refused
 * anyway, as no backup has them).
 */
import { recordEvents, type LaborDB } from './db';
import {
  KINDS,
  LABEL_PATTERN,
  MAX_LABELS,
  MAX_ROUNDS,
  MAX_SECONDS,
  PLATFORMS,
  dayOf,
  type Kind,
  type LaborEvent,
  type Platform,
} from './events';
import { isDay } from './period';
import { DEFAULT_SETTINGS, isHostname, isRetention, isWage, normaliseHost, type Settings } from './settings';
import { isPlace } from './wages';

export const BACKUP_FORMAT = 'digital-labor-backup';
export const BACKUP_VERSION = 1;
/** Versions this extension restores (the version policy: keep reading every one ever written). */
export const BACKUP_VERSIONS: readonly number[] = [1];
/**
 * A year of heavy use (500,000 events) is about 55 MB; four times that still restores. Past these a file is refused
 * before it is read (size) or before its rows are looked at (count).
 */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;
export const MAX_BACKUP_EVENTS = 2_000_000;
/** Most paused sites a backup may carry. */
export const MAX_PAUSED_SITES = 10_000;
/** Events per restore transaction: big enough to be fast, small enough to show progress and keep the worker's own writes flowing. */
export const RESTORE_CHUNK = 5_000;
/** Clocks of two computers differ; past a day ahead of this one, an event is "in the future". */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
/** No event can be older than the extension; this only refuses nonsense (0, negative times). */
export const OLDEST_AT = Date.UTC(2000, 0, 1);

/** The other files of the extension, refused with their own message: totals, not events (docs/report-format.md). */
export const REPORT_FORMATS = ['digital-labor-report', 'digital-labor-class'] as const;

/** The settings a backup carries (docs/backup-format.md says which of them a restore takes). */
export type BackupSettings = Partial<Pick<Settings, 'paused' | 'pausedSites' | 'retentionWeeks' | 'wage' | 'language' | 'reminder'>>;

export interface Backup {
  createdAt: string;
  settings: BackupSettings;
  events: LaborEvent[];
}

export type BackupErrorCode =
  | 'too-big'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'report'
  | 'format'
  | 'version'
  | 'newer'
  | 'too-many'
  | 'shape'
  | 'future';

export interface BackupError {
  code: BackupErrorCode;
  /**
   * `shape`: where (`events[12].at`, `settings.wage`), never a value from the file; `newer`: the unknown kind or
   * platform id when it looks like one; `version`: the version found when it is a small number.
   */
  detail?: string;
}

export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** One event as the file holds it: known fields only, in a fixed order (never the local `id`). */
function eventJson(e: LaborEvent): string {
  const out: Record<string, unknown> = { uid: e.uid, at: e.at, day: e.day, kind: e.kind, platform: e.platform, site: e.site };
  if (e.seconds !== undefined) out.seconds = e.seconds;
  if (e.rounds !== undefined) out.rounds = e.rounds;
  if (e.labels?.length) out.labels = e.labels;
  if (e.passive) out.passive = true;
  return JSON.stringify(out);
}

function settingsJson(s: Settings): BackupSettings {
  return {
    paused: s.paused,
    pausedSites: [...s.pausedSites],
    retentionWeeks: s.retentionWeeks,
    wage: { ...s.wage },
    language: s.language,
    reminder: s.reminder,
  };
}

/**
 * The backup file, as the parts of a Blob (one per chunk of events: a year of data is never one string), one event
 * per line; `count` says how many, so a file cut at a line is noticed. Pure: backupParts feeds it the stored events.
 */
export function serializeBackup(
  settings: Settings,
  chunks: Iterable<readonly LaborEvent[]>,
  count: number,
  { now = Date.now(), app = '' }: { now?: number; app?: string } = {},
): string[] {
  const head = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date(now).toISOString(),
    app: { name: 'travail-du-clic', version: app },
    settings: settingsJson(settings),
    count,
  };
  // `events` last, so that a file cut anywhere no longer parses.
  const parts = [`${JSON.stringify(head).slice(0, -1)},\n"events": [`];
  let first = true;
  for (const rows of chunks) {
    if (rows.length === 0) continue;
    parts.push(`${first ? '\n' : ',\n'}${rows.map(eventJson).join(',\n')}`);
    first = false;
  }
  parts.push('\n]}\n');
  return parts;
}

/** Every stored event (read by primary key, 20,000 at a time, in one read transaction) and the settings, as file parts. */
export async function backupParts(
  db: LaborDB,
  settings: Settings,
  opts: { now?: number; app?: string } = {},
): Promise<{ parts: string[]; count: number }> {
  // One read transaction: a gesture recorded while the file is written is in it entirely or not at all.
  const chunks = await db.transaction('r', db.events, async () => {
    const out: LaborEvent[][] = [];
    let last = -Infinity;
    for (;;) {
      const rows = await db.events.where(':id').above(last).limit(20_000).toArray();
      if (rows.length === 0) return out;
      last = rows[rows.length - 1]!.id!;
      out.push(rows);
    }
  });
  const count = chunks.reduce((n, c) => n + c.length, 0);
  return { parts: serializeBackup(settings, chunks, count, opts), count };
}

export const backupFileName = (now = Date.now()) => `travail-du-clic-backup-${dayOf(now)}.json`;

// ---------------------------------------------------------------------------------------------------------------
// Reading

const UID = /^[A-Za-z0-9_-]{8,64}$/;
/** What lib/events.ts `siteOf` can store: a lower-case hostname (IDN as punycode), an IPv4 or a bracketed IPv6. */
const SITE = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$|^\[[0-9a-f:.]{2,45}\]$/;
/** An id a newer version may have added (named in the message); anything else is never echoed. */
const ID_LIKE = /^[a-z][a-z0-9-]{0,30}$/;
/** A key name shown in a message (`events[3].__proto__`); anything else shows as `…`. */
const KEY_LIKE = /^[A-Za-z_$][\w$-]{0,40}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** Keys no backup has, refused wherever the reader looks (they could only come from a crafted file). */
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];
const KIND_SET: ReadonlySet<string> = new Set(KINDS);
const PLATFORM_SET: ReadonlySet<string> = new Set(PLATFORMS);
const DAY_MS = 86_400_000;

class Refused extends Error {
  constructor(readonly error: BackupError) {
    super(error.code);
  }
}
const refuse = (code: BackupErrorCode, detail?: string): never => {
  throw new Refused(detail === undefined ? { code } : { code, detail });
};
const shape = (path: string): never => refuse('shape', path);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** An object of the file, with none of the forbidden keys. */
function object(v: unknown, path: string): Record<string, unknown> {
  if (!isObject(v)) return shape(path);
  for (const key of FORBIDDEN_KEYS) if (has(v, key)) shape(`${path}.${key}`);
  return v;
}

/** Can a local day `day` hold the instant `at`? Local time is UTC-12 to UTC+14. */
function dayHolds(day: string, at: number): boolean {
  const start = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return at >= start - 14 * 3600_000 && at < start + DAY_MS + 12 * 3600_000;
}

function readEvent(raw: unknown, i: number, latest: number, sites: Set<string>): LaborEvent {
  const path = `events[${i}]`;
  const v = object(raw, path);
  const { uid, at, day, kind, platform, site, seconds, rounds, labels, passive } = v;
  if (typeof uid !== 'string' || !UID.test(uid)) shape(`${path}.uid`);
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < OLDEST_AT) shape(`${path}.at`);
  if ((at as number) > latest) refuse('future', path);
  if (typeof day !== 'string' || !isDay(day) || !dayHolds(day, at as number)) shape(`${path}.day`);
  if (typeof kind !== 'string') shape(`${path}.kind`);
  if (!KIND_SET.has(kind as string)) return ID_LIKE.test(kind as string) ? refuse('newer', kind as string) : shape(`${path}.kind`);
  if (typeof platform !== 'string') shape(`${path}.platform`);
  if (!PLATFORM_SET.has(platform as string)) {
    return ID_LIKE.test(platform as string) ? refuse('newer', platform as string) : shape(`${path}.platform`);
  }
  if (typeof site !== 'string' || (!sites.has(site) && !SITE.test(site))) shape(`${path}.site`);
  sites.add(site as string);
  const event: LaborEvent = { uid: uid as string, at: at as number, day: day as string, kind: kind as Kind, platform: platform as Platform, site: site as string };
  if (seconds !== undefined) {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_SECONDS) shape(`${path}.seconds`);
    event.seconds = seconds as number;
  }
  if (rounds !== undefined) {
    if (typeof rounds !== 'number' || !Number.isInteger(rounds) || rounds < 0 || rounds > MAX_ROUNDS) shape(`${path}.rounds`);
    event.rounds = rounds as number;
  }
  if (labels !== undefined) {
    if (!Array.isArray(labels) || labels.length > MAX_LABELS) shape(`${path}.labels`);
    for (const l of labels as unknown[]) if (typeof l !== 'string' || !LABEL_PATTERN.test(l)) shape(`${path}.labels`);
    if ((labels as string[]).length > 0) event.labels = [...new Set(labels as string[])];
  }
  if (passive !== undefined) {
    if (typeof passive !== 'boolean') shape(`${path}.passive`);
    if (passive) event.passive = true;
  }
  return event;
}

function readSettings(raw: unknown): BackupSettings {
  const v = object(raw, 'settings');
  const out: BackupSettings = {};
  if (v.paused !== undefined) {
    if (typeof v.paused !== 'boolean') shape('settings.paused');
    out.paused = v.paused as boolean;
  }
  if (v.pausedSites !== undefined) {
    const list = v.pausedSites;
    if (!Array.isArray(list) || list.length > MAX_PAUSED_SITES) return shape('settings.pausedSites');
    out.pausedSites = list.map((h, i) => {
      if (typeof h !== 'string' || h.length > 253 || !isHostname(normaliseHost(h))) shape(`settings.pausedSites[${i}]`);
      return normaliseHost(h as string);
    });
  }
  if (v.retentionWeeks !== undefined) {
    const w = v.retentionWeeks;
    if (!(w === null || (typeof w === 'number' && isRetention(w)))) shape('settings.retentionWeeks');
    out.retentionWeeks = w as number | null;
  }
  if (v.wage !== undefined) {
    const w = object(v.wage, 'settings.wage');
    if (!['locale', 'micro', 'custom'].includes(w.ref as string)) shape('settings.wage.ref');
    if (typeof w.rate !== 'number' || typeof w.currency !== 'string' || !isWage(w.rate, w.currency)) shape('settings.wage.rate');
    out.wage = { ref: w.ref as Settings['wage']['ref'], rate: w.rate as number, currency: w.currency as string };
    if (w.place !== undefined) {
      if (w.place !== 'auto' && !isPlace(w.place)) shape('settings.wage.place');
      out.wage.place = w.place as NonNullable<Settings['wage']['place']>;
    }
  }
  if (v.language !== undefined) {
    if (!['auto', 'en', 'fr'].includes(v.language as string)) shape('settings.language');
    out.language = v.language as Settings['language'];
  }
  if (v.reminder !== undefined) {
    if (typeof v.reminder !== 'boolean') shape('settings.reminder');
    out.reminder = v.reminder as boolean;
  }
  // Other keys (a newer version's settings, consent and categories) are ignored: a restore never takes them.
  return out;
}

/** Checks a backup's text in full (the size was checked before reading it) and returns clean events and settings. */
export function parseBackup(text: string, now = Date.now()): ParseResult {
  try {
    return { ok: true, backup: read(text, now) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error };
    // JSON.parse of a pathological file, or memory: the file is refused like any unreadable one.
    return { ok: false, error: { code: 'not-json' } };
  }
}

function read(text: string, now: number): Backup {
  if (text.length > MAX_BACKUP_BYTES) refuse('too-big');
  if (text.trim() === '') refuse('empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A file that starts as a backup but does not parse was cut (a download stopped, a full disk).
    return refuse(text.slice(0, 200).includes(`"${BACKUP_FORMAT}"`) ? 'truncated' : 'not-json');
  }
  if (!isObject(data)) return refuse('format');
  const top = object(data, 'file');
  if (typeof top.format === 'string' && (REPORT_FORMATS as readonly string[]).includes(top.format)) refuse('report');
  if (top.format !== BACKUP_FORMAT) refuse('format');
  if (!BACKUP_VERSIONS.includes(top.version as number)) {
    const v = top.version;
    const shown = typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 1000 ? String(v) : undefined;
    refuse('version', shown);
  }
  if (typeof top.createdAt !== 'string' || !ISO.test(top.createdAt) || Number.isNaN(Date.parse(top.createdAt))) shape('createdAt');
  const latest = now + FUTURE_SLACK_MS;
  if (Date.parse(top.createdAt as string) > latest) refuse('future', 'createdAt');
  if (top.app !== undefined) object(top.app, 'app');
  const settings = readSettings(top.settings);
  const events = top.events;
  if (!Array.isArray(events)) return shape('events');
  if (events.length > MAX_BACKUP_EVENTS) refuse('too-many', String(events.length));
  // A file cut at a line and closed again (or edited) no longer holds what it says.
  if (typeof top.count !== 'number' || top.count !== events.length) refuse('truncated');
  const sites = new Set<string>();
  const out = new Array<LaborEvent>(events.length);
  for (let i = 0; i < events.length; i++) out[i] = readEvent(events[i], i, latest, sites);
  return { createdAt: top.createdAt as string, settings, events: out };
}

/** A key path for a message: known segments as they are, anything else as `…`. */
export function safePath(path: string): string {
  return path
    .split('.')
    .map((seg) => {
      const m = /^([^[]*)((?:\[\d{1,7}\])*)$/.exec(seg);
      return m && (m[1] === '' || KEY_LIKE.test(m[1]!)) ? seg : '…';
    })
    .join('.');
}

// ---------------------------------------------------------------------------------------------------------------
// Merging

export type TakenSetting = 'pausedSites' | 'wage' | 'language';

/**
 * What a restore changes in this browser's settings (docs/backup-format.md, "Merge rules"):
 * - paused sites: the union (a site paused in either browser stays paused);
 * - wage reference and language: the backup's, only while this browser still has the defaults (a new install);
 * - never: the global pause, retention (a shorter one would delete what was just restored), the reminder (it
 *   needs this browser's permission), consent and categories (given in this browser, on its welcome page).
 */
export function mergeSettings(current: Settings, incoming: BackupSettings): { patch: Partial<Settings>; taken: TakenSetting[] } {
  const patch: Partial<Settings> = {};
  const taken: TakenSetting[] = [];
  const union = [...new Set([...current.pausedSites, ...(incoming.pausedSites ?? [])])].sort();
  if (union.length !== current.pausedSites.length) {
    patch.pausedSites = union;
    taken.push('pausedSites');
  }
  const d = DEFAULT_SETTINGS.wage;
  const same = (a: Settings['wage'], b: Settings['wage']) =>
    a.ref === b.ref && a.rate === b.rate && a.currency === b.currency && (a.place ?? 'auto') === (b.place ?? 'auto');
  const w = incoming.wage;
  if (w && same(current.wage, d) && !same(w, d)) {
    patch.wage = { ...w };
    taken.push('wage');
  }
  if (incoming.language && current.language === DEFAULT_SETTINGS.language && incoming.language !== current.language) {
    patch.language = incoming.language;
    taken.push('language');
  }
  return { patch, taken };
}

export interface RestoreProgress {
  done: number;
  total: number;
}

export interface RestoreResult {
  /** Events added to this browser. */
  added: number;
  /** Events skipped because this browser already had them (same uid). */
  duplicates: number;
  /** Events skipped because they are older than this browser's retention setting (they would be deleted at once). */
  tooOld: number;
}

/**
 * Adds a backup's events to the database, RESTORE_CHUNK at a time, each chunk one `recordEvents` transaction (events
 * and their rollups, all or nothing). `keepFrom`: the first local day this browser's retention keeps, if any.
 * `onProgress` is called after each chunk; it may wait (the page lets the browser paint).
 */
export async function restoreEvents(
  db: LaborDB,
  events: LaborEvent[],
  { keepFrom, chunk = RESTORE_CHUNK, onProgress }: { keepFrom?: string; chunk?: number; onProgress?: (p: RestoreProgress) => unknown } = {},
): Promise<RestoreResult> {
  const kept = keepFrom ? events.filter((e) => e.day >= keepFrom) : events;
  const result: RestoreResult = { added: 0, duplicates: 0, tooOld: events.length - kept.length };
  for (let i = 0; i < kept.length; i += chunk) {
    const added = await recordEvents(db, kept.slice(i, i + chunk));
    for (const a of added) a ? result.added++ : result.duplicates++;
    await onProgress?.({ done: Math.min(i + chunk, kept.length), total: kept.length });
  }
  return result;
}

/** The first local day this retention keeps (the recorder's own rule, lib/recorder.ts prune), or undefined. */
export const retentionStart = (weeks: number | null, now = Date.now()) =>
  weeks === null ? undefined : dayOf(now - weeks * 7 * DAY_MS);
