import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createSender, startDetectors, type Load } from '@/lib/content-runtime';
import { receiveDetectors } from '@/lib/detectors/core/chunk';
import { ROUTES } from '@/lib/detectors/routes';
import type { Detector } from '@/lib/detectors/core/types';
import type { Reply } from '@/lib/messages';

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
  main(ctx) {
    const deliver = createSender(
      (message) => browser.runtime.sendMessage(message) as Promise<Reply | undefined>,
      ctx.signal,
    );
    startDetectors(ROUTES, location, document, ctx.signal, deliver, load);
  },
});
