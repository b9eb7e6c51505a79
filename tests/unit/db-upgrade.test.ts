/**
 * Database upgrade: a database written by the first released schema (lib/db.ts at commit c9f3fc4, `version(1)`:
 * events and rollups) must open with the current LaborDB with every row kept and still usable. The v1 database is
 * rebuilt here twice: with raw IndexedDB calls that reproduce the exact object stores and indexes Dexie 4 created
 * for v1 (so the test does not depend on today's Dexie declaring v1 the same way), and with Dexie and the v1 schema
 * string copied verbatim.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { eventsBetween, LaborDB, recordEvents, rollupsBetween, type Rollup } from '@/lib/db';
import type { LaborEvent } from '@/lib/events';

/** The v1 schema, verbatim from `git show c9f3fc4:lib/db.ts`. */
const V1_STORES = {
  events: '++id, &uid, at, day, [day+kind], [day+platform]',
  rollups: '&key, day',
};

/** Rows as the v1 recorder wrote them: every optional field used at least once, two days, two platforms. */
const V1_EVENTS: LaborEvent[] = [
  { id: 1, uid: 'v1-aaaaaaaa', at: Date.parse('2026-03-02T09:15:00Z'), day: '2026-03-02', kind: 'reaction', platform: 'x', site: 'x.com' },
  { id: 2, uid: 'v1-bbbbbbbb', at: Date.parse('2026-03-02T09:16:00Z'), day: '2026-03-02', kind: 'share', platform: 'x', site: 'x.com' },
  {
    id: 3,
    uid: 'v1-cccccccc',
    at: Date.parse('2026-03-03T14:00:00Z'),
    day: '2026-03-03',
    kind: 'captcha',
    platform: 'recaptcha',
    site: 'www.boutique-exemple.fr',
    seconds: 12.4,
    rounds: 2,
    labels: ['crosswalk', 'traffic light'],
  },
  { id: 4, uid: 'v1-dddddddd', at: Date.parse('2026-03-03T14:05:00Z'), day: '2026-03-03', kind: 'captcha', platform: 'recaptcha', site: 'www.boutique-exemple.fr', passive: true },
  { id: 5, uid: 'v1-eeeeeeee', at: Date.parse('2026-03-03T20:00:00Z'), day: '2026-03-03', kind: 'comment', platform: 'x', site: 'x.com' },
];

const V1_ROLLUPS: Rollup[] = [
  { key: '2026-03-02|reaction|x', day: '2026-03-02', kind: 'reaction', platform: 'x', count: 1, timed: 0, seconds: 0, rounds: 0, passive: 0, labels: {} },
  { key: '2026-03-02|share|x', day: '2026-03-02', kind: 'share', platform: 'x', count: 1, timed: 0, seconds: 0, rounds: 0, passive: 0, labels: {} },
  {
    key: '2026-03-03|captcha|recaptcha',
    day: '2026-03-03',
    kind: 'captcha',
    platform: 'recaptcha',
    count: 2,
    timed: 1,
    seconds: 12.4,
    rounds: 2,
    passive: 1,
    labels: { crosswalk: 1, 'traffic light': 1 },
  },
  { key: '2026-03-03|comment|x', day: '2026-03-03', kind: 'comment', platform: 'x', count: 1, timed: 0, seconds: 0, rounds: 0, passive: 0, labels: {} },
];

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });

/**
 * Writes a v1 database the way Dexie 4 laid it out on disk: IndexedDB version 10 (Dexie multiplies by 10), an
 * auto-incremented `id` key path, one index per declared field, compound indexes named `[a+b]`.
 */
async function writeRawV1(name: string): Promise<void> {
  const open = indexedDB.open(name, 10);
  open.onupgradeneeded = () => {
    const db = open.result;
    const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
    events.createIndex('uid', 'uid', { unique: true });
    events.createIndex('at', 'at');
    events.createIndex('day', 'day');
    events.createIndex('[day+kind]', ['day', 'kind']);
    events.createIndex('[day+platform]', ['day', 'platform']);
    const rollups = db.createObjectStore('rollups', { keyPath: 'key' });
    rollups.createIndex('day', 'day');
  };
  const db = await request(open);
  const tx = db.transaction(['events', 'rollups'], 'readwrite');
  for (const e of V1_EVENTS) tx.objectStore('events').add(e);
  for (const r of V1_ROLLUPS) tx.objectStore('rollups').add(r);
  await new Promise<void>((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}

async function writeDexieV1(name: string): Promise<void> {
  const db = new Dexie(name);
  db.version(1).stores(V1_STORES);
  await db.open();
  await db.table('events').bulkAdd(V1_EVENTS);
  await db.table('rollups').bulkAdd(V1_ROLLUPS);
  db.close();
}

describe.each([
  ['raw IndexedDB v1 layout', writeRawV1],
  ['Dexie with the v1 schema', writeDexieV1],
])('upgrade from the first schema (%s)', (_label, writeV1) => {
  it('keeps every event and rollup, unchanged, and they stay queryable', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    await writeV1(name);

    const db = new LaborDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(await db.events.orderBy('id').toArray()).toEqual(V1_EVENTS);
    expect(await db.rollups.orderBy('key').toArray()).toEqual([...V1_ROLLUPS].sort((a, b) => a.key.localeCompare(b.key)));
    // The v1 indexes the popup, report and exports read still answer.
    expect(await rollupsBetween(db, '2026-03-03', '2026-03-03')).toHaveLength(2);
    expect((await eventsBetween(db, '2026-03-02', '2026-03-03')).map((e) => e.uid)).toEqual(V1_EVENTS.map((e) => e.uid));
    expect(await db.events.where('[day+kind]').equals(['2026-03-03', 'captcha']).count()).toBe(2);
    // Tables added by later versions start empty; they never receive v1 rows by mistake.
    for (const table of db.tables) {
      if (table.name !== 'events' && table.name !== 'rollups') expect(await table.count()).toBe(0);
    }
    db.close();
  });

  it('still refuses a retried uid and adds new events after the upgrade', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    await writeV1(name);
    const db = new LaborDB(name);
    const again = { ...V1_EVENTS[0]!, id: undefined };
    delete again.id;
    const fresh: LaborEvent = { uid: 'after-upgrade-1', at: Date.parse('2026-03-03T21:00:00Z'), day: '2026-03-03', kind: 'comment', platform: 'x', site: 'x.com' };
    expect(await recordEvents(db, [again, fresh])).toEqual([false, true]);
    expect(await db.events.count()).toBe(V1_EVENTS.length + 1);
    expect((await db.rollups.get('2026-03-03|comment|x'))?.count).toBe(2);
    expect((await db.rollups.get('2026-03-02|reaction|x'))?.count).toBe(1);
    db.close();
  });
});
