import { afterEach, describe, expect, it } from 'vitest';
import { pinterest } from '@/lib/detectors/social/pinterest';
import { $, click, key, loadFixture, run, settle, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';

let r: Run | undefined;
afterEach(() => r?.stop());

const L = {
  en: { host: 'www.pinterest.com', saved: 'Saved', following: 'Following' },
  fr: { host: 'fr.pinterest.com', saved: 'Enregistré', following: 'Abonné(e)' },
};

describe.each(['en', 'fr'] as const)('Pinterest detector, %s UI', (lang) => {
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

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    click($('[data-test-id="PinBetterSaveButton"] button'), { trusted: false });
    await settle();
    expect($('[data-test-id="PinBetterSaveButton"] button').textContent).toBe(l.saved);
    expect(signals).toEqual([]);
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
