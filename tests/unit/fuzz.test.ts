/**
 * The background under hostile or failing conditions, through its real entry (`createRecorder().handle`):
 * - 1,000 fuzzed and forged messages (wrong shapes, huge strings, wrong kinds, forged site/time fields, prototype
 *   tricks) from content scripts and extension pages: none stored, none crashes it, every one counted as rejected;
 * - a full disk (IndexedDB writes failing with QuotaExceededError): every sender is told, the error is saved for
 *   the popup, and the content script's retries store every gesture exactly once when space comes back.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSender } from '@/lib/content-runtime';
import { LaborDB } from '@/lib/db';
import type { ContentMessage, Reply } from '@/lib/messages';
import { createRecorder, type RecorderStats, type Sender } from '@/lib/recorder';
import { COUNTING_SETTINGS } from './counting';

const EXT = 'chrome-extension://fuzzextensionid/';

function setup(db = new LaborDB(`fuzz-${Math.random().toString(36).slice(2)}`)) {
  const saved: { stats?: RecorderStats; statsWrites: number } = { statsWrites: 0 };
  const recorder = createRecorder({
    db,
    settings: () => COUNTING_SETTINGS,
    extensionOrigin: EXT,
    store: {
      loadTabs: async () => ({}),
      saveTabs: async () => undefined,
      loadStats: async () => saved.stats ?? { rejected: 0, storageError: null },
      saveStats: async (s) => {
        saved.stats = structuredClone(s);
        saved.statsWrites += 1;
      },
    },
  });
  return { db, recorder, saved };
}

/** Deterministic PRNG (mulberry32) so a failure names a reproducible seed. */
function prng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const HUGE = 'A'.repeat(1_000_000);
const HOSTILE_STRINGS = [
  HUGE,
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '\u202Egnp.exe', // right-to-left override
  'x'.repeat(10_240),
  '',
  ' ',
  '\u0000',
  'REACTION',
  'reaction ',
  'constructor',
  '__proto__',
  'évil.com',
  'javascript:alert(1)',
];
const ODD_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  [1, 2, 3],
  { nested: { deeper: { deepest: HUGE } } },
  ...HOSTILE_STRINGS,
];

const validUid = (r: ReturnType<typeof prng>) => `fuzz${r.int(1e9).toString(36).padStart(8, '0')}`;
const validGesture = () => ({ type: 'gesture', uid: 'fuzzvalid0001', gesture: { kind: 'reaction', platform: 'x' } });

