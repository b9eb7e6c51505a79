/**
 * UI text. The strings live in the extension's locale files (public/_locales/{en,fr}/messages.json, also used by
 * the manifest); the build serves them per language and part (scripts/catalog-plugin.ts) so the language can follow
 * the browser or the user's choice in settings, and a page loads only its language (lib/catalogs.ts loadCatalog).
 * `$1`..`$9` are replaced by the arguments, as chrome.i18n does.
 */
import type en from '../public/_locales/en/messages.json';
import type { Language } from './settings';

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageKey = keyof typeof en;

/** Messages loaded so far, per language (lib/catalogs.ts adds them), and which parts. */
const CATALOGS: Record<Lang, Record<string, string>> = { en: {}, fr: {} };
const PARTS: Record<Lang, Set<string>> = { en: new Set(), fr: new Set() };
export const hasPart = (lang: Lang, part: string) => PARTS[lang].has(part);
export function addMessages(lang: Lang, part: string, messages: Record<string, string>): void {
  Object.assign(CATALOGS[lang], messages);
  PARTS[lang].add(part);
}

/** `kind_post-view` -> `kind_post_view`: message names allow only letters, digits and `_`. */
export const messageKey = (key: string) => key.replace(/-/g, '_') as MessageKey;

export type T = (key: MessageKey, ...subs: (string | number)[]) => string;

export function translator(lang: Lang): T {
  const catalog = CATALOGS[lang];
  return (key, ...subs) => {
    const text = catalog[key] ?? CATALOGS.en[key] ?? key;
    return text.replace(/\$(\d)/g, (_, i: string) => String(subs[Number(i) - 1] ?? ''));
  };
}

/** The UI language: the user's choice, else the browser's (French for any `fr-*`), else English. */
export function pickLang(choice: Language, browserLang: string): Lang {
  if (choice !== 'auto') return choice;
  return browserLang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** BCP 47 tag used with Intl for numbers, dates and currencies. */
export const intlLocale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-US');

/**
 * A message whose wording depends on a count: `${key}_one` when the language's plural rules say "one" (English 1;
 * French 0 and 1) and that message exists, else `key`. `count` is the number, `subs` the formatted substitutions.
 */
const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};
export function plural(t: T, lang: Lang, key: string, count: number, ...subs: (string | number)[]): string {
  const one = `${key}_one`;
  const rules = (pluralRules[lang] ??= new Intl.PluralRules(intlLocale(lang)));
  const useOne = rules.select(count) === 'one' && one in CATALOGS[lang];
  return t((useOne ? one : key) as MessageKey, ...subs);
}
