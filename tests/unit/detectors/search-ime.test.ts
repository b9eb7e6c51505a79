/**
 * The shared search helper (lib/detectors/core/dom.ts searchOnEnter) and the key helpers (core/keys.ts): Enter that
 * confirms an IME composition (isComposing, or keyCode 229) is never a search (issue 10 item 8), and shortcut keys
 * are only bare keys outside fields and editors.
 */
import { describe, expect, it } from 'vitest';
import { searchOnEnter } from '@/lib/detectors/core/dom';
import { composing, postOfKey, shortcutKey } from '@/lib/detectors/core/keys';
import type { Signal } from '@/lib/detectors/core/types';

const box = () => {
  document.body.innerHTML = '<form role="search"><input class="q" value="東京"></form><article><div class="bar"></div><div tabindex="0" class="focus">x</div></article>';
  return document.querySelector('.q')!;
};
const enter = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

describe('searchOnEnter', () => {
  it('is not a search while an IME composes (isComposing or keyCode 229), and is one after', () => {
    const el = box();
    const path = [el, el.parentElement!];
    const out: Signal[] = [];
    searchOnEnter(path, '.q', 'x', (s) => out.push(s), enter({ isComposing: true }));
    searchOnEnter(path, '.q', 'x', (s) => out.push(s), enter({ keyCode: 229 }));
    expect(out).toEqual([]);
    searchOnEnter(path, '.q', 'x', (s) => out.push(s), enter({}));
    expect(out).toEqual([{ kind: 'search', platform: 'x' }]);
  });
});

describe('shortcut keys', () => {
  it('a bare letter outside fields is a shortcut; in a field, with a modifier, repeated or composing it is not', () => {
    const el = box();
    const focus = document.querySelector('.focus')!;
    const path = (e: Element) => { const p: Element[] = []; for (let n: Element | null = e; n; n = n.parentElement) p.push(n); return p; };
    expect(shortcutKey(new KeyboardEvent('keydown', { key: 'L' }), path(focus))).toBe('l');
    expect(shortcutKey(new KeyboardEvent('keydown', { key: 'l' }), path(el))).toBeUndefined();
    expect(shortcutKey(new KeyboardEvent('keydown', { key: 'l', ctrlKey: true }), path(focus))).toBeUndefined();
    expect(shortcutKey(new KeyboardEvent('keydown', { key: 'l', repeat: true }), path(focus))).toBeUndefined();
    expect(shortcutKey(new KeyboardEvent('keydown', { key: 'l', isComposing: true }), path(focus))).toBeUndefined();
    expect(shortcutKey(new KeyboardEvent('keydown', { key: 'Enter' }), path(focus))).toBeUndefined();
    expect(composing(new KeyboardEvent('keydown', { key: 'a', keyCode: 229 }))).toBe(true);
    expect(postOfKey(path(focus), '.bar')).toBe(document.querySelector('.bar'));
    expect(postOfKey([document.body], 'article, .bar')).toBeUndefined(); // two matches: not one post
  });
});
