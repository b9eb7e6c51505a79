/**
 * ChatGPT (chatgpt.com, formerly chat.openai.com): thumbs up / thumbs down under an answer, and "I prefer this
 * response" when ChatGPT shows two answers side by side. Kind `ai-feedback` (lib/detectors/core/ai.ts).
 *
 * What ChatGPT renders (sources in the table, including real captures of July 2026): each turn is a
 * `section` (or, in a layout still served, an `article`) with `data-testid="conversation-turn-N"`, `data-turn-id`
 * and `data-turn="assistant"`; under a finished answer, a `[role="group"]` of actions holds
 * `button[data-testid="good-response-turn-action-button"]` and `bad-response-turn-action-button`, both with
 * `aria-pressed="false"`. A rating counts when a thumb turns `aria-pressed="true"`, or, in a layout without that
 * state, when the site keeps only the chosen thumb (a thumbs down may also open the optional feedback form, never
 * read here). Clicking the chosen thumb again removes the rating: not new, and neither is a switch. The newer
 * single "Rate response" button (`feedback-turn-action-button`) opens a menu whose rated state no source shows: it
 * is not counted (said in the README notes). The comparison's "I prefer this response" buttons go away once one is
 * picked.
 */
import { aiAssistant, type AiTable } from '../core/ai';

const CHECKED = '(checked 2026-11-30)';
const SNAP = 'nuncaeslupus/ai-chat-exporter tests/fixtures/dom-snapshots/chatgpt';
const NOW = `${SNAP}/formatting-showcase-2026-07.html (real capture, July 2026) ${CHECKED}`;
const ES = `${SNAP}/real-capture.html (real capture, Spanish UI) ${CHECKED}`;
const SEARCH = `code search, >10 userscripts and automation scripts (index shows no repository name) ${CHECKED}`;
const UNCHECKED = 'translation of the English label, not checked on the live site';

export const A = {
  answer: {
    role: 'item',
    anchors: [
      { sel: 'section[data-testid^="conversation-turn-"]', src: NOW },
      { sel: 'article[data-testid^="conversation-turn-"]', src: `${ES}; pionxzh/chatgpt-exporter src/page.ts; steipete/oracle src/browser/constants.ts ${CHECKED}` },
      { sel: '[data-testid^="conversation-turn-"]', src: `pionxzh/chatgpt-exporter src/exporter/image.ts ${CHECKED}` },
      { sel: 'section[data-turn="assistant"]', src: NOW },
      { sel: 'article[data-turn="assistant"]', src: `${ES}; ${SEARCH}` },
      { sel: '[data-message-author-role="assistant"]', src: `KudoAI/chatgpt.js src/chatgpt.js; steipete/oracle src/browser/constants.ts ${CHECKED}` },
    ],
  },
  thumb: {
    role: 'action',
    anchors: [
      { sel: 'button[data-testid="good-response-turn-action-button"]', src: `${NOW}; ${ES}; ${SEARCH}` },
      { sel: 'button[data-testid="bad-response-turn-action-button"]', src: `${NOW}; ${ES}; ${SEARCH}` },
      { sel: 'button[aria-label="Good response"]', src: NOW },
      { sel: 'button[aria-label="Bad response"]', src: NOW },
      { sel: 'button[aria-label="Bonne réponse"]', src: `Gemini's French label (code search: a Gemini exporter's test fixture); ${UNCHECKED} for ChatGPT` },
      { sel: 'button[aria-label="Mauvaise réponse"]', src: `Gemini's French label (code search: a Gemini exporter's test fixture); ${UNCHECKED} for ChatGPT` },
      { sel: 'button[aria-label="Gute Antwort"]', src: UNCHECKED },
      { sel: 'button[aria-label="Schlechte Antwort"]', src: UNCHECKED },
      { sel: 'button[aria-label="Respuesta adecuada"]', src: ES },
      { sel: 'button[aria-label="Respuesta inadecuada"]', src: ES },
      { sel: 'button[aria-label="Risposta buona"]', src: UNCHECKED },
      { sel: 'button[aria-label="Risposta non buona"]', src: UNCHECKED },
      { sel: 'button[aria-label="Boa resposta"]', src: UNCHECKED },
      { sel: 'button[aria-label="Resposta ruim"]', src: UNCHECKED },
    ],
  },
  pressed: {
    role: 'state',
    // The 2026 captures show both thumbs with aria-pressed="false": the chosen one turning "true" is the
    // language-independent state. A layout where the site instead removes the other thumb is read too (pairCollapses).
    anchors: [{ sel: '[aria-pressed="true"]', src: `WAI-ARIA toggle state; the thumbs carry aria-pressed in ${NOW}` }],
  },
  prefer: {
    role: 'action',
    anchors: [
      { sel: '[aria-label="I prefer this response"]', src: `code search: saved ChatGPT comparisons ("I prefer this response", "Response 2") and a Playwright test using button:has-text("I prefer this response") ${CHECKED}` },
      { sel: '[aria-label="Je préfère cette réponse"]', src: UNCHECKED },
      { sel: '[aria-label="Ich bevorzuge diese Antwort"]', src: UNCHECKED },
      { sel: '[aria-label="Prefiero esta respuesta"]', src: UNCHECKED },
      { sel: '[aria-label="Preferisco questa risposta"]', src: UNCHECKED },
      { sel: '[aria-label="Eu prefiro essa resposta"]', src: `code search: a pt-BR translation guide listing "I prefer this response" ${CHECKED}` },
    ],
  },
} satisfies AiTable;

export const chatgpt = aiAssistant('chatgpt', A, { pairCollapses: true });
