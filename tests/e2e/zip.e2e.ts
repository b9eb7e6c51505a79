/**
 * Store packages (issue 15): `npm run zip` makes the Chrome, Edge and Firefox zips and the sources zip AMO asks for.
 * Each package is unpacked and its manifest checked against what the store listings (docs/store/) and the privacy
 * policy say: the permissions, the extension pages' CSP, the Firefox id and data-collection declaration, every file
 * the manifest names present, and no remote code (no script or style from another host, no import of a URL). The
 * Firefox package passes `web-ext lint` with 0 errors.
 *
 * Zips are made in their own output folder (`<WXT_OUT_DIR>-zip`), so the build the other e2e files use is untouched.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const OUT = `${(process.env.WXT_OUT_DIR ?? '.output').replace(/\/+$/, '')}-zip`;
const OUT_DIR = join(ROOT, OUT);
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'";
const FIREFOX_ID = '{f30866e9-f593-4b81-832e-8c5b61ca4763}';
const unpacked = mkdtempSync(join(tmpdir(), 'tdc-zip-'));

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));

/** Unpacks a zip with Python's zipfile (as the Firefox test reads profiles), returning the folder and its file list. */
function unzip(name: string): { dir: string; files: string[] } {
  const dir = join(unpacked, name.replace(/\.zip$/, ''));
  execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', join(OUT_DIR, name), dir]);
  return { dir, files: walk(dir).map((f) => relative(dir, f).replace(/\\/g, '/')).sort() };
}

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every file the manifest names, which must be in the package. */
function namedFiles(m: Manifest): string[] {
  return [
    ...Object.values(m.icons ?? {}),
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    m.action?.default_popup,
    m.options_ui?.page,
    ...(m.content_scripts ?? []).flatMap((c: Manifest) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...(m.default_locale ? [`_locales/${m.default_locale}/messages.json`, '_locales/fr/messages.json'] : []),
  ].filter((f): f is string => typeof f === 'string');
}

/** Remote code: a page loading a script, style or frame from another host, or a script importing a URL. */
function remoteCode(dir: string, files: string[]): string[] {
  const found: string[] = [];
  for (const f of files) {
    const text = /\.(html|js|css)$/.test(f) ? readFileSync(join(dir, f), 'utf8') : '';
    if (f.endsWith('.html')) {
      for (const m of text.matchAll(/<(script|link|iframe|img)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi))
        if (/^(https?:)?\/\//i.test(m[2]!)) found.push(`${f}: <${m[1]} ${m[2]}>`);
    }
    if (f.endsWith('.js')) {
      for (const m of text.matchAll(/(?:import\s*\(\s*|importScripts\s*\(\s*|from\s*)["'`](https?:)?\/\/[^"'`]*/g)) found.push(`${f}: ${m[0]}`);
    }
    if (f.endsWith('.css')) for (const m of text.matchAll(/@import\s+(?:url\()?["']?(https?:)?\/\/[^"')]*/g)) found.push(`${f}: ${m[0]}`);
  }
  return found;
}

let zips: string[] = [];
const manifests: Record<string, Manifest> = {};
beforeAll(() => {
  rmSync(OUT_DIR, { recursive: true, force: true });
  execFileSync('npm', ['run', 'zip'], { cwd: ROOT, env: { ...process.env, WXT_OUT_DIR: OUT }, stdio: 'ignore' });
  zips = readdirSync(OUT_DIR).filter((f) => f.endsWith('.zip')).sort();
}, 400_000);
afterAll(() => {
  rmSync(unpacked, { recursive: true, force: true });
  rmSync(OUT_DIR, { recursive: true, force: true });
});

describe('npm run zip', () => {
  it('makes the Chrome, Edge and Firefox packages and the sources zip', () => {
    expect(zips).toEqual(['chrome', 'edge', 'firefox', 'sources'].map((b) => `travail-du-clic-${VERSION}-${b}.zip`));
  });

  for (const browser of ['chrome', 'edge'] as const) {
    it(`${browser}: MV3, storage only, optional reminder permissions, the CSP, every named file, no remote code`, () => {
      const { dir, files } = unzip(`travail-du-clic-${VERSION}-${browser}.zip`);
      const m: Manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(m.manifest_version).toBe(3);
      expect(m.version).toBe(VERSION);
      expect(m.permissions).toEqual(['storage']);
      expect(m.optional_permissions).toEqual(['alarms', 'notifications']);
      expect(m.host_permissions).toBeUndefined();
      expect(m.optional_host_permissions).toBeUndefined();
      expect(m.content_security_policy).toEqual({ extension_pages: CSP });
      expect(m.web_accessible_resources).toEqual([{ resources: ['detector-*.js'], matches: ['<all_urls>'], use_dynamic_url: true }]);
      expect(m.content_scripts.map((c: Manifest) => c.matches)).toEqual([['<all_urls>']]);
      expect(m.browser_specific_settings).toBeUndefined();
      expect(m.key).toBeUndefined();
      expect(m.update_url).toBeUndefined();
      for (const f of namedFiles(m)) expect(files, f).toContain(f);
      expect(files.filter((f) => f.endsWith('.map') || f.includes('node_modules/'))).toEqual([]);
      expect(remoteCode(dir, files)).toEqual([]);
      manifests[browser] = m;
    });
  }

  it('firefox: MV3, the add-on id, no data collected, the host permission, the CSP, every named file, no remote code', () => {
    const { dir, files } = unzip(`travail-du-clic-${VERSION}-firefox.zip`);
    const m: Manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(3);
    expect(m.browser_specific_settings.gecko).toEqual({
      id: FIREFOX_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(m.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(m.permissions).toEqual(['storage', 'alarms']);
    expect(m.host_permissions).toEqual(['<all_urls>']);
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(m.content_security_policy).toEqual({ extension_pages: CSP });
    expect(m.background).toEqual({ scripts: ['background.js'] });
    for (const f of namedFiles(m)) expect(files, f).toContain(f);
    expect(files.filter((f) => f.endsWith('.map') || f.includes('node_modules/'))).toEqual([]);
    expect(remoteCode(dir, files)).toEqual([]);
    manifests.firefox = m;
  });

  it('firefox: web-ext lint on the unpacked package finds 0 errors', () => {
    const dir = join(unpacked, `travail-du-clic-${VERSION}-firefox`);
    let out: string;
    try {
      out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '-s', dir, '-o', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      out = (error as { stdout: string }).stdout; // web-ext exits 1 when there are errors: report them below
    }
    const report = JSON.parse(out) as Record<'errors', { code: string; file?: string; message: string }[]>;
    expect(report.errors.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
  }, 300_000);

  it('the store texts (docs/store/) justify every permission the packages ask for, and name the Firefox id', () => {
    const perms = new Set(
      Object.values(manifests).flatMap((m) => [...(m.permissions ?? []), ...(m.optional_permissions ?? []), ...(m.host_permissions ?? [])]),
    );
    expect([...perms].sort()).toEqual(['<all_urls>', 'alarms', 'notifications', 'storage']);
    for (const file of ['listing.en.md', 'listing.fr.md']) {
      const text = readFileSync(join(ROOT, 'docs/store', file), 'utf8');
      for (const p of perms) expect(text, `${file} justifies ${p}`).toContain(`\`${p}\``);
      expect(text, file).toContain(CSP);
    }
    const readme = readFileSync(join(ROOT, 'docs/store/README.md'), 'utf8');
    expect(readme).toContain(FIREFOX_ID);
    expect(readme).toContain('required: ["none"]');
  });

  it('sources: what AMO needs to rebuild the add-on (README with the build steps, lock file, config, code), nothing else', () => {
    const { dir, files } = unzip(`travail-du-clic-${VERSION}-sources.zip`);
    for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/background.ts', 'entrypoints/content.ts', 'lib/events.ts', 'public/_locales/fr/messages.json'])
      expect(files, f).toContain(f);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/npm ci/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/npm run (zip|build:firefox)/);
    const unwanted = files.filter((f) => /^(node_modules|test-artifacts|\.|bench\/results\/)|\/node_modules\/|\.zip$|\.log$/.test(f) || f.startsWith(OUT));
    expect(unwanted).toEqual([]);
  });
});
