/**
 * Declarative social detectors (facebook, instagram, linkedin, tiktok, threads, pinterest): each file lists its
 * gestures as data, and `socialStart` wires them with one delegated click and one keydown listener.
 */
import type { Kind, Platform } from '../../events';
import { findInPath, onTrusted, searchOnEnter, textOf, waitForChange, type Match } from './dom';
import { trackViews, type ViewOptions } from './feed';
import type { Emit } from './types';

export interface SocialRule {
  kind: Kind;
  /** What the person activates, in any state: matched on the event path and inside the clicked control. */
  hit: Match;
  /**
   * Toggle: what the "done" state looks like (a selector or a test). Counts when the number of such elements in
   * the scope grows after the gesture, so a re-rendered control is still read and an undo (it shrinks) is not.
   */
  on?: Match;
  /** Where `on` is counted (or a composer's editor found): the closest ancestor of the control matching this, else
   * the document (menus and pickers render in layers outside the post). */
  scope?: string;
  /** How long the state may take to change (a menu the person still has to pick from). Default 4 s. */
  wait?: number;
  /** Composer: the editor that must hold text before and be cleared or removed after, for a send to count. */
  editor?: string;
  /** Composer: Enter (without Shift) in the editor sends, as in most comment boxes (or only in editors passing this test). */
  enter?: boolean | ((editor: Element) => boolean);
  /** Only when the control is inside this (a report dialog, a share menu). */
  within?: string;
  /** Search button: only counts when the nearest box matching this holds a query (its text is never kept). */
  filled?: string;
}

export interface SocialSpec {
  platform: Platform;
  rules: readonly SocialRule[];
  /** Search boxes: Enter with a non-empty box counts a search (only emptiness is read, never the text). */
  search?: string;
  /** Feed items for post-view and feed time (core/feed.ts). */
  feed?: Omit<ViewOptions, 'platform'>;
}

/** What a person can activate. */
const CONTROL = 'button, [role="button"], [role="menuitem"], [role="option"], [role="link"], a, input[type="submit"]';

const countIn = (scope: ParentNode, m: Match) =>
  typeof m === 'string' ? scope.querySelectorAll(m).length : [...scope.querySelectorAll(CONTROL)].filter(m).length;

/** Does this click's path hit `m`: an element of the path, or inside the innermost control clicked? */
function hits(path: Element[], control: Element | undefined, m: Match): boolean {
  if (typeof m === 'string') return path.some((el) => el.matches(m)) || (control?.querySelector(m) ?? null) !== null;
  // Tests (label tables) only look at the control and what is inside it, never at the whole page's ancestors.
  if (!control) return false;
  if (path.slice(0, path.indexOf(control) + 1).some(m)) return true;
  // A control's label sits in a few inner nodes; a "control" wrapping a whole card is not worth walking per click.
  const inner = control.getElementsByTagName('*');
  return inner.length <= 40 && [...inner].some(m);
}



/** Sent when the editor that held text is cleared or removed (a refused send keeps the text). */
function watchSend(editor: Element, kind: Kind, platform: Platform, emit: Emit, signal: AbortSignal): void {
  if (textOf(editor).trim() === '') return;
  void waitForChange(() => !editor.isConnected || textOf(editor).trim() === '', false, { signal, timeout: 8000 }).then(
    (sent) => sent && emit({ kind, platform }),
  );
}

/** The editor of a composer: the nearest one around the send button (bounded walk up the tree). */
function editorNear(el: Element, editor: string): Element | null {
  for (let n: Element | null = el, i = 0; n && i < 8; n = n.parentElement, i++) {
    const found = n.querySelector(editor);
    if (found) return found;
  }
  return null;
}

export function socialStart(spec: SocialSpec, root: Document, signal: AbortSignal, emit: Emit): void {
  const { platform, rules } = spec;
  const pending = new Map<SocialRule, () => void>();
  if (spec.feed) trackViews(root, signal, emit, { platform, ...spec.feed });
  onTrusted(
    root,
    'click',
    (_event, path) => {
      const control = path.find((el) => el.matches(CONTROL));
      if (control && (control.getAttribute('aria-disabled') === 'true' || (control as HTMLButtonElement).disabled)) return;
      const rule = rules.find((r) => hits(path, control, r.hit) && (!r.within || path.some((el) => el.matches(r.within!))));
      if (!rule) return;
      const from = control ?? path[0]!;
      if (rule.filled) {
        const box = editorNear(from, rule.filled);
        if (box && textOf(box).trim() !== '') emit({ kind: rule.kind, platform });
      } else if (rule.editor) {
        const editor = (rule.scope && from.closest(rule.scope)?.querySelector(rule.editor)) || editorNear(from, rule.editor);
        if (editor) watchSend(editor, rule.kind, platform, emit, signal);
      } else if (rule.on) {
        // A new click of a rule settles the earlier wait still pending (counted if its state already changed, as
        // when a person undoes at once) and replaces it (a menu item under the same icon, another post's icon):
        // one state change is never counted twice.
        pending.get(rule)?.();
        const scope: ParentNode = (rule.scope && from.closest(rule.scope)) || root;
        const on = rule.on;
        const before = countIn(scope, on);
        let done = false;
        const settle = (now: number) => {
          if (done) return;
          done = true;
          if (pending.get(rule) === settleNow) pending.delete(rule);
          if (now > before) emit({ kind: rule.kind, platform });
        };
        const settleNow = () => settle(countIn(scope, on));
        pending.set(rule, settleNow);
        void waitForChange(() => (done ? before : countIn(scope, on)), before, { signal, timeout: rule.wait ?? 4000 }).then(settle);
      } else emit({ kind: rule.kind, platform });
    },
    signal,
  );
  onTrusted(
    root,
    'keydown',
    (event, path) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      for (const r of rules) {
        const editor = r.enter && r.editor ? findInPath(path, r.editor) : undefined;
        if (editor && (r.enter === true || (r.enter as (e: Element) => boolean)(editor)))
          return watchSend(editor, r.kind, platform, emit, signal);
      }
      if (spec.search) searchOnEnter(path, spec.search, platform, emit);
    },
    signal,
  );
}
