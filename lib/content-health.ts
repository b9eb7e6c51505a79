/**
 * The health side of the content script (lib/health.ts): in a frame where detectors run, it answers the popup's
 * probe and reports once per page load, after the page has settled, what the detectors recognised (counts only).
 * Kept free of `browser` so unit tests drive it directly.
 */
import type { Detector } from './detectors/core/types';
import { knownBy, probePage, watchUnknownToggles, type ProbeReply } from './health';
import type { SingleMessage } from './messages';

/** When the once-per-page health report is taken: late enough for a single-page app to have rendered its feed. */
export const HEALTH_REPORT_MS = 8000;

export interface ContentHealth {
  /** The detectors that started in this frame (called by the loader, possibly more than once). */
  started(detectors: readonly Detector[]): void;
  /** A gesture or CAPTCHA step was reported from this frame. */
  gesture(): void;
  probe(full?: boolean): ProbeReply;
}

export function createContentHealth(
  doc: Document,
  hostname: string,
  signal: AbortSignal,
  deliver: (message: SingleMessage) => void,
  uid: () => string,
  { reportAfter = HEALTH_REPORT_MS } = {},
): ContentHealth {
  const detectors: Detector[] = [];
  let gestures = 0;
  let toggles: { count: number } | null = null;
  let known: (el: Element) => boolean = () => false;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(reportTimer));
  const probe = (full = false) =>
    probePage(detectors, doc, hostname, { unknownToggles: toggles?.count ?? 0, gestures, full });
  return {
    started(list) {
      const fresh = list.filter((d) => !detectors.includes(d));
      if (fresh.length === 0 || signal.aborted) return;
      detectors.push(...fresh);
      // Unknown toggles are only watched for detectors with an anchor table (the only ones that can know a toggle).
      // The known-control test is built once per set of detectors, not on every click.
      known = knownBy(detectors);
      if (!toggles && detectors.some((d) => d.anchors)) toggles = watchUnknownToggles(doc, (el) => known(el), signal);
      clearTimeout(reportTimer);
      reportTimer = setTimeout(() => {
        const withTable = probe().health.filter((h) => detectors.find((d) => d.id === h.id)?.anchors);
        if (withTable.length > 0 && !signal.aborted)
          deliver({
            type: 'health',
            uid: uid(),
            detectors: withTable.map(({ id, items, actions, warnings }) => ({ id, items, actions, warnings })),
          });
      }, reportAfter);
    },
    gesture() {
      gestures += 1;
    },
    probe,
  };
}
