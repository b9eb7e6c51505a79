/**
 * What the benchmark runs inside an extension page to seed a year of heavy use: the real schema and the real write
 * path (lib/db.ts recordEvents, one transaction per batch, rollups updated as the background does).
 * bench/run.mjs bundles this file into a script evaluated in report.html (over CDP: the page's CSP forbids eval).
 */
export { LaborDB, recordEvents } from '../lib/db';
export { dayOf } from '../lib/events';
