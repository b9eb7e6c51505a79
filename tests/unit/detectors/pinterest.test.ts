import { afterEach, describe, expect, it } from 'vitest';
import { pinterest, PINTEREST_ANCHORS } from '@/lib/detectors/social/pinterest';
import { anyOf } from '@/lib/detectors/core/types';
import { $, $$, click, key, loadFixture, run, settle as settleFor, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';
import { probeDetector } from '@/lib/health';

/** Lets the site's replies and the detector's polls run; generous, as these tests run on loaded 2-core machines. */
const settle = (ms = 700) => settleFor(ms);

let r: Run | undefined;
afterEach(() => r?.stop());

const L = {
  en: { host: 'www.pinterest.com', saved: 'Saved', following: 'Following' },
  fr: { host: 'fr.pinterest.com', saved: 'Enregistré', following: 'Abonné(e)' },
};

const S = (kind: string) => ({ kind, platform: 'pinterest' });
/** The person's pointer over an element (a trusted mouseover). */
const hover = (el: Element) => {
  const event = new MouseEvent('mouseover', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
};
/** Loads `<variant>.<lang>.html` of the host serving that language (www.pinterest.com, fr.pinterest.com). */
const openVariant = (variant: 'grid' | 'unauth', lang: 'en' | 'fr') => {
  loadFixture(`https://${L[lang].host}/`, `${variant}.${lang}.html`);
  r = run(pinterest);
  return r;
};

describe.each(['en', 'fr'] as const)('Pinterest detector, Pin close-up, %s UI', (lang) => {
  const l = L[lang];
  const open = () => {
    // The French UI is served on the country site fr.pinterest.com.
    if (lang === 'fr') loadFixture('https://fr.pinterest.com/pin/1234/', 'index.fr.html');
    else loadFixture('https://www.pinterest.com/pin/1234/', 'index.en.html');
    r = run(pinterest);
    return r;
  };

  it('counts a Pin saved (close-up and grid) once its button says so, not the unsave', async () => {
    const { signals } = open();
    const save = $('[data-test-id="PinBetterSaveButton"] button');
    click(save.querySelector('div div'));
    await settle();
    expect(save.textContent).toBe(l.saved);
    expect(signals).toEqual([{ kind: 'save', platform: 'pinterest' }]);
    click(save);
    await settle();
    click($('[data-test-id="SaveButton"] button'));
    await settle();
    expect(signals).toEqual([
      { kind: 'save', platform: 'pinterest' },
      { kind: 'save', platform: 'pinterest' },
    ]);
  });

  it('does not count the share or "more" buttons', async () => {
    const { signals } = open();
    click($('[data-test-id="closeup-share-button"] button'));
    click($('[data-test-id="closeup-action-items"] button'));
    await settle();
    expect(signals).toEqual([]);
  });

  it('counts a follow, not the unfollow', async () => {
    const { signals } = open();
    const follow = $('[data-test-id="user-follow-button"] button');
    click(follow);
    await settle();
    expect(follow.textContent).toBe(l.following);
    click(follow);
    await settle();
    expect(signals).toEqual([{ kind: 'follow', platform: 'pinterest' }]);
  });

  it('counts a search with Enter, never an empty box', () => {
    const { signals } = open();
    const box = $('input[name="searchBoxInput"]');
    key(box, 'Enter');
    type(box, 'datasets');
    key(box, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'pinterest' }]);
  });

  it('counts a reaction once the heart turns red (whatever the language), not the reaction removed', async () => {
    const { signals } = open();
    const react = $('[data-test-id="react-button"] button');
    click(react.querySelector('svg'));
    await settle();
    expect(getComputedStyle(react.querySelector('path')!).fill).toBe('rgb(221, 14, 14)');
    expect(signals).toEqual([S('reaction')]);
    click(react);
    await settle();
    expect(getComputedStyle(react.querySelector('path')!).fill).toBe('rgb(17, 17, 17)');
    expect(signals).toEqual([S('reaction')]);
  });

  it('counts a comment posted with the button or Enter once the composer is cleared, never an empty one', async () => {
    const { signals } = open();
    const editor = $('[data-test-id="editor-with-mentions"] [contenteditable="true"]');
    click($('[data-test-id="activity-item-create-submit"] button')); // disabled while empty
    key(editor, 'Enter');
    await settle();
    expect(signals).toEqual([]);
    type(editor, 'Très utile');
    click($('[data-test-id="activity-item-create-submit"] button div'));
    await settle();
    expect(editor.textContent).toBe('');
    type(editor, 'Merci');
    key(editor, 'Enter');
    await settle();
    expect($$('[data-test-id="comment-item"]')).toHaveLength(2);
    expect(signals).toEqual([S('comment'), S('comment')]);
  });

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    click($('[data-test-id="react-button"] button'), { trusted: false });
    type($('[data-test-id="editor-with-mentions"] [contenteditable="true"]'), 'bot');
    key($('[data-test-id="editor-with-mentions"] [contenteditable="true"]'), 'Enter', {}, { trusted: false });
    click($('[data-test-id="PinBetterSaveButton"] button'), { trusted: false });
    await settle();
    expect($('[data-test-id="PinBetterSaveButton"] button').textContent).toBe(l.saved);
    expect(signals).toEqual([]);
  });
});

