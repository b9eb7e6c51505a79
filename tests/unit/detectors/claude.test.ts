/**
 * claude: no maintained project shows the markup of its thumbs (lib/detectors/ai/claude.ts), so the detector counts
 * nothing there yet. These tests pin that down: it applies to the host, and records nothing even when a button of
 * the answer's action bar flips to pressed after a person's click.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { claude } from '@/lib/detectors/ai/claude';
import { $$, click, loadFixture, run, settle, type Run } from '../helpers';

let r: Run | undefined;
afterEach(() => r?.stop());

describe.each(['en', 'fr'] as const)('claude detector, %s UI', (lang) => {
  it('applies to claude.ai and counts nothing it could not verify', async () => {
    loadFixture('https://claude.ai/chat/0000', `index.${lang}.html`);
    r = run(claude);
    const buttons = $$('[data-fixture="up"], [data-fixture="down"]');
    for (const b of buttons) click(b);
    await settle(300);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
    expect(r.signals).toEqual([]);
  });
});

describe('claude detector on other sites', () => {
  it('does not apply elsewhere', () => {
    expect(claude.matches({ hostname: 'blog.exemple.fr', pathname: '/' }, document)).toBe(false);
  });
});

describe('claude detector anchors', () => {
  it('recognises the answer rows from its sourced anchors', () => {
    loadFixture('https://claude.ai/chat/0000', 'index.en.html');
    expect(claude.expects!(document)).toBe(true);
  });
});
