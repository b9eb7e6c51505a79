import { watch } from '@/lib/db';
import { useEffect, useState } from 'preact/hooks';

/**
 * A query's result kept current (lib/db.ts `watch`: read again after the database changes, at most once a second):
 * `undefined` while loading; `error` if the query failed. Starts again when `deps` change.
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): { data?: T; error?: Error } {
  const [state, setState] = useState<{ data?: T; error?: Error }>({});
  useEffect(
    () =>
      watch(
        query,
        (data) => setState({ data }),
        (error) => setState({ error }),
      ),
    deps,
  );
  return state;
}
