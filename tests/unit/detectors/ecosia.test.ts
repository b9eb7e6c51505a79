/** Ecosia (issue 12): result-click and search, EN and FR results pages. */
import { describe, expect, it } from 'vitest';
import { ecosia } from '@/lib/detectors/search/ecosia';
import { loadFixture } from '../helpers';
import { describeEngine } from './search-engine';

describeEngine({
  detector: ecosia,
  variants: {
    'EN results page': () => loadFixture('https://www.ecosia.org/search?q=travail+du+clic&hl=en', 'search.en.html'),
    'FR results page': () => loadFixture('https://www.ecosia.org/search?q=travail+du+clic&hl=fr', 'search.fr.html'),
  },
  result: '[data-test-id="mainline-result-web"] a.result__link',
  ad: '[data-test-id="mainline-result-ad"] a',
  box: 'input[name="q"]',
  submit: 'form button[type="submit"]',
  suggestion: '[role="listbox"] [role="option"]',
  ui: '[data-test-id="search-navigation"] a, .pagination a, .result__more',
});

describe('ecosia detector, where', () => {
  it('applies to www.ecosia.org / and /search only', () => {
    const m = (pathname: string) => ecosia.matches({ hostname: 'www.ecosia.org', pathname }, document);
    expect([m('/search'), m('/'), m('/images')]).toEqual([true, true, false]);
  });
});
