/**
 * The background's message handling: validate at the boundary, attach the site from the sender (never from the
 * message), honour pauses, merge CAPTCHA steps, and write events in batches (one transaction per batch, a reply
 * only once the batch is committed).
 */
import { recordEvents, recordHealth, recordPractice, type LaborDB, deleteBefore } from './db';
import { dayOf, siteOf, type CaptchaStep, type CaptchaVendor, type Gesture, type LaborEvent } from './events';
import {
  contentMessageSchema,
  singleMessageSchema,
  pageMessageSchema,
  type ReceivedContentMessage,
  type Reply,
  type TabStatus,
} from './messages';
import { categoryOfPlatform, isCategoryOn } from './consent';
import { isSitePaused, type Settings } from './settings';
import type { SummaryKeeper } from './summary';

/** The part of `runtime.MessageSender` the recorder reads. */
export interface Sender {
  tab?: { id?: number; url?: string };
  url?: string;
}

export interface RecorderStats {
  /** Messages refused by the schema (never stored). */
  rejected: number;
  /** The last failure to write (quota exceeded...), shown to the user until a write succeeds again. */
  storageError: { at: number; name: string } | null;
}

interface CaptchaSession {
  start: number;
  rounds: number;
  labels: string[];
}

export interface TabState extends TabStatus {
  captcha: Partial<Record<CaptchaVendor, CaptchaSession>>;
  /** Uids of the last CAPTCHA steps merged, so that a retried step is merged once. */
  steps: string[];
  /** When each vendor's last CAPTCHA was solved here: a second frame's report of the same success is dropped. */
  solved?: Partial<Record<CaptchaVendor, number>>;
  /** Vendors already scored passively during the tab's current page load: at most one passive scoring each. */
  passive?: CaptchaVendor[];
  /** The time origin of the top document those scorings were counted in (see RecorderDeps.pageLoadId). */
  loadId?: number;
  /** The browser said the tab started loading since (pageLoading): maybe a new page, maybe the same one. */
  loading?: boolean;
  /**
   * A CAPTCHA event being written, saved before the write starts: a worker stopped after the commit but before the
   * tab state that follows it was saved finds out, on its next start, whether the event landed (by its uid).
   */
  committing?: { uid: string; vendor: CaptchaVendor; passive: boolean; at: number };
}

/** Where the recorder keeps what must survive a service-worker restart (storage.session in the extension). */
export interface RecorderStore {
  loadTabs(): Promise<Record<string, TabState>>;
  loadStats(): Promise<RecorderStats>;
  saveTabs(tabs: Record<string, TabState>): Promise<void>;
  saveStats(stats: RecorderStats): Promise<void>;
}

export interface RecorderDeps {
  db: LaborDB;
  settings: () => Settings;
  store: RecorderStore;
  /** URL prefix of the extension's own pages (`browser.runtime.getURL('/')`). */
  extensionOrigin: string;
  now?: () => number;
  /**
   * Which document the tab's top frame holds (its `performance.timeOrigin`, asked from our content script there),
   * undefined when it cannot answer. Chromium reports a same-document navigation (history.pushState, a #hash) as
   * the tab "loading" too, and a page script can do those at will: only a new top document is a new page load.
   */
  pageLoadId?: (tabId: number) => Promise<number | undefined>;
  /** The popup's summary (lib/summary.ts), told of each committed batch and of retention's deletions. */
  summary?: Pick<SummaryKeeper, 'beginWrite' | 'afterCommit' | 'rebuild'>;
}

/** A CAPTCHA left unsolved this long is abandoned; the next interaction starts a new one. */
const CAPTCHA_ABANDON_MS = 15 * 60 * 1000;
/** A 'solved' with nothing open this soon after the last success of the same vendor is that success, seen twice. */
const CAPTCHA_ECHO_MS = 10_000;

/** Site of every practice event: not a hostname, so it can never be confused with a real site. */
export const PRACTICE_SITE = 'practice';
/**
 * The only extension page whose messages may write practice events. The practice sandbox works before consent and
 * whatever the categories: the person opens it on purpose (a pupil may practise without turning real counting on),
 * its events stay in their own table, never in the counts, and it sees no real site.
 */
