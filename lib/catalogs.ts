/**
 * Loads the UI text of one language, one part at a time (issue 14): each language and part is its own chunk, so a
 * page loads only the language it shows, and the popup only its own part (lib/catalog-parts.ts). Once loaded, a
 * language's messages stay in lib/i18n.ts for `translator`; the first-frame parts are also kept in localStorage for
 * the next page (see loadCatalog).
 */
import versions from 'virtual:tdc-catalog-version';
import { CACHED_PARTS } from './catalog-parts';
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

const cached = (part: Part) => (CACHED_PARTS as readonly string[]).includes(part);
const cacheKey = (lang: Lang, part: Part) => `tdc-catalog-${lang}-${part}`;

/**
 * The copy of a first-frame part kept in the extension's own localStorage (only its pages can read or write it: UI
 * text, nothing of the person's), if it is this build's (the version hash) and well formed; else undefined and the
 * part is loaded from its file. Without localStorage (the service worker, storage switched off) nothing is kept.
 */
function readCopy(lang: Lang, part: Part): Record<string, string> | undefined {
  try {
    const copy = JSON.parse(localStorage.getItem(cacheKey(lang, part)) ?? 'null') as { v?: unknown; m?: unknown } | null;
    const m = copy?.m;
    if (copy?.v !== versions[lang][part] || typeof m !== 'object' || m === null || Array.isArray(m)) return undefined;
    return Object.values(m).every((x) => typeof x === 'string') ? (m as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}

function keepCopy(lang: Lang, part: Part, messages: Record<string, string>): void {
  try {
    localStorage.setItem(cacheKey(lang, part), JSON.stringify({ v: versions[lang][part], m: messages }));
  } catch {
    // no localStorage here, or full: the next page loads the part from its file, as this one did
  }
}

/**
 * Loads `lang`'s messages: one part (the popup's, or the figures' for an opened source), the report's first frame
 * (the popup's part and the report's), or all of them in parallel. The first-frame parts (CACHED_PARTS) come from
 * this build's copy in localStorage when there is one, added before this returns (no file to load after the page's
 * scripts: issue 14), and are copied there after loading otherwise.
 */
export async function loadCatalog(lang: Lang, which: 'popup' | 'sources' | 'report' | 'all' = 'all'): Promise<void> {
  const parts: Part[] = which === 'all' ? ['popup', 'sources', 'report', 'rest'] : which === 'report' ? ['popup', 'report'] : [which];
  await Promise.all(
    parts.map(async (part) => {
      if (hasPart(lang, part)) return;
      const copy = cached(part) ? readCopy(lang, part) : undefined;
      if (copy) return addMessages(lang, part, copy);
      const messages = (await LOADERS[lang][part]()).default;
      addMessages(lang, part, messages);
      if (cached(part)) keepCopy(lang, part, messages);
    }),
  );
}
