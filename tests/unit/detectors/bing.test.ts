/** Bing (issue 12): result-click and search, EN and FR results pages. */
import { describe, expect, it } from 'vitest';
import { bing } from '@/lib/detectors/search/bing';
import { loadFixture } from '../helpers';
import { describeEngine } from './search-engine';

describeEngine({
  detector: bing,
  variants: {
    'EN results page': () => loadFixture('https://www.bing.com/search?q=travail+du+clic&setlang=en', 'search.en.html'),
    'FR results page': () => loadFixture('https://www.bing.com/search?q=travail+du+clic&setlang=fr', 'search.fr.html'),
  },
  result: '#b_results li.b_algo h2 > a',
  ad: 'li.b_ad h2 > a',
  box: '#sb_form_q',
  submit: '#sb_form_go',
  suggestion: '#sa_ul li[role="option"]',
  ui: '.b_scopebar a, .b_pag a[href], .b_expando',
});

describe('bing detector, where', () => {
  it('applies to www.bing.com / and /search only', () => {
    const m = (hostname: string, pathname: string) => bing.matches({ hostname, pathname }, document);
    expect([m('www.bing.com', '/search'), m('www.bing.com', '/'), m('www.bing.com', '/images/search'), m('bing.exemple.fr', '/search')]).toEqual([true, true, false, false]);
  });
});
