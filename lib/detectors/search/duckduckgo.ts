/**
 * DuckDuckGo (duckduckgo.com): `search` and `result-click`, through lib/detectors/core/search.ts (delegated
 * listeners only, nothing at page load). A result is an `article[data-testid="result"]` in
 * `[data-testid="web-vertical"] li` (`li[data-layout="organic"]`), its title link `a[data-testid="result-title-a"]`
 * in an `h2`; ads are `li[data-layout="ad"]` / `article[data-testid="ad"]`. The box is `#searchbox_input`
 * (`input[name="q"]`), suggestions the `role="option"` rows of the `role="listbox"` under it.
 */
import { searchEngine, type SearchTable } from '../core/search';

const CHECKED = '(checked 2026-11-30)';
const UBL = `ublacklist/builtin serpinfo/duckduckgo.yml ${CHECKED}`;
const HOHSER = `pistom/hohser src/config/duckduckgo.ts (2024) ${CHECKED}`;
const CODE = (what: string) => `code search: ${what} (index shows no repository name) ${CHECKED}`;

export const A = {
  result: {
    role: 'item',
    anchors: [
      { sel: 'article[data-testid="result"]', src: HOHSER },
      { sel: '[data-nrn="result"]', src: HOHSER },
      { sel: 'li[data-layout="organic"]', src: CODE('Puppeteer scripts "[data-testid=mainline] li[data-layout=organic] a[data-testid=result-title-a]"') },
      { sel: '[data-testid="web-vertical"] li > article', src: `${UBL} (Web desktop and mobile root)` },
    ],
  },
  ad: {
    role: 'item',
    anchors: [
      { sel: 'article[data-testid="ad"]', src: CODE('DuckDuckGo ad articles in ad filters') },
      { sel: 'li[data-layout="ad"]', src: CODE('DuckDuckGo ad rows li[data-layout="ad"]') },
    ],
  },
  link: {
    role: 'action',
    anchors: [
      { sel: 'a[data-testid="result-title-a"]', src: CODE('Selenium/Puppeteer DuckDuckGo scripts, "very stable" data-testid') },
      { sel: 'a[data-testid="result-extras-url-link"]', src: 'the result\'s URL line link next to the title (not confirmed by a source)' },
      { sel: 'h2 > a', src: `${UBL} (url h2 > a)` },
    ],
  },
  box: {
    role: 'search',
    anchors: [
      { sel: '#searchbox_input', src: CODE('Selenium DuckDuckGo tests find #searchbox_input') },
      { sel: '#search_form_input', src: 'the pre-2023 results page box (older layout still served to some browsers; not re-checked)' },
      { sel: 'form input[name="q"]', src: CODE('a proxy test suite "#searchbox_input, input[name=q]" on duckduckgo.com') },
    ],
  },
  submit: {
    role: 'action',
    anchors: [
      { sel: 'form[role="search"] button[type="submit"]', src: 'the search form\'s submit button (structure; aria-label "Search" / "Rechercher")' },
      { sel: '#search_button', src: 'the pre-2023 results page button (not re-checked)' },
    ],
  },
  suggestion: {
    role: 'menu',
    anchors: [
      { sel: 'form[role="search"] [role="listbox"] [role="option"]', src: CODE('a Selenium DuckDuckGo test waits for the suggestions list under #searchbox_input') },
      { sel: '.search__autocomplete .acp', src: 'the pre-2023 autocomplete rows (not re-checked)' },
    ],
  },
} satisfies SearchTable;

export const duckduckgo = searchEngine('duckduckgo', A);
