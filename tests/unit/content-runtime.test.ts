import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSender, LATE, newUid, startDetectors, toMessage } from '@/lib/content-runtime';
import type { Detector } from '@/lib/detectors/core/types';
import type { ContentMessage, Reply } from '@/lib/messages';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('delivery to the background', () => {
  it('re-sends until the background answers, then stops', async () => {
    const replies: (Reply | Error)[] = [new Error('Could not establish connection'), new Error('worker stopped'), { ok: true, stored: true }];
    const send = vi.fn(async (_m: ContentMessage) => {
      const r = replies.shift()!;
      if (r instanceof Error) throw r;
      return r;
    });
    createSender(send, new AbortController().signal)(toMessage({ kind: 'reaction', platform: 'x' }));
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(3);
    // The same uid every time, so the background can drop duplicates.
    expect(new Set(send.mock.calls.map(([m]) => (m as { uid: string }).uid)).size).toBe(1);
  });

  it('sends the gestures of one burst as one batch, and retries only those the background could not store', async () => {
    const calls: ContentMessage[] = [];
    let first = true;
    const send = vi.fn(async (m: ContentMessage): Promise<Reply> => {
      calls.push(m);
      if (m.type !== 'batch') return { ok: true, stored: true };
      const results: Reply[] = m.messages.map((_, i) => (first && i === 1 ? { ok: false, error: 'storage' } : { ok: true, stored: true }));
      first = false;
      return { ok: true, results };
    });
    const deliver = createSender(send, new AbortController().signal);
    const burst = [toMessage({ kind: 'reaction', platform: 'x' }), toMessage({ kind: 'follow', platform: 'x' }), toMessage({ kind: 'save', platform: 'x' })];
    burst.forEach(deliver);
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(2);
    expect(calls[0]).toEqual({ type: 'batch', messages: burst });
    expect(calls[1]).toEqual(burst[1]); // only the one that failed, alone, with its uid
  });

  it('retries a storage failure, but not a refusal', async () => {
    const send = vi.fn(async (): Promise<Reply> => ({ ok: false, error: 'storage' }));
    createSender(send, new AbortController().signal)(toMessage({ kind: 'reaction', platform: 'x' }));
    await vi.runAllTimersAsync();
    expect(send.mock.calls.length).toBeGreaterThan(5);
    const refuse = vi.fn(async (): Promise<Reply> => ({ ok: false, error: 'paused' }));
    createSender(refuse, new AbortController().signal)(toMessage({ kind: 'reaction', platform: 'x' }));
    await vi.runAllTimersAsync();
    expect(refuse).toHaveBeenCalledTimes(1);
  });

  it('gives up when the extension context is gone', async () => {
    const send = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    createSender(send, new AbortController().signal)(toMessage({ kind: 'reaction', platform: 'x' }));
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('starting detectors', () => {
  const where = { hostname: 'x.com', pathname: '/home' };
  const det = (id: string, applies: boolean, start: Detector['start'] = () => undefined): Detector => ({ id, matches: () => applies, start });

  it('stays idle where no detector applies: no message, no listener but the late check\'s two', () => {
    const deliver = vi.fn();
    const add = vi.spyOn(document, 'addEventListener');
    expect(startDetectors([det('a', false)], where, document, new AbortController().signal, deliver)).toEqual([]);
    expect(deliver).not.toHaveBeenCalled();
    expect(add.mock.calls.map(([type]) => type)).toEqual(['focusin', 'pointerdown']);
    add.mockClear();
    expect(startDetectors([det('a', false)], where, document, new AbortController().signal, deliver, undefined, false)).toEqual([]);
    expect(add).not.toHaveBeenCalled();
  });

  it('isolates a failing detector and says hello with the active ones', () => {
    const deliver = vi.fn();
    const broken = det('broken', true, () => {
      throw new Error('markup changed');
    });
    const good = det('good', true, (_root, _signal, emit) => emit({ kind: 'follow', platform: 'x' }));
    expect(startDetectors([broken, good], where, document, new AbortController().signal, deliver)).toEqual(['broken', 'good']);
    expect(deliver.mock.calls.map(([m]) => m.type)).toEqual(['gesture', 'hello']);
    expect(deliver.mock.calls[1]![0]).toEqual({ type: 'hello', detectors: ['good'] });
  });

  it('loads the code of the matching detectors only, then starts them', async () => {
    vi.useRealTimers();
    const deliver = vi.fn();
    const started: string[] = [];
    const full = (id: string) => det(id, true, () => void started.push(id));
    const load = vi.fn(async (ids: string[]) => ids.map(full));
    const routes = [
      { id: 'here', matches: () => true },
      { id: 'elsewhere', matches: () => false },
    ];
    expect(startDetectors(routes, where, document, new AbortController().signal, deliver, load)).toEqual(['here']);
    expect(load).toHaveBeenCalledWith(['here']);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['here']);
    expect(deliver).toHaveBeenCalledWith({ type: 'hello', detectors: ['here'] });
  });

  it('turns CAPTCHA steps and gestures into their messages', () => {
    expect(toMessage({ vendor: 'hcaptcha', step: 'solved' })).toMatchObject({ type: 'captcha', step: { vendor: 'hcaptcha', step: 'solved' } });
    expect(toMessage({ kind: 'save', platform: 'x' })).toMatchObject({ type: 'gesture', gesture: { kind: 'save', platform: 'x' } });
  });

  it('gives each signal its own uid of 96 random bits, in the form the background accepts', () => {
    const uids = Array.from({ length: 1000 }, newUid);
    expect(new Set(uids).size).toBe(1000);
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{24}$/); // lib/messages.ts: [A-Za-z0-9_-]{8,64}
    expect(new Set(uids.join('')).size).toBe(16);
  });
});

describe('widgets that arrive late (issue 10 item 9)', () => {
  const where = { hostname: 'www.boutique-exemple.fr', pathname: '/inscription' };
  const trusted = <E extends Event>(e: E) => (Object.defineProperty(e, 'isTrusted', { value: true }), e);
  /** A route that applies once `sel` is on the page, counting how often it was asked and started. */
  const lateDetector = (id: string, sel: string) => {
    const d = { asked: 0, started: 0 } as { asked: number; started: number; detector: Detector };
    d.detector = {
      id,
      matches: (_w, doc) => (d.asked++, doc.querySelector(sel) !== null),
      start: () => void d.started++,
    };
    return d;
  };
  let controller: AbortController;
  beforeEach(() => {
    document.body.innerHTML = '<form id="signup"><input id="email"><button id="next">Suivant</button></form>';
    controller = new AbortController();
  });
  afterEach(() => controller.abort());
  const flush = async (ms: number) => {
    await Promise.resolve(); // MutationObserver callbacks
    await vi.advanceTimersByTimeAsync(ms);
  };

  it("starts a site's own CAPTCHA shown after a click, once, after the DOM change settles", async () => {
    const deliver = vi.fn();
    const c = lateDetector('captcha-text', 'img[src*="captcha"]');
    expect(startDetectors([c.detector], where, document, controller.signal, deliver)).toEqual([]);
    document.querySelector('form')!.insertAdjacentHTML('beforeend', '<img src="/captcha.php?1"><input name="code">');
    await flush(350);
    expect(c.started).toBe(1);
    expect(deliver).toHaveBeenCalledWith({ type: 'hello', detectors: ['captcha-text'] });
    // A new image after a refused answer, more changes, interactions: never started twice.
    document.querySelector('form')!.insertAdjacentHTML('beforeend', '<img src="/captcha.php?2">');
    document.getElementById('email')!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    await flush(10_000);
    expect(c.started).toBe(1);
  });

  it('re-checks at once on the first trusted interaction with a form, not on a page script\'s', async () => {
    const c = lateDetector('geetest', '.geetest_captcha');
    startDetectors([c.detector], where, document, controller.signal, vi.fn(), undefined, { ...LATE, armed: 0 });
    // Rendered while nothing watches the DOM (no change armed): only an interaction can find it.
    document.body.insertAdjacentHTML('beforeend', '<div class="geetest_captcha"></div>');
    await flush(5000);
    expect(c.started).toBe(0);
    document.getElementById('email')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.body.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true }))); // not in a form
    await flush(0);
    expect(c.started).toBe(0);
    document.getElementById('email')!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    await flush(0);
    expect(c.started).toBe(1);
  });

  it('starts GeeTest loaded on demand: the form interaction arms the DOM check that finds the widget', async () => {
    const c = lateDetector('geetest', 'script[src*="geetest"], [class*="geetest_"]');
    startDetectors([c.detector], where, document, controller.signal, vi.fn());
    // The page settles, then keeps changing (a carousel): at most `armed` re-checks, then the observer is gone.
    for (let i = 0; i < 20; i++) {
      document.body.append(document.createElement('p'));
      await flush(1000);
    }
    const asked = c.asked;
    expect(asked).toBe(1 + LATE.armed);
    // The person presses "Log in": the site then loads GeeTest and renders its box.
    document.getElementById('next')!.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true })));
    await flush(0);
    expect(c.asked).toBe(asked + 1); // checked at once: nothing yet
    document.body.insertAdjacentHTML('beforeend', '<div class="geetest_box_wrap"><div class="geetest_box"></div></div>');
    await flush(LATE.settleMs + 10);
    expect(c.started).toBe(1);
  });

  it('costs a bounded number of checks on a page that keeps changing and being clicked, then nothing', async () => {
    const c = lateDetector('never', '.never-there');
    startDetectors([c.detector], where, document, controller.signal, vi.fn());
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    for (let i = 0; i < 200; i++) {
      document.body.append(document.createElement('p'));
      if (i % 3 === 0) document.getElementById('email')!.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true })));
      await flush(500);
    }
    expect(c.asked).toBe(1 + LATE.checks);
    const calls = observe.mock.calls.length;
    const asked = c.asked;
    for (let i = 0; i < 20; i++) {
      document.body.append(document.createElement('p'));
      document.getElementById('email')!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
      await flush(5000);
    }
    expect(c.asked).toBe(asked);
    expect(observe.mock.calls.length).toBe(calls);
  });

  it('watches nothing where a detector started at load (a platform page, a vendor frame)', async () => {
    const c = lateDetector('captcha-text', 'img[src*="captcha"]');
    const x: Detector = { id: 'x', matches: () => true, start: () => undefined };
    const add = vi.spyOn(document, 'addEventListener');
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    expect(startDetectors([x, c.detector], where, document, controller.signal, vi.fn())).toEqual(['x']);
    expect(add).not.toHaveBeenCalled();
    expect(observe).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', '<img src="/captcha.php">');
    document.getElementById('email')!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    await flush(5000);
    expect(c.asked).toBe(1);
  });

  it('does nothing more on a page that neither changes nor is used', async () => {
    const c = lateDetector('never', '.never-there');
    startDetectors([c.detector], where, document, controller.signal, vi.fn());
    await flush(60_000);
    expect(c.asked).toBe(1);
  });

  it('stops when the content script is switched off', async () => {
    const c = lateDetector('captcha-text', 'img[src*="captcha"]');
    startDetectors([c.detector], where, document, controller.signal, vi.fn());
    controller.abort();
    document.body.insertAdjacentHTML('beforeend', '<img src="/captcha.php">');
    document.getElementById('email')!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    await flush(5000);
    expect(c.asked).toBe(1);
    expect(c.started).toBe(0);
  });
});
