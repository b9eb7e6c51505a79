/**
 * The extension's database (IndexedDB through Dexie). The background writes to it; extension pages read it, except the
 * settings page's delete-everything and backup restore (lib/backup.ts), which write through the same transactions:
 * IndexedDB runs read-write transactions over the same tables one after another, across pages and the worker.
 *
 * - `events`: one row per recorded gesture (lib/events.ts), unique `uid` so a retried message is stored once.
 * - `rollups`: one row per (local day, kind, platform) with running totals, updated in the same transaction as the
 *   event, so that a year of data shows without scanning the events.
 * - `practice` (version 2): gestures made in the extension's own practice sandbox (practice.html), same row shape as
 *   `events` with site `practice`. Kept in their own table so that no real report, rollup or export can ever
 *   include them by mistake; cleared in one click.
 *
 * - `health` (version 3): per (local day, site, detector), how many pages the detector ran on, what it recognised
 *   there and on how many pages it warned that the site looked different (lib/health.ts). Counts only.
 *
 * Schema changes add a new `version(n)` below with an upgrade function; never edit a released version.
 */
import Dexie, { type Table } from 'dexie';
import type { Kind, LaborEvent, Platform } from './events';

export interface Rollup {
  /** `${day}|${kind}|${platform}` */
  key: string;
  day: string;
  kind: Kind;
  platform: Platform;
  count: number;
  /** How many of `count` carry a measured `seconds`. */
  timed: number;
  /** Sum of measured seconds. */
  seconds: number;
  /** CAPTCHA image rounds. */
  rounds: number;
  /** reCAPTCHA v3 / invisible scorings (counted in `count` too). */
  passive: number;
  /** Normalised CAPTCHA label -> times asked. */
  labels: Record<string, number>;
}

/** A detector's health on one site for one local day (the report's health table). */
export interface HealthRow {
  /** `${day}|${site}|${detector}` */
  key: string;
  day: string;
  site: string;
  detector: string;
  /** Page loads on which the detector reported. */
  pages: number;
  /** Items and action controls recognised, summed over those pages. */
  items: number;
  actions: number;
  /** Pages with at least one health warning. */
  warnings: number;
}

export const DB_NAME = 'travail-du-clic';

export class LaborDB extends Dexie {
  events!: Table<LaborEvent, number>;
  rollups!: Table<Rollup, string>;
  practice!: Table<LaborEvent, number>;
  health!: Table<HealthRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      events: '++id, &uid, at, day, [day+kind], [day+platform]',
      rollups: '&key, day',
    });
    // Version 2 only adds a table: v1's tables (and their rows) stay as they are, so no upgrade function is needed.
    this.version(2).stores({
      practice: '++id, &uid, at, day',
    });
    // Version 3 only adds a table, as version 2 did.
    this.version(3).stores({
      health: '&key, day',
    });
  }
}

export const rollupKey = (day: string, kind: Kind, platform: Platform) => `${day}|${kind}|${platform}`;

export function emptyRollup(day: string, kind: Kind, platform: Platform): Rollup {
  return {
    key: rollupKey(day, kind, platform),
    day,
    kind,
    platform,
    count: 0,
    timed: 0,
    seconds: 0,
    rounds: 0,
    passive: 0,
    labels: {},
  };
}

/** Adds one event to a rollup row (mutates and returns it). */
export function addToRollup(r: Rollup, e: Pick<LaborEvent, 'seconds' | 'rounds' | 'labels' | 'passive'>): Rollup {
  r.count += 1;
  if (e.seconds !== undefined) {
    r.timed += 1;
    r.seconds += e.seconds;
  }
  r.rounds += e.rounds ?? 0;
  if (e.passive) r.passive += 1;
  for (const label of e.labels ?? []) r.labels[label] = (r.labels[label] ?? 0) + 1;
  return r;
}

/** Splits a batch into events not yet in `table` (by uid, duplicates within the batch too) and a per-event flag. */
async function withoutStored(table: Table<LaborEvent, number>, events: LaborEvent[]) {
  const existing = new Set((await table.where('uid').anyOf(events.map((e) => e.uid)).toArray()).map((e) => e.uid));
  const fresh: LaborEvent[] = [];
  const added = events.map((e) => {
    if (existing.has(e.uid)) return false;
    existing.add(e.uid);
    fresh.push(e);
    return true;
  });
  return { fresh, added };
}

/**
 * Stores a batch of events and updates their days' rollups in one transaction: all or nothing. Returns, for each
 * event, true when it was added and false when an event with the same uid was already stored (a retried message).
 */
