/** Qwant (issue 12): result-click and search, EN and FR results pages. */
import { describe, expect, it } from 'vitest';
import { qwant } from '@/lib/detectors/search/qwant';
import { loadFixture } from '../helpers';
import { describeEngine } from './search-engine';

describeEngine({
  detector: qwant,
  variants: {
    'EN results page': () => loadFixture('https://www.qwant.com/?q=travail+du+clic&l=en', 'index.en.html'),
    'FR results page': () => loadFixture('https://www.qwant.com/?q=travail+du+clic&l=fr', 'index.fr.html'),
  },
  result: '[data-testid="webResult"] h2 a',
  ad: '[data-testid="adResult"] a',
  box: 'input[name="q"]',
  submit: 'form button[type="submit"]',
  suggestion: '[role="listbox"] [role="option"]',
  ui: '[data-testid="verticalsNav"] a, [data-testid="buttonShowMore"]',
});

describe('qwant detector, where', () => {
  it('applies to www.qwant.com only', () => {
    expect(qwant.matches({ hostname: 'www.qwant.com', pathname: '/' }, document)).toBe(true);
    expect(qwant.matches({ hostname: 'qwant.exemple.fr', pathname: '/' }, document)).toBe(false);
  });
});
