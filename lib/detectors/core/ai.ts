/**
 * AI-assistant answer ratings (`ai-feedback`), shared by lib/detectors/ai/*: one delegated click listener per page.
 *
 * A rating counts when, after a person's own click on a thumb (or on "I prefer this response" in a comparison), the
 * answer really turns rated: a thumb becomes pressed (`aria-pressed="true"`, or the platform's own "on" anchor), or
 * the other thumb disappears (ChatGPT keeps only the chosen one), or the comparison collapses. One answer is rated
 * once: the answers already rated are remembered in memory only (by the answer's own message id attribute, else the
 * element itself), never stored. So removing a thumb, or switching from up to down on the same answer, is not a new
 * rating. The free-text feedback form that may open next is never read.
 */
import type { Platform } from '../../events';
import { WHERE } from '../routes';
import { norm, onTrusted, waitForChange } from './dom';
import { anyOf, type AnchorTable, type Detector, type Emit, type Thing } from './types';

export interface AiSpec {
  platform: Platform;
  /** One answer of the assistant (the scope of its thumbs). */
  answer: Thing;
  /** Thumbs up and down (any state). */
  thumb: Thing;
  /** A thumb's "on" state, matched on the thumb or inside it (language-independent where the site allows). */
  pressed: Thing;
  /**
   * Does the site remove the other thumb once one is chosen? Then an answer showing only one of its two thumbs is
   * rated, and a click on that lone thumb is an undo.
   */
  pairCollapses: boolean;
  /** Comparison of two answers: the control that picks one ("I prefer this response"). */
  prefer?: Thing;
  /** How long the site may take to show the new state. */
  wait?: number;
}

/** What a person can activate. */
const CONTROL = 'button, [role="button"], [role="menuitem"], [role="radio"]';

