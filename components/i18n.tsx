import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadCatalog } from '@/lib/catalogs';
import { hasPart, pickLang, translator, type Lang, type T } from '@/lib/i18n';
import { getSettings, settingsItem, type Language } from '@/lib/settings';

export interface I18n {
  lang: Lang;
  t: T;
  /** All of the language's messages are loaded (with `part="report"`, once the rest has come after the first frame). */
  complete: boolean;
}

const browserLang = () => {
  try {
    return browser.i18n?.getUILanguage?.() ?? navigator.language;
  } catch {
    return navigator.language; // test doubles without i18n
  }
};
/** The language a page shows for these settings: the user's choice, else the browser's. */
export const uiLang = (s: { language?: Language }): Lang => pickLang(s.language ?? 'auto', browserLang());
type Part = 'popup' | 'report' | 'all';
const ready = (l: Lang, part: Part) =>
  hasPart(l, 'popup') && (part === 'popup' || (hasPart(l, 'report') && (part === 'report' || (hasPart(l, 'rest') && hasPart(l, 'sources')))));
const make = (l: Lang): I18n => ({ lang: l, t: translator(l), complete: ready(l, 'all') });

const Ctx = createContext<I18n>(make('en'));
export const useI18n = () => useContext(Ctx);

/**
 * Provides the UI language: `lang` when given (tests, the printable report), else the settings' choice or the
 * browser's language. Its children render once that language's messages are loaded (lib/catalogs.ts: one language,
 * and with `part="popup"` only the popup's part), never with keys or another language in their place. With
 * `part="report"` they render once the report's first frame's part is there, and again once the rest has come (`complete`).
 */
export function I18nProvider({
  lang,
  initial,
  part = 'all',
  children,
}: {
  lang?: Lang;
  /** The language already loaded before the first render (the popup's main.tsx): the first render shows it. */
  initial?: Lang;
  part?: Part;
  children: ComponentChildren;
}) {
  const [value, setValue] = useState<I18n | null>(() => {
    const first = lang ?? initial;
    return first && ready(first, part) ? make(first) : null;
  });
  useEffect(() => {
    let live = true;
    const use = async (l: Lang) => {
      if (!ready(l, part)) await loadCatalog(l, part);
      if (live) setValue((v) => (v?.lang === l && v.complete === ready(l, 'all') ? v : make(l)));
      // The report's first frame needs its own part only: the rest of the language's messages come after it.
      if (part === 'report' && !ready(l, 'all')) {
        await loadCatalog(l).catch(() => undefined);
        if (live) setValue((v) => (v?.lang === l && !v.complete ? make(l) : v));
      }
    };
    if (lang) {
      void use(lang);
      return () => void (live = false);
    }
    // The browser's language is what most people keep ("auto"): its messages start loading while the settings are read
    // (not when the page already loaded the settings' language: a French popup on an English browser would load both).
    const guess = pickLang('auto', browserLang());
    if (!initial && !ready(guess, part)) void loadCatalog(guess, part).catch(() => undefined);
    void getSettings().then((s) => use(uiLang(s)));
    const unwatch = settingsItem.watch((s) => s && void use(pickLang(s.language ?? 'auto', browserLang())));
    return () => {
      live = false;
      unwatch();
    };
  }, [lang, part]);
  useEffect(() => {
    if (value) document.documentElement.lang = value.lang;
  }, [value?.lang]);
  return value ? <Ctx.Provider value={value}>{children}</Ctx.Provider> : null;
}
