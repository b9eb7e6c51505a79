/**
 * Bing (www.bing.com, on / and /search): `search` and `result-click`, through lib/detectors/core/search.ts
 * (delegated listeners only, nothing at page load). A result is `li.b_algo` with its title link `h2 > a` (mobile:
 * `.b_algoheader > a`); ads are `li.b_ad` blocks whose entries also carry an `h2 > a`. The box is
 * `#sb_form_q` (a textarea named q) in `#sb_form`, the button `#sb_form_go` (or its `label[for]`, `#search_icon`),
 * suggestions are the rows of `#sw_as` (`#sa_ul li`, role option).
 */
import { searchEngine, type SearchTable } from '../core/search';

const CHECKED = '(checked 2026-11-30)';
const UBL = `ublacklist/builtin serpinfo/bing.yml ${CHECKED}`;
const CODE = (what: string) => `code search: ${what} (index shows no repository name) ${CHECKED}`;

export const A = {
  result: {
    role: 'item',
    anchors: [
      { sel: 'li.b_algo', src: `${UBL} (root .b_algo, desktop and mobile)` },
      { sel: '#b_results > li.b_algo', src: CODE('SERP scripts "#b_results .b_algo h2 a"') },
    ],
  },
  ad: {
    role: 'item',
    anchors: [{ sel: 'li.b_ad', src: CODE('Bing ad blocks li.b_ad in SERP cleaners and ad filters') }],
  },
  link: {
    role: 'action',
    anchors: [
      { sel: 'h2 > a', src: `${UBL} (desktop url h2 > a)` },
      { sel: '.b_algoheader > a', src: `${UBL} (mobile url .b_algoheader > a)` },
    ],
  },
  box: {
    role: 'search',
    anchors: [
      { sel: '#sb_form_q', src: CODE('Selenium/Playwright Bing scripts fill #sb_form_q') },
      { sel: '#sb_form textarea[name="q"], #sb_form input[name="q"]', src: CODE('Bing automation "#sb_form_q, input[name=q], textarea[name=q]"') },
    ],
  },
  submit: {
    role: 'action',
    anchors: [
      { sel: '#sb_form_go', src: CODE('Nightwatch/Capybara Bing tests click #sb_form_go') },
      { sel: 'label[for="sb_form_go"]', src: CODE('a Bing page object: #sb_form label[for=sb_form_go]') },
      { sel: '#search_icon', src: 'the 2024-2026 magnifier of #sb_form (not confirmed by a source; same form as #sb_form_q)' },
    ],
  },
  suggestion: {
    role: 'menu',
    anchors: [
      { sel: '#sw_as li[role="option"]', src: CODE('Bing suggestion list #sw_as #sa_ul in userscripts and a WebdriverIO test') },
      { sel: '#sa_ul > li', src: CODE('a Bing theme styles #sw_as #sa_ul') },
    ],
  },
} satisfies SearchTable;

export const bing = searchEngine('bing', A);