export const PRACTICE_PAGE = 'practice.html';

export function createRecorder({ db, settings, store, extensionOrigin, now = Date.now, pageLoadId = async () => undefined, summary }: RecorderDeps) {
  const stats: RecorderStats = { rejected: 0, storageError: null };
  let tabs: Record<string, TabState> = {};
  // What the previous life of the service worker left: open CAPTCHAs, tab status, counters.
  const ready = Promise.all([
    store.loadTabs().then((t) => (tabs = { ...t }), () => undefined),
    store.loadStats().then((s) => Object.assign(stats, s), () => undefined),
  ]);
  let lastPruneDay = '';

  // Write batching: events that arrive while a transaction runs go into the next one.
  let queue: { event: LaborEvent; tabId: number; practice: boolean; done: (r: Reply) => void }[] = [];
  let flushing: Promise<void> | null = null;

  function flush(): Promise<void> {
    flushing ??= (async () => {
      while (queue.length > 0) {
        const batch = queue;
        queue = [];
        // Practice events go to their own table, in their own transaction; a batch rarely mixes both. Each
        // transaction is all or nothing, and each has its own outcome: one failing never fails the other's events.
        const real = batch.filter((b) => !b.practice).map((b) => b.event);
        const practice = batch.filter((b) => b.practice).map((b) => b.event);
        if (real.length) summary?.beginWrite();
        const [outReal, outPractice] = await Promise.allSettled([
          real.length ? recordEvents(db, real) : [],
          practice.length ? recordPractice(db, practice) : [],
        ]);
        // The popup's summary follows the rollups in the same step, before anything else can write.
        if (real.length) summary?.afterCommit(outReal.status === 'fulfilled' ? real.filter((_, i) => outReal.value[i]) : []);
        const failure = [outReal, outPractice].find((o) => o.status === 'rejected');
        if (failure) {
          stats.storageError = { at: now(), name: (failure.reason as Error)?.name ?? 'Error' };
          void store.saveStats({ ...stats });
        } else if (stats.storageError) {
          stats.storageError = null;
          void store.saveStats({ ...stats });
        }
        let ri = 0;
        let pi = 0;
        for (const b of batch) {
          const out = b.practice ? outPractice : outReal;
          const i = b.practice ? pi++ : ri++;
          if (out.status === 'rejected') {
            // Nothing of this half was written: each sender keeps its events and retries.
            b.done({ ok: false, error: 'storage', detail: (out.reason as Error)?.name ?? 'Error' });
            continue;
          }
          const added = out.value[i] ?? false;
          if (added) countInTab(b.tabId, b.event);
          b.done({ ok: true, stored: added });
        }
      }
      saveTabs();
      void prune();
    })().finally(() => (flushing = null));
    return flushing;
  }

  function write(event: LaborEvent, tabId: number, practice = false): Promise<Reply> {
    return new Promise((done) => {
      queue.push({ event, tabId, practice, done });
      if (!flushing) queueMicrotask(() => void flush());
    });
  }

  function countInTab(tabId: number, event: LaborEvent) {
    const tab = tabs[tabId];
    if (tab && tab.site === event.site) tab.counts[event.kind] = (tab.counts[event.kind] ?? 0) + 1;
  }

  function tabState(tabId: number, site: string): TabState {
    const known = tabs[tabId];
    if (known && known.site === site) return known;
    // A new page in this tab: its status starts again.
    return (tabs[tabId] = { site, detectors: [], counts: {}, captcha: {}, steps: [] });
  }

  // Saves the tab states once more after any change made while a save was running.
  let saving: Promise<void> | null = null;
  let dirty = false;
  function saveTabs(): void {
    dirty = true;
    saving ??= (async () => {
      while (dirty) {
        dirty = false;
        await store.saveTabs(tabs).catch(() => undefined);
      }
    })().finally(() => (saving = null));
  }

  /** The retention setting changed: apply it now, not at the next day's first write. */
  async function applyRetention(): Promise<void> {
    lastPruneDay = '';
    await prune();
  }

  async function prune() {
    const s = settings();
    const today = dayOf(now());
    if (s.retentionWeeks === null || lastPruneDay === today) return;
    lastPruneDay = today;
    const removed = await deleteBefore(db, dayOf(now() - s.retentionWeeks * 7 * 86_400_000));
    if (removed > 0) await summary?.rebuild();
  }

  async function reject(detail: string): Promise<Reply> {
    await ready;
    stats.rejected += 1;
    void store.saveStats({ ...stats });
    return { ok: false, error: 'invalid', detail };
  }

  function makeEvent(uid: string, gesture: Gesture, site: string): LaborEvent {
    const at = now();
    const event: LaborEvent = { uid, at, day: dayOf(at), kind: gesture.kind, platform: gesture.platform, site };
    if (gesture.seconds !== undefined) event.seconds = Math.round(gesture.seconds * 10) / 10;
    if (gesture.rounds !== undefined) event.rounds = gesture.rounds;
    if (gesture.labels?.length) event.labels = [...new Set(gesture.labels)];
    if (gesture.passive) event.passive = true;
    return event;
  }

  /** Saves the tab states and resolves once what they hold now is stored. */
  async function persistTabs(): Promise<void> {
    saveTabs();
    await saving;
  }

  // CAPTCHA steps of one tab are handled one at a time: a step is only marked as merged (and a session closed) once
  // its event is committed, so a second frame's report of the same success waits for the first one's outcome.
  const captchaQueues = new Map<number, Promise<unknown>>();
  function oneAtATime<T>(tabId: number, run: () => Promise<T>): Promise<T> {
    const result = (captchaQueues.get(tabId) ?? Promise.resolve()).then(run);
    const tail = result.catch(() => undefined);
    captchaQueues.set(tabId, tail);
    void tail.then(() => captchaQueues.get(tabId) === tail && captchaQueues.delete(tabId));
    return result;
  }

  function markStep(tab: TabState, uid: string) {
    if (!tab.steps.includes(uid)) tab.steps = [...tab.steps.slice(-31), uid];
  }

  /** What a committed CAPTCHA event changes in its tab: its uid is merged, its session closed, its vendor scored. */
  function committed(tab: TabState, c: NonNullable<TabState['committing']>, scored = (tab.passive ??= [])) {
    markStep(tab, c.uid);
    if (c.passive) {
      // `scored` is the page load's list as it was when the write began: a page load started since keeps its own.
      if (!scored.includes(c.vendor)) scored.push(c.vendor);
      return;
    }
    delete tab.captcha[c.vendor];
    (tab.solved ??= {})[c.vendor] = c.at;
  }

  /** A write the previous life of the worker started and never saw the end of: did it land? */
  async function settle(tab: TabState): Promise<void> {
    const c = tab.committing;
    if (!c) return;
    const table = tab.site === PRACTICE_SITE ? db.practice : db.events;
    const landed = await table.where('uid').equals(c.uid).first().catch(() => undefined);
    if (landed) committed(tab, { ...c, at: landed.at });
    delete tab.committing;
    await persistTabs();
  }

  /** Writes a CAPTCHA event, then (only if it is stored) marks it in the tab; the tab state is saved before the reply. */
  async function commitCaptcha(tab: TabState, tabId: number, event: LaborEvent, practice: boolean): Promise<Reply> {
    const c = { uid: event.uid, vendor: event.platform as CaptchaVendor, passive: !!event.passive, at: event.at };
    const scored = (tab.passive ??= []);
    tab.committing = c;
    await persistTabs();
    const reply = await write(event, tabId, practice);
    delete tab.committing;
    if (reply.ok) committed(tab, c, scored);
    await persistTabs();
    return reply;
  }

  /**
   * Has the tab's page been replaced since its passive scorings were counted? Only if the browser said it started
   * loading, and the top document is not the one they were counted in (when it cannot tell yet, the new page's
   * content script not being there, the browser's word is taken).
   */
  async function newPageLoad(tab: TabState, tabId: number): Promise<boolean> {
    if (!tab.loading) return false;
    delete tab.loading;
    const id = await pageLoadId(tabId).catch(() => undefined);
    if (id !== undefined && id === tab.loadId) return false;
    tab.passive = [];
    tab.loadId = id;
    return true;
  }

  /** Merges one CAPTCHA step into the tab's open session, and writes the CAPTCHA once it is solved. */
  async function captchaMessage(tabId: number, site: string, uid: string, step: CaptchaStep, practice: boolean): Promise<Reply> {
    const tab = tabState(tabId, site);
    await settle(tab);
    if (tab.steps.includes(uid)) return { ok: true, stored: false };
    const t = now();
    const vendor = step.vendor;
    if (step.step === 'passive') {
      // One passive scoring per vendor and page load: 50 invisible widgets on a page are one scoring, not 50.
      if (tab.passive?.includes(vendor) && !(await newPageLoad(tab, tabId))) {
        markStep(tab, uid);
        return { ok: true, stored: false };
      }
      if (tab.loadId === undefined) tab.loadId = await pageLoadId(tabId).catch(() => undefined);
      return commitCaptcha(tab, tabId, makeEvent(uid, { kind: 'captcha', platform: vendor, passive: true }, site), practice);
    }
    let session = tab.captcha[vendor];
    if (session && t - session.start > CAPTCHA_ABANDON_MS) session = undefined;
    if (step.step !== 'solved') {
      session ??= tab.captcha[vendor] = { start: t, rounds: 0, labels: [] };
      if (step.step === 'round') session.rounds += 1;
      if (step.label && !session.labels.includes(step.label)) session.labels.push(step.label);
      markStep(tab, uid);
      await persistTabs();
      return { ok: true };
    }
    // Two frames may both see the same success (reCAPTCHA's ticked checkbox and its challenge frame closing).
    if (!session && t - (tab.solved?.[vendor] ?? -Infinity) < CAPTCHA_ECHO_MS) {
      markStep(tab, uid);
      return { ok: true };
    }
    const open = session ?? { start: t, rounds: 0, labels: [] };
    const labels = step.label && !open.labels.includes(step.label) ? [...open.labels, step.label] : open.labels;
    const gesture: Gesture = {
      kind: 'captcha',
      platform: vendor,
      seconds: (t - open.start) / 1000,
      rounds: open.rounds,
      ...(labels.length ? { labels } : {}),
    };
    return commitCaptcha(tab, tabId, makeEvent(uid, gesture, site), practice);
  }

  async function handleContent(message: ReceivedContentMessage, sender: Sender, practice = false): Promise<Reply> {
    if (message.type === 'batch') {
      // One reply per message of the batch, each validated alone: a bad one is refused and counted, the others go on.
      const results = await Promise.all(
        message.messages.map((raw) => {
          const parsed = singleMessageSchema.safeParse(raw);
          return parsed.success ? handleContent(parsed.data, sender, practice) : reject(parsed.error.issues[0]?.message ?? 'shape');
        }),
      );
      return { ok: true, results };
    }
    const site = practice ? PRACTICE_SITE : siteOf(sender.tab?.url);
    const tabId = sender.tab?.id;
    if (!site || tabId === undefined) return { ok: false, error: 'no-site' };
    await ready;
    // Known even while paused, so that the popup can show this tab's site and offer to resume it.
    const tab = tabState(tabId, site);
    const s = settings();
    if (s.paused || (!practice && isSitePaused(s, site))) return { ok: false, error: 'paused' };
    // Before consent nothing is recorded, not even the tab's status or a health report; after it, only the
    // categories the person left on (lib/consent.ts). The practice page counts apart, see PRACTICE_PAGE.
    if (!practice && !s.counting) return { ok: false, error: 'off' };
    if (!practice && (message.type === 'gesture' || message.type === 'captcha')) {
      const platform = message.type === 'gesture' ? message.gesture.platform : message.step.vendor;
      if (!isCategoryOn(s, categoryOfPlatform(platform))) return { ok: false, error: 'off' };
    }
    switch (message.type) {
      case 'hello':
        tab.detectors = [...new Set([...tab.detectors, ...message.detectors])].sort();
        saveTabs();
        return { ok: true };
      case 'gesture':
        return write(makeEvent(message.uid, message.gesture, site), tabId, practice);
      case 'captcha': {
        const { uid, step } = message;
        return oneAtATime(tabId, () => captchaMessage(tabId, site, uid, step, practice));
      }
      case 'health': {
        // One report per page load and detector; a retried report is counted once (uids kept with the tab's steps).
        if (practice || tab.steps.includes(message.uid)) return { ok: true, stored: false };
        try {
          await recordHealth(db, dayOf(now()), site, message.detectors);
        } catch (error) {
          return { ok: false, error: 'storage', detail: (error as Error)?.name ?? 'Error' };
        }
        tab.steps = [...tab.steps.slice(-31), message.uid];
        saveTabs();
        return { ok: true, stored: true };
      }
    }
  }

  async function handle(raw: unknown, sender: Sender): Promise<Reply> {
    const fromExtensionPage = !!sender.url?.startsWith(extensionOrigin);
    if (fromExtensionPage) {
      const parsed = pageMessageSchema.safeParse(raw);
      if (!parsed.success) return reject('page message');
      if (parsed.data.type === 'practice') {
        // Only the practice page itself, never the popup or report (and never a content script, see above).
        const page = (sender.url ?? '').slice(extensionOrigin.length).split(/[?#]/)[0];
        if (page !== PRACTICE_PAGE) return { ok: false, error: 'forbidden' };
        return handleContent(parsed.data.message, sender, true);
      }
      if (parsed.data.type === 'summary') {
        // The popup found no summary for today: rebuilt from the rollups, the popup is told through storage.
        await summary?.rebuild();
        return { ok: true };
      }
      await ready;
      const tab = tabs[parsed.data.tabId];
      const status: TabStatus = tab
        ? { site: tab.site, detectors: tab.detectors, counts: tab.counts }
        : { site: null, detectors: [], counts: {} };
      return { ok: true, status };
    }
    const parsed = contentMessageSchema.safeParse(raw);
    if (!parsed.success) return reject(parsed.error.issues[0]?.message ?? 'shape');
    return handleContent(parsed.data, sender);
  }

  /**
   * The tab was closed. Its state is dropped once the CAPTCHA echo window has passed, not at once: a frame's report
   * of a success, sent as the tab closed (reCAPTCHA's checkbox after its challenge frame's), may still be queued
   * behind the first report's write; it must find that success and be merged, not open a new CAPTCHA (it did, once
   * in three French runs of tests/e2e/ui.e2e.ts that close the shop right after solving).
   */
  function forgetTab(tabId: number) {
    const state = tabs[tabId];
    if (!state) return;
    setTimeout(() => {
      if (tabs[tabId] !== state) return;
      delete tabs[tabId];
      saveTabs();
    }, CAPTCHA_ECHO_MS);
  }

  /**
   * The browser says the tab starts loading (browser.tabs.onUpdated, status 'loading'): if its top document really
   * changed (newPageLoad), passive scorings count once more. A new site in the tab starts a whole new tab state anyway
   * (tabState).
   */
  async function pageLoading(tabId: number): Promise<void> {
    await ready;
    const tab = tabs[tabId];
    if (!tab?.passive?.length || tab.loading) return;
    // The scorings were counted before the top frame could say which document it holds: ask now, while the tab still
    // holds it (a same-document navigation keeps it; a new page's own answer comes later, and differs).
    if (tab.loadId === undefined) tab.loadId = await pageLoadId(tabId).catch(() => undefined);
    tab.loading = true;
    saveTabs();
  }

  return { handle, forgetTab, pageLoading, applyRetention, flush, stats };
}

export type Recorder = ReturnType<typeof createRecorder>;
