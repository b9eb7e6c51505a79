import { describe, expect, it } from 'vitest';
import { dayOf, siteOf } from '@/lib/events';
import { contentMessageSchema } from '@/lib/messages';

const ok = (m: unknown) => contentMessageSchema.safeParse(m).success;
const uid = 'a1b2c3d4e5f6a7b8';

describe('content message schema', () => {
  it('accepts the messages detectors send', () => {
    expect(ok({ type: 'gesture', uid, gesture: { kind: 'reaction', platform: 'x' } })).toBe(true);
    expect(ok({ type: 'gesture', uid, gesture: { kind: 'post-view', platform: 'reddit', seconds: 12.5 } })).toBe(true);
    expect(ok({ type: 'captcha', uid, step: { vendor: 'recaptcha', step: 'round', label: 'traffic light' } })).toBe(true);
    expect(ok({ type: 'hello', detectors: ['x', 'recaptcha'] })).toBe(true);
  });

  it.each([
    ['unknown type', { type: 'store', uid, gesture: { kind: 'reaction', platform: 'x' } }],
    ['unknown kind', { type: 'gesture', uid, gesture: { kind: 'purchase', platform: 'x' } }],
    ['unknown platform', { type: 'gesture', uid, gesture: { kind: 'reaction', platform: 'myspace' } }],
    ['a forged site', { type: 'gesture', uid, gesture: { kind: 'reaction', platform: 'x', site: 'evil.example' } }],
    ['page text', { type: 'gesture', uid, gesture: { kind: 'comment', platform: 'x', text: 'hello' } }],
    ['a URL', { type: 'gesture', uid, url: 'https://x.com/a/status/1', gesture: { kind: 'reaction', platform: 'x' } }],
    ['negative seconds', { type: 'gesture', uid, gesture: { kind: 'captcha', platform: 'recaptcha', seconds: -1 } }],
    ['endless seconds', { type: 'gesture', uid, gesture: { kind: 'captcha', platform: 'recaptcha', seconds: 1e9 } }],
    ['NaN seconds', { type: 'gesture', uid, gesture: { kind: 'captcha', platform: 'recaptcha', seconds: Number.NaN } }],
    ['a raw prompt as label', { type: 'captcha', uid, step: { vendor: 'recaptcha', step: 'round', label: 'Select all <b>x</b>' } }],
    ['a huge uid', { type: 'gesture', uid: 'a'.repeat(10_000), gesture: { kind: 'reaction', platform: 'x' } }],
    ['no uid', { type: 'gesture', gesture: { kind: 'reaction', platform: 'x' } }],
    ['a social platform as CAPTCHA vendor', { type: 'captcha', uid, step: { vendor: 'x', step: 'solved' } }],
    ['null', null],
    ['a string', 'reaction'],
  ])('rejects %s', (_name, message) => {
    expect(ok(message)).toBe(false);
  });
});

describe('site and day', () => {
  it('keeps only the hostname of web pages', () => {
    expect(siteOf('https://x.com/someone/status/123?s=20#frag')).toBe('x.com');
    expect(siteOf('http://WWW.Boutique-Exemple.fr:8080/panier')).toBe('www.boutique-exemple.fr');
    expect(siteOf('chrome-extension://abc/report.html')).toBeNull();
    expect(siteOf('file:///home/me/page.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('uses the local calendar day', () => {
    expect(dayOf(new Date(2026, 10, 22, 23, 59).getTime())).toBe('2026-11-22');
    expect(dayOf(new Date(2026, 0, 1, 0, 0).getTime())).toBe('2026-01-01');
  });
});
