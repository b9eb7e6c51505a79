import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSender, startDetectors, toMessage } from '@/lib/content-runtime';
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

  it('stays idle where no detector applies: no message, no listener', () => {
    const deliver = vi.fn();
    const add = vi.spyOn(document, 'addEventListener');
    expect(startDetectors([det('a', false)], where, document, new AbortController().signal, deliver)).toEqual([]);
    expect(deliver).not.toHaveBeenCalled();
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
});
