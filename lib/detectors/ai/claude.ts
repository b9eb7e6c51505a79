/**
 * Claude (claude.ai): its answers' thumbs would count as `ai-feedback` (lib/detectors/core/ai.ts). h10 (2026-11-30)
 * sourced the thumbs themselves: in each answer's `[role="group"][aria-label="Message actions"]`, next to
 * `data-testid="action-bar-copy"`, `button[aria-label="Give positive feedback"]` / `"Give negative feedback"`
 * (checked on the live DOM in March 2026 by two projects), renamed `"Good response"` in the July 2026 UI. No source
 * shows what changes once a thumb is chosen (a pressed state, a filled icon, the other thumb going away), so the
 * `pressed` list is empty and, per the detector rules, the detector still counts nothing: core/ai.ts watches nothing
 * without a sourced rated state. The table lets health and the diagnostics file count answers and thumbs on the live
 * site; a sourced `pressed` anchor (and fixtures showing it) is all it takes to switch it on. No French (or de, es,
 * it, pt) label of the thumbs could be sourced. H9 (2026-11-30) found a real capture of February 2026 (CAPTURE below):
 * it confirms the thumbs' labels and that an unrated thumb carries no aria-pressed, but shows no rated answer either.
 *
 * Known from a HAR analysis found by code search: a thumbs-down posts `{type, reason}` to
 * `chat_messages/<id>/chat_feedback` and the conversation is attached server-side by reference, so a thumb does
 * involve the whole conversation; this is why the concepts card warns about it.
 */
import { aiAssistant, type AiTable } from '../core/ai';

const LIVE =
  'code search (index shows no repository name): a Claude automation listing these as "Confirmed selectors (inspected live DOM 2026-03-08)", and a Claude extension README saying the positive one was "confirmed live to match one element per Claude response" (checked 2026-11-30)';
const PDF = 'code search: "GPT Clean PDF/HTML Exporter" userscript for chatgpt.com and claude.ai, which strips both labels (checked 2026-11-30)';
const CAPTURE =
  'sho7650/obsidian-AI-exporter test/fixtures/html/claude/chat-simple.html (real capture, 2026-02-27: seven answers, each with both thumbs, none rated, no aria-pressed on them) (checked 2026-11-30)';

export const A = {
  answer: {
    role: 'item',
    anchors: [
      // A rendered message row holding the answer's action bar (copy button).
      { sel: '[data-test-render-count]:has([data-testid="action-bar-copy"])', src: 'dmitrii-fediuk/vm s/Claude/chat.js (checked 2026-11-30)' },
      { sel: '.font-claude-response', src: 'code search: several Claude exporters and scrapers (index shows no repository name) (checked 2026-11-30)' },
      { sel: '[role="group"][aria-label="Message actions"]', src: 'code search: a Claude page test fixture with action-bar-copy / action-bar-retry (checked 2026-11-30)' },
    ],
  },
  thumb: {
    role: 'action',
    anchors: [
      { sel: 'button[aria-label="Give positive feedback"]', src: `${CAPTURE}; ${LIVE}; ${PDF}` },
      { sel: 'button[aria-label="Give negative feedback"]', src: `${CAPTURE}; ${LIVE}; ${PDF}` },
      { sel: 'button[aria-label="Good response"]', src: 'agarwalvishal/claude-chat-exporter pull request #31 (2026-07-27: the feedback button "changed from Give positive feedback to Good response in the new Claude UI") (checked 2026-11-30)' },
    ],
  },
  // No source shows the rated state: left empty, so the detector counts nothing (core/ai.ts).
  pressed: { role: 'state', anchors: [] },
} satisfies AiTable;

export const claude = aiAssistant('claude', A, { pairCollapses: false });
