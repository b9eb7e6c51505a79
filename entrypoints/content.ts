import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createSender, startDetectors } from '@/lib/content-runtime';
import { DETECTORS } from '@/lib/detectors';
import type { Reply } from '@/lib/messages';

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
    startDetectors(DETECTORS, location, document, ctx.signal, deliver);
  },
});
