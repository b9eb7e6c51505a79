/** Meta-test: every detector file is registered once, under its file name, and has fixtures and tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '@/lib/detectors';
import { CATEGORIES, ROUTES, WHERE } from '@/lib/detectors/routes';
import { camel, detectorFiles } from '../../modules/detector-chunks';

const ROOT = resolve(__dirname, '../..');
const found = detectorFiles(ROOT);
const files = found.map((f) => `${f.id}.ts`);

describe('detector registry', () => {
  it('registers every detector file, once, with its file name as id', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('routes each detector with its own `matches`, in the category of its folder, exported for its chunk', async () => {
    expect(ROUTES.map((r) => r.id).sort()).toEqual(DETECTORS.map((d) => d.id).sort());
    for (const d of DETECTORS) {
      expect(d.matches).toBe(WHERE[d.id as keyof typeof WHERE]);
      // modules/detector-chunks.ts generates each chunk from the file's folder and name.
      const { category } = found.find((f) => f.id === d.id)!;
      expect(Object.keys(CATEGORIES[category as keyof typeof CATEGORIES]), d.id).toContain(d.id);
      const mod = (await import(`../../lib/detectors/${category}/${d.id}.ts`)) as Record<string, unknown>;
      expect(mod[camel(d.id)], `${category}/${d.id}.ts exports ${camel(d.id)}`).toBe(d);
    }
  });

  it.each(files)('%s has a unit test that loads saved fixtures', (file) => {
    const test = join(ROOT, 'tests/unit/detectors', file.replace(/\.ts$/, '.test.ts'));
    expect(existsSync(test)).toBe(true);
    const source = readFileSync(test, 'utf8');
    const fixtures = [...source.matchAll(/loadFixture\(\s*[`'"]https?:\/\/([^/`'"$]+)/g)].map((m) => m[1]!);
    expect(fixtures.length).toBeGreaterThan(0);
    for (const host of fixtures) expect(existsSync(join(ROOT, 'tests/fixtures/sites', host))).toBe(true);
  });

  it('keeps zod and UI code out of the code that runs in web pages', () => {
    // The content script and detector chunks may import only types from lib/messages.ts (zod would add ~90 KB to
    // every page) and nothing from components/ or entrypoints' pages.
    const inPage = [
      'lib/content-runtime.ts',
      ...readdirSync(join(ROOT, 'lib/detectors'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `lib/detectors/${f}`),
    ];
    for (const file of inPage) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect(source, file).not.toMatch(/^import (?!type )[^;]*from '(\.\.?\/)+messages'/m);
      expect(source, file).not.toMatch(/from 'zod'|from 'valibot'|@\/components|from 'preact/);
    }
  });
});

