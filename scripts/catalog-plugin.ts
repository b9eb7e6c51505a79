/**
 * Vite plugin: `virtual:tdc-catalog/<en|fr>/<popup|sources|report|rest|reminder>` is that language's messages from
 * public/_locales/<lang>/messages.json (the manifest's own files, the one source), only the part's keys
 * (lib/catalog-parts.ts), as `{ key: message }` parsed from one JSON string (cheaper to parse than an object literal).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { inPart, type CatalogPart } from '../lib/catalog-parts';

const PREFIX = 'virtual:tdc-catalog/';

export function catalogPlugin(root: string): Plugin {
  return {
    name: 'tdc-catalog',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [lang, part] = id.slice(PREFIX.length + 1).split('/') as [string, CatalogPart];
      if (!/^(en|fr)$/.test(lang) || !['popup', 'sources', 'report', 'rest', 'reminder'].includes(part)) throw new Error(`unknown catalog ${id}`);
      const file = resolve(root, 'public/_locales', lang, 'messages.json');
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
      const picked = Object.fromEntries(Object.entries(all).filter(([k]) => inPart(k, part)).map(([k, v]) => [k, v.message]));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(picked))});`;
    },
  };
}
