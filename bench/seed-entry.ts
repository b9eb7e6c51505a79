/**
 * What the benchmark runs inside an extension page to seed a year of heavy use: the real schema and the real write
 * path (lib/db.ts recordEvents, one transaction per batch, rollups updated as the background does), then the popup's
 * summary rebuilt from the rollups (lib/summary.ts, as a restore does) and consent given with every category on (as
 * the welcome page's "Start counting" does), so that the benchmark's gestures are recorded.
 * bench/run.mjs bundles this file into a script evaluated in report.html (over CDP: the page's CSP forbids eval).
 */
export { LaborDB, recordEvents } from '../lib/db';
export { dayOf } from '../lib/events';
export { rebuildSummary } from '../lib/summary';
export { CATEGORY_IDS, consentPatch } from '../lib/consent';
