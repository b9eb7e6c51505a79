/** Amazon (issue 12): rating = a "Helpful" vote accepted on a review, or a review submitted with its stars. */
import { afterEach, describe, expect, it } from 'vitest';
import { amazon } from '@/lib/detectors/ratings/amazon';
import { DETECTORS } from '@/lib/detectors';
import { startDetectors } from '@/lib/content-runtime';
import type { ContentMessage } from '@/lib/messages';
import { $, $$, click, key, loadFixture, run, settle, type Run } from '../helpers';

let r: Run | undefined;
afterEach(() => r?.stop());
const RATED = { kind: 'rating', platform: 'amazon' };

const PAGES = {
  en: {
    reviews: () => loadFixture('https://www.amazon.com/product-reviews/B000TEST?hl=en', 'product-reviews/B000TEST.en.html'),
    create: () => loadFixture('https://www.amazon.com/review/create-review?asin=B000TEST&hl=en', 'review/create-review.en.html'),
  },
  fr: {
    reviews: () => loadFixture('https://www.amazon.fr/product-reviews/B000TEST?hl=fr', 'product-reviews/B000TEST.fr.html'),
    create: () => loadFixture('https://www.amazon.fr/review/create-review?asin=B000TEST&hl=fr', 'review/create-review.fr.html'),
  },
};

describe.each(['en', 'fr'] as const)('Amazon detector, %s UI', (lang) => {
  const review = (i: number) => $$('[data-hook="review"]')[i]!;

  it('recognises the reviews (anchor table) and records nothing for the page load', async () => {
    PAGES[lang].reviews();
    r = run(amazon);
    expect(amazon.expects!(document)).toBe(true);
    await settle(200);
    expect(r.signals).toEqual([]);
  });

  it('counts a Helpful vote once Amazon shows its thank-you, once per review', async () => {
    PAGES[lang].reviews();
    r = run(amazon);
    click($('.cr-helpful-text', review(0)));
    expect(r.signals).toEqual([]);
    await settle(500);
    expect($('[data-hook="vote-success-message"]', review(0)).classList.contains('aok-hidden')).toBe(false);
    expect(r.signals).toEqual([RATED]);
    click($('input[data-hook="vote-helpful-button"]', review(1)));
    await settle(500);
    expect(r.signals).toEqual([RATED, RATED]);
  });

  it('does not count a vote again on the same review (after an undo), nor a refused vote', async () => {
    PAGES[lang].reviews();
    r = run(amazon);
    click($('input[data-hook="vote-helpful-button"]', review(0)));
    await settle(500);
    // An undo puts the button back: voting again on that review is not a new rating.
    $('.cr-helpful-button', review(0)).classList.remove('aok-hidden');
    $('[data-hook="vote-success-message"]', review(0)).classList.add('aok-hidden');
    click($('input[data-hook="vote-helpful-button"]', review(0)));
    await settle(500);
    expect(r.signals).toEqual([RATED]);
    document.body.insertAdjacentHTML('afterbegin', '<i data-fixture-offline hidden></i>');
    click($('input[data-hook="vote-helpful-button"]', review(2)));
    await settle(500);
    expect(r.signals).toEqual([RATED]);
  });

  it('ignores a page script\'s click on Helpful', async () => {
    PAGES[lang].reviews();
    r = run(amazon);
    click($('input[data-hook="vote-helpful-button"]', review(1)), { trusted: false });
    await settle(500);
    expect($('[data-hook="vote-success-message"]', review(1)).classList.contains('aok-hidden')).toBe(false);
    expect(r.signals).toEqual([]);
  });

  it('counts a review submitted with stars once the thank-you shows; not without a star, not by a script', async () => {
    PAGES[lang].create();
    r = run(amazon);
    expect(amazon.expects!(document)).toBe(true);
    click($('[data-hook="ryp-review-submit-button"]'));
    await settle(400);
    expect(r.signals).toEqual([]);
    click($$('button.ryp__star__button')[3]!, { trusted: false });
    click($('[data-hook="ryp-review-submit-button"]'), { trusted: false });
    await settle(400);
    expect(r.signals).toEqual([]);
    r.stop();
    PAGES[lang].create();
    r = run(amazon);
    click($$('img.ryp__star')[3]!);
    key($('#scarface-review-text-card-title'), 'Enter');
    click($('[data-hook="ryp-review-submit-button"]'));
    await settle(600);
    expect(document.querySelector('.ryp__thank-you-title')).not.toBeNull();
    expect(r.signals).toEqual([RATED]);
  });
});

describe('Amazon detector on other sites', () => {
  it('records nothing on an unrelated blog carrying Amazon\'s review markup', async () => {
    PAGES.en.reviews();
    const markup = document.body.innerHTML;
    const doc = loadFixture('https://blog.exemple.fr/', 'index.html');
    doc.body.insertAdjacentHTML('beforeend', markup);
    // The blog's own script shows the thank-you as Amazon would.
    doc.addEventListener('click', (e) => {
      const w = (e.target as Element).closest('[data-hook="review-voting-widget"]');
      w?.querySelector('[data-hook="vote-success-message"]')?.classList.remove('aok-hidden');
    });
    const where = { hostname: 'blog.exemple.fr', pathname: '/' };
    expect(amazon.matches(where, doc)).toBe(false);
    const controller = new AbortController();
    const delivered: ContentMessage[] = [];
    const active = startDetectors(DETECTORS, where, doc, controller.signal, (m) => delivered.push(m));
    expect(active).not.toContain('amazon');
    for (const b of $$('input[data-hook="vote-helpful-button"]')) click(b);
    await settle(500);
    expect(delivered.flatMap((m) => (m.type === 'gesture' ? [m.gesture.kind] : []))).not.toContain('rating');
    controller.abort();
  });
  it('applies on Amazon country domains only', () => {
    const m = (hostname: string) => amazon.matches({ hostname, pathname: '/dp/B000TEST' }, document);
    expect([m('www.amazon.com'), m('www.amazon.fr'), m('www.amazon.co.uk'), m('www.amazon.com.br'), m('amazon.exemple.fr')]).toEqual([true, true, true, true, false]);
  });
});
