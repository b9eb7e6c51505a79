/** Google Maps (issue 12): rating = a review posted with a star chosen, once the dialog closes. */
import { afterEach, describe, expect, it } from 'vitest';
import { googleMaps } from '@/lib/detectors/ratings/google-maps';
import { DETECTORS } from '@/lib/detectors';
import { startDetectors } from '@/lib/content-runtime';
import type { ContentMessage } from '@/lib/messages';
import { $, $$, click, loadFixture, run, settle, type Run } from '../helpers';

let r: Run | undefined;
afterEach(() => r?.stop());
const RATED = { kind: 'rating', platform: 'google-maps' };
const LABELS = { en: { write: 'Write a review', post: 'Post' }, fr: { write: 'Écrire un avis', post: 'Publier' } };
const PAGES = {
  en: () => loadFixture('https://www.google.com/maps/place/test?hl=en', 'maps/place/test.en.html'),
  fr: () => loadFixture('https://www.google.com/maps/place/test?hl=fr', 'maps/place/test.fr.html'),
};

describe.each(['en', 'fr'] as const)('Google Maps detector, %s UI', (lang) => {
  const L = LABELS[lang];
  const openDialog = () => {
    PAGES[lang]();
    r = run(googleMaps);
    click($(`button[aria-label="${L.write}"]`));
    return $('[role="dialog"]');
  };

  it('recognises the place\'s reviews (anchor table) and records nothing for the page load', async () => {
    PAGES[lang]();
    r = run(googleMaps);
    expect(googleMaps.expects!(document)).toBe(true);
    await settle(100);
    expect(r.signals).toEqual([]);
  });

  it('counts a review posted with a star once the dialog closes', async () => {
    const dialog = openDialog();
    click($$('[role="radio"]', dialog)[3]!);
    click($(`button[aria-label="${L.post}"] span`, dialog));
    expect(r!.signals).toEqual([]);
    await settle(500);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(r!.signals).toEqual([RATED]);
  });

  it('does not count Post without a star, Cancel, or a page script\'s clicks', async () => {
    let dialog = openDialog();
    click($(`button[aria-label="${L.post}"]`, dialog));
    await settle(400);
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
    click($$('[role="radio"]', dialog)[4]!);
    click($('[data-fixture="cancel"]', dialog));
    await settle(300);
    expect(r!.signals).toEqual([]);
    click($(`button[aria-label="${L.write}"]`));
    dialog = $('[role="dialog"]');
    click($$('[role="radio"]', dialog)[2]!, { trusted: false });
    click($(`button[aria-label="${L.post}"]`, dialog), { trusted: false });
    await settle(500);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(r!.signals).toEqual([]);
  });
});

describe('Google Maps detector on other sites', () => {
  it('records nothing on an unrelated blog carrying the same review dialog', async () => {
    PAGES.en();
    const markup = document.body.innerHTML;
    const doc = loadFixture('https://blog.exemple.fr/', 'index.html');
    doc.body.insertAdjacentHTML('beforeend', `${markup}<div role="dialog"><div role="radiogroup"><div role="radio" aria-checked="true"></div></div><button aria-label="Post">Post</button></div>`);
    doc.addEventListener('click', (e) => (e.target as Element).closest('[role="dialog"]')?.remove());
    const where = { hostname: 'blog.exemple.fr', pathname: '/maps/place/test' };
    expect(googleMaps.matches(where, doc)).toBe(false);
    const controller = new AbortController();
    const delivered: ContentMessage[] = [];
    const active = startDetectors(DETECTORS, where, doc, controller.signal, (m) => delivered.push(m));
    expect(active).not.toContain('google-maps');
    click($('button[aria-label="Post"]'));
    await settle(400);
    expect(delivered.flatMap((m) => (m.type === 'gesture' ? [m.gesture.kind] : []))).not.toContain('rating');
    controller.abort();
  });
  it('applies to /maps on Google\'s domains only, not to Google Search', () => {
    const m = (hostname: string, pathname: string) => googleMaps.matches({ hostname, pathname }, document);
    expect([m('www.google.com', '/maps/place/x'), m('www.google.fr', '/maps'), m('www.google.com', '/search'), m('maps.exemple.fr', '/maps')]).toEqual([true, true, false, false]);
  });
});
