/**
 * The UI text: every message exists in English and French, none is empty, both use the same placeholders, and every
 * literal message name used by the UI code exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { LABELS, OTHER_LABEL } from '@/lib/captcha-labels';
import { FAMILIES, VALUES } from '@/lib/concepts';
import { KINDS, PLATFORMS } from '@/lib/events';
import { FIGURE_IDS } from '@/lib/figures';
import { messageKey } from '@/lib/i18n';
import { ACTIONS, GLOSSARY } from '@/components/Concepts';

type Catalog = Record<string, { message: string }>;
const EN = en as Catalog;
const FR = fr as Catalog;
const ROOT = resolve(__dirname, '../../..');
const placeholders = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort();

describe('locales', () => {
  it('every key exists in both languages and none is empty', () => {
    expect(Object.keys(EN).filter((k) => !(k in FR))).toEqual([]);
    expect(Object.keys(FR).filter((k) => !(k in EN))).toEqual([]);
    for (const [lang, cat] of [['en', EN], ['fr', FR]] as const) {
      const empty = Object.entries(cat).filter(([, v]) => typeof v?.message !== 'string' || v.message.trim() === '');
      expect(empty.map(([k]) => `${lang}:${k}`)).toEqual([]);
    }
  });

  it('message names are valid and unique ignoring case (chrome.i18n)', () => {
    const names = Object.keys(EN);
    expect(names.filter((n) => !/^[A-Za-z0-9_]+$/.test(n))).toEqual([]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('English and French use the same placeholders', () => {
    const differ = Object.keys(EN).filter((k) => FR[k] && placeholders(EN[k]!.message).join() !== placeholders(FR[k]!.message).join());
    expect(differ).toEqual([]);
  });

  it('every message built from ids exists (kinds, families, values, platforms, labels, figures, concepts)', () => {
    const needed = [
      ...KINDS.flatMap((k) => [`kind_${k}`, `concept_kind_${k}`]),
      ...FAMILIES.flatMap((f) => [`family_${f}`, `concept_family_${f}`, `tip_family_${f}`]),
      ...VALUES.flatMap((v) => [`value_${v}`, `concept_value_${v}`, `tip_value_${v}`]),
      ...PLATFORMS.map((p) => `platform_${p}`),
      ...[...Object.keys(LABELS), OTHER_LABEL].map((l) => `label_${l.replace(/ /g, '_')}`),
      ...FIGURE_IDS.map((f) => `fig_${f}`),
      ...GLOSSARY.flatMap(([g]) => [`glossary_${g}_term`, `glossary_${g}_def`]),
      ...ACTIONS.flatMap((a) => [`action_${a}_title`, `action_${a}_body`]),
    ].map(messageKey);
    expect(needed.filter((k) => !(k in EN))).toEqual([]);
  });

  it('every literal message name in the UI code exists', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) files.push(p);
      }
    };
    ['components', 'entrypoints/popup', 'entrypoints/report', 'entrypoints/options'].forEach((d) => walk(join(ROOT, d)));
    const missing: string[] = [];
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      // t('key'), plural(t, lang, 'key', ...), and the keys of ternaries inside t(...).
      for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'|plural\(t, lang, '([A-Za-z0-9_]+)'|\? '([a-z][A-Za-z0-9_]+)' : '([a-z][A-Za-z0-9_]+)'/g)) {
        for (const key of m.slice(1).filter(Boolean)) if (!(key in EN) && !key.includes(' ')) missing.push(`${file.slice(ROOT.length + 1)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
