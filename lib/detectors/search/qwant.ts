/**
 * Qwant (www.qwant.com): `search` and `result-click`, through lib/detectors/core/search.ts (delegated listeners
 * only, nothing at page load). Qwant renders results client-side: a result is `[data-testid="webResult"]` with its
 * title link in an `h2`; ads carry `[data-testid="adResult"]` instead. The box is `input[name="q"]` in the search
 * form; suggestions are the `role="option"` rows of its `role="listbox"`.
 */
import { searchEngine, type SearchTable } from '../core/search';

const CHECKED = '(checked 2026-11-30)';
const CODE = (what: string) => `code search: ${what} (index shows no repository name) ${CHECKED}`;
const SERP = /* @__PURE__ */ CODE('a 2026 SERP reader\'s qwant.js: container [data-testid="webResult"], title "h2 a", "Ads carry adResult instead"');

export const A = {
  result: {
    role: 'item',
    anchors: [
      { sel: '[data-testid="webResult"]', src: `${SERP}; SERP highlighters "[data-testid=webResult] a[href]"` },
    ],
  },
  ad: {
    role: 'item',
    anchors: [{ sel: '[data-testid="adResult"]', src: SERP }],
  },
  link: {
    role: 'action',
    anchors: [
      { sel: 'a[data-testid="serTitle"]', src: 'the title link\'s test id (not confirmed by a source; h2 a below is)' },
      { sel: 'h2 a', src: SERP },
      { sel: 'a.external', src: CODE('a Qwant scraper: result link a.external') },
    ],
  },
  box: {
    role: 'search',
    anchors: [
      { sel: 'form input[name="q"]', src: CODE('Qwant search URLs and forms use q (https://www.qwant.com/?q=...)') },
      { sel: '[role="searchbox"]', src: CODE('a Qwant summariser reads the query from [role="searchbox"]') },
    ],
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

export const qwant = searchEngine('qwant', A);
