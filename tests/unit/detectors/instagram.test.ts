import { afterEach, describe, expect, it } from 'vitest';
import { instagram } from '@/lib/detectors/social/instagram';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';

let r: Run | undefined;
afterEach(() => r?.stop());

const LABELS = {
  en: { like: 'Like', unlike: 'Unlike', save: 'Save', saved: 'Remove', repost: 'Repost', share: 'Share Post', following: 'Following' },
  fr: { like: 'J’aime', unlike: 'Je n’aime plus', save: 'Enregistrer', saved: 'Supprimer', repost: 'Republier', share: 'Partager la publication', following: 'Abonné(e)' },
};

describe.each(['en', 'fr'] as const)('Instagram detector, %s UI', (lang) => {
  const l = LABELS[lang];
  const open = () => {
    loadFixture('https://www.instagram.com/', `index.${lang}.html`);
    r = run(instagram);
    return r;
  };
  const icon = (label: string, i = 0) => $$(`svg[aria-label="${label}"]`)[i]!;

  it('counts a like once the heart says "unlike", and not the unlike', async () => {
    const { signals } = open();
    click(icon(l.like).closest('[role="button"]')); // a click on the button around the icon
    await settle();
    expect($$(`svg[aria-label="${l.unlike}"]`)).toHaveLength(1);
    expect(signals).toEqual([{ kind: 'reaction', platform: 'instagram' }]);
    click(icon(l.unlike)); // a click on the icon itself
    await settle();
    expect($$(`svg[aria-label="${l.unlike}"]`)).toHaveLength(0);
    expect(signals).toHaveLength(1);
  });

  it('counts a save and a repost, not their undo, and not the send-to-friends icon', async () => {
    const { signals } = open();
    click(icon(l.save, 1).closest('[role="button"]'));
    click(icon(l.repost, 0).closest('[role="button"]'));
    click(icon(l.share, 0).closest('[role="button"]'));
    await settle();
    expect(signals).toHaveLength(2);
    expect(signals).toEqual(expect.arrayContaining([
      { kind: 'save', platform: 'instagram' },
      { kind: 'share', platform: 'instagram' },
    ]));
    click(icon(l.saved).closest('[role="button"]'));
    await settle();
    expect(signals).toHaveLength(2);
  });

  it('counts a follow when the button says "following", not the unfollow', async () => {
    const { signals } = open();
    const follow = $$('header button')[0]!;
    click(follow.querySelector('div[dir]'));
    await settle();
    expect(follow.textContent).toBe(l.following);
    click(follow);
    await settle();
    expect(signals).toEqual([{ kind: 'follow', platform: 'instagram' }]);
  });

  it('counts a comment sent with Post or Enter once the box is cleared, never an empty one', async () => {
    const { signals } = open();
    const form = $$('article form')[0]!;
    const box = $('textarea', form);
    const post = $$('[role="button"]', form).pop()!;
    click(post);
    key(box, 'Enter');
    type(box, 'Merci');
    key(box, 'Enter', { shiftKey: true }); // a new line, not a send
    await settle();
    expect(signals).toEqual([]);
    click(post);
    await settle();
    expect((box as HTMLTextAreaElement).value).toBe('');
    type(box, 'Encore');
    key(box, 'Enter');
    await settle();
    expect(signals).toEqual([
      { kind: 'comment', platform: 'instagram' },
      { kind: 'comment', platform: 'instagram' },
    ]);
  });

  it('counts a new post shared from the create dialog', async () => {
    const { signals } = open();
    click($('[data-fixture="new-post"]'));
    click($$('[role="dialog"] [role="button"]')[0]);
    await settle();
    expect(signals).toEqual([{ kind: 'post', platform: 'instagram' }]);
  });

  it('counts a search with Enter, never an empty box', () => {
    const { signals } = open();
    const box = $('input[type="text"]');
    key(box, 'Enter');
    type(box, 'casilli');
    key(box, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'instagram' }]);
  });

  it('keeps counting after a single-page navigation (no reload)', async () => {
    const { signals } = open();
    history.pushState({}, '', '/p/C0ffee/');
    click(icon(l.like, 1).closest('[role="button"]'));
    await settle();
    expect(location.pathname).toBe('/p/C0ffee/');
    expect(signals).toEqual([{ kind: 'reaction', platform: 'instagram' }]);
  });

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    click(icon(l.like).closest('[role="button"]'), { trusted: false });
    (icon(l.save).closest('[role="button"]') as HTMLElement).click();
    await settle();
    expect($$(`svg[aria-label="${l.unlike}"]`)).toHaveLength(1);
    expect(signals).toEqual([]);
  });
});

describe('instagram detector on other sites', () => {
  it('records nothing on an unrelated blog with the same buttons and words', () => expectNothingOnBlog(instagram));
});
