/**
 * A typed value in browser storage (`local:key` or `session:key`), read with a fallback and watched for changes: the
 * part of WXT's `storage.defineItem` this extension uses, in a few lines instead of the ~8 KB (with its lock library)
 * that every extension page loaded (issue 14: the popup's weight). Values are stored under the same keys as before.
 */
import { browser } from 'wxt/browser';

export interface StorageItem<T> {
  getValue(): Promise<T>;
  /** null or undefined removes the key (the next read gives the fallback). */
  setValue(value: T | null | undefined): Promise<void>;
  /** Called with the new value (the fallback when removed) on every change; returns the function that stops it. */
  watch(callback: (value: T, old: T) => void): () => void;
}

type Area = 'local' | 'session';
type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

export function defineItem<T>(key: `${Area}:${string}`, { fallback }: { fallback: T }): StorageItem<T> {
  const at = key.indexOf(':');
  const area = key.slice(0, at) as Area;
  const name = key.slice(at + 1);
  const store = () => browser.storage[area];
  const or = (v: unknown) => (v ?? fallback) as T;
  return {
    getValue: async () => or((await store().get(name))[name]),
    setValue: async (value) => {
      if (value === null || value === undefined) await store().remove(name);
      else await store().set({ [name]: value });
    },
    watch(callback) {
      const listener = (changes: Changes, changed: string) => {
        if (changed !== area || !(name in changes)) return;
        callback(or(changes[name]!.newValue), or(changes[name]!.oldValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
