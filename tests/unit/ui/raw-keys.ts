/** What the catalog tests look for: a message name shown instead of its text (the part that holds it not loaded). */
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';

export const keysOf = (lang: 'en' | 'fr') => new Set(Object.keys(lang === 'en' ? en : fr));

/** Keys shown raw: a text node, an aria-label or a title that holds a message name as a word of its own. */
export function raw(root: Element, keys: Set<string>): string[] {
  const texts: string[] = [];
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) texts.push(n.nodeValue ?? '');
  for (const el of root.querySelectorAll('[aria-label], [title]')) texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
  return texts.flatMap((text) => text.split(/[^\w]+/)).filter((word) => keys.has(word));
}
