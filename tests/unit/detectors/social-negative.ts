/**
 * The negative case shared by the facebook, instagram, linkedin, tiktok, threads and pinterest tests: an unrelated
 * blog with the same words and hooks ("Like" / "J’aime" buttons whose state flips, "Follow", "Save", a comment
 * form, a search box). The content runtime must not start the detector there, and a person's clicks, typing and
 * Enter must deliver nothing.
 */
import { expect } from 'vitest';
import { DETECTORS } from '@/lib/detectors';
import type { Detector } from '@/lib/detectors/core/types';
import { startDetectors } from '@/lib/content-runtime';
import type { ContentMessage } from '@/lib/messages';
import { $, $$, click, key, loadFixture, settle, type } from '../helpers';

export async function expectNothingOnBlog(detector: Detector): Promise<void> {
  const doc = loadFixture('https://blog.exemple.fr/', 'index.html');
  const where = { hostname: 'blog.exemple.fr', pathname: '/' };
  expect(detector.matches(where, doc)).toBe(false);
  const controller = new AbortController();
  const delivered: ContentMessage[] = [];
  const active = startDetectors(DETECTORS, where, doc, controller.signal, (m) => delivered.push(m));
  expect(active).not.toContain(detector.id);
  for (const el of $$('button, [role="button"]')) click(el.firstElementChild ?? el);
  type($('textarea'), 'Merci');
  key($('textarea'), 'Enter');
  type($('[contenteditable="true"]'), 'Merci');
  key($('[contenteditable="true"]'), 'Enter');
  click($('form.comments button[type="submit"]'));
  const box = $('input[type="search"]');
  type(box, 'robots');
  key(box, 'Enter');
  await settle(500);
  // The blog's buttons did change state: it is the host that rules the detector out.
  expect($('.like').getAttribute('aria-pressed')).toBe('true');
  const platforms = delivered.flatMap((m) => (m.type === 'gesture' ? [m.gesture.platform] : []));
  expect(platforms).not.toContain(detector.id);
  controller.abort();
}