export async function recordEvents(db: LaborDB, events: LaborEvent[]): Promise<boolean[]> {
  return db.transaction('rw', db.events, db.rollups, async () => {
    const { fresh, added } = await withoutStored(db.events, events);
    if (fresh.length === 0) return added;
    await db.events.bulkAdd(fresh);
    const keys = [...new Set(fresh.map((e) => rollupKey(e.day, e.kind, e.platform)))];
    const rows = new Map<string, Rollup>();
    (await db.rollups.bulkGet(keys)).forEach((row, i) => row && rows.set(keys[i]!, row));
    for (const e of fresh) {
      const key = rollupKey(e.day, e.kind, e.platform);
      const row = rows.get(key) ?? emptyRollup(e.day, e.kind, e.platform);
      rows.set(key, addToRollup(row, e));
    }
    await db.rollups.bulkPut([...rows.values()]);
    return added;
  });
}

/** Rollup rows of the local days `start`..`end` inclusive (YYYY-MM-DD). */
export function rollupsBetween(db: LaborDB, start: string, end: string): Promise<Rollup[]> {
  return db.rollups.where('day').between(start, end, true, true).toArray();
}

/** Events of the local days `start`..`end` inclusive, oldest first. */
export function eventsBetween(db: LaborDB, start: string, end: string): Promise<LaborEvent[]> {
  return db.events.where('day').between(start, end, true, true).sortBy('at');
}

/** Deletes everything recorded before the local day `day` (retention). Returns the number of events removed. */
export async function deleteBefore(db: LaborDB, day: string): Promise<number> {
  return db.transaction('rw', db.events, db.rollups, db.health, async () => {
    await db.rollups.where('day').below(day).delete();
    await db.health.where('day').below(day).delete();
    return db.events.where('day').below(day).delete();
  });
}

export async function deleteAll(db: LaborDB): Promise<void> {
  await db.transaction('rw', db.events, db.rollups, db.practice, db.health, async () => {
    await db.health.clear();
    await db.events.clear();
    await db.rollups.clear();
    await db.practice.clear();
  });
}

/** Stores practice events (no rollups: a few dozen rows at most). Same contract as recordEvents. */
export async function recordPractice(db: LaborDB, events: LaborEvent[]): Promise<boolean[]> {
  return db.transaction('rw', db.practice, async () => {
    const { fresh, added } = await withoutStored(db.practice, events);
    if (fresh.length > 0) await db.practice.bulkAdd(fresh);
    return added;
  });
}

/** Every practice event, oldest first. */
export function practiceEvents(db: LaborDB): Promise<LaborEvent[]> {
  return db.practice.orderBy('at').toArray();
}

export function clearPractice(db: LaborDB): Promise<void> {
  return db.practice.clear();
}

/** Adds one page's health report of one detector to its day's row. */
export async function recordHealth(
  db: LaborDB,
  day: string,
  site: string,
  reports: readonly { id: string; items: number; actions: number; warnings: readonly string[] }[],
): Promise<void> {
  await db.transaction('rw', db.health, async () => {
    const keys = reports.map((r) => `${day}|${site}|${r.id}`);
    const rows = await db.health.bulkGet(keys);
    await db.health.bulkPut(
      reports.map((r, i) => {
        const row = rows[i] ?? { key: keys[i]!, day, site, detector: r.id, pages: 0, items: 0, actions: 0, warnings: 0 };
        return {
          ...row,
          pages: row.pages + 1,
          items: row.items + r.items,
          actions: row.actions + r.actions,
          warnings: row.warnings + (r.warnings.length > 0 ? 1 : 0),
        };
      }),
    );
  });
}

/** Health rows of the local days `start`..`end` inclusive. */
export function healthBetween(db: LaborDB, start: string, end: string): Promise<HealthRow[]> {
  return db.health.where('day').between(start, end, true, true).toArray();
}

/** Least time between the end of one run of a live query and the start of the next. */
export const LIVE_MS = 1000;

/**
 * Runs `query` now, then again after the database changes (in this page, the background or another page: Dexie's
 * `storagemutated` event), at most once per `ms` however many commits arrive: changes that land while it runs or
 * waits are read by the next run. Dexie's own liveQuery would run the report's queries again at every commit; while a
 * feed sends views or the person clicks fast, those readonly transactions kept the background's writes waiting
 * (one gesture's round trip went from about 10 ms to about 1 s with the report open, `npm run bench`). Here beside
 * the schema, in the pages' database chunk, which the popup never loads.
 * Returns the function that stops it.
 */
export function watch<T>(query: () => Promise<T>, next: (data: T) => void, fail: (error: Error) => void, ms = LIVE_MS): () => void {
  let closed = false;
  let running = false;
  let dirty = false;
  let lastEnd = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    timer = undefined;
    running = true;
    dirty = false;
    try {
      const data = await query();
      if (!closed) next(data);
    } catch (error) {
      if (!closed) fail(error as Error);
    }
    running = false;
    lastEnd = Date.now();
    if (dirty) schedule();
  };
  const schedule = () => {
    dirty = true;
    if (closed || running || timer !== undefined) return;
    timer = setTimeout(run, Math.max(0, lastEnd + ms - Date.now()));
  };
  Dexie.on('storagemutated', schedule);
  void run();
  return () => {
    closed = true;
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(schedule);
  };
}
