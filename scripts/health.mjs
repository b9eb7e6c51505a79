#!/usr/bin/env node
/**
 * `npm run health`: builds the extension and opens one page per detector in real headless Chromium, printing what
 * each detector recognises there (tests/e2e/health.e2e.ts). On the fixtures (default) it fails when a detector
 * recognises nothing on its own fixture, as CI does.
 *
 * `npm run health -- --live`: the same pages on the real sites, for a maintainer with a network (never run by tests
 * or CI). It only prints. The extension itself still makes no request: Chromium loads the sites as a person would.
 * `--profile DIR` reuses a Chromium profile where you are logged in, to see the logged-in markup.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const live = args.includes('--live');
const profileAt = args.indexOf('--profile');
const env = { ...process.env, ...(live ? { HEALTH_LIVE: '1' } : {}) };
if (profileAt >= 0 && args[profileAt + 1]) env.HEALTH_PROFILE = args[profileAt + 1];

const run = (cmd, cmdArgs) => {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!args.includes('--no-build')) run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', 'tests/e2e/health.e2e.ts', ...(live ? ['--testTimeout=90000'] : [])]);
