import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Runs a Dexie query and re-runs it whenever the tables it read change, in this page or another (live updates
 * across the background and every open page). `undefined` while loading; `error` if the query failed.
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): { data?: T; error?: Error } {
  const [state, setState] = useState<{ data?: T; error?: Error }>({});
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (data) => setState({ data }),
      error: (error: Error) => setState({ error }),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
