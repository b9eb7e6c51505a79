/**
 * Declarative social detectors (facebook, instagram, linkedin, tiktok, threads, pinterest): each file lists its
 * gestures as data, and `socialStart` wires them with one delegated click and one keydown listener.
 *
 * Toggles (issue 10 §7): each gesture waits on its own control. The state is read on the control that was pressed
 * (or, for a reaction chosen in a picker or an item picked in a menu, on the control that opened it), never counted
 * over the post or the page, so N quick gestures on N controls count N while the site's replies are still on their
 * way, and an already-"on" control that scrolls into view during a wait counts nothing.
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
   * Toggle: what the "done" state looks like (a selector or a test), read on the control acted on (itself and what
   * it contains). Counts when that control turns on after the gesture; an undo (it turns off) does not.
   */
  on?: Match;
  /**
   * The item (post, video, comment...) a control belongs to: the control is found again in it when the site
   * re-renders it, and a double tap on `double` inside it acts on its control. For composers: where the editor is.
   */
  scope?: string;
  /**
   * Pickers and menus whose items act on the control that opened them (a reaction picker, a repost menu, a board
   * picker). Default: `[role="menu"], [role="listbox"]`. A menu inside the item acts on the nearest control of
   * the rule beside it; a menu rendered in a layer outside the post acts on the control of the rule the person
   * last pointed at, pressed or focused.
   */
  menu?: string;
  /** Double tap / double click on this (a post's image) inside `scope` acts on the item's control (Instagram). */
  double?: string;
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
/** Default pickers/menus (rule.menu overrides). */
const MENU = '[role="menu"], [role="listbox"]';
/** How many recently pointed/pressed/focused controls are remembered as possible openers of a layered menu. */
const RECENT = 8;
/** Without an item, how far up a re-rendered control is looked for. */
const UP = 4;

/** "On" elements in the control acted on: itself and what it holds (a test only looks at controls). */
const countOn = (el: Element, m: Match) =>
  typeof m === 'string'
    ? (el.matches(m) ? 1 : 0) + el.querySelectorAll(m).length
    : (m(el) ? 1 : 0) + [...el.querySelectorAll(CONTROL)].filter(m).length;

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

/** Is this control one of the rule's (without a click path: itself, what it holds, or a small wrapper around it)? */
function isRuleControl(c: Element, m: Match): boolean {
  if (typeof m === 'string') return c.matches(m) || c.querySelector(m) !== null || c.closest(m) !== null;
  return hits([c], c, m);
}

/** The rule's controls in `root`, outside its menus (so an open picker does not shift their order). */
const controlsIn = (root: Element, rule: SocialRule) =>
  [...root.querySelectorAll(CONTROL)].filter((c) => !c.closest(rule.menu ?? MENU) && isRuleControl(c, rule.hit));

/**
 * Finds the control again when the site replaces it (a re-render after the server's reply): the element at the
 * same place (child positions) under the nearest ancestor still in the page, up to the item, if it is still one
 * of the rule's controls. Recorded at the click in O(depth); walked only once the control has left the page.
 */
