/**
 * The popup's summary (lib/summary.ts): kept by the background in the same step as the rollups, equal at every moment
 * to what the rollups say (concurrent writes, a worker restart, a new day, retention, delete-all), and never shown
 * for another day than its own.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAll, LaborDB, recordEvents, rollupsBetween } from '@/lib/db';
import { dayOf, type LaborEvent } from '@/lib/events';
import { addDays } from '@/lib/period';
import { createRecorder } from '@/lib/recorder';
import type { Settings } from '@/lib/settings';
import {
  createSummaryKeeper,
  rebuildSummary,
  refreshSummary,
  SUMMARY_DAYS,
  summaryFor,
  summaryFromRows,
  summaryItem,
  type PopupSummary,
} from '@/lib/summary';
import { COUNTING_SETTINGS } from './counting';

const EXT = 'chrome-extension://abcdefgh/';
const tab = (url = 'https://x.com/home', id = 7) => ({ tab: { id, url }, url });
let n = 0;
const uid = () => `uid-${String(++n).padStart(8, '0')}`;
const gesture = (kind = 'reaction', platform = 'x') => ({ type: 'gesture', uid: uid(), gesture: { kind, platform } });
const viewed = (seconds: number) => ({ type: 'gesture', uid: uid(), gesture: { kind: 'post-view', platform: 'x', seconds } });

function setup(clock = { t: new Date(2026, 10, 22, 10).getTime() }, settings: Partial<Settings> = {}, db = new LaborDB(`test-${Math.random()}`)) {
  const summary = createSummaryKeeper(db, () => clock.t);
  const recorder = createRecorder({
    db,
    settings: () => ({ ...COUNTING_SETTINGS, ...settings }),
    extensionOrigin: EXT,
    now: () => clock.t,
    summary,
    store: {
      loadTabs: async () => ({}),
      saveTabs: async () => undefined,
      loadStats: async () => ({ rejected: 0, storageError: null }),
      saveStats: async () => undefined,
    },
  });
  return { db, recorder, summary, clock };
}

/** What the summary must say: computed afresh from the rollups. */
async function expected(db: LaborDB, at: number): Promise<PopupSummary> {
  const day = dayOf(at);
  return summaryFromRows(await rollupsBetween(db, addDays(day, -(SUMMARY_DAYS - 1)), day), day, at);
}
const sorted = (s: PopupSummary | null) =>
  s && {
    ...s,
    at: 0,
    today: [...s.today].sort((a, b) => `${a.kind}${a.platform}`.localeCompare(`${b.kind}${b.platform}`)),
    thisWeek: [...s.thisWeek].sort((a, b) => `${a.kind}${a.platform}`.localeCompare(`${b.kind}${b.platform}`)),
  };

beforeEach(() => fakeBrowser.reset());

