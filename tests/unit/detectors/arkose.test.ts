/**
 * Arkose Labs (FunCaptcha) against its saved game frame (roblox-api.arkoselabs.com/fc/assets/ec-game-core/
 * game-core/<version>/standard/index.html) in English and French: Start Puzzle, a refused answer, two puzzles.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { arkose } from '@/lib/detectors/captcha/arkose';
import { $, click, loadFixture, run, settle, type Run } from '../helpers';

let r: Run | undefined;
afterEach(() => r?.stop());

const FILE = 'fc/assets/ec-game-core/game-core/1.27.4/standard/index.html';

describe.each(['en', 'fr'])('Arkose Labs game, %s', (lang) => {
  const open = () => {
    loadFixture(`https://roblox-api.arkoselabs.com/fc/assets/ec-game-core/game-core/1.27.4/standard/index.html?session=fixture-session&r=eu-west-1&lang=${lang}&pk=476068BF-9607-4799-B53D-966BE98E2B81`, FILE);
    return (r = run(arkose));
  };

  it('starts on "Start Puzzle" and counts every submitted answer, the refused one included', async () => {
    const { signals } = open();
    click($('[data-theme="home.verifyButton"]'));
    click($('.challenge-container button.button')); // image not turned: refused
    expect($('.wrong').style.display).toBe('');
    click($('a[aria-label][role="button"].right-arrow'));
    click($('a[aria-label][role="button"].right-arrow')); // turning the image is not an answer
    click($('.challenge-container button.button'));
    expect($('span[role="text"]').textContent).toContain('2');
    click($('.right-arrow'));
    click($('.challenge-container button.button'));
    expect(signals).toEqual([
      { vendor: 'arkose', step: 'shown' },
      { vendor: 'arkose', step: 'round', label: 'animal' },
      { vendor: 'arkose', step: 'round', label: 'animal' },
      { vendor: 'arkose', step: 'round', label: 'dice' },
    ]);
    // Arkose removes the game once it accepted the person: that is the success.
    window.dispatchEvent(new Event('pagehide'));
    await settle(10);
    expect(signals.at(-1)).toEqual({ vendor: 'arkose', step: 'solved' });
    expect(signals).toHaveLength(5);
  });

  it('counts neither a page script playing nor the game closed before any answer', async () => {
    const { signals } = open();
    click($('[data-theme="home.verifyButton"]'), { trusted: false });
    click($('.challenge-container button.button'), { trusted: false });
    window.dispatchEvent(new Event('pagehide'));
    expect(signals).toEqual([]);
    // The person's first answer (the game opened without a Start screen for them) starts the clock too.
    click($('.challenge-container button.button'));
    expect(signals).toEqual([
      { vendor: 'arkose', step: 'shown' },
      { vendor: 'arkose', step: 'round', label: 'animal' },
    ]);
  });
});

describe('Arkose frame matching', () => {
  it.each([
    ['roblox-api.arkoselabs.com', '/fc/assets/ec-game-core/game-core/1.27.4/standard/index.html', true],
    ['client-api.arkoselabs.com', '/fc/assets/ec-game-core/game-core/1.26.0/standard/index.html', true],
    ['client-api.funcaptcha.com', '/fc/gc/', true],
    ['client-api.arkoselabs.com', '/v2/476068BF-9607-4799-B53D-966BE98E2B81/enforcement.fbfd3c8e9b2a1d04.html', false],
    ['www.roblox.com', '/login', false],
  ])('%s%s -> %s', (hostname, pathname, expected) => {
    expect(arkose.matches({ hostname, pathname }, document)).toBe(expected);
  });
});