/** One invalid message. Every branch breaks exactly one rule of lib/messages.ts, or several at once. */
function forge(r: ReturnType<typeof prng>, { fromPage = false } = {}): unknown {
  const uid = validUid(r);
  switch (r.int(14)) {
    case 0: // not an object at all
      return r.pick(ODD_VALUES);
    case 1: // unknown or missing type
      return { type: r.pick(['Gesture', 'gestures', 'tab-status', 'delete-all', 'settings', '', ...HOSTILE_STRINGS]), uid, gesture: { kind: 'reaction', platform: 'x' } };
    case 2: // wrong kind
      return { type: 'gesture', uid, gesture: { kind: r.pick([...HOSTILE_STRINGS, 'like', 'Reaction', 'captcha-solved', 42, null]), platform: 'x' } };
    case 3: // wrong platform (a CAPTCHA vendor is fine in a gesture, a made-up one is not)
      return { type: 'gesture', uid, gesture: { kind: 'reaction', platform: r.pick([...HOSTILE_STRINGS, 'twitter', 'X', 'facebook.com', 7]) } };
    case 4: // forged site, time or storage fields, at the top level or inside the gesture
      {
        const field = r.pick(['site', 'at', 'day', 'id', 'url', 'host', 'tabId', 'sender']);
        const value = r.pick(['evil.example', 'x.com', '<b>x</b>', 0, Date.now(), HUGE]);
        return r.next() < 0.5
          ? { type: 'gesture', uid, gesture: { kind: 'reaction', platform: 'x', [field]: value } }
          : { type: 'gesture', uid, gesture: { kind: 'reaction', platform: 'x' }, [field]: value };
      }
    case 5: // bad uid
      return { type: 'gesture', uid: r.pick(['short', 'x'.repeat(65), 'with space 123', '<script>1</script>', HUGE, 12345678, null, '']), gesture: { kind: 'reaction', platform: 'x' } };
    case 6: // out-of-range measurements
      return {
        type: 'gesture',
        uid,
        gesture: {
          kind: 'captcha',
          platform: 'recaptcha',
          ...r.pick([
            { seconds: -1 },
            { seconds: Number.NaN },
            { seconds: Number.POSITIVE_INFINITY },
            { seconds: 6 * 3600 + 1 },
            { seconds: '12' },
            { rounds: 1.5 },
            { rounds: -2 },
            { rounds: 101 },
            { passive: 'yes' },
          ]),
        },
      };
    case 7: // labels: raw prompt text, HTML, too many, huge
      return {
        type: 'gesture',
        uid,
        gesture: {
          kind: 'captcha',
          platform: 'recaptcha',
          labels: r.pick([
            ['Select all images with crosswalks'],
            ['<img src=x onerror=alert(1)>'],
            Array.from({ length: 21 }, () => 'bus'),
            [HUGE],
            ['\u202Ebus'],
            'bus',
            [1],
          ]),
        },
      };
    case 8: // CAPTCHA steps: wrong vendor, step or label
      return {
        type: 'captcha',
        uid,
        step: r.pick([
          { vendor: 'x', step: 'solved' },
          { vendor: 'recaptcha', step: 'done' },
          { vendor: 'recaptcha', step: 'round', label: 'Select all squares with <b>buses</b>' },
          { vendor: 'recaptcha', step: 'solved', seconds: 3 },
          { vendor: 'recaptcha', step: 'solved', site: 'evil.example' },
          { vendor: HUGE, step: 'shown' },
          null,
        ]),
      };
    case 9: // hello with bad detector ids or too many
      return {
        type: 'hello',
        detectors: r.pick([
          Array.from({ length: 41 }, (_, i) => `d${i}`),
          ['<script>'],
          ['X'],
          [HUGE],
          'x',
          [null],
        ]),
      };
    case 10: // prototype tricks (as JSON.parse would give them from a structured-cloned message)
      return JSON.parse(
        r.pick([
          '{"type":"gesture","uid":"fuzzproto01","gesture":{"kind":"reaction","platform":"x"},"__proto__":{"polluted":true}}',
          '{"type":"gesture","uid":"fuzzproto02","gesture":{"__proto__":{"kind":"reaction","platform":"x"}}}',
          '{"type":"gesture","uid":"fuzzproto03","constructor":{"prototype":{"polluted":true}},"gesture":{"kind":"reaction","platform":"x"}}',
        ]),
      );
    case 11: // a valid message with one required field removed
      {
        const m: Record<string, unknown> = { type: 'gesture', uid, gesture: { kind: 'reaction', platform: 'x' } };
        const drop = r.pick(['type', 'uid', 'gesture']);
        delete m[drop];
        return m;
      }
    case 12: // deep nesting and long arrays
      {
        let deep: unknown = { kind: 'reaction', platform: 'x' };
        for (let i = 0; i < 500; i++) deep = { gesture: deep };
        return r.pick([{ type: 'gesture', uid, gesture: deep }, { type: 'gesture', uid, gesture: Array(10_000).fill('reaction') }]);
      }
    default:
      // From a content script, a page-only message (only extension pages may ask for a tab's status); from an
      // extension page, a tab-status request with a bad tab id.
      return fromPage ? { type: 'tab-status', tabId: r.pick([-1, '1', 1.5, null, HUGE]) } : { type: 'tab-status', tabId: r.int(100) };
  }
}

const contentSender = (r: ReturnType<typeof prng>): Sender =>
  r.pick([
    { tab: { id: 3, url: 'https://x.com/home' }, url: 'https://x.com/home' },
    { tab: { id: 4, url: 'https://www.boutique-exemple.fr/' }, url: 'https://www.google.com/recaptcha/api2/anchor' },
    { tab: { id: 5, url: 'https://evil.example/' }, url: 'https://evil.example/' },
  ]);

beforeEach(() => fakeBrowser.reset());