function locator(target: Element, rule: SocialRule, item: Element | null): () => Element {
  const ups: Element[] = [];
  const at: number[] = [];
  for (let el = target; el.parentElement && ups.length < (item ? 64 : UP); el = el.parentElement) {
    ups.push(el.parentElement);
    at.push(Array.prototype.indexOf.call(el.parentElement.children, el));
    if (el.parentElement === item) break;
  }
  return () => {
    if (target.isConnected) return target;
    const k = ups.findIndex((a) => a.isConnected);
    let el: Element | undefined = ups[k];
    for (let j = k; j >= 0 && el; j--) el = el.children[at[j]!];
    return el && isRuleControl(el, rule.hit) ? el : target;
  };
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
  /** One wait per control acted on: a new gesture on the same control settles the earlier one first. */
  const pending = new Map<Element, () => void>();
  /** Controls the person last pointed at, pressed or focused (most recent last): openers of layered menus. */
  const recent: Element[] = [];
  if (spec.feed) trackViews(root, signal, emit, { platform, ...spec.feed });
  // Leaving the page ends every wait at once: a save confirmed just before a click on a link (the wait looks again
  // only every few hundred ms) is counted, one still unconfirmed is not. Only the browser's own pagehide: a page that
  // fired one after each click would otherwise end the waits before its controls turn on, and count nothing.
  root.defaultView?.addEventListener(
    'pagehide',
    (event) => event.isTrusted && [...pending.values()].forEach((settleNow) => settleNow()),
    { signal },
  );

  const toggles = rules.filter((r) => r.on);
  if (toggles.length > 0) {
    // Cheap: one closest() per event, no rule is tested until a menu item is picked.
    const note = (event: Event) => {
      if (event.isTrusted !== true || !(event.target instanceof Element)) return;
      const c = event.target.closest(CONTROL);
      if (!c || recent[recent.length - 1] === c) return;
      const i = recent.indexOf(c);
      if (i >= 0) recent.splice(i, 1);
      recent.push(c);
      if (recent.length > RECENT) recent.shift();
    };
    for (const type of ['mouseover', 'pointerdown', 'focusin', 'click'] as const)
      root.addEventListener(type, note, { capture: true, passive: true, signal });
  }

  /** The control a menu item acts on: the rule's control beside an in-item menu, else the last one pointed at. */
  function openerOf(menu: Element, item: Element | null, rule: SocialRule): Element | null {
    if (item) {
      for (let a = menu.parentElement; a; a = a.parentElement) {
        const c = controlsIn(a, rule)[0];
        if (c) return c;
        if (a === item) break;
      }
    }
    for (let i = recent.length - 1; i >= 0; i--) {
      const c = recent[i]!;
      if (c.isConnected && !c.closest(rule.menu ?? MENU) && (!rule.scope || c.closest(rule.scope)) && isRuleControl(c, rule.hit))
        return c;
    }
    return null;
  }

  /** Waits for `target` (found again if re-rendered) to turn on; counts once if it does. */
  function watchToggle(rule: SocialRule, target: Element, item: Element | null, restart = true): void {
    const on = rule.on!;
    const earlier = pending.get(target);
    if (earlier && !restart) return;
    // A new gesture on the same control settles the earlier wait (counted if its state already changed, as when
    // a person undoes at once) and replaces it: one state change is never counted twice.
    earlier?.();
    const find = locator(target, rule, item);
    const read = () => countOn(find(), on);
    const before = read();
    let done = false;
    const settle = (now: number) => {
      if (done) return;
      done = true;
      if (pending.get(target) === settleNow) pending.delete(target);
      if (now > before) emit({ kind: rule.kind, platform });
    };
    const settleNow = () => settle(read());
    pending.set(target, settleNow);
    void waitForChange(() => (done ? before : read()), before, { signal, timeout: rule.wait ?? 4000 }).then(settle);
  }

  onTrusted(
    root,
    'click',
    (_event, path) => {
      const control = path.find((el) => el.matches(CONTROL));
      if (control && (control.getAttribute('aria-disabled') === 'true' || (control as HTMLButtonElement).disabled)) return;
      const rule = rules.find((r) => hits(path, control, r.hit) && (!r.within || path.some((el) => el.matches(r.within!))));
      if (!rule) return tap(path);
      const from = control ?? path[0]!;
      if (rule.filled) {
        const box = editorNear(from, rule.filled);
        if (box && textOf(box).trim() !== '') emit({ kind: rule.kind, platform });
      } else if (rule.editor) {
        const editor = (rule.scope && from.closest(rule.scope)?.querySelector(rule.editor)) || editorNear(from, rule.editor);
        if (editor) watchSend(editor, rule.kind, platform, emit, signal);
      } else if (rule.on) {
        const item = rule.scope ? from.closest(rule.scope) : null;
        const menu = from.closest(rule.menu ?? MENU);
        // A menu item (outside any item, or a picker inside the item) acts on the control that opened it; without
        // one known, the menu itself is watched.
        if (menu && (!item || (item !== menu && item.contains(menu)))) watchToggle(rule, openerOf(menu, item, rule) ?? menu, item);
        else watchToggle(rule, from, item);
      } else emit({ kind: rule.kind, platform });
    },
    signal,
  );

  // Double tap / double click on a post's media (Instagram's like): a `dblclick` where the browser sends one, or two
  // taps on the same media within 500 ms. Counted only if the item's control then turns on, once.
  const doubles = rules.filter((r) => r.on && r.double && r.scope);
  let lastTap: { el: Element; at: number } | undefined;
  function onDouble(path: Element[]): void {
    for (const rule of doubles) {
      const media = path.find((el) => el.matches(rule.double!));
      const item = media?.closest(rule.scope!) ?? null;
      // The item's own control, not a comment's (comments are list items, as on Instagram's post dialog).
      const all = item ? controlsIn(item, rule) : [];
      const target = all.find((c) => !c.closest('li')) ?? all[0];
      if (target) return watchToggle(rule, target, item, false);
    }
  }
  function tap(path: Element[]): void {
    if (doubles.length === 0) return;
    const el = path[0];
    if (!el) return;
    const now = Date.now();
    if (lastTap && lastTap.el === el && now - lastTap.at < 500) {
      lastTap = undefined;
      onDouble(path);
    } else lastTap = { el, at: now };
  }
  if (doubles.length > 0) onTrusted(root, 'dblclick', (_event, path) => onDouble(path), signal);

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
