/** Shared DOM machinery (lib/detectors/core/dom.ts): only the person's own events, and no key an IME holds. */
import { afterEach, describe, expect, it } from 'vitest';
import { countWhenTurnedOn, onTrusted } from '@/lib/detectors/core/dom';
import { facebook } from '@/lib/detectors/social/facebook';
import { $, key, loadFixture, run, settle, type, type Run } from '../helpers';

let r: Run | undefined;
afterEach(() => r?.stop());

describe('onTrusted', () => {
  it('passes trusted events with their path, drops synthetic ones and keys held by an IME (issue 10 item 8)', () => {
    document.body.innerHTML = '<form><input id="q"></form>';
    const seen: string[] = [];
    const controller = new AbortController();
    onTrusted(document, 'keydown', (event, path) => seen.push(`${event.key}@${path[0]!.id}`), controller.signal);
    const box = $('#q')!;
    key(box, 'Enter');
    key(box, 'Enter', {}, { trusted: false });
    key(box, 'Enter', { isComposing: true });
    key(box, 'Enter', { keyCode: 229 });
    key(box, 'a');
    controller.abort();
    key(box, 'Enter');
    expect(seen).toEqual(['Enter@q', 'a@q']);
  });

  it('so a detector counts no search when Enter only confirms an IME word (Facebook, a declarative detector)', () => {
    loadFixture('https://www.facebook.com/', 'index.fr.html');
    r = run(facebook);
    const box = $('input[type="search"]')!;
    type(box, 'travail du clic');
    key(box, 'Enter', { isComposing: true });
    key(box, 'Enter', { keyCode: 229 });
    expect(r.signals).toEqual([]);
    key(box, 'Enter');
    expect(r.signals).toEqual([{ kind: 'search', platform: 'facebook' }]);
  });
});

describe('state waits', () => {
  it('see a change the next input undoes before the next poll: a like undone at once still counts', async () => {
    document.body.innerHTML = '<button id="like" aria-pressed="false">Like</button>';
    const button = $('#like');
    const controller = new AbortController();
    // A detector's listener (the check of the waits runs first), and the site's own, which toggles the state.
    const seen: number[] = [];
    onTrusted(document, 'click', () => seen.push(Date.now()), controller.signal);
    const on = () => button.getAttribute('aria-pressed') === 'true';
    let counted = 0;
    countWhenTurnedOn(on, () => counted++, { signal: controller.signal });
    await settle(50); // the first polls saw it off
    button.setAttribute('aria-pressed', 'true'); // the site shows the like...
    button.addEventListener('click', () => button.setAttribute('aria-pressed', 'false'), { once: true });
    // ...and the person undoes it, before the next poll (at 112 ms). (A click that does not bubble: the fixtures
    // loaded above left their site's listeners on the document; the capture phase still reaches the detector's.)
    const undo = new MouseEvent('click', { bubbles: false });
    Object.defineProperty(undo, 'isTrusted', { value: true });
    button.dispatchEvent(undo);
    await settle(600);
    expect(on()).toBe(false);
    expect(counted).toBe(1);
    expect(seen).toHaveLength(1);
    controller.abort();
  });
});
