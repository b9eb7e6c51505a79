import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createContentHealth } from '@/lib/content-health';
import { createSender, newUid, startDetectors, type Load } from '@/lib/content-runtime';
import { receiveDetectors } from '@/lib/detectors/core/chunk';
import { ROUTES } from '@/lib/detectors/routes';
import type { Detector } from '@/lib/detectors/core/types';
import type { PageLoadMessage, ProbeMessage, Reply } from '@/lib/messages';

/**
 * Runs in every page and frame but holds only the routes (where each detector applies) and the delivery code: a
 * detector's own code is imported from its chunk only in a frame where it applies.
 */
const load: Load = async (ids) => {
  const loaded = new Map<string, Detector>();
  receiveDetectors((d) => loaded.set(d.id, d));
  const url = (id: string) => browser.runtime.getURL(`/detector-${id}.js` as '/');
  await Promise.allSettled(ids.map((id) => import(/* @vite-ignore */ url(id))));
  return ids.flatMap((id) => loaded.get(id) ?? []);
};

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
    const loadAndWatch: Load = (ids) =>
      load(ids).then((detectors) => {
        health.started(detectors);
        return detectors;
      });
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
