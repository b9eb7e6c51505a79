/**
 * Ecosia (www.ecosia.org, on / and /search): `search` and `result-click`, through lib/detectors/core/search.ts
 * (delegated listeners only, nothing at page load). A result is `[data-test-id="mainline-result-web"]`
 * (`article.result`), its link `a.result__link` / `[data-test-id="result-link"]`; ads are
 * `[data-test-id="mainline-result-ad"]`. The box is `input[name="q"]` in the search form; suggestions are the
 * `role="option"` rows of its `role="listbox"`.
 */
import { searchEngine, type SearchTable } from '../core/search';

const CHECKED = '(checked 2026-11-30)';
const UBL = `ublacklist/builtin serpinfo/ecosia.yml ${CHECKED}`;
const CODE = (what: string) => `code search: ${what} (index shows no repository name) ${CHECKED}`;
const LOCATORS = /* @__PURE__ */ CODE('Ecosia locators of an Electron test suite and of Go/TS scrapers: mainline-result-web, mainline-result-ad, result-link');

export const A = {
  result: {
    role: 'item',
    anchors: [
      { sel: '[data-test-id="mainline-result-web"]', src: LOCATORS },
      { sel: 'article[data-test-id="organic-result"]', src: CODE('a TS Ecosia parser: article[data-test-id="organic-result"]') },
      { sel: '.result', src: `${UBL} (root .result)` },
    ],
  },
  ad: {
    role: 'item',
    anchors: [{ sel: '[data-test-id="mainline-result-ad"]', src: LOCATORS }],
  },
  link: {
    role: 'action',
    anchors: [
      { sel: '[data-test-id="result-link"]', src: LOCATORS },
      { sel: 'a.result__link', src: `${UBL} (url a.result__link)` },
      { sel: 'a:has(h2)', src: CODE('a test fixture of Ecosia\'s ad: <a href=...><h2>Sponsored</h2></a>') },
    ],
  },
  box: {
    role: 'search',
    anchors: [{ sel: 'form input[name="q"]', src: 'Ecosia\'s search URL parameter q (https://www.ecosia.org/search?q=...), in the header form (structure)' }],
  },
  submit: {
    role: 'action',
    anchors: [{ sel: 'form button[type="submit"]', src: 'the search form\'s submit button (structure)' }],
  },
  suggestion: {
    role: 'menu',
    anchors: [{ sel: 'form [role="listbox"] [role="option"]', src: 'WAI-ARIA combobox pattern of the search form (structure, not confirmed by a source)' }],
  },
} satisfies SearchTable;

export const ecosia = searchEngine('ecosia', A);
