/**
 * The popup's summary (issue 14): a small object in `storage.local` that the background keeps current, so that the
 * popup's first paint needs neither Dexie nor the database. It says which local day it is for, and carries:
 * - today's rollup rows (per kind and platform),
 * - this week's totals up to that day (per kind and platform, summed over the week's days),
 * - a 14-day daily series (gestures and measured seconds) for the seven-day sparkline and "this week vs last week".
 *
 * The background updates it in the same step as the rollups (lib/recorder.ts calls `afterCommit` with the events of
 * each committed batch, in commit order) and rebuilds it from the rollups whenever it cannot update it exactly: at
 * its first write after a start, on a new day, after retention deletes rows. Anything else that rewrites the rollups
 * (restore, delete-all) calls `rebuildSummary(db)`. The popup shows it only when it is for the current day
 * (`summaryFor`); otherwise it asks the background for a fresh one and waits: it never shows another day's numbers.
 */
import { defineItem } from './storage-item';
import { browser } from 'wxt/browser';
import type { LaborDB, Rollup } from './db';
import { dayOf, type LaborEvent } from './events';
import { addDays, weekOf, type Period } from './period';
import type { Row } from './report';

export const SUMMARY_VERSION = 1;
/** Days in the daily series, ending on the summary's day: this week and last week, whatever the weekday. */
export const SUMMARY_DAYS = 14;

export interface DailyPoint {
  day: string;
  /** Gestures. */
  count: number;
  /** Measured seconds. */
  seconds: number;
}

export interface PopupSummary {
  v: typeof SUMMARY_VERSION;
  /** The local day the figures are for. */
  day: string;
  /** The week of `day` (Monday to Sunday). */
  week: Period;
  /** When it was computed (ms). */
  at: number;
  /** Today's rows, one per kind and platform. */
  today: Row[];
  /** This week's rows up to `day`, summed per kind and platform (their `day` is the summary's day). */
  thisWeek: Row[];
  /** SUMMARY_DAYS days ending on `day`, oldest first. */
  daily: DailyPoint[];
}

export const summaryItem = defineItem<PopupSummary | null>('local:summary', { fallback: null });

/** The rollup rows of `start`..`end` (lib/db.ts rollupsBetween, restated: this module must not import Dexie). */
const rollupsBetween = (db: LaborDB, start: string, end: string): Promise<Rollup[]> =>
  db.rollups.where('day').between(start, end, true, true).toArray();

/** A row's fields only (a rollup's `key` stays behind), of the summary's day. */
const cloneRow = (r: Row, day: string): Row => ({
  day,
  kind: r.kind,
  platform: r.platform,
  count: r.count,
  timed: r.timed,
  seconds: r.seconds,
  rounds: r.rounds,
  passive: r.passive,
  labels: { ...r.labels },
});

function addRow(into: Map<string, Row>, r: Row, day: string) {
  const key = `${r.kind}|${r.platform}`;
  const row = into.get(key);
  if (!row) {
    into.set(key, cloneRow(r, day));
    return;
  }
  row.count += r.count;
  row.timed += r.timed;
  row.seconds = Math.round((row.seconds + r.seconds) * 10) / 10;
  row.rounds += r.rounds;
  row.passive += r.passive;
  for (const [label, n] of Object.entries(r.labels)) row.labels[label] = (row.labels[label] ?? 0) + n;
}

/** The summary of `day` from the rollup rows of the SUMMARY_DAYS days ending on it (rows of other days ignored). */
export function summaryFromRows(rows: Iterable<Row>, day: string, at = Date.now()): PopupSummary {
  const week = weekOf(day);
  const first = addDays(day, -(SUMMARY_DAYS - 1));
  const daily: DailyPoint[] = [];
  for (let d = first; daily.length < SUMMARY_DAYS; d = addDays(d, 1)) daily.push({ day: d, count: 0, seconds: 0 });
  const index = new Map(daily.map((p, i) => [p.day, i]));
  const today = new Map<string, Row>();
  const thisWeek = new Map<string, Row>();
  for (const r of rows) {
    const i = index.get(r.day);
    if (i === undefined) continue;
    daily[i]!.count += r.count;
    daily[i]!.seconds = Math.round((daily[i]!.seconds + r.seconds) * 10) / 10;
    if (r.day === day) addRow(today, r, day);
    if (r.day >= week.start && r.day <= day) addRow(thisWeek, r, day);
  }
  return { v: SUMMARY_VERSION, day, week, at, today: [...today.values()], thisWeek: [...thisWeek.values()], daily };
}

