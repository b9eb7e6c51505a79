/**
 * Keyboard shortcuts as gestures (issue 11 §2): X's `l`/`t`/`b`/`r`, Mastodon's `f`/`b`/`r`. A shortcut is only a
 * candidate: the detector still counts only when the site's state really changes after it. Keys typed in a text
 * field, a rich editor or during IME composition (`isComposing`, or keyCode 229 that Chromium and Safari send while
 * an IME holds the key) are text, never a gesture.
 */

/** Is this key event part of an IME composition (Enter confirming a Japanese/Chinese word, for example)? */
export const composing = (event: KeyboardEvent): boolean => event.isComposing || event.keyCode === 229;

/** Where typing happens: a key pressed there is text, not a shortcut. */
const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"], [role="combobox"], [role="searchbox"]';

/**
 * The single key of a shortcut (lower case), or undefined when the event is not a bare shortcut: a modifier held
 * (Ctrl/Cmd/Alt: browser and site commands), IME composition, or focus in a field or editor.
 */
export function shortcutKey(event: KeyboardEvent, path: Element[]): string | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || composing(event) || event.repeat) return undefined;
  if (typeof event.key !== 'string' || event.key.length !== 1) return undefined;
  if (path.some((el) => el.matches(EDITABLE))) return undefined;
  return event.key.toLowerCase();
}

/**
 * The innermost element of the key's path that holds exactly one element matching `bar` (a post's action bar): the
 * post the shortcut acts on. Undefined when the focus is not in a post (a column holding many bars is not one post).
 */
export function postOfKey(path: Element[], bar: string, limit = 12): Element | undefined {
  for (const el of path.slice(0, limit)) {
    if (el.matches(bar)) return el;
    const found = el.querySelectorAll(bar);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) return undefined;
  }
  return undefined;
}
