/**
 * The message protocol between the content script, the extension pages and the background, with the schemas that
 * validate every message at the background's boundary. Content scripts import only the types from here (the schema
 * library stays out of the content-script bundle). The schemas use valibot: small, tree-shaken, and it never probes
 * `Function`/eval (zod did, which `web-ext lint` flagged and the extension pages' CSP forbids anyway).
 */
import * as v from 'valibot';
import {
  CAPTCHA_STEPS,
  CAPTCHA_VENDORS,
  KINDS,
  LABEL_PATTERN,
  MAX_BATCH,
  MAX_LABELS,
  MAX_ROUNDS,
  MAX_SECONDS,
  PLATFORMS,
  type Kind,
} from './events';
import { HEALTH_WARNINGS } from './health';

/** A schema with the `safeParse` the recorder and the tests call: data when valid, the first issues when not. */
export interface Checker<T> {
  schema: v.GenericSchema<unknown, T>;
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
}
export function checker<T>(schema: v.GenericSchema<unknown, T>): Checker<T> {
  return {
    schema,
    safeParse(input) {
      const r = v.safeParse(schema, input, { abortEarly: true });
      return r.success ? { success: true, data: r.output } : { success: false, error: { issues: r.issues.map((i) => ({ message: i.message })) } };
    },
  };
}

const label = v.pipe(v.string(), v.regex(LABEL_PATTERN));
/** Chosen by the content script with crypto.randomUUID-like randomness; only used to drop retried duplicates. */
const uid = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));
const detectorId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,32}$/));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const gesture = v.strictObject({
  kind: v.picklist(KINDS),
  platform: v.picklist(PLATFORMS),
  seconds: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_SECONDS))),
  rounds: v.optional(int(0, MAX_ROUNDS)),
  labels: v.optional(v.pipe(v.array(label), v.maxLength(MAX_LABELS))),
  passive: v.optional(v.boolean()),
});
export const gestureSchema = checker(gesture);

const captchaStep = v.strictObject({
  vendor: v.picklist(CAPTCHA_VENDORS),
  step: v.picklist(CAPTCHA_STEPS),
  label: v.optional(label),
});
export const captchaStepSchema = checker(captchaStep);

const singleOptions = [
  v.strictObject({ type: v.literal('gesture'), uid, gesture }),
  v.strictObject({ type: v.literal('captcha'), uid, step: captchaStep }),
  v.strictObject({ type: v.literal('hello'), detectors: v.pipe(v.array(detectorId), v.maxLength(40)) }),
  // Once per page load: what each detector recognised (lib/health.ts). Counts only.
  v.strictObject({
    type: v.literal('health'),
    uid,
    detectors: v.pipe(
      v.array(
        v.strictObject({
          id: detectorId,
          items: int(0, 1_000_000),
          actions: int(0, 1_000_000),
          warnings: v.pipe(v.array(v.picklist(HEALTH_WARNINGS)), v.maxLength(HEALTH_WARNINGS.length)),
        }),
      ),
      v.maxLength(40),
    ),
  }),
] as const;
const single = v.variant('type', singleOptions);
/** Messages a content script may send. */
export const singleMessageSchema = checker(single);
export type SingleMessage = v.InferOutput<typeof single>;

/** A batch is checked as an envelope here; each of its messages is validated on its own (lib/recorder.ts). */
const content = v.variant('type', [
  ...singleOptions,
  v.strictObject({ type: v.literal('batch'), messages: v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(MAX_BATCH)) }),
]);
export const contentMessageSchema = checker(content);
/** What a content script sends; the background reads a batch's messages as unknown until each is validated. */
export type ContentMessage = SingleMessage | { type: 'batch'; messages: SingleMessage[] };
export type ReceivedContentMessage = v.InferOutput<typeof content>;

/** Messages only extension pages (popup, report) may send. */
const page = v.variant('type', [
  v.strictObject({ type: v.literal('tab-status'), tabId: int(0, Number.MAX_SAFE_INTEGER) }),
  // What the real detectors saw on the practice sandbox: accepted only from practice.html (lib/recorder.ts), stored
  // apart in the `practice` table. A content script cannot send it (content messages are parsed with the schema
  // above, which has no such type).
  v.strictObject({ type: v.literal('practice'), message: content }),
  // The popup found no summary for today (lib/summary.ts): the background rebuilds it from the rollups.
  v.strictObject({ type: v.literal('summary') }),
]);
export const pageMessageSchema = checker(page);
export type PageMessage = v.InferOutput<typeof page>;

/** What the popup asks a tab's top frame directly (entrypoints/content.ts answers with lib/health.ts ProbeReply). */
export interface ProbeMessage {
  type: 'probe';
  /** With per-anchor counts, for the diagnostics file. */
  full?: boolean;
}

/** What the background asks a tab's top frame: its document's `performance.timeOrigin` (lib/recorder.ts pageLoadId). */
export interface PageLoadMessage {
  type: 'page-load';
}

export interface TabStatus {
  site: string | null;
  detectors: string[];
  counts: Partial<Record<Kind, number>>;
}

export type Reply =
  | { ok: true; stored?: boolean; status?: TabStatus; results?: Reply[] }
  | { ok: false; error: 'invalid' | 'no-site' | 'paused' | 'off' | 'storage' | 'forbidden'; detail?: string };
