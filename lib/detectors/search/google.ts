/**
 * Google Search (www.google.com and the country domains, on /search, / and /webhp): `search` (Enter in the box, the
 * search button with a non-empty box, a suggestion picked) and `result-click` (a result opened by click, middle
 * click, modifier click or Enter; organic or sponsored). Machinery: lib/detectors/core/search.ts (delegated
 * listeners only; nothing at page load, so a results page opened from a link or the address bar is no search).
 *
 * What Google renders (sources in the table): a desktop result is `.vt6azd` / `.Ww4FFb` with its title link in
 * `.yuRUbf` (or `.xe8e1b` on the videos tab) holding the `h3`; the link itself carries `jsname="UWckNb"`. The mobile
 * layout links the whole card (`a.UBFage`, `a[role="presentation"]`). Ads sit in `#tads` (top) / `#tadsb` (bottom),
 * each `[data-text-ad]` with an `a.sVXRqc` / `a[jsname="oYxtQd"]` link. The box is `textarea[name="q"]` (older
 * layouts and the mobile page: `input[name="q"]`), the home button `input[name="btnK"]`, the results page's
 * `button[type="submit"]`; suggestions are `li.sbct` rows with `role="option"` in a `role="listbox"`.
 */
import { searchEngine, type SearchTable } from '../core/search';

const CHECKED = '(checked 2026-11-30)';
const UBL = `ublacklist/builtin serpinfo/google.yml ${CHECKED}`;
const HOHSER = `pistom/hohser src/config/google.ts (2024) ${CHECKED}`;
const NIMBY = `nontawat167/nimby-scraper server/module/scraper/constant.go ${CHECKED}`;
const CODE = (what: string) => `code search: ${what} (index shows no repository name) ${CHECKED}`;

export const A = {
  result: {
    role: 'item',
    anchors: [
      { sel: '.vt6azd:not(.g-blk)', src: `${UBL} (Web desktop root; mobile root .vt6azd)` },
      { sel: '.Ww4FFb', src: UBL },
      { sel: 'div.g', src: CODE('result selectors of SERP userscripts "div.g, div.MjjYud, div.tF2Cxc"') },
    ],
  },
  ad: {
    role: 'item',
    anchors: [
      { sel: '[data-text-ad]', src: CODE('Google ad blocks [data-text-ad] in SERP cleaners') },
      { sel: '#tads [data-hveid]', src: CODE('Google top ads container #tads') },
      { sel: '#tadsb [data-hveid]', src: CODE('Google bottom ads container #tadsb') },
    ],
  },
  link: {
    role: 'action',
    anchors: [
      { sel: 'a[jsname="UWckNb"]', src: `${HOHSER}; ${NIMBY}` },
      { sel: 'a[jsname="oYxtQd"]', src: `${NIMBY} (ad links)` },
      { sel: '.yuRUbf a', src: `${UBL} (url :is(.yuRUbf, .xe8e1b) a)` },
      { sel: '.xe8e1b a', src: UBL },
      { sel: 'a.UBFage', src: `${UBL} (Web mobile url)` },
      { sel: 'a[role="presentation"]', src: `${UBL} (Web mobile url)` },
      { sel: 'a.sVXRqc', src: CODE('Google ad link a.sVXRqc') },
      { sel: 'a:has(h3)', src: `structure: the result's h3 title inside its link (${UBL}: title h3)` },
    ],
  },
  box: {
    role: 'search',
    anchors: [
      { sel: 'textarea[name="q"]', src: CODE('Playwright/Puppeteer Google scripts waitForSelector textarea[name="q"], input[name="q"] (also #APjFqb, textarea.gLFyf)') },
      { sel: 'input[name="q"]:not([type="hidden"])', src: CODE('the same scripts, older and mobile layouts') },
    ],
  },
  submit: {
    role: 'action',
    anchors: [
      { sel: 'input[name="btnK"]', src: CODE('a Nightwatch test clicks input[name="btnK"] on google.com') },
      { sel: 'input[name="btnI"]', src: 'the home page\'s "I\'m Feeling Lucky" button, next to btnK (same form)' },
      { sel: 'form[role="search"] button[type="submit"]', src: CODE('Google results page search button button[type="submit"] in the search form') },
    ],
  },
  suggestion: {
    role: 'menu',
    anchors: [
      { sel: 'li.sbct', src: CODE('Selenium page objects and Surfingkeys configs use li.sbct for Google suggestions') },
      { sel: '[role="listbox"] [role="option"]', src: CODE('Google autocomplete scrapers "[role=listbox] [role=option], ul[role=listbox] li"') },
    ],
  },
} satisfies SearchTable;

export const google = searchEngine('google', A);
