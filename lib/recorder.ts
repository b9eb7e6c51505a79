/**
 * The background's message handling: validate at the boundary, attach the site from the sender (never from the
 * message), honour pauses, merge CAPTCHA steps, and write events in batches (one transaction per batch, a reply
 * only once the batch is committed).
 */
import { recordEvents, recordPractice, type LaborDB, deleteBefore } from './db';
import { dayOf, siteOf, type CaptchaStep, type CaptchaVendor, type Gesture, type LaborEvent } from './events';
import {
  contentMessageSchema,
  singleMessageSchema,
  pageMessageSchema,
  type ReceivedContentMessage,
  type Reply,
  type TabStatus,
} from './messages';
import { isSitePaused, type Settings } from './settings';

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
}

/** A CAPTCHA left unsolved this long is abandoned; the next interaction starts a new one. */
const CAPTCHA_ABANDON_MS = 15 * 60 * 1000;
/** A 'solved' with nothing open this soon after the last success of the same vendor is that success, seen twice. */
const CAPTCHA_ECHO_MS = 10_000;

/** Site of every practice event: not a hostname, so it can never be confused with a real site. */
export const PRACTICE_SITE = 'practice';
/** The only extension page whose messages may write practice events. */
export const PRACTICE_PAGE = 'practice.html';

export function createRecorder({ db, settings, store, extensionOrigin, now = Date.now }: RecorderDeps) {
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
        try {
          // Practice events go to their own table; a batch rarely mixes both.
          const real = batch.filter((b) => !b.practice).map((b) => b.event);
          const practice = batch.filter((b) => b.practice).map((b) => b.event);
          const [addedReal, addedPractice] = await Promise.all([
            real.length ? recordEvents(db, real) : [],
            practice.length ? recordPractice(db, practice) : [],
          ]);
          let ri = 0;
          let pi = 0;
          const added = batch.map((b) => (b.practice ? addedPractice[pi++] : addedReal[ri++]));
          if (stats.storageError) {
            stats.storageError = null;
            void store.saveStats({ ...stats });
          }
          batch.forEach((b, i) => {
            if (added[i]) countInTab(b.tabId, b.event);
            b.done({ ok: true, stored: added[i]! });
          });
        } catch (error) {
          // Nothing of the batch was written (the transaction is all or nothing): each sender keeps and retries.
          stats.storageError = { at: now(), name: (error as Error)?.name ?? 'Error' };
          void store.saveStats({ ...stats });
          batch.forEach((b) => b.done({ ok: false, error: 'storage', detail: stats.storageError!.name }));
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

  async function prune() {
    const s = settings();
    const today = dayOf(now());
    if (s.retentionWeeks === null || lastPruneDay === today) return;
    lastPruneDay = today;
    await deleteBefore(db, dayOf(now() - s.retentionWeeks * 7 * 86_400_000));
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

  /** Merges one CAPTCHA step into the tab's open session; returns the gesture once the CAPTCHA is solved. */
  function captchaStep(tab: TabState, step: CaptchaStep): Gesture | null {
    const t = now();
    let session = tab.captcha[step.vendor];
    if (session && t - session.start > CAPTCHA_ABANDON_MS) session = undefined;
    if (step.step === 'passive') return { kind: 'captcha', platform: step.vendor, passive: true };
    // Two frames may both see the same success (reCAPTCHA's ticked checkbox and its challenge frame closing).
    if (step.step === 'solved' && !session && t - (tab.solved?.[step.vendor] ?? -Infinity) < CAPTCHA_ECHO_MS) return null;
    session ??= tab.captcha[step.vendor] = { start: t, rounds: 0, labels: [] };
    if (step.step === 'round') session.rounds += 1;
    if (step.label && !session.labels.includes(step.label)) session.labels.push(step.label);
    saveTabs();
    if (step.step !== 'solved') return null;
    delete tab.captcha[step.vendor];
    (tab.solved ??= {})[step.vendor] = t;
    return {
      kind: 'captcha',
      platform: step.vendor,
      seconds: (t - session.start) / 1000,
      rounds: session.rounds,
      ...(session.labels.length ? { labels: session.labels } : {}),
    };
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
    switch (message.type) {
      case 'hello':
        tab.detectors = [...new Set([...tab.detectors, ...message.detectors])].sort();
        saveTabs();
        return { ok: true };
      case 'gesture':
        return write(makeEvent(message.uid, message.gesture, site), tabId, practice);
      case 'captcha': {
        if (tab.steps.includes(message.uid)) return { ok: true, stored: false };
        tab.steps = [...tab.steps.slice(-31), message.uid];
        const gesture = captchaStep(tab, message.step);
        return gesture ? write(makeEvent(message.uid, gesture, site), tabId, practice) : { ok: true };
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

  function forgetTab(tabId: number) {
    if (tabs[tabId]) {
      delete tabs[tabId];
      saveTabs();
    }
  }

  return { handle, forgetTab, flush, stats };
}

export type Recorder = ReturnType<typeof createRecorder>;