describe('summary', () => {
  it('from rollups: today, the week up to today summed per kind and platform, 14 days of gestures and seconds', () => {
    const rows = [
      { day: '2026-11-22', kind: 'reaction', platform: 'x', count: 3, timed: 0, seconds: 0, rounds: 0, passive: 0, labels: {} },
      { day: '2026-11-20', kind: 'reaction', platform: 'x', count: 2, timed: 0, seconds: 0, rounds: 0, passive: 0, labels: {} },
      { day: '2026-11-20', kind: 'captcha', platform: 'recaptcha', count: 1, timed: 1, seconds: 20, rounds: 2, passive: 0, labels: { crosswalk: 1 } },
      // Last week (Monday 16 starts this one): in the daily series, not in the week's totals.
      { day: '2026-11-12', kind: 'reaction', platform: 'x', count: 5, timed: 0, seconds: 0, rounds: 0, passive: 0, labels: {} },
      // Older than 14 days, or after the day: ignored.
      { day: '2026-11-01', kind: 'reaction', platform: 'x', count: 9, timed: 0, seconds: 0, rounds: 0, passive: 0, labels: {} },
      { day: '2026-11-23', kind: 'reaction', platform: 'x', count: 9, timed: 0, seconds: 0, rounds: 0, passive: 0, labels: {} },
    ] as const;
    const s = summaryFromRows(rows.map((r) => ({ ...r, labels: { ...r.labels } })), '2026-11-22', 1);
    expect(s.week).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(s.today).toMatchObject([{ kind: 'reaction', platform: 'x', count: 3 }]);
    expect(s.thisWeek).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'reaction', platform: 'x', count: 5 }),
        expect.objectContaining({ kind: 'captcha', platform: 'recaptcha', count: 1, seconds: 20, rounds: 2, labels: { crosswalk: 1 } }),
      ]),
    );
    expect(s.daily).toHaveLength(14);
    expect(s.daily[0]).toEqual({ day: '2026-11-09', count: 0, seconds: 0 });
    expect(s.daily.find((d) => d.day === '2026-11-12')!.count).toBe(5);
    expect(s.daily.find((d) => d.day === '2026-11-20')).toEqual({ day: '2026-11-20', count: 3, seconds: 20 });
    expect(s.daily.at(-1)).toEqual({ day: '2026-11-22', count: 3, seconds: 0 });
  });

  it('follows the rollups exactly through concurrent writes, from a worker that starts with data already stored', async () => {
    const { db, recorder, summary, clock } = setup();
    // Data from before this worker's start, and from last week.
    const old: LaborEvent[] = [0, 1, 2, 8].map((d, i) => ({
      uid: `old-${String(i).padStart(8, '0')}`,
      at: clock.t - d * 86_400_000,
      day: dayOf(clock.t - d * 86_400_000),
      kind: 'share',
      platform: 'x',
      site: 'x.com',
    }));
    await recordEvents(db, old);
    // 200 gestures at once (several batches, the first one triggering the rebuild while others commit).
    // Gestures keep coming while the first batch commits and the summary is rebuilt from the rollups.
    const sent: Promise<unknown>[] = [];
    for (let i = 0; i < 200; i++) {
      sent.push(recorder.handle(i % 3 ? gesture() : viewed(2.5), tab()));
      if (i % 5 === 4) await new Promise((ok) => setTimeout(ok, 0));
    }
    await Promise.all(sent);
    await summary.settled();
    expect(sorted(await summaryItem.getValue())).toEqual(sorted(await expected(db, clock.t)));
    const s = (await summaryItem.getValue())!;
    expect(s.today.reduce((a, r) => a + r.count, 0)).toBe(201);
    // A retried gesture (same uid) changes nothing.
    const again = gesture();
    await recorder.handle(again, tab());
    await recorder.handle(again, tab());
    await summary.settled();
    expect((await summaryItem.getValue())!.daily.at(-1)!.count).toBe(202 + 0);
    expect(sorted(await summaryItem.getValue())).toEqual(sorted(await expected(db, clock.t)));
  });

  it('a batch committed right after a rebuild began is counted once, not twice nor dropped', async () => {
    const db = new LaborDB(`test-${Math.random()}`);
    const at = new Date(2026, 10, 22, 10).getTime();
    const keeper = createSummaryKeeper(db, () => at);
    const ev = (i: number): LaborEvent => ({ uid: `k-${String(i).padStart(8, '0')}`, at, day: dayOf(at), kind: 'reaction', platform: 'x', site: 'x.com' });
    // The rebuild's read is held after it has read (event 1 only), so that event 2 is committed while it is still
    // under way: the keeper must add event 2 after the read (its `pending` list), once.
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    let read!: () => void;
    const hasRead = new Promise<void>((ok) => (read = ok));
    const where = db.rollups.where.bind(db.rollups);
    vi.spyOn(db.rollups, 'where').mockImplementationOnce(((index: string) => ({
      between: (lower: string, upper: string, withLower: boolean, withUpper: boolean) => ({
        toArray: async () => {
          const clause = where(index) as unknown as { between(...a: unknown[]): { toArray(): Promise<unknown[]> } };
          const rows = await clause.between(lower, upper, withLower, withUpper).toArray();
          read();
          await gate;
          return rows;
        },
      }),
    })) as never);
    keeper.beginWrite();
    await recordEvents(db, [ev(1)]);
    keeper.afterCommit([ev(1)]); // a fresh worker: this starts a rebuild, whose read holds event 1
    await hasRead;
    keeper.beginWrite();
    await recordEvents(db, [ev(2)]); // committed after the rebuild read: not in its rows
    keeper.afterCommit([ev(2)]);
    release();
    await keeper.settled();
    expect((await summaryItem.getValue())!.today).toMatchObject([{ count: 2 }]);
    expect(sorted(await summaryItem.getValue())).toEqual(sorted(await expected(db, at)));
  });

  it('a new day: the next write makes a summary of that day, the old one is never today', async () => {
    const { db, recorder, summary, clock } = setup({ t: new Date(2026, 10, 22, 23, 59).getTime() });
    await recorder.handle(gesture(), tab());
    await summary.settled();
    expect((await summaryItem.getValue())!.day).toBe('2026-11-22');
    clock.t = new Date(2026, 10, 23, 0, 1).getTime();
    expect(summaryFor(await summaryItem.getValue(), dayOf(clock.t))).toBeNull();
    await recorder.handle(gesture(), tab());
    await summary.settled();
    const s = (await summaryItem.getValue())!;
    expect(s.day).toBe('2026-11-23');
    expect(s.week).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(s.today).toMatchObject([{ count: 1 }]);
    expect(s.daily.at(-2)).toMatchObject({ day: '2026-11-22', count: 1 });
    expect(sorted(s)).toEqual(sorted(await expected(db, clock.t)));
  });

  it('retention and delete-all rebuild it: deleted gestures leave the popup at once', async () => {
    const { db, recorder, summary, clock } = setup();
    await recordEvents(db, [{ uid: 'old-00000001', at: clock.t - 3 * 86_400_000, day: dayOf(clock.t - 3 * 86_400_000), kind: 'share', platform: 'x', site: 'x.com' }]);
    await recorder.handle(gesture(), tab());
    await summary.settled();
    expect((await summaryItem.getValue())!.daily.reduce((a, d) => a + d.count, 0)).toBe(2);
    // Delete-all from the settings page: the background is asked to rebuild (its copy in memory too).
    fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, reply: (r: unknown) => void) => {
      void recorder.handle(message, { url: `${EXT}options.html` }).then(reply);
      return true;
    }) as never);
    await deleteAll(db);
    await refreshSummary(db);
    expect((await summaryItem.getValue())!.daily.reduce((a, d) => a + d.count, 0)).toBe(0);
    await recorder.handle(gesture(), tab());
    await summary.settled();
    expect((await summaryItem.getValue())!.today).toMatchObject([{ count: 1 }]);
    expect(sorted(await summaryItem.getValue())).toEqual(sorted(await expected(db, clock.t)));
  });

  it('rebuildSummary writes the summary of the rollups (what restore and delete-all call)', async () => {
    const db = new LaborDB(`test-${Math.random()}`);
    const at = new Date(2026, 10, 22, 10).getTime();
    await recordEvents(db, [{ uid: 'r-00000001', at, day: dayOf(at), kind: 'follow', platform: 'bluesky', site: 'bsky.app' }]);
    const s = await rebuildSummary(db, at);
    expect(await summaryItem.getValue()).toEqual(s);
    expect(s.today).toMatchObject([{ kind: 'follow', platform: 'bluesky', count: 1 }]);
  });

  it('summaryFor: only a summary of the asked day and of this version', () => {
    const s = summaryFromRows([], '2026-11-22', 1);
    expect(summaryFor(s, '2026-11-22')).toBe(s);
    expect(summaryFor(s, '2026-11-23')).toBeNull();
    expect(summaryFor({ ...s, v: 2 } as never, '2026-11-22')).toBeNull();
    expect(summaryFor(null, '2026-11-22')).toBeNull();
  });
});
