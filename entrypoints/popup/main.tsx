import { render } from 'preact';
import { I18nProvider, uiLang } from '@/components/i18n';
import { loadCatalog } from '@/lib/catalogs';
import { LANGS, type Lang } from '@/lib/i18n';
import { getSettings } from '@/lib/settings';
import { summaryItem } from '@/lib/summary';
import { Popup } from './Popup';
import './style.css';

// `?tab=N`: show the status of tab N (the e2e tests open the popup as a page, where the active tab is itself).
const tab = Number(new URLSearchParams(location.search).get('tab'));

// Firefox for Android shows the popup as a page as wide as the phone: then it takes the whole width (style.css).
if (/Android/.test(navigator.userAgent)) document.documentElement.classList.add('narrow');

// Everything the first frame needs, read at once before it: the settings, the background's summary (lib/summary.ts)
// and the chosen language's popup messages. The first render then shows the figures (no loading frame).
// The messages start loading with the settings, not after them (issue 14): in the language the popup showed last time,
// kept in this page's own localStorage (only "en" or "fr"), else the browser's. When the settings say otherwise (the
// language was changed since), that language's messages load too, once.
const LANG_HINT = 'tdc-popup-lang';
const hint = (() => {
  try {
    return localStorage.getItem(LANG_HINT);
  } catch {
    return null; // storage switched off for the extension's pages: the browser's language is the guess
  }
})();
const guess: Lang = (LANGS as readonly string[]).includes(hint ?? '') ? (hint as Lang) : uiLang({});
const guessed = loadCatalog(guess, 'popup');
const settings = getSettings();
const summary = summaryItem.getValue().catch(() => null);
const lang = settings.then(uiLang);
void Promise.all([settings, summary, lang, lang.then((l) => (l === guess ? guessed : loadCatalog(l, 'popup')))]).then(([settings, summary, lang]) => {
  if (lang !== guess)
    try {
      localStorage.setItem(LANG_HINT, lang);
    } catch {
      // as above: the next popup guesses from the browser again
    }
  render(
    <I18nProvider part="popup" initial={lang}>
      <Popup tabId={Number.isInteger(tab) && tab > 0 ? tab : undefined} initial={{ settings, summary }} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});
