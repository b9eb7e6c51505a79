/**
 * Detector chunks (entrypoints/detector-<id>.ts) are imported by the content script in the frames where they
 * apply. A chunk hands its detector over through a callback stored on the content script's own global: chunks run
 * in the content script's isolated world, which page scripts can neither see nor reach.
 */
import type { Detector } from './types';

const KEY = '__travailDuClicDetector';
type Holder = { [KEY]?: (detector: Detector) => void };

export function provide(detector: Detector): void {
  (globalThis as Holder)[KEY]?.(detector);
}

export function receiveDetectors(receiver: (detector: Detector) => void): void {
  (globalThis as Holder)[KEY] = receiver;
}