/** `[aria-label="X"]` anchors of a thing: its label table, also compared with a control's own text. */
const labelsOf = (thing: Thing) =>
  new Set(thing.anchors.flatMap((a) => [...a.sel.matchAll(/\[aria-label="([^"]+)"\]/g)].map((m) => norm(m[1]))));

/** Matches an element by any anchor of the thing, or (labels last) by its own short text. */
export function matcher(thing: Thing): (el: Element) => boolean {
  const sel = anyOf(thing);
  const labels = labelsOf(thing);
  return (el) => {
    if (el.matches(sel)) return true;
    if (labels.size === 0 || !el.matches(CONTROL)) return false;
    const text = el.textContent ?? '';
    return text.length < 60 && labels.has(norm(text));
  };
}

/** The thumbs of an answer, one per control (a custom element and the button inside it are one thumb). */
function thumbsIn(answer: Element, isThumb: (el: Element) => boolean, sel: string): Element[] {
  const found = [...answer.querySelectorAll(sel)].filter(isThumb);
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

/** A key for an answer that survives a re-render: its message id attribute (an id, never text), else the node. */
function keyOf(answer: Element): string | Element {
  const own = answer.getAttribute('data-message-id') ?? answer.getAttribute('data-turn-id');
  if (own) return own;
  const inner = answer.querySelector('[data-message-id]')?.getAttribute('data-message-id');
  return inner || answer;
}

export function aiStart(spec: AiSpec, root: Document, signal: AbortSignal, emit: Emit): void {
  const { platform } = spec;
  // No thumb whose markup could be verified: the detector watches nothing (its table still lets health count the
  // answers it recognises).
  if (spec.thumb.anchors.length === 0 || spec.answer.anchors.length === 0) return;
  // Thumbs sourced but not their "rated" state (and the site is not known to remove the other thumb): a click alone
  // proves nothing, so the detector watches nothing either (h10: Claude, Copilot, Le Chat).
  if (spec.pressed.anchors.length === 0 && !spec.pairCollapses) return;
  const isThumb = matcher(spec.thumb);
  const thumbSel = `${anyOf(spec.thumb)}, ${CONTROL}`;
  const pressedSel = anyOf(spec.pressed);
  const isPrefer = spec.prefer ? matcher(spec.prefer) : undefined;
  const answerSel = anyOf(spec.answer);
  const rated = new Set<string | Element>();
  /** Answers whose rating is being waited for (see onThumb). */
  const waiting = new Set<string | Element>();
  const wait = spec.wait ?? 8000;

  const isPressed = (thumb: Element) => thumb.matches(pressedSel) || thumb.querySelector(pressedSel) !== null;
  const isRated = (answer: Element, before: number) => {
    if (!answer.isConnected) return false;
    const thumbs = thumbsIn(answer, isThumb, thumbSel);
    if (thumbs.some(isPressed)) return true;
    return spec.pairCollapses && before >= 2 && thumbs.length === 1;
  };

  const onThumb = (thumb: Element) => {
    const answer = thumb.closest(answerSel);
    if (!answer) return;
    const key = keyOf(answer);
    if (rated.has(key)) return;
    const thumbs = thumbsIn(answer, isThumb, thumbSel);
    const before = thumbs.length;
    // Already rated when the person clicks (a pressed thumb, or the lone thumb the site leaves): this click removes
    // or switches the rating; the answer counts as rated from now on, so rating it again is not new either. A rating
    // of the person's still being waited for was seen just now (core/dom.ts reads every wait before this handler
    // runs) and is counted when that wait settles, just after.
    if (thumbs.some(isPressed) || (spec.pairCollapses && before === 1)) {
      if (!waiting.has(key)) rated.add(key);
      return;
    }
    waiting.add(key);
    void waitForChange(() => isRated(answer, before), false, { signal, timeout: wait }).then((on) => {
      waiting.delete(key);
      if (!on || rated.has(key)) return;
      rated.add(key);
      emit({ kind: 'ai-feedback', platform });
    });
  };

  const comparisons = new WeakSet<Element>();
  const onPrefer = (control: Element) => {
    // The comparison: the nearest ancestor holding two "prefer" controls (bounded walk up).
    let box: Element | null = control.parentElement;
    const prefers = (el: Element) => [...el.querySelectorAll(CONTROL)].filter(isPrefer!).length;
    for (let i = 0; box && i < 12 && prefers(box) < 2; i++) box = box.parentElement;
    if (!box || comparisons.has(box)) return;
    const container = box;
    void waitForChange(() => !container.isConnected || prefers(container) === 0, false, { signal, timeout: wait }).then((done) => {
      if (!done || comparisons.has(container)) return;
      comparisons.add(container);
      emit({ kind: 'ai-feedback', platform });
    });
  };

  onTrusted(
    root,
    'click',
    (_event, path) => {
      const control = path.find((el) => el.matches(CONTROL));
      if (control && (control.getAttribute('aria-disabled') === 'true' || (control as HTMLButtonElement).disabled)) return;
      const upTo = control ? path.slice(0, path.indexOf(control) + 1) : path.slice(0, 4);
      // The thumb: the control itself or what the click went through inside it, a wrapper right above it (Gemini's
      // <thumb-up-button>), or a marked icon inside a small control (a big "control" wrapping a card is not walked).
      const inner = control?.getElementsByTagName('*');
      const thumb =
        upTo.find(isThumb) ??
        path.slice(upTo.length, upTo.length + 3).find(isThumb) ??
        (control && inner && inner.length <= 40 && [...inner].some(isThumb) ? control : undefined);
      if (thumb) return onThumb(thumb);
      if (isPrefer && control && isPrefer(control)) onPrefer(control);
    },
    signal,
  );
}

/** Default "this page shows answers" test for the health warning: any answer anchor present. */
export const showsAnswers = (answer: Thing) => (doc: Document) =>
  answer.anchors.length > 0 && doc.querySelector(anyOf(answer)) !== null;

/** The anchor table every assistant fills (`prefer` only where the site compares two answers). */
export type AiTable = Pick<AiSpec, 'answer' | 'thumb' | 'pressed'> & Partial<Pick<AiSpec, 'prefer'>> & AnchorTable;

/** An assistant's detector: its anchor table plus what the site does once a thumb is chosen. */
export function aiAssistant(
  platform: 'chatgpt' | 'claude' | 'gemini' | 'copilot' | 'perplexity' | 'mistral',
  table: AiTable,
  { pairCollapses }: Pick<AiSpec, 'pairCollapses'>,
): Detector {
  const spec: AiSpec = { ...table, platform, pairCollapses };
  return {
    id: platform,
    matches: WHERE[platform],
    start: (root, signal, emit) => aiStart(spec, root, signal, emit),
    anchors: table,
    expects: showsAnswers(table.answer),
  };
}
