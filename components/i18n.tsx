import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickLang, translator, type Lang, type T } from '@/lib/i18n';
import { getSettings, settingsItem, type Language } from '@/lib/settings';

export interface I18n {
  lang: Lang;
  t: T;
}

const browserLang = () => {
  try {
    return browser.i18n?.getUILanguage?.() ?? navigator.language;
  } catch {
    return navigator.language; // test doubles without i18n
  }
};
const make = (choice: Language, lang?: Lang): I18n => {
  const l = lang ?? pickLang(choice, browserLang());
  return { lang: l, t: translator(l) };
};

const Ctx = createContext<I18n>(make('auto', 'en'));
export const useI18n = () => useContext(Ctx);

/** Provides the UI language: `lang` when given (tests), else the settings' choice or the browser's language. */
export function I18nProvider({ lang, children }: { lang?: Lang; children: ComponentChildren }) {
  const [value, setValue] = useState<I18n>(() => make('auto', lang));
  useEffect(() => {
    if (lang) return;
    void getSettings().then((s) => setValue(make(s.language)));
    return settingsItem.watch((s) => s && setValue(make(s.language)));
  }, [lang]);
  useEffect(() => {
    document.documentElement.lang = value.lang;
  }, [value.lang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
