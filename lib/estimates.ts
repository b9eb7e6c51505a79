/** Time shown to the user: measured where measured, our per-gesture defaults otherwise (labelled as estimates). */
import type { Kind } from './events';
import { DEFAULT_GESTURE_SECONDS } from './figures';
import type { Summary } from './report';

export interface TimeSplit {
  measured: number;
  estimated: number;
}

export function timeOf(summary: Pick<Summary, 'byKind'>): TimeSplit {
  let measured = 0;
  let estimated = 0;
  for (const [kind, t] of Object.entries(summary.byKind) as [Kind, Summary['byKind'][Kind]][]) {
    measured += t.seconds;
    estimated += (t.count - t.timed) * DEFAULT_GESTURE_SECONDS[kind];
  }
  return { measured, estimated };
}
