/** Meta-test: every detector file is registered once, under its file name, and has fixtures and tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '@/lib/detectors';
import { ROUTES, WHERE } from '@/lib/detectors/routes';

const ROOT = resolve(__dirname, '../..');
const HELPERS = new Set(['index.ts', 'types.ts', 'dom.ts', 'feed.ts', 'chunk.ts', 'routes.ts']);
const files = readdirSync(join(ROOT, 'lib/detectors')).filter((f) => f.endsWith('.ts') && !HELPERS.has(f));

describe('detector registry', () => {
  it('registers every detector file, once, with its file name as id', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('routes each detector with its own `matches`, and ships a chunk for it', () => {
    expect(ROUTES.map((r) => r.id).sort()).toEqual(DETECTORS.map((d) => d.id).sort());
    for (const d of DETECTORS) {
      expect(d.matches).toBe(WHERE[d.id as keyof typeof WHERE]);
      const chunk = join(ROOT, 'entrypoints', `detector-${d.id}.ts`);
      expect(existsSync(chunk)).toBe(true);
      expect(readFileSync(chunk, 'utf8')).toContain(`@/lib/detectors/${d.id}'`);
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
    const inPage = ['lib/content-runtime.ts', 'lib/detectors/chunk.ts', ...readdirSync(join(ROOT, 'lib/detectors')).map((f) => `lib/detectors/${f}`)];
    for (const file of inPage) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect(source, file).not.toMatch(/^import (?!type )[^;]*from '(\.\.?\/)+messages'/m);
      expect(source, file).not.toMatch(/from 'zod'|@\/components|from 'preact/);
    }
  });
});