/** Adds committed events of the summary's own day to it (mutates it). False if one is of another day: rebuild. */
export function addEvents(s: PopupSummary, events: readonly LaborEvent[]): boolean {
  if (events.some((e) => e.day !== s.day)) return false;
  const today = new Map(s.today.map((r) => [`${r.kind}|${r.platform}`, r]));
  const week = new Map(s.thisWeek.map((r) => [`${r.kind}|${r.platform}`, r]));
  const last = s.daily[s.daily.length - 1]!;
  for (const e of events) {
    const row: Row = {
      day: e.day,
      kind: e.kind,
      platform: e.platform,
      count: 1,
      timed: e.seconds === undefined ? 0 : 1,
      seconds: e.seconds ?? 0,
      rounds: e.rounds ?? 0,
      passive: e.passive ? 1 : 0,
      labels: Object.fromEntries((e.labels ?? []).map((l) => [l, 1])),
    };
    addRow(today, row, s.day);
    addRow(week, row, s.day);
    last.count += 1;
    last.seconds = Math.round((last.seconds + row.seconds) * 10) / 10;
  }
  s.today = [...today.values()];
  s.thisWeek = [...week.values()];
  return true;
}

/** Reads the rollups and writes the summary of `now`'s day: for restore, delete-all and anything that rewrites rows. */
export async function rebuildSummary(db: LaborDB, now = Date.now()): Promise<PopupSummary> {
  const day = dayOf(now);
  const s = summaryFromRows(await rollupsBetween(db, addDays(day, -(SUMMARY_DAYS - 1)), day), day, now);
  await summaryItem.setValue(s);
  return s;
}

/**
 * For an extension page that changed the rollups (delete-all, restore a backup): the page writes the summary of what
 * the rollups hold now, then tells the background, which rebuilds it too and drops its copy in memory (else its next
 * update would add to the old figures). Not waiting for the background: a stopped one rebuilds at its next start.
 */
export async function refreshSummary(db: LaborDB): Promise<void> {
  await rebuildSummary(db);
  void Promise.resolve()
    .then(() => browser.runtime.sendMessage({ type: 'summary' }))
    .catch(() => undefined);
}

/** The summary if it is for `day` (and of this version), else null: another day's numbers are never today's. */
export function summaryFor(s: PopupSummary | null | undefined, day: string): PopupSummary | null {
  return s && s.v === SUMMARY_VERSION && s.day === day && Array.isArray(s.daily) && s.daily.length === SUMMARY_DAYS ? s : null;
}

/**
 * The background's keeper. The recorder calls `beginWrite()` before each write of events and `afterCommit(added)`
 * right after it settles (synchronously, in commit order; `[]` when it failed); anything else that changed the
 * rollups calls `rebuild()`. A rebuild starts its read only while no write is under way, so the read transaction is
 * created before the next write's: its snapshot holds every batch committed so far, and the batches committed while
 * it reads are added to it after (`pending`). Writes to storage are coalesced: the latest state is written.
 */
export function createSummaryKeeper(db: LaborDB, now: () => number = Date.now, write = (s: PopupSummary) => summaryItem.setValue(s)) {
  let state: PopupSummary | null = null;
  let writes = 0;
  let wanted = false;
  let rebuilding: Promise<void> | null = null;
  let pending: LaborEvent[] = [];
  let writing: Promise<void> | null = null;
  let dirty = false;

  function save(): void {
    dirty = true;
    writing ??= (async () => {
      while (dirty) {
        dirty = false;
        if (state) await write({ ...state }).catch(() => undefined);
      }
    })().finally(() => (writing = null));
  }

  function maybeStart(): void {
    if (!wanted || rebuilding || writes > 0) return;
    wanted = false;
    pending = [];
    const day = dayOf(now());
    // Dexie creates the read transaction here, synchronously (the database is open).
    const read = rollupsBetween(db, addDays(day, -(SUMMARY_DAYS - 1)), day);
    rebuilding = read
      .then(
        (rows) => {
          const s = summaryFromRows(rows, day, now());
          if (addEvents(s, pending)) state = s;
          else wanted = true; // a batch of the next day came in meanwhile
        },
        () => {
          wanted = true; // read again at the next write
        },
      )
      .finally(() => {
        pending = [];
        rebuilding = null;
        if (state) save();
        if (wanted && state === null && writes === 0) queueMicrotask(maybeStart);
      });
  }

  function beginWrite(): void {
    writes += 1;
  }

  /** Events just committed (only the ones really added); [] when the write failed. */
  function afterCommit(events: readonly LaborEvent[]): void {
    writes = Math.max(0, writes - 1);
    if (events.length > 0) {
      if (rebuilding) pending.push(...events);
      else if (!wanted) {
        if (state && state.day === dayOf(now()) && addEvents(state, events)) {
          state.at = now();
          save();
        } else {
          state = null;
          wanted = true;
        }
      }
    }
    maybeStart();
  }

  /** The rollups changed some other way (retention, restore, delete-all, a popup finding no summary for today). */
  function rebuild(): Promise<void> {
    state = null;
    wanted = true;
    maybeStart();
    return settled();
  }

  /** Resolves once the summary in storage holds everything committed so far. */
  async function settled(): Promise<void> {
    for (let i = 0; i < 1000 && (rebuilding || writing || wanted); i++) {
      await (rebuilding ?? writing ?? new Promise((ok) => setTimeout(ok, 5)));
    }
  }

  return { beginWrite, afterCommit, rebuild, settled, current: () => state };
}

export type SummaryKeeper = ReturnType<typeof createSummaryKeeper>;