describe.each(['en', 'fr'] as const)('Pinterest detector, home grid with the board picker, %s UI', (lang) => {
  const saveButton = (i: number) => $$('[data-test-id="SaveButton"] button')[i]!;

  it('counts a Pin saved from the grid and one saved to a board picked in the picker, not the unsave', async () => {
    const { signals } = openVariant('grid', lang);
    click(saveButton(0));
    await settle();
    expect(saveButton(0).textContent).toBe(L[lang].saved);
    // The pointer crosses the Pin's hover overlay (its Save button) on the way to the board dropdown beside it: the
    // picked board saves that Pin (the picker renders outside the Pin, and acts on the Save button last pointed at).
    hover(saveButton(1));
    click($$('[data-fixture="board-dropdown"]')[1]);
    click($$('[data-test-id="board-row-save-button-container"] button')[1]);
    await settle(700);
    expect(saveButton(1).textContent).toBe(L[lang].saved);
    click(saveButton(0)); // unsave
    await settle();
    expect(signals).toEqual([S('save'), S('save')]);
  });

  it('counts Pins saved in quick succession once each', async () => {
    const { signals } = openVariant('grid', lang);
    click(saveButton(0));
    click(saveButton(1));
    click(saveButton(2));
    await settle();
    expect(signals).toEqual([S('save'), S('save'), S('save')]);
  });

  it('recognises the Pins (health), counts a search, ignores page scripts', async () => {
    const { signals } = openVariant('grid', lang);
    expect($$(anyOf(PINTEREST_ANCHORS.pin)).length).toBeGreaterThanOrEqual(3);
    click(saveButton(2), { trusted: false });
    await settle();
    const box = $('input[name="searchBoxInput"]');
    type(box, 'annotation');
    key(box, 'Enter');
    expect(signals).toEqual([S('search')]);
  });
});

describe.each(['en', 'fr'] as const)('Pinterest detector, logged out, %s UI', (lang) => {
  it('counts nothing: Save opens the sign-up dialog and no state changes; a search still counts', async () => {
    const { signals } = openVariant('unauth', lang);
    for (const b of $$('[data-test-id="SaveButton"] button')) click(b);
    click($$('[data-fixture="board-dropdown"]')[0]);
    await settle();
    expect($('[data-fixture="signup-modal"]').hidden).toBe(false);
    expect($$('[data-test-id="SaveButton"] button').map((b) => b.textContent)).not.toContain(L[lang].saved);
    const box = $('input[name="searchBoxInput"]');
    type(box, 'datasets');
    key(box, 'Enter');
    expect(signals).toEqual([S('search')]);
    expect($$(anyOf(PINTEREST_ANCHORS.unauth))).toHaveLength(1);
  });
});

describe('Pinterest health over the variants (issue 11 §3)', () => {
  it.each([
    ['https://www.pinterest.com/pin/1234/', 'index.en.html', 3],
    ['https://www.pinterest.com/', 'grid.en.html', 6],
    ['https://www.pinterest.com/', 'unauth.en.html', 4],
  ] as const)('recognises the Pins of %s (%s) and their buttons, no warning', (url, file, anchorsMatched) => {
    loadFixture(url, file);
    const health = probeDetector(pinterest, document);
    expect(health.items).toBe(anchorsMatched); // a grid Pin matches two item anchors (data-grid-item and pin)
    expect(health.actions).toBeGreaterThan(0);
    expect(health.warnings).toEqual([]);
  });
});

describe('Pinterest anchor table', () => {
  it('lists a source for every anchor and puts labels last', () => {
    for (const [thing, { anchors }] of Object.entries(PINTEREST_ANCHORS)) {
      expect(anchors.length, thing).toBeGreaterThan(0);
      for (const a of anchors) expect(a.src, `${thing} ${a.sel}`).toMatch(/checked 2026-11-30/);
      const label = anchors.findIndex((a) => a.sel.includes('aria-label'));
      if (label >= 0) expect(anchors.slice(label).every((a) => a.sel.includes('aria-label')), thing).toBe(true);
    }
  });
});

describe('Pinterest detector scope', () => {
  it('applies to pinterest.com and its country sites only', () => {
    const m = (hostname: string) => pinterest.matches({ hostname, pathname: '/' }, document);
    for (const h of ['www.pinterest.com', 'fr.pinterest.com', 'www.pinterest.fr', 'pinterest.co.uk', 'br.pinterest.com']) expect(m(h)).toBe(true);
    for (const h of ['pinterest.com.evil.example', 'notpinterest.com', 'www.pinterest.com.example.org']) expect(m(h)).toBe(false);
  });
});

describe('pinterest detector on other sites', () => {
  it('records nothing on an unrelated blog with the same buttons and words', () => expectNothingOnBlog(pinterest));
});
