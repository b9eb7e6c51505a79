/**
 * The registry: every detector, one file each in this folder. tests/unit/registry.test.ts checks that each file
 * here is registered and has fixtures.
 */
import { recaptcha } from './recaptcha';
import type { Detector } from './types';
import { x } from './x';

export const DETECTORS: readonly Detector[] = [x, recaptcha];
