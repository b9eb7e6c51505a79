/**
 * lib/detectors/core/ai.ts: an assistant whose thumbs are sourced but whose "rated" state is not (and which is not
 * known to remove the other thumb) must not be watched at all: a click alone proves nothing (h10).
 */
import { describe, expect, it, vi } from 'vitest';
import { aiStart } from '@/lib/detectors/core/ai';

const answer = { role: 'item', anchors: [{ sel: '.answer', src: 'test' }] } as const;
const thumb = { role: 'action', anchors: [{ sel: 'button.thumb', src: 'test' }] } as const;

describe('aiStart', () => {
  it('watches nothing when no rated state is sourced', () => {
    const spy = vi.spyOn(document, 'addEventListener');
    const controller = new AbortController();
    aiStart({ platform: 'claude', answer, thumb, pressed: { role: 'state', anchors: [] }, pairCollapses: false }, document, controller.signal, () => {});
    expect(spy).not.toHaveBeenCalled();
    controller.abort();
    spy.mockRestore();
  });

  it('does watch when a rated state is sourced', () => {
    const spy = vi.spyOn(document, 'addEventListener');
    const controller = new AbortController();
    const pressed = { role: 'state', anchors: [{ sel: '[aria-pressed="true"]', src: 'test' }] } as const;
    aiStart({ platform: 'claude', answer, thumb, pressed, pairCollapses: false }, document, controller.signal, () => {});
    expect(spy).toHaveBeenCalled();
    controller.abort();
    spy.mockRestore();
  });
});
