/** Shared DOM machinery (lib/detectors/core/dom.ts): only the person's own events, and no key an IME holds. */
import { afterEach, describe, expect, it } from 'vitest';
import { onTrusted } from '@/lib/detectors/core/dom';
import { facebook } from '@/lib/detectors/social/facebook';
import { $, key, loadFixture, run, type, type Run } from '../helpers';

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
