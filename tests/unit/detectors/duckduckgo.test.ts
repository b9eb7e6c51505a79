/** DuckDuckGo (issue 12): result-click and search, EN and FR results pages. */
import { describe, expect, it } from 'vitest';
import { duckduckgo } from '@/lib/detectors/search/duckduckgo';
import { loadFixture } from '../helpers';
import { describeEngine } from './search-engine';

describeEngine({
  detector: duckduckgo,
  variants: {
    'EN results page': () => loadFixture('https://duckduckgo.com/?q=travail+du+clic&kl=en', 'index.en.html'),
    'FR results page': () => loadFixture('https://duckduckgo.com/?q=travail+du+clic&kl=fr', 'index.fr.html'),
  },
  result: 'article[data-testid="result"] a[data-testid="result-title-a"]',
  ad: 'article[data-testid="ad"] a',
  box: '#searchbox_input',
  submit: '#search_form button[type="submit"]',
  suggestion: '[role="listbox"] [role="option"]',
  ui: 'nav a, #more-results, button[aria-haspopup="menu"]',
});

describe('duckduckgo detector, where', () => {
  it('applies to duckduckgo.com only', () => {
    expect(duckduckgo.matches({ hostname: 'duckduckgo.com', pathname: '/' }, document)).toBe(true);
    expect(duckduckgo.matches({ hostname: 'duck.exemple.fr', pathname: '/' }, document)).toBe(false);
  });
});
