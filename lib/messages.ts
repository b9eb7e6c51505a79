/**
 * The message protocol between the content script, the extension pages and the background, with the schemas that
 * validate every message at the background's boundary. Content scripts import only the types from here (zod stays
 * out of the content-script bundle).
 */
import { z } from 'zod';
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

const label = z.string().regex(LABEL_PATTERN);
/** Chosen by the content script with crypto.randomUUID-like randomness; only used to drop retried duplicates. */
const uid = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const detectorId = z.string().regex(/^[a-z0-9-]{1,32}$/);

export const gestureSchema = z.strictObject({
  kind: z.enum(KINDS),
  platform: z.enum(PLATFORMS),
  seconds: z.number().finite().min(0).max(MAX_SECONDS).optional(),
  rounds: z.number().int().min(0).max(MAX_ROUNDS).optional(),
  labels: z.array(label).max(MAX_LABELS).optional(),
  passive: z.boolean().optional(),
});

export const captchaStepSchema = z.strictObject({
  vendor: z.enum(CAPTCHA_VENDORS),
  step: z.enum(CAPTCHA_STEPS),
  label: label.optional(),
});

/** Messages a content script may send. */
export const singleMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('gesture'), uid, gesture: gestureSchema }),
  z.strictObject({ type: z.literal('captcha'), uid, step: captchaStepSchema }),
  z.strictObject({ type: z.literal('hello'), detectors: z.array(detectorId).max(40) }),
  // Once per page load: what each detector recognised (lib/health.ts). Counts only.
  z.strictObject({
    type: z.literal('health'),
    uid,
    detectors: z
      .array(
        z.strictObject({
          id: detectorId,
          items: z.number().int().min(0).max(1_000_000),
          actions: z.number().int().min(0).max(1_000_000),
          warnings: z.array(z.enum(HEALTH_WARNINGS)).max(HEALTH_WARNINGS.length),
        }),
      )
      .max(40),
  }),
]);
export type SingleMessage = z.infer<typeof singleMessageSchema>;

/** A batch is checked as an envelope here; each of its messages is validated on its own (lib/recorder.ts). */
export const contentMessageSchema = z.discriminatedUnion('type', [
  ...singleMessageSchema.options,
  z.strictObject({ type: z.literal('batch'), messages: z.array(z.unknown()).min(1).max(MAX_BATCH) }),
]);
/** What a content script sends; the background reads a batch's messages as unknown until each is validated. */
export type ContentMessage = SingleMessage | { type: 'batch'; messages: SingleMessage[] };
export type ReceivedContentMessage = z.infer<typeof contentMessageSchema>;

/** Messages only extension pages (popup, report) may send. */
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tab-status'), tabId: z.number().int().min(0) }),
  // What the real detectors saw on the practice sandbox: accepted only from practice.html (lib/recorder.ts), stored
  // apart in the `practice` table. A content script cannot send it (content messages are parsed with the schema
  // above, which has no such type).
  z.strictObject({ type: z.literal('practice'), message: contentMessageSchema }),
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;

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