describe('1,000 fuzzed and forged messages', () => {
  it('stores none, never throws, counts each as rejected, and keeps working', async () => {
    const { db, recorder, saved } = setup();
    const r = prng(20261122);
    const replies: Reply[] = [];
    const started = performance.now();
    for (let i = 0; i < 1000; i++) {
      // One in ten comes from an extension page with a message that page schema refuses.
      const fromPage = i % 10 === 9;
      const message = fromPage ? (r.next() < 0.2 ? validGesture() : forge(r, { fromPage })) : forge(r);
      const sender = fromPage ? { url: `${EXT}popup.html` } : contentSender(r);
      const reply = await recorder.handle(message, sender);
      replies.push(reply);
      if (reply.ok || reply.error !== 'invalid') throw new Error(`message #${i} was not rejected: ${JSON.stringify(message)?.slice(0, 200)} -> ${JSON.stringify(reply)}`);
    }
    const elapsed = performance.now() - started;

    expect(replies).toHaveLength(1000);
    expect(recorder.stats.rejected).toBe(1000);
    // The counter is saved, so it survives the service worker stopping.
    expect(saved.stats?.rejected).toBe(1000);
    expect(await db.events.count()).toBe(0);
    expect(await db.rollups.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Refusing is cheap: a flood of garbage cannot keep the service worker busy (1 MB strings included).
    expect(elapsed).toBeLessThan(5000);

    // Still alive and still recording real gestures.
    const ok = await recorder.handle(validGesture(), { tab: { id: 3, url: 'https://x.com/home' } });
    expect(ok).toEqual({ ok: true, stored: true });
    expect(await db.events.toArray()).toMatchObject([{ kind: 'reaction', platform: 'x', site: 'x.com' }]);
    expect(recorder.stats.rejected).toBe(1000);
  });

  it('takes the site from the sender only, whatever the message claims', async () => {
    const { db, recorder } = setup();
    // No tab (a message from a service worker or an extension page pretending to be content): nothing stored.
    expect(await recorder.handle(validGesture(), { url: 'https://evil.example/' })).toEqual({ ok: false, error: 'no-site' });
    expect(await recorder.handle(validGesture(), { tab: { id: 1, url: 'file:///etc/passwd' } })).toEqual({ ok: false, error: 'no-site' });
    expect(await recorder.handle(validGesture(), { tab: { id: 1, url: 'https://X.com:8443/path?q=secret#h' } })).toEqual({ ok: true, stored: true });
    expect((await db.events.toArray()).map((e) => e.site)).toEqual(['x.com']);
  });
});

/** Dexie middleware that makes every write fail like a full disk (DOMException QuotaExceededError) while `full`. */
function quotaMiddleware(disk: { full: boolean }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'quota-full',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) =>
            disk.full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
        };
      },
    }),
  };
}

describe('storage full', () => {
  it('tells every sender and saves the error for the popup; stores nothing half-way', async () => {
    const disk = { full: true };
    const db = new LaborDB(`quota-${Math.random().toString(36).slice(2)}`);
    db.use(quotaMiddleware(disk));
    const { recorder, saved } = setup(db);
    const sender = { tab: { id: 3, url: 'https://x.com/home' } };
    const replies = await Promise.all(
      ['quota0000001', 'quota0000002', 'quota0000003'].map((uid) => recorder.handle({ type: 'gesture', uid, gesture: { kind: 'reaction', platform: 'x' } }, sender)),
    );
    for (const reply of replies) expect(reply).toEqual({ ok: false, error: 'storage', detail: 'QuotaExceededError' });
    expect(recorder.stats.storageError).toMatchObject({ name: 'QuotaExceededError', at: expect.any(Number) });
    expect(saved.stats?.storageError?.name).toBe('QuotaExceededError');
    disk.full = false;
    expect(await db.events.count()).toBe(0);
    expect(await db.rollups.count()).toBe(0);
  });

  it('loses nothing: the content script retries, and every gesture is stored once when space is back', async () => {
    const disk = { full: true };
    const db = new LaborDB(`quota-${Math.random().toString(36).slice(2)}`);
    db.use(quotaMiddleware(disk));
    const { recorder, saved } = setup(db);
    const sender = { tab: { id: 3, url: 'https://x.com/home' } };
    const replies: Reply[] = [];
    const controller = new AbortController();
    // The real content-script delivery (lib/content-runtime.ts), wired straight to the background's handler.
    const deliver = createSender(async (m: ContentMessage) => {
      const reply = await recorder.handle(m, sender);
      // A burst travels as one batch: one reply per gesture inside it.
      replies.push(...(reply.ok && reply.results ? reply.results : [reply]));
      return reply;
    }, controller.signal);
    for (let i = 0; i < 5; i++) deliver({ type: 'gesture', uid: `retry000000${i}`, gesture: { kind: 'reaction', platform: 'x' } });
    await new Promise((ok) => setTimeout(ok, 100));
    expect(replies.filter((r) => !r.ok && r.error === 'storage')).toHaveLength(5);
    expect(saved.stats?.storageError?.name).toBe('QuotaExceededError');

    disk.full = false; // the person frees some space; the first retry comes 200 ms after the failure
    const until = Date.now() + 3000;
    while ((await db.events.count()) < 5 && Date.now() < until) await new Promise((ok) => setTimeout(ok, 50));
    controller.abort();
    expect((await db.events.toArray()).map((e) => e.uid).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `retry000000${i}`));
    expect((await db.rollups.toArray())[0]?.count).toBe(5);
    // The popup's warning goes away once a write succeeds again.
    expect(recorder.stats.storageError).toBeNull();
    expect(saved.stats?.storageError).toBeNull();
  });
});
