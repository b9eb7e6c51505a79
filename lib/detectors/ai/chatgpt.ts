/**
 * ChatGPT (chatgpt.com, formerly chat.openai.com): thumbs up / thumbs down under an answer, and "I prefer this
 * response" when ChatGPT shows two answers side by side. Kind `ai-feedback` (lib/detectors/core/ai.ts).
 *
 * What ChatGPT renders (sources in the table): each turn is an `article[data-testid="conversation-turn-N"]` whose
 * answer is `[data-message-author-role="assistant"][data-message-id]`; under a finished answer, the action bar has
 * `button[data-testid="good-response-turn-action-button"]` and `bad-response-turn-action-button`. Once one is
 * chosen the other disappears (a thumbs down also opens the optional feedback form, never read here); clicking the
 * lone thumb again removes the rating and brings both back. The newer single "Rate response" button
 * (`feedback-turn-action-button`) opens a menu whose rated state no source shows: it is not counted (said in the
 * README notes). The comparison's "I prefer this response" buttons go away once one is picked.
 */
import { aiStart, showsAnswers, type AiSpec } from '../core/ai';
import type { AnchorTable, Detector } from '../core/types';
import { WHERE } from '../routes';

const CHECKED = '(checked 2026-11-30)';
const SEARCH = `code search, ${'>'}10 userscripts and automation scripts (index shows no repository name) ${CHECKED}`;
const UNCHECKED = 'translation of the English label, not checked on the live site';

export const A = {
  answer: {
    role: 'item',
    anchors: [
      { sel: 'article[data-testid^="conversation-turn-"]', src: `pionxzh/chatgpt-exporter src/page.ts; steipete/oracle src/browser/constants.ts ${CHECKED}` },
      { sel: '[data-testid^="conversation-turn-"]', src: `pionxzh/chatgpt-exporter src/exporter/image.ts ${CHECKED}` },
      { sel: 'article[data-turn="assistant"]', src: SEARCH },
      { sel: '[data-message-author-role="assistant"]', src: `KudoAI/chatgpt.js src/chatgpt.js; steipete/oracle src/browser/constants.ts ${CHECKED}` },
    ],
  },
  thumb: {
    role: 'action',
    anchors: [
      { sel: 'button[data-testid="good-response-turn-action-button"]', src: SEARCH },
      { sel: 'button[data-testid="bad-response-turn-action-button"]', src: SEARCH },
      { sel: 'button[aria-label="Good response"]', src: SEARCH },
      { sel: 'button[aria-label="Bad response"]', src: SEARCH },
      { sel: 'button[aria-label="Bonne réponse"]', src: `code search: Gemini's French labels in a test fixture; ${UNCHECKED} for ChatGPT` },
      { sel: 'button[aria-label="Mauvaise réponse"]', src: `code search: Gemini's French labels in a test fixture; ${UNCHECKED} for ChatGPT` },
      { sel: 'button[aria-label="Gute Antwort"]', src: UNCHECKED },
      { sel: 'button[aria-label="Schlechte Antwort"]', src: UNCHECKED },
      { sel: 'button[aria-label="Buena respuesta"]', src: UNCHECKED },
      { sel: 'button[aria-label="Mala respuesta"]', src: UNCHECKED },
      { sel: 'button[aria-label="Risposta buona"]', src: UNCHECKED },
      { sel: 'button[aria-label="Risposta non buona"]', src: UNCHECKED },
      { sel: 'button[aria-label="Boa resposta"]', src: UNCHECKED },
      { sel: 'button[aria-label="Resposta ruim"]', src: UNCHECKED },
    ],
  },
  pressed: {
    role: 'state',
    // The main state is the pair collapsing to the chosen thumb (pairCollapses below); a pressed ARIA state is
    // read too, language-independently, in case a layout keeps both thumbs.
    anchors: [{ sel: '[aria-pressed="true"]', src: 'WAI-ARIA 1.2 toggle button state (no ChatGPT source shows it)' }],
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
} satisfies AnchorTable;

const SPEC: AiSpec = { platform: 'chatgpt', answer: A.answer, thumb: A.thumb, pressed: A.pressed, prefer: A.prefer, pairCollapses: true };

export const chatgpt: Detector = {
  id: 'chatgpt',
  matches: WHERE.chatgpt,
  start: (root, signal, emit) => aiStart(SPEC, root, signal, emit),
  anchors: A,
  expects: showsAnswers(A.answer),
};
