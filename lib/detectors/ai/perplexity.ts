/**
 * Perplexity (www.perplexity.ai): its answers' thumbs would count as `ai-feedback` (lib/detectors/core/ai.ts).
 * H9 (2026-11-30) sourced the thumbs from a real capture of a Perplexity thread (saved 2026-02-27 in
 * sho7650/obsidian-AI-exporter's test fixtures): each answer's body is `div[id^="markdown-content-N"]`, and under it
 * an action row (Share, Copy, Rewrite) ends with `button[aria-label="Helpful"]` / `button[aria-label="Not helpful"]`,
 * whose icons are `<use xlink:href="#pplx-icon-thumb-up">` / `thumb-down` (a namespaced attribute no selector can
 * read both in Chromium and in the unit-test DOM, so only the English labels are anchors). The capture shows every
 * answer unrated (no aria-pressed on the thumbs; `data-state="closed"` is their tooltip's state, not a rating), and no
 * source shows what changes once a thumb is chosen, so `pressed` is empty and, per the detector rules, the detector
 * still counts nothing (core/ai.ts watches nothing without a sourced rated state). The table lets health and the
 * diagnostics file count answers and thumbs on the live site; a sourced `pressed` anchor (and fixtures showing it),
 * plus an answer anchor that holds both the body and its action row, is what it takes to switch it on. No French (or
 * de, es, it, pt) label of the thumbs could be sourced.
 */
import { aiAssistant, type AiTable } from '../core/ai';

const CHECKED = '(checked 2026-11-30)';
const CAPTURE = `sho7650/obsidian-AI-exporter test/fixtures/html/perplexity/chat-simple.html and deep-research.html (real captures, 2026-02-27; same files in its fork adamlporter/obsidian-AI-exporter) ${CHECKED}`;

export const A = {
  answer: {
    role: 'item',
    anchors: [
      // The answer's body only: its action row (with the thumbs) is a sibling further down, not inside it.
      { sel: 'div[id^="markdown-content-"]', src: `${CAPTURE}; code search: a Perplexity exporter's parser (assistant messages 'div[id^="markdown-content-"]') ${CHECKED}` },
      { sel: '[data-testid="bot-message"]', src: `VidhiRaval93/ai-memory-dashboard extension/agents/perplexityExtractor.js ${CHECKED} (not in the 2026 captures)` },
    ],
  },
  thumb: {
    role: 'action',
    anchors: [
      { sel: 'button[aria-label="Helpful"]', src: CAPTURE },
      { sel: 'button[aria-label="Not helpful"]', src: CAPTURE },
    ],
  },
  // No source shows the rated state: left empty, so the detector counts nothing (core/ai.ts).
  pressed: { role: 'state', anchors: [] },
} satisfies AiTable;

export const perplexity = aiAssistant('perplexity', A, { pairCollapses: false });
