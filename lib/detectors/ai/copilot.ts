/**
 * Microsoft Copilot (copilot.microsoft.com): its answers' thumbs would count as `ai-feedback` (lib/detectors/core/ai.ts).
 * h10 (2026-11-30) sourced the answer and its thumbs: an answer is `div[data-content="ai-message"]`, holding a
 * `div[data-testid="message-item-reactions"]` bar with `button[data-testid="copy-ai-message-button"]` and the thumbs
 * `button[data-testid="message-thumbs-up-button"]` / `message-thumbs-down-button` (a SeleniumBase example waited for
 * `button[data-testid*="-thumbs-up-"]` on the live site until July 2026, when Copilot started requiring a login). No
 * source shows what changes once a thumb is chosen, so `pressed` is empty and, per the detector rules, the detector
 * still counts nothing (core/ai.ts watches nothing without a sourced rated state). The table lets health and the
 * diagnostics file count answers and thumbs on the live site (test ids, so in every UI language); a sourced
 * `pressed` anchor (and fixtures showing it) is all it takes to switch it on.
 */
import { aiAssistant, type AiTable } from '../core/ai';

const CHECKED = '(checked 2026-11-30)';
const CWC = `robertpiosik/CodeWebChat apps/browser/src/content-scripts/send-prompt-content-script/chatbots/copilot.ts ${CHECKED}`;
const SB = `seleniumbase/SeleniumBase examples/cdp_mode/raw_cdp_copilot.py and examples/cdp_mode/playwright/raw_copilot_*.py (on copilot.microsoft.com until removed 2026-07-17, "requires login now"; read in the git history) ${CHECKED}`;
const EXPORTER = `code search: a Copilot chat exporter's parser for copilot.microsoft.com (its list of UI buttons to strip; index shows no repository name) ${CHECKED}`;

export const A = {
  answer: {
    role: 'item',
    anchors: [{ sel: 'div[data-content="ai-message"]', src: `${CWC} (the reactions bar's closest answer)` }],
  },
  thumb: {
    role: 'action',
    anchors: [
      { sel: 'button[data-testid="message-thumbs-up-button"]', src: `${EXPORTER}; matches ${SB}` },
      { sel: 'button[data-testid="message-thumbs-down-button"]', src: EXPORTER },
      { sel: 'button[data-testid*="-thumbs-up-"]', src: SB },
    ],
  },
  // No source shows the rated state: left empty, so the detector counts nothing (core/ai.ts).
  pressed: { role: 'state', anchors: [] },
} satisfies AiTable;

export const copilot = aiAssistant('copilot', A, { pairCollapses: false });
