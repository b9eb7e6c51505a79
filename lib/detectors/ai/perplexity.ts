/**
 * Perplexity (www.perplexity.ai): its answers' thumbs would count as `ai-feedback` (lib/detectors/core/ai.ts), but no maintained 2025-2026
 * project found on 2026-11-30 shows the markup of its thumbs or of their rated state. Per the detector rules we do
 * not invent markup: this detector counts nothing yet. Its table lists what could be sourced, so the health check and
 * the diagnostics file can tell whether the answers are recognised; adding sourced `thumb` and `pressed` anchors
 * (and fixtures) is all it takes to switch it on.
 */
import { aiAssistant, type AiTable } from '../core/ai';

export const A = {
  answer: {
    role: 'item',
    anchors: [
      { sel: '[data-testid="bot-message"]', src: 'VidhiRaval93/ai-memory-dashboard extension/agents/perplexityExtractor.js (checked 2026-11-30; not confirmed elsewhere)' },
    ],
  },
  thumb: { role: 'action', anchors: [] },
  pressed: { role: 'state', anchors: [] },
} satisfies AiTable;

export const perplexity = aiAssistant('perplexity', A, { pairCollapses: false });
