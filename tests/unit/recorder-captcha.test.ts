/** The recorder's CAPTCHA merge as the vendors' frames use it: one success reported by two frames is one event. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LaborDB } from '@/lib/db';
import { createRecorder, type TabState } from '@/lib/recorder';
import { DEFAULT_SETTINGS } from '@/lib/settings';

let n = 0;
const uid = () => `cap-${String(++n).padStart(8, '0')}`;
const sender = { tab: { id: 4, url: 'https://accounts.hcaptcha.com/demo' } };

function setup() {
  const clock = { t: new Date(2026, 10, 22, 15).getTime() };
  const db = new LaborDB(`captcha-${Math.random()}`);
  let tabs: Record<string, TabState> = {};
  const recorder = createRecorder({
    db,
    settings: () => DEFAULT_SETTINGS,
    extensionOrigin: 'chrome-extension://abcdefgh/',
    now: () => clock.t,
    store: {
      loadTabs: async () => tabs,
      saveTabs: async (t) => void (tabs = structuredClone(t)),
      loadStats: async () => ({ rejected: 0, storageError: null }),
      saveStats: async () => undefined,
    },
  });
  const step = (vendor: string, s: string, label?: string) =>
    recorder.handle({ type: 'captcha', uid: uid(), step: { vendor, step: s, ...(label ? { label } : {}) } }, sender);
  return { db, clock, step };
}

beforeEach(() => fakeBrowser.reset());

describe('CAPTCHA merge across frames', () => {
  it('keeps one event when the checkbox frame and the challenge frame both report the success', async () => {
    const { db, clock, step } = setup();
    await step('hcaptcha', 'shown');
    clock.t += 3000;
    await step('hcaptcha', 'round', 'bicycle');
    clock.t += 4000;
    await step('hcaptcha', 'round', 'bus');
    await step('hcaptcha', 'solved'); // the checkbox turns checked
    clock.t += 800;
    await step('hcaptcha', 'solved'); // the challenge frame is hidden
    const events = await db.events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ platform: 'hcaptcha', site: 'accounts.hcaptcha.com', seconds: 7, rounds: 2, labels: ['bicycle', 'bus'] });
  });

  it('still records the next challenge of the same vendor, and a lone success long after the last one', async () => {
    const { db, clock, step } = setup();
    await step('recaptcha', 'shown');
    await step('recaptcha', 'solved');
    clock.t += 2000;
    await step('recaptcha', 'shown'); // a new challenge opened right away: not an echo
    clock.t += 1500;
    await step('recaptcha', 'solved');
    clock.t += 60_000;
    await step('recaptcha', 'solved');
    expect((await db.events.toArray()).map((e) => e.seconds)).toEqual([0, 1.5, 0]);
  });

  it('does not let one vendor\'s success hide another\'s', async () => {
    const { db, step } = setup();
    await step('turnstile', 'shown');
    await step('turnstile', 'solved');
    await step('hcaptcha', 'solved');
    expect((await db.events.toArray()).map((e) => e.platform)).toEqual(['turnstile', 'hcaptcha']);
  });
});
