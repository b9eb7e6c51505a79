/** Helpers shared by the proof tests (privacy, reliability) and mirrored by bench/run.mjs. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { fixtureHosts, SITES } from './harness';

/** Every fixture page as a URL the harness serves: `x.com/home.fr.html` -> `https://x.com/home?hl=fr` (https: several real hosts are HSTS-preloaded). */
export function fixturePages(): string[] {
  const pages: string[] = [];
  const walk = (host: string, dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(host, file);
      else if (name.endsWith('.html')) {
        const rel = relative(join(SITES, host), file).replace(/\\/g, '/');
        const m = /^(.*?)(?:\.([a-z]{2}))?\.html$/.exec(rel)!;
        const path = m[1]!.replace(/(^|\/)index$/, '');
        pages.push(`https://${host}/${path}${m[2] ? `?hl=${m[2]}` : ''}`);
      }
    }
  };
  for (const host of fixtureHosts()) walk(host, join(SITES, host));
  return pages.sort();
}

/**
 * Stored events by kind, read from the extension's database through one of its pages. Post views are counted by
 * the feed machinery without any click, and passive CAPTCHAs (reCAPTCHA v3/invisible, Turnstile non-interactive)
 * when the vendor's own frame reports a scoring, so they are counted apart: `post-view`, `captcha:passive`.
 */
export async function storedKinds(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((ok, fail) => {
        const req = indexedDB.open('travail-du-clic');
        // Never create the database nor hold it open: the extension's own first open would wait on this page.
        let absent = false;
        req.onupgradeneeded = () => ((absent = true), req.transaction!.abort());
        req.onerror = () => (absent ? ok({}) : fail(req.error));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('events')) return db.close(), ok({});
          const all = db.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => {
            const counts: Record<string, number> = {};
            for (const e of all.result as { kind: string; passive?: boolean }[]) {
              const k = e.passive ? `${e.kind}:passive` : e.kind;
              counts[k] = (counts[k] ?? 0) + 1;
            }
            db.close();
            ok(counts);
          };
        };
      }),
  );
}

/** Kinds recorded without any gesture of the person, by design (see storedKinds). */
export const NOT_GESTURES = new Set(['post-view', 'captcha:passive']);

/** Stored gestures: every event except post views and passive CAPTCHA scorings. */
export async function storedGestures(page: Page): Promise<number> {
  const kinds = await storedKinds(page);
  return Object.entries(kinds).reduce((n, [k, v]) => (NOT_GESTURES.has(k) ? n : n + v), 0);
}
