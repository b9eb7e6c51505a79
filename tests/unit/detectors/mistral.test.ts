/**
 * mistral: no maintained project shows the markup of its thumbs (lib/detectors/ai/mistral.ts), so the detector counts
 * nothing there yet. These tests pin that down: it applies to the host, and records nothing even when a button of
 * the answer's action bar flips to pressed after a person's click.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mistral } from '@/lib/detectors/ai/mistral';
import { $$, click, loadFixture, run, settle, type Run } from '../helpers';

let r: Run | undefined;
afterEach(() => r?.stop());

describe.each(['en', 'fr'] as const)('mistral detector, %s UI', (lang) => {
  it('applies to chat.mistral.ai and counts nothing it could not verify', async () => {
    loadFixture('https://chat.mistral.ai/chat/0000', `index.${lang}.html`);
    r = run(mistral);
    const buttons = $$('[data-fixture="up"], [data-fixture="down"]');
    for (const b of buttons) click(b);
    await settle(300);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
    expect(r.signals).toEqual([]);
  });
});

describe('mistral detector on other sites', () => {
  it('does not apply elsewhere', () => {
    expect(mistral.matches({ hostname: 'blog.exemple.fr', pathname: '/' }, document)).toBe(false);
  });
});
