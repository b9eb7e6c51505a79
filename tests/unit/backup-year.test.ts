/**
 * A year of heavy use (500,000 events, ~1,370 a day over 365 days, every kind, every platform) round-trips through
 * the backup file: written, checked, read back identical, with the same rollups (lib/db.ts addToRollup). The same
 * 500,000 go through the real database of real Chromium in tests/e2e/backup.e2e.ts: fake-indexeddb stores about
 * 2,500 rows a second (measured: 20,000 events in 8 s), so here the database part runs on 20,000 events, restored
 * in chunks with progress, then merged again without a duplicate.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupParts, parseBackup, restoreEvents, serializeBackup, RESTORE_CHUNK } from '@/lib/backup';
import { addToRollup, deleteAll, emptyRollup, LaborDB, rollupKey, type Rollup } from '@/lib/db';
import { KINDS, PLATFORMS, dayOf, type LaborEvent } from '@/lib/events';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const START = new Date(2025, 11, 1, 0, 0).getTime();
const NOW = START + 366 * 86_400_000;

/** The first `n` of 500,000 events spread over a year. */
function year(n: number): LaborEvent[] {
  const out: LaborEvent[] = new Array(n);
  const step = (365 * 86_400_000) / 500_000;
  for (let i = 0; i < n; i++) {
    const at = Math.floor(START + i * step);
    const kind = KINDS[i % KINDS.length]!;
    const platform = PLATFORMS[(i * 7) % PLATFORMS.length]!;
    const e: LaborEvent = { uid: `y${i.toString(36).padStart(10, '0')}`, at, day: dayOf(at), kind, platform, site: `${platform}.example` };
    if (kind === 'captcha') Object.assign(e, { seconds: 12.3, rounds: 2, labels: ['bus', 'crosswalk'] });
    if (kind === 'captcha' && i % 5 === 0) Object.assign(e, { passive: true });
    if (kind === 'post-view') e.seconds = 4;
    out[i] = e;
  }
  return out;
}

function rollupsOf(events: LaborEvent[]): Rollup[] {
  const rows = new Map<string, Rollup>();
  for (const e of events) {
    const key = rollupKey(e.day, e.kind, e.platform);
    rows.set(key, addToRollup(rows.get(key) ?? emptyRollup(e.day, e.kind, e.platform), e));
  }
  return sorted([...rows.values()]);
}
const sorted = (rows: Rollup[]) => rows.sort((a, b) => a.key.localeCompare(b.key));
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

describe('a year of heavy use', () => {
  it('500,000 events: written, checked and read back identical, same rollups', { timeout: 120_000 }, () => {
    const events = year(500_000);
    let t = performance.now();
    const chunks: LaborEvent[][] = [];
    for (let i = 0; i < events.length; i += 20_000) chunks.push(events.slice(i, i + 20_000));
    const text = serializeBackup(DEFAULT_SETTINGS, chunks, events.length, { now: NOW }).join('');
    const written = secs(t);
    t = performance.now();
    const parsed = parseBackup(text, NOW);
    const checked = secs(t);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.backup.events).toHaveLength(500_000);
    expect(parsed.backup.events).toEqual(events);
    expect(rollupsOf(parsed.backup.events)).toEqual(rollupsOf(events));
    console.info(`500,000 events: file written in ${written} (${(text.length / 1e6).toFixed(1)} MB), checked and read in ${checked}`);
  });

  it('20,000 events through the database: saved, deleted, restored with identical rollups, merged again adding nothing', { timeout: 300_000 }, async () => {
    fakeBrowser.reset();
    const db = new LaborDB(`backup-year-${Math.random()}`);
    const events = year(20_000);
    await restoreEvents(db, events, { chunk: 10_000 });
    const rollups = sorted(await db.rollups.toArray());
    expect(rollups).toEqual(rollupsOf(events));
    const parsed = parseBackup((await backupParts(db, DEFAULT_SETTINGS, { now: NOW })).parts.join(''), NOW);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    await deleteAll(db);
    const progress: number[] = [];
    const t = performance.now();
    const result = await restoreEvents(db, parsed.backup.events, { onProgress: (p) => void progress.push(p.done) });
    console.info(`20,000 events restored into fake-indexeddb in ${secs(t)}`);
    expect(result).toEqual({ added: 20_000, duplicates: 0, tooOld: 0 });
    expect(progress).toEqual([5_000, 10_000, 15_000, 20_000].map((n) => Math.min(n, 20_000)));
    expect(progress).toHaveLength(Math.ceil(20_000 / RESTORE_CHUNK));
    expect(await db.events.count()).toBe(20_000);
    expect(sorted(await db.rollups.toArray())).toEqual(rollups);
    // The same file again (the last 1,000 events of it plus 1,000 new ones): only the new ones are added.
    const more = year(21_000).slice(19_000);
    expect(await restoreEvents(db, more)).toEqual({ added: 1_000, duplicates: 1_000, tooOld: 0 });
    expect(sorted(await db.rollups.toArray())).toEqual(rollupsOf(year(21_000)));
    db.close();
  });
});
