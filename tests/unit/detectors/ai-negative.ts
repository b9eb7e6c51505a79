/**
 * The negative case shared by the AI-assistant tests: an unrelated blog that carries an assistant's own answer and
 * thumbs markup (its test ids, labels and toggling buttons pasted in, as a page about ChatGPT might). The content
 * runtime must not start the AI detector there, and a person's clicks on those thumbs must deliver nothing.
 */
import { expect } from 'vitest';
import { DETECTORS } from '@/lib/detectors';
import type { Detector } from '@/lib/detectors/core/types';
import { startDetectors } from '@/lib/content-runtime';
import type { ContentMessage } from '@/lib/messages';
import { $$, click, loadFixture, settle } from '../helpers';

export async function expectNothingOnBlogWith(detector: Detector, markup: string, thumbs: string): Promise<void> {
  const doc = loadFixture('https://blog.exemple.fr/', 'index.html');
  doc.body.insertAdjacentHTML('beforeend', markup);
  // The blog's own script flips the pasted thumbs, as the assistant would.
  doc.addEventListener('click', (e) => {
    const b = (e.target as Element).closest(thumbs);
    if (b) setTimeout(() => b.setAttribute('aria-pressed', 'true'), 20);
  });
  const where = { hostname: 'blog.exemple.fr', pathname: '/' };
  expect(detector.matches(where, doc)).toBe(false);
  const controller = new AbortController();
  const delivered: ContentMessage[] = [];
  const active = startDetectors(DETECTORS, where, doc, controller.signal, (m) => delivered.push(m));
  expect(active).not.toContain(detector.id);
  const found = $$(thumbs);
  expect(found.length).toBeGreaterThan(0);
  for (const el of found) click(el);
  await settle(300);
  expect(found.some((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
  const kinds = delivered.flatMap((m) => (m.type === 'gesture' ? [m.gesture.kind] : []));
  expect(kinds).not.toContain('ai-feedback');
  controller.abort();
}
