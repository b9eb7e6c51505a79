/**
 * Gemini (gemini.google.com): thumbs up / thumbs down under an answer. Kind `ai-feedback` (lib/detectors/core/ai.ts).
 *
 * What Gemini renders (sources in the table, including a real capture of July 2026): an answer is a
 * `<model-response>` whose `<message-actions>` bar holds `<thumb-up-button>` / `<thumb-down-button>` (Angular
 * components) > `gem-icon-button[data-test-id="thumb-up-button"]` > `button[aria-label="Good response"]
 * [aria-pressed="false"]` > `mat-icon[fonticon="thumb_up"]` ("Bonne réponse" / "Mauvaise réponse" in French). The
 * capture shows the unrated state only: the detector counts when a thumb's `aria-pressed` turns "true" (or a filled
 * icon appears); if Gemini showed neither, it would count nothing (said in the README notes).
 */
import { aiAssistant, type AiTable } from '../core/ai';

const CHECKED = '(checked 2026-11-30)';
const VOYAGER = 'Nagi-ovo/gemini-voyager src/pages/content/export/responseActionImageButton.ts';
const SNAP = 'nuncaeslupus/ai-chat-exporter tests/fixtures/dom-snapshots/gemini/table-2026-07.html (real capture, July 2026) (checked 2026-11-30)';
const SEARCH = `code search: a Gemini exporter's test fixture and a Gemini-to-Markdown userscript's skipped tags (index shows no repository name) ${CHECKED}`;
const UNCHECKED = 'translation of the English label, not checked on the live site';

export const A = {
  answer: {
    role: 'item',
    anchors: [
      { sel: 'model-response', src: `${SNAP}; ${VOYAGER} ${CHECKED}` },
      { sel: '.model-response', src: `${VOYAGER} ${CHECKED}` },
      { sel: '.conversation-container', src: SEARCH },
    ],
  },
  thumb: {
    role: 'action',
    anchors: [
      { sel: 'thumb-up-button', src: `${SNAP}; ${SEARCH}` },
      { sel: 'thumb-down-button', src: `${SNAP}; ${SEARCH}` },
      { sel: '[data-test-id="thumb-up-button"]', src: `${SNAP} (on gem-icon-button); ${VOYAGER} ${CHECKED}` },
      { sel: '[data-test-id="thumb-down-button"]', src: `${SNAP} (on gem-icon-button); ${VOYAGER} ${CHECKED}` },
      { sel: 'button:has(mat-icon[fonticon="thumb_up"])', src: `${SNAP}; Nagi-ovo/gemini-voyager src/pages/content/responseNotification/index.ts ${CHECKED}` },
      { sel: 'button:has(mat-icon[fonticon="thumb_down"])', src: `${SNAP}; Nagi-ovo/gemini-voyager src/pages/content/responseNotification/index.ts ${CHECKED}` },
      { sel: 'button[aria-label="Good response"]', src: `${SNAP}; Nagi-ovo/gemini-voyager src/pages/content/responseNotification/index.ts ${CHECKED}` },
      { sel: 'button[aria-label="Bad response"]', src: `${SNAP}; Nagi-ovo/gemini-voyager src/pages/content/responseNotification/index.ts ${CHECKED}` },
      { sel: 'button[aria-label="Bonne réponse"]', src: SEARCH },
      { sel: 'button[aria-label="Mauvaise réponse"]', src: SEARCH },
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
    anchors: [
      { sel: '[aria-pressed="true"]', src: `WAI-ARIA toggle state; the thumbs' buttons carry aria-pressed="false" in ${SNAP}` },
      { sel: 'mat-icon[fonticon="thumb_up_filled"], mat-icon[fonticon="thumb_down_filled"]', src: 'Material Symbols filled variant naming (not confirmed for Gemini by a source)' },
    ],
  },
} satisfies AiTable;

export const gemini = aiAssistant('gemini', A, { pairCollapses: false });
