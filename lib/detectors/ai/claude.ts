/**
 * Claude (claude.ai): its answers' thumbs would count as `ai-feedback` (lib/detectors/core/ai.ts), but no maintained 2025-2026
 * project found on 2026-11-30 shows the markup of its thumbs or of their rated state. Per the detector rules we do
 * not invent markup: this detector counts nothing yet. Its table lists what could be sourced, so the health check and
 * the diagnostics file can tell whether the answers are recognised; adding sourced `thumb` and `pressed` anchors
 * (and fixtures) is all it takes to switch it on.
 *
 * Known from a HAR analysis found by code search: a thumbs-down posts `{type, reason}` to
 * `chat_messages/<id>/chat_feedback` and the conversation is attached server-side by reference, so a thumb does
 * involve the whole conversation; this is why the concepts card warns about it.
 */
import { aiStart, showsAnswers, type AiSpec } from '../core/ai';
import type { AnchorTable, Detector } from '../core/types';
import { WHERE } from '../routes';

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
  thumb: { role: 'action', anchors: [] },
  pressed: { role: 'state', anchors: [] },
} satisfies AnchorTable;

const SPEC: AiSpec = { platform: 'claude', answer: A.answer, thumb: A.thumb, pressed: A.pressed, pairCollapses: false };

export const claude: Detector = {
  id: 'claude',
  matches: WHERE.claude,
  start: (root, signal, emit) => aiStart(SPEC, root, signal, emit),
  anchors: A,
  expects: showsAnswers(A.answer),
};
