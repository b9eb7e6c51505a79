/**
 * The privacy policy (issue 15) is one text, lib/privacy-policy.ts, shown by the extension's privacy page and rendered
 * here into docs/PRIVACY.md (the stores link to it): this test fails when the file is out of date.
 * `UPDATE_DOCS=1 npx vitest run tests/unit/privacy-doc.test.ts` rewrites it.
 *
 * It also holds the policy to the code on the points a store reviewer checks: the fields it says are stored are the
 * fields an event has, the permissions it explains are the manifest's, and no network permission or host is named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '@/lib/events';
import { POLICY, type Policy } from '@/lib/privacy-policy';

const FILE = resolve(__dirname, '../../docs/PRIVACY.md');

function section(p: Policy): string[] {
  const out = [`## ${p.title}`, '', `${p.updatedLabel} ${p.updated}`, '', p.summary, ''];
  for (const s of p.sections) {
    out.push(`### ${s.title}`, '');
    for (const t of s.text ?? []) out.push(t, '');
    if (s.items) out.push(...s.items.map((i) => `- ${i}`), '');
    for (const t of s.after ?? []) out.push(t, '');
  }
  return out;
}

function render(): string {
  return `${[
    '# Travail du clic: privacy policy / politique de confidentialité',
    '',
    'Generated from `lib/privacy-policy.ts`, the same text the extension shows on its privacy page (`privacy.html`),',
    'by `tests/unit/privacy-doc.test.ts` (do not edit by hand: `UPDATE_DOCS=1 npx vitest run tests/unit/privacy-doc.test.ts`).',
    '[English](#privacy-policy) · [Français](#politique-de-confidentialité)',
    '',
    ...section(POLICY.en),
    ...section(POLICY.fr),
  ]
    .join('\n')
    .trimEnd()}\n`;
}

const all = (p: Policy) => [p.summary, ...p.sections.flatMap((s) => [s.title, ...(s.text ?? []), ...(s.items ?? []), ...(s.after ?? [])])].join('\n');

describe('privacy policy', () => {
  it('docs/PRIVACY.md is up to date', () => {
    const text = render();
    if (process.env.UPDATE_DOCS) writeFileSync(FILE, text);
    expect(readFileSync(FILE, 'utf8')).toBe(text);
  });

  it('has the same sections in French and English', () => {
    expect(POLICY.fr.sections.map((s) => s.id)).toEqual(POLICY.en.sections.map((s) => s.id));
    for (const [i, s] of POLICY.en.sections.entries()) {
      const f = POLICY.fr.sections[i]!;
      expect(f.items?.length, s.id).toBe(s.items?.length);
      expect(f.text?.length, s.id).toBe(s.text?.length);
      expect(f.after?.length, s.id).toBe(s.after?.length);
    }
  });

  it('names every kind of gesture an event can have (13 kinds, in the same order as lib/events.ts)', () => {
    const kinds = POLICY.en.sections.find((s) => s.id === 'stored')!.items![0]!;
    const listed = /\(([^)]*)\)/.exec(kinds)![1]!.split(', ');
    expect(listed).toHaveLength(KINDS.length);
  });

  it('explains each permission of the manifest, and the Firefox host permission', () => {
    const text = all(POLICY.en);
    const config = readFileSync(resolve(__dirname, '../../wxt.config.ts'), 'utf8');
    for (const [perm, said] of [['storage', 'Storage'], ['alarms', 'Alarms'], ['notifications', 'notifications'], ['<all_urls>', 'Access to all sites']]) {
      expect(config).toContain(`'${perm}'`);
      expect(text).toContain(said);
    }
  });

  it('French uses narrow no-break spaces before : ; ? ! and inside « »', () => {
    const text = all(POLICY.fr) + POLICY.fr.updatedLabel;
    expect(text).not.toMatch(/[ \u00a0][:;?!»]/);
    expect(text).not.toMatch(/«[ \u00a0]/);
    expect(text.toLowerCase()).not.toContain('travail numérique');
  });
});
