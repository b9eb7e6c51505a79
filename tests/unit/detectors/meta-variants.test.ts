/**
 * Facebook, Instagram and Threads over the variants the real sites serve (issue 11 §2), besides today's EN and FR
 * desktop fixtures: Facebook's mobile web (m.facebook.com "WebLite") and a German UI; Instagram's narrow (mobile web)
 * layout and a German UI, with the double tap on a post's image; Threads in German and logged out. Each variant's
 * sources are in the fixture's top comment. Every gesture a variant offers runs on it: counted once, the undo not
 * counted, a page script's click not counted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Detector } from '@/lib/detectors/core/types';
import { facebook } from '@/lib/detectors/social/facebook';
import { instagram } from '@/lib/detectors/social/instagram';
import { threads } from '@/lib/detectors/social/threads';
import { $$, click, loadFixture, run, settle, type Run } from '../helpers';

let r: Run | undefined;
afterEach(() => r?.stop());

/** Waits (up to 4 s) until `ok()` holds: a loaded machine can delay the detector's next look past a fixed pause. */
async function until(ok: () => boolean): Promise<void> {
  for (const end = Date.now() + 4000; !ok() && Date.now() < end; ) await settle(20);
}

/** A person's double click / double tap on an element: two trusted clicks then a trusted dblclick. */
function doubleTap(el: Element, { trusted = true } = {}): void {
  click(el, { trusted });
  click(el, { trusted });
  const e = new MouseEvent('dblclick', { bubbles: true, cancelable: true, composed: true });
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

interface Variant {
  name: string;
  url: string;
  file: string;
  /** The like controls, in post order. */
  like: string;
  /** The like control's "on" state. */
  liked: string;
}

function open(detector: Detector, v: Variant): Run {
  loadFixture(v.url, v.file);
  r = run(detector);
  return r;
}

async function likeOnceNotUndo(detector: Detector, v: Variant): Promise<void> {
  const { signals } = open(detector, v);
  const like = $$(v.like)[0]!;
  click(like);
  await until(() => signals.length >= 1);
  expect($$(v.liked).length).toBeGreaterThan(0);
  expect(signals).toEqual([{ kind: 'reaction', platform: detector.id }]);
  click($$(v.like)[0]);
  await settle();
  expect($$(v.liked)).toHaveLength(0);
  expect(signals).toHaveLength(1);
}

async function twoPostsTwo(detector: Detector, v: Variant): Promise<void> {
  const { signals } = open(detector, v);
  const [a, b] = $$(v.like);
  click(a);
  click(b);
  await until(() => signals.length >= 2);
  await settle(100);
  expect(signals).toEqual([
    { kind: 'reaction', platform: detector.id },
    { kind: 'reaction', platform: detector.id },
  ]);
}

async function scriptClickNothing(detector: Detector, v: Variant): Promise<void> {
  const { signals } = open(detector, v);
  click($$(v.like)[0], { trusted: false });
  ($$(v.like)[1] as HTMLElement).click();
  await settle();
  expect($$(v.liked).length).toBeGreaterThan(0); // the page did change
  expect(signals).toEqual([]);
}

const FB_WWW = '[role="button"]:has(> [data-ad-rendering-role="like_button"])';
const FB: Variant[] = [
  { name: 'www, EN (today)', url: 'https://www.facebook.com/', file: 'index.en.html', like: FB_WWW, liked: '[aria-label^="Remove "]' },
  { name: 'www, FR (today)', url: 'https://www.facebook.com/', file: 'index.fr.html', like: FB_WWW, liked: '[aria-label^="Retirer "]' },
  { name: 'www, DE UI', url: 'https://www.facebook.com/', file: 'index.de.html', like: FB_WWW, liked: '[aria-label$=" entfernen"]' },
  {
    name: 'm.facebook.com mobile web (WebLite), EN',
    url: 'https://m.facebook.com/',
    file: 'index.en.html',
    like: '#screen-root [role="button"][aria-label^="Like button"]',
    liked: '[aria-label="Like button, pressed. Double tap and hold to change reaction."]',
  },
];

describe.each(FB)('Facebook variant: $name', (v) => {
  it('counts a like once, not its removal', () => likeOnceNotUndo(facebook, v));
  it('counts likes on two posts as two', () => twoPostsTwo(facebook, v));
  it('ignores a page script’s clicks', () => scriptClickNothing(facebook, v));
});

describe('Facebook: a UI language outside the label table', () => {
  it('never counts there (a miss, never a false count)', async () => {
    loadFixture('https://www.facebook.com/', 'index.en.html', { site: false });
    // Dutch: "Vind ik leuk" is not in the table, so the button never reads as "not reacted" and nothing is counted.
    for (const b of $$(FB_WWW)) b.setAttribute('aria-label', 'Vind ik leuk');
    r = run(facebook);
    click($$(FB_WWW)[0]);
    $$(FB_WWW)[0]!.setAttribute('aria-label', 'Vind ik leuk niet meer');
    await settle();
    expect(r.signals).toEqual([]);
  });
});

const IG: Variant[] = [
  { name: 'desktop, EN (today)', url: 'https://www.instagram.com/', file: 'index.en.html', like: 'article section span [role="button"]', liked: 'article section svg[aria-label="Unlike"]' },
  { name: 'desktop, FR (today)', url: 'https://www.instagram.com/', file: 'index.fr.html', like: 'article section span [role="button"]', liked: 'article section svg[aria-label="Je n’aime plus"]' },
  { name: 'desktop, DE UI', url: 'https://www.instagram.com/', file: 'index.de.html', like: 'article section span [role="button"]', liked: 'article section svg[aria-label="Gefällt mir nicht mehr"]' },
  { name: 'narrow (mobile web) layout, EN', url: 'https://www.instagram.com/', file: 'narrow.en.html', like: 'article section span [role="button"]', liked: 'article section svg[aria-label="Unlike"]' },
];

describe.each(IG)('Instagram variant: $name', (v) => {
  const fresh = () => $$(v.like).filter((b) => !b.querySelector(v.liked.replace('article section ', '')));
  it('counts a like on the heart once, not its removal', async () => {
    const { signals } = open(instagram, v);
    const like = fresh()[0]!;
    const before = $$(v.liked).length;
    click(like);
    await until(() => signals.length >= 1);
    expect($$(v.liked)).toHaveLength(before + 1);
    expect(signals).toEqual([{ kind: 'reaction', platform: 'instagram' }]);
    click(like);
    await settle();
    expect($$(v.liked)).toHaveLength(before);
    expect(signals).toHaveLength(1);
  });

  it('counts a double tap on a post’s image once, and a double tap on a liked post not at all', async () => {
    const { signals } = open(instagram, v);
    const post = fresh()[0]!.closest('article')!;
    doubleTap(post.querySelector('._aagu img')!);
    await until(() => signals.length >= 1);
    expect(post.querySelector(v.liked.replace('article ', ''))).not.toBeNull();
    expect(signals).toEqual([{ kind: 'reaction', platform: 'instagram' }]);
    doubleTap(post.querySelector('._aagu img')!); // already liked: a double tap never unlikes, and is not counted
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('ignores a page script’s clicks and double clicks', async () => {
    const { signals } = open(instagram, v);
    const [a, b] = fresh();
    click(a, { trusted: false });
    doubleTap(b!.closest('article')!.querySelector('._aagu img')!, { trusted: false });
    await settle();
    expect(signals).toEqual([]);
  });
});

const TH_LIKE = '[data-pressable-container] [role="button"]:has(svg[aria-label="Like"], svg[aria-label="Unlike"], svg[aria-label="J’aime"], svg[aria-label="Je n’aime plus"], svg[aria-label="Gefällt mir"], svg[aria-label="Gefällt mir nicht mehr"])';
const TH: Variant[] = [
  { name: 'EN (today)', url: 'https://www.threads.com/', file: 'index.en.html', like: TH_LIKE, liked: 'svg[aria-label="Unlike"]' },
  { name: 'FR (today)', url: 'https://www.threads.com/', file: 'index.fr.html', like: TH_LIKE, liked: 'svg[aria-label="Je n’aime plus"]' },
  { name: 'DE UI', url: 'https://www.threads.com/', file: 'index.de.html', like: TH_LIKE, liked: 'svg[aria-label="Gefällt mir nicht mehr"]' },
];

describe.each(TH)('Threads variant: $name', (v) => {
  it('counts a like once, not its removal', () => likeOnceNotUndo(threads, v));
  it('counts likes on two posts as two', () => twoPostsTwo(threads, v));
  it('ignores a page script’s clicks', () => scriptClickNothing(threads, v));
});

describe('Threads variant: logged out', () => {
  it('counts nothing: the like and repost icons do not change', async () => {
    loadFixture('https://www.threads.com/', 'logged-out.en.html');
    r = run(threads);
    for (const b of $$('[data-pressable-container] [role="button"]')) click(b);
    await settle();
    expect($$('svg[aria-label="Unlike"], svg[aria-label="Unrepost"]')).toHaveLength(0);
    expect(r.signals).toEqual([]);
  });
});

const PAGES: [string, Detector, string, string][] = [
  ...FB.map((v): [string, Detector, string, string] => [`Facebook ${v.name}`, facebook, v.url, v.file]),
  ...IG.map((v): [string, Detector, string, string] => [`Instagram ${v.name}`, instagram, v.url, v.file]),
  ...TH.map((v): [string, Detector, string, string] => [`Threads ${v.name}`, threads, v.url, v.file]),
  ['Threads logged out', threads, 'https://www.threads.com/', 'logged-out.en.html'],
];

describe.each(PAGES)('anchor table on %s', (_name, detector, url, file) => {
  it('recognises its posts and like buttons, and every anchor is a valid selector', () => {
    loadFixture(url, file, { site: false });
    const table = detector.anchors!;
    for (const thing of ['post', 'like'])
      expect(table[thing]!.anchors.some((a) => document.querySelector(a.sel) !== null), thing).toBe(true);
    for (const thing of Object.values(table)) for (const a of thing.anchors) expect(() => document.querySelectorAll(a.sel)).not.toThrow();
  });
});
