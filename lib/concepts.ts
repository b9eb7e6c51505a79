/**
 * Casilli's frame (En attendant les robots, Seuil, 2019): three families of digital labor and three values that
 * platforms extract. Each recorded kind maps to one family and one main value; this is the only place that mapping
 * lives (shared/concepts.md). Explanations are UI text and live in the locale files under `concept_<kind>`.
 */
import type { Kind } from './events';

export const FAMILIES = ['social', 'micro', 'on-demand'] as const;
export type Family = (typeof FAMILIES)[number];

export const VALUES = ['qualification', 'monetisation', 'automation'] as const;
export type Value = (typeof VALUES)[number];

export interface KindConcept {
  family: Family;
  value: Value;
  /** Where the book discusses it (chapter, or the teaching sheet's question). */
  chapter: string;
}

export const KIND_CONCEPTS: Record<Kind, KindConcept> = {
  reaction: { family: 'social', value: 'qualification', chapter: 'ch. 5' },
  share: { family: 'social', value: 'monetisation', chapter: 'ch. 4-5' },
  comment: { family: 'social', value: 'monetisation', chapter: 'ch. 5' },
  follow: { family: 'social', value: 'qualification', chapter: 'ch. 5' },
  save: { family: 'social', value: 'qualification', chapter: 'ch. 5' },
  rating: { family: 'on-demand', value: 'qualification', chapter: 'ch. 3' },
  post: { family: 'social', value: 'monetisation', chapter: 'ch. 5-6' },
  search: { family: 'social', value: 'automation', chapter: 'ch. 5' },
  'post-view': { family: 'social', value: 'monetisation', chapter: 'ch. 5' },
  // A user flagging a post on a social platform does its moderation for free: networked social labor. Moderators
  // paid by the task are micro-workers (ch. 4), which the card says.
  report: { family: 'social', value: 'automation', chapter: 'ch. 4-5' },
  captcha: { family: 'micro', value: 'automation', chapter: 'ch. 4' },
  // "Enable, train, impersonate" (ch. 1, p. 56) and micro-work (ch. 4).
  'ai-feedback': { family: 'micro', value: 'automation', chapter: 'ch. 1 (p. 56), 4' },
  'result-click': { family: 'social', value: 'qualification', chapter: 'ch. 5' },
};

export const FAMILY_CHAPTERS: Record<Family, string> = { 'on-demand': 'ch. 3', micro: 'ch. 4', social: 'ch. 5' };
/** The three values are introduced together in ch. 3 (the Uber example) and used again in ch. 5. */
export const VALUE_CHAPTERS: Record<Value, string> = {
  qualification: 'ch. 3, 5',
  monetisation: 'ch. 3, 5',
  automation: 'ch. 3, 5',
};

export const familyOf = (kind: Kind): Family => KIND_CONCEPTS[kind].family;
export const valueOf = (kind: Kind): Value => KIND_CONCEPTS[kind].value;
