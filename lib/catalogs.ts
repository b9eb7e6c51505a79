/**
 * Loads the UI text of one language, one part at a time (issue 14): each language and part is its own chunk, so a
 * page loads only the language it shows, and the popup only its own part (lib/catalog-parts.ts). Once loaded, a
 * language's messages stay in lib/i18n.ts for `translator`.
 */
import { addMessages, hasPart, type Lang } from './i18n';

type Part = 'popup' | 'rest';
type Loader = () => Promise<{ default: Record<string, string> }>;

const LOADERS: Record<Lang, Record<Part, Loader>> = {
  en: { popup: () => import('virtual:tdc-catalog/en/popup'), rest: () => import('virtual:tdc-catalog/en/rest') },
  fr: { popup: () => import('virtual:tdc-catalog/fr/popup'), rest: () => import('virtual:tdc-catalog/fr/rest') },
};

/** Loads `lang`'s messages: the popup's part only, or all of them (both parts, in parallel). */
export async function loadCatalog(lang: Lang, which: 'popup' | 'all' = 'all'): Promise<void> {
  const parts: Part[] = which === 'popup' ? ['popup'] : ['popup', 'rest'];
  await Promise.all(
    parts.map(async (part) => {
      if (hasPart(lang, part)) return;
      addMessages(lang, part, (await LOADERS[lang][part]()).default);
    }),
  );
}
