import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createContentHealth } from '@/lib/content-health';
import { createSender, newUid, startDetectors, type Load } from '@/lib/content-runtime';
import { receiveDetectors } from '@/lib/detectors/core/chunk';
import { categoryOfId, isCategoryOn } from '@/lib/consent';
import { ROUTES } from '@/lib/detectors/routes';
import type { Detector } from '@/lib/detectors/core/types';
import type { PageLoadMessage, ProbeMessage, Reply } from '@/lib/messages';
import type { Settings } from '@/lib/settings';

/** The one call of the `chrome` global here (see load); WXT types only `browser`. */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * Runs in every page and frame but holds only the routes (where each detector applies) and the delivery code: a
 * detector's own code is imported from its chunk only in a frame where it applies.
 */
const load: Load = async (ids) => {
  const loaded = new Map<string, Detector>();
  receiveDetectors((d) => loaded.set(d.id, d));
  // `chrome.runtime.getURL` written out as the import's argument: it is the one form `web-ext lint` accepts as the
  // extension's own file (mozilla/addons-linter#4739), and the global `chrome` (Firefox has it too) is never renamed
  // by the minifier, unlike the imported `browser`.
  await Promise.allSettled(ids.map((id) => import(/* @vite-ignore */ chrome.runtime.getURL(`/detector-${id}.js`))));
  return ids.flatMap((id) => loaded.get(id) ?? []);
};

/**
 * The detectors among `ids` that the person allows (lib/consent.ts): none before consent, and none of a category
 * left off, so that a category off costs its sites nothing more than the route test. The settings are read only
 * here, in a frame where a route matched (never on an ordinary page), from storage.local, which the page cannot read.
 */
async function allowed(ids: string[]): Promise<{ on: string[]; off: string[] }> {
  const stored = (await browser.storage.local.get('settings').catch(() => ({}))) as { settings?: Partial<Settings> };
  // (Not lib/settings.ts itself: its storage wrapper would weigh on every page.)
  const settings = { counting: stored.settings?.counting === true, categories: stored.settings?.categories ?? {} };
  const on = ids.filter((id) => isCategoryOn(settings, categoryOfId(id)));
  return { on, off: ids.filter((id) => !on.includes(id)) };
}

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    // Our own controller, not WXT's ctx.signal: WXT's context announces the extension to the page, which could also
    // abort it (modules/quiet-content-script.ts builds this script without it). Aborted once the extension is
    // reloaded or removed: this orphaned script can deliver nothing any more, so its detectors stop.
    const controller = new AbortController();
    const signal = controller.signal;
    const send = createSender(
      async (message) => {
        try {
          return (await browser.runtime.sendMessage(message)) as Reply | undefined;
        } catch (error) {
          if (String(error).includes('context invalidated')) controller.abort();
          throw error;
        }
      },
      signal,
    );
    const health = createContentHealth(document, location.hostname, signal, send, newUid);
    const deliver: typeof send = (message) => {
      if (message.type === 'gesture' || message.type === 'captcha') health.gesture();
      send(message);
    };
    // Detectors that matched here but whose category is off (or counting has not started): started if the person
    // turns their category on while the page is open (the settings apply at once). Only such frames listen.
    const held = new Set<string>();
    let watching = false;
    const watchHeld = () => {
      if (watching) return;
      watching = true;
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'local' || !('settings' in changes) || signal.aborted || held.size === 0) return;
        void allowed([...held]).then(({ on }) => {
          const now = on.filter((id) => held.delete(id));
          if (now.length === 0) return;
          startDetectors(ROUTES.filter((r) => now.includes(r.id)), location, document, signal, deliver, loadAndWatch, false);
        });
      };
      browser.storage.onChanged.addListener(onChanged);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
    };
    const loadAndWatch: Load = async (ids) => {
      const { on, off } = await allowed(ids);
      if (off.length > 0) off.forEach((id) => held.add(id)), watchHeld();
      const detectors = on.length > 0 ? await load(on) : [];
      health.started(detectors);
      return detectors;
    };
    startDetectors(ROUTES, location, document, signal, deliver, loadAndWatch);
    // The extension asks the tab's top frame directly (no "tabs" permission needed; a page cannot send these): the
    // popup, what page the tab shows and what its detectors recognise; the background, which document it holds, to
    // count passive CAPTCHA scorings once per page load (Chromium reports history.pushState as the tab loading too).
    if (window === window.top)
      browser.runtime.onMessage.addListener((message: unknown) => {
        if (signal.aborted) return undefined;
        const type = (message as ProbeMessage | PageLoadMessage | null)?.type;
        if (type === 'probe') return Promise.resolve(health.probe((message as ProbeMessage).full === true));
        if (type === 'page-load') return Promise.resolve(performance.timeOrigin);
        return undefined;
      });
  },
});
