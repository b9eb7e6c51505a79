/**
 * Loads the UI text of one language, one part at a time (issue 14): each language and part is its own chunk, so a
 * page loads only the language it shows, and the popup only its own part (lib/catalog-parts.ts). Once loaded, a
 * language's messages stay in lib/i18n.ts for `translator`.
 */
import { addMessages, hasPart, type Lang } from './i18n';

type Part = 'popup' | 'sources' | 'report' | 'rest';
type Loader = () => Promise<{ default: Record<string, string> }>;

const LOADERS: Record<Lang, Record<Part, Loader>> = {
  en: {
    popup: () => import('virtual:tdc-catalog/en/popup'),
    sources: () => import('virtual:tdc-catalog/en/sources'),
    report: () => import('virtual:tdc-catalog/en/report'),
    rest: () => import('virtual:tdc-catalog/en/rest'),
  },
  fr: {
    popup: () => import('virtual:tdc-catalog/fr/popup'),
    sources: () => import('virtual:tdc-catalog/fr/sources'),
    report: () => import('virtual:tdc-catalog/fr/report'),
    rest: () => import('virtual:tdc-catalog/fr/rest'),
  },
};

/**
 * Loads `lang`'s messages: one part (the popup's, or the figures' for an opened source), the report's first frame
 * (the popup's part and the report's), or all of them in parallel.
 */
export async function loadCatalog(lang: Lang, which: 'popup' | 'sources' | 'report' | 'all' = 'all'): Promise<void> {
  const parts: Part[] = which === 'all' ? ['popup', 'sources', 'report', 'rest'] : which === 'report' ? ['popup', 'report'] : [which];
  await Promise.all(
    parts.map(async (part) => {
      if (hasPart(lang, part)) return;
      addMessages(lang, part, (await LOADERS[lang][part]()).default);
    }),
  );
}
