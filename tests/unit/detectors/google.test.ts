/** Google Search (issue 12): result-click and search, EN and FR results pages, the mobile layout, the home page. */
import { describe, expect, it } from 'vitest';
import { google } from '@/lib/detectors/search/google';
import { $, loadFixture, run, type } from '../helpers';
import { describeEngine, keydown, mouse } from './search-engine';

describeEngine({
  detector: google,
  variants: {
    'EN results page': () => loadFixture('https://www.google.com/search?q=travail+du+clic&hl=en', 'search.en.html'),
    'FR results page': () => loadFixture('https://www.google.com/search?q=travail+du+clic&hl=fr', 'search.fr.html'),
    'mobile layout, FR': () => loadFixture('https://www.google.com/search?q=travail+du+clic&hl=fr', 'search.mobile.html'),
  },
  result: '#rso a[href^="https://"]',
  ad: '#tads a[href]',
  box: 'textarea[name="q"], input[name="q"]',
  submit: 'button[type="submit"]',
  suggestion: 'li.sbct [role="option"]',
  ui: '#hdtb a, #botstuff a, .related-question-pair [role="button"], [aria-label="About this result"], [aria-label="À propos de ce résultat"]',
});

describe.each(['en', 'fr'] as const)('google detector, home page (%s)', (lang) => {
  it('counts the home page button with a query, and a suggestion picked, once each', () => {
    loadFixture(`https://www.google.com/?hl=${lang}`, `index.${lang}.html`);
    const r = run(google);
    const box = $('textarea[name="q"]');
    mouse($('input[name="btnK"]'), 'click');
    expect(r.signals).toEqual([]);
    type(box, 'digital labor');
    mouse($('input[name="btnK"]'), 'click');
    expect(r.signals).toEqual([{ kind: 'search', platform: 'google' }]);
    keydown(box, 'Enter');
    expect(r.signals.length).toBe(1);
    r.stop();
  });

  it('applies to /, /webhp and /search only', () => {
    const m = (pathname: string) => google.matches({ hostname: 'www.google.fr', pathname }, document);
    expect([m('/'), m('/webhp'), m('/search'), m('/maps/place/x'), m('/recaptcha/api2/anchor')]).toEqual([true, true, true, false, false]);
  });
});
