/**
 * Gemini (gemini.google.com): thumbs up / thumbs down under an answer. Kind `ai-feedback` (lib/detectors/core/ai.ts).
 *
 * What Gemini renders (sources in the table): an answer is a `<model-response>` whose `<message-actions>` bar holds
 * `<thumb-up-button>` / `<thumb-down-button>` (Angular components, also as `data-test-id` on the button), each with
 * a Material icon `mat-icon[fonticon="thumb_up"]` and the label "Good response" / "Bad response" ("Bonne réponse" /
 * "Mauvaise réponse" in French). Which state the chosen thumb shows could not be checked in a maintained project:
 * the detector reads the language-independent `aria-pressed="true"` and a filled icon; if Gemini showed neither, it
 * would count nothing (said in the README notes).
 */
import { aiStart, showsAnswers, type AiSpec } from '../core/ai';
import type { AnchorTable, Detector } from '../core/types';
import { WHERE } from '../routes';

const CHECKED = '(checked 2026-11-30)';
const VOYAGER = 'Nagi-ovo/gemini-voyager src/pages/content/export/responseActionImageButton.ts';
const SEARCH = `code search: a Gemini exporter's test fixture and a Gemini-to-Markdown userscript's skipped tags (index shows no repository name) ${CHECKED}`;
const UNCHECKED = 'translation of the English label, not checked on the live site';

export const A = {
  answer: {
    role: 'item',
    anchors: [
      { sel: 'model-response', src: `${VOYAGER} ${CHECKED}` },
      { sel: '.model-response', src: `${VOYAGER} ${CHECKED}` },
      { sel: '.conversation-container', src: SEARCH },
    ],
  },
  thumb: {
    role: 'action',
    anchors: [
      { sel: 'thumb-up-button', src: SEARCH },
      { sel: 'thumb-down-button', src: SEARCH },
      { sel: '[data-test-id="thumb-up-button"]', src: `${VOYAGER} (SIBLING_CLONE_SOURCE_TEST_IDS) ${CHECKED}` },
      { sel: '[data-test-id="thumb-down-button"]', src: `${VOYAGER} (SIBLING_CLONE_SOURCE_TEST_IDS) ${CHECKED}` },
      { sel: 'button:has(> mat-icon[fonticon="thumb_up"])', src: `Nagi-ovo/gemini-voyager src/pages/content/responseNotification/index.ts ${CHECKED}` },
      { sel: 'button:has(> mat-icon[fonticon="thumb_down"])', src: `Nagi-ovo/gemini-voyager src/pages/content/responseNotification/index.ts ${CHECKED}` },
      { sel: 'button[aria-label="Good response"]', src: `Nagi-ovo/gemini-voyager src/pages/content/responseNotification/index.ts ${CHECKED}` },
      { sel: 'button[aria-label="Bad response"]', src: `Nagi-ovo/gemini-voyager src/pages/content/responseNotification/index.ts ${CHECKED}` },
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
      { sel: '[aria-pressed="true"]', src: 'WAI-ARIA 1.2 toggle button state (not confirmed for Gemini by a source)' },
      { sel: 'mat-icon[fonticon="thumb_up_filled"], mat-icon[fonticon="thumb_down_filled"]', src: 'Material Symbols filled variant naming (not confirmed for Gemini by a source)' },
    ],
  },
} satisfies AnchorTable;

const SPEC: AiSpec = { platform: 'gemini', answer: A.answer, thumb: A.thumb, pressed: A.pressed, pairCollapses: false };

export const gemini: Detector = {
  id: 'gemini',
  matches: WHERE.gemini,
  start: (root, signal, emit) => aiStart(SPEC, root, signal, emit),
  anchors: A,
  expects: showsAnswers(A.answer),
};
