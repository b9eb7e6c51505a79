/**
 * Le Chat (Mistral) (chat.mistral.ai): its answers' thumbs would count as `ai-feedback` (lib/detectors/core/ai.ts).
 * h10 (2026-11-30) sourced the answer (`div[data-message-author-role="assistant"]`, whose action row holds the copy
 * button) and, from one project only, the English label of its thumbs up (`button[aria-label="Like"]`, used as the
 * "answer finished" signal). The thumbs down, any language-independent hook of the thumbs and what changes once one is
 * chosen could not be sourced, so `pressed` is empty and, per the detector rules, the detector still counts nothing
 * (core/ai.ts watches nothing without a sourced rated state). The table lets health and the diagnostics file count
 * answers on the live site.
 */
import { aiAssistant, type AiTable } from '../core/ai';

export const A = {
  answer: {
    role: 'item',
    anchors: [
      {
        sel: 'div[data-message-author-role="assistant"]',
        src: 'robertpiosik/CodeWebChat apps/browser/src/content-scripts/send-prompt-content-script/chatbots/mistral.ts (its action row: div[data-message-author-role="assistant"] > div + div > div:last-child > div:first-child) (checked 2026-11-30)',
      },
    ],
  },
  thumb: {
    role: 'action',
    anchors: [
      {
        sel: 'button[aria-label="Like"]',
        src: 'code search: a search-automation project\'s selector notes for chat.mistral.ai (completionSignal, next to button[aria-label="Copy to clipboard"]; index shows no repository name; not confirmed elsewhere) (checked 2026-11-30)',
      },
    ],
  },
  // No source shows the rated state: left empty, so the detector counts nothing (core/ai.ts).
  pressed: { role: 'state', anchors: [] },
} satisfies AiTable;

export const mistral = aiAssistant('mistral', A, { pairCollapses: false });
