/**
 * Vite plugin: `virtual:tdc-catalog/<en|fr>/<popup|sources|report|rest|reminder>` is that language's messages from
 * public/_locales/<lang>/messages.json (the manifest's own files, the one source), only the part's keys
 * (lib/catalog-parts.ts), as `{ key: message }` parsed from one JSON string (cheaper to parse than an object literal);
 * `virtual:tdc-catalog-version`, a hash of each part that pages keep a copy of (CACHED_PARTS).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CACHED_PARTS, CATALOG_PARTS, inPart, type CatalogPart } from '../lib/catalog-parts';

const PREFIX = 'virtual:tdc-catalog/';
/** `{ en: { popup: hash, report: hash }, fr: ... }`: a hash of each cached part's messages (lib/catalog-parts.ts). */
const VERSION = 'virtual:tdc-catalog-version';

export function catalogPlugin(root: string): Plugin {
  return {
    name: 'tdc-catalog',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(PREFIX) || id === VERSION ? `\0${id}` : undefined),
    load(id) {
      const messages = (lang: string, part: CatalogPart) => {
        const file = resolve(root, 'public/_locales', lang, 'messages.json');
        this.addWatchFile(file);
        const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
        return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([k]) => inPart(k, part)).map(([k, v]) => [k, v.message])));
      };
      if (id === `\0${VERSION}`) {
        const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 16);
        const versions = Object.fromEntries(['en', 'fr'].map((lang) => [lang, Object.fromEntries(CACHED_PARTS.map((part) => [part, hash(messages(lang, part))]))]));
        return `export default ${JSON.stringify(versions)};`;
      }
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [lang, part] = id.slice(PREFIX.length + 1).split('/') as [string, CatalogPart];
      if (!/^(en|fr)$/.test(lang) || !CATALOG_PARTS.includes(part)) throw new Error(`unknown catalog ${id}`);
      return `export default JSON.parse(${JSON.stringify(messages(lang, part))});`;
    },
  };
}
