/**
 * The diagnostics file a person saves from the popup when a site seems broken ("broken on site X"): versions, each
 * detector that ran on the tab, how many times each anchor of its table matched, and the health warnings. It holds
 * no page text, no URL path and no user name: only the hostname, ids, selectors of our own tables and counts
 * (tests/unit/health.test.ts checks it on a page full of text).
 */
import type { AnchorCount, DetectorHealth, ProbeReply } from './health';

export const DIAGNOSTICS_FORMAT = 'travail-du-clic-diagnostics';
export const DIAGNOSTICS_VERSION = 1;

export interface Diagnostics {
  format: typeof DIAGNOSTICS_FORMAT;
  version: typeof DIAGNOSTICS_VERSION;
  generatedAt: string;
  extension: string;
  /** Browser name and major version only (e.g. `Chrome 156`, `Firefox 140`). */
  browser: string;
  site: string;
  /** Detectors that reported from any frame of the tab (CAPTCHA frames included), per the background. */
  frameDetectors: string[];
  detectors: (DetectorHealth & { anchors: AnchorCount[] })[];
}

/** `Firefox 140`, `Edge 140`, `Chrome 156`...: name and major version, nothing else of the user agent. */
export function browserName(userAgent: string): string {
  const known: [RegExp, string][] = [
    [/Firefox\/(\d+)/, 'Firefox'],
    [/Edg\/(\d+)/, 'Edge'],
    [/OPR\/(\d+)/, 'Opera'],
    [/Chrome\/(\d+)/, 'Chrome'],
    [/Version\/(\d+).*Safari/, 'Safari'],
  ];
  for (const [re, name] of known) {
    const m = re.exec(userAgent);
    if (m) return `${name} ${m[1]}`;
  }
  return 'unknown';
}

export function buildDiagnostics(
  probe: ProbeReply,
  { extension, userAgent, frameDetectors = [], now = Date.now() }: { extension: string; userAgent: string; frameDetectors?: string[]; now?: number },
): Diagnostics {
  return {
    format: DIAGNOSTICS_FORMAT,
    version: DIAGNOSTICS_VERSION,
    generatedAt: new Date(now).toISOString(),
    extension,
    browser: browserName(userAgent),
    site: probe.hostname,
    frameDetectors: [...new Set([...probe.detectors, ...frameDetectors])].sort(),
    detectors: probe.health.map((h) => ({ ...h, anchors: probe.anchors?.[h.id] ?? [] })),
  };
}

export const diagnosticsFileName = (site: string, now = Date.now()) =>
  `travail-du-clic-diagnostics-${site.replace(/[^a-z0-9.-]/gi, '_')}-${new Date(now).toISOString().slice(0, 10)}.json`;
