import { afterEach, describe, expect, it } from 'vitest';
import { threads } from '@/lib/detectors/social/threads';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';

let r: Run | undefined;
afterEach(() => r?.stop());

const L = {
  en: { like: 'Like', unlike: 'Unlike', repost: 'Repost', unrepost: 'Unrepost', reply: 'Reply', create: 'Create', following: 'Following' },
  fr: { like: 'J’aime', unlike: 'Je n’aime plus', repost: 'Republier', unrepost: 'Annuler la republication', reply: 'Répondre', create: 'Créer', following: 'Abonné(e)' },
};

describe.each(['en', 'fr'] as const)('Threads detector, %s UI', (lang) => {
  const l = L[lang];
  const open = (host: 'com' | 'net' = 'com') => {
    if (host === 'net') loadFixture('https://www.threads.net/', `index.${lang}.html`);
    else loadFixture('https://www.threads.com/', `index.${lang}.html`);
    r = run(threads);
    return r;
  };
  const icon = (label: string, i = 0) => $$(`[data-pressable-container] svg[aria-label="${label}"]`)[i]!;

  it('counts a like once the heart says "unlike", and not the unlike', async () => {
    const { signals } = open();
    click(icon(l.like).closest('[role="button"]'));
    await settle();
    expect(signals).toEqual([{ kind: 'reaction', platform: 'threads' }]);
    click(icon(l.unlike));
    await settle();
    expect(icon(l.like)).toBeTruthy();
    expect(signals).toHaveLength(1);
  });

  it('counts a repost only once it is picked in the menu, once, and not "quote" or its removal', async () => {
    const { signals } = open();
    click(icon(l.repost, 0).closest('[role="button"]'));
    await settle(100);
    expect(signals).toEqual([]); // the menu is open, nothing reposted yet
    click($('[data-act="quote"]'));
    click(icon(l.repost, 1).closest('[role="button"]'));
    click($('[data-act="repost"] span')); // the menu item also carries a "Repost" icon
    await settle();
    expect(icon(l.unrepost)).toBeTruthy();
    expect(signals).toEqual([{ kind: 'share', platform: 'threads' }]);
    click(icon(l.unrepost).closest('[role="button"]'));
    click($('[data-act="remove"]'));
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('counts a follow, not the unfollow', async () => {
    const { signals } = open();
    const follow = $('[role="main"] > .x9f619 [role="button"]');
    click(follow);
    await settle();
    expect(follow.textContent).toBe(l.following);
    click(follow);
    await settle();
    expect(signals).toEqual([{ kind: 'follow', platform: 'threads' }]);
  });

  it('counts a reply as a comment and a new thread as a post, once sent, never empty', async () => {
    const { signals } = open();
    click(icon(l.reply).closest('[role="button"]'));
    let dialog = $('[role="dialog"]');
    click($('[data-fixture="send"]', dialog)); // disabled while empty
    type($('[contenteditable="true"]', dialog), 'Exactement');
    click($('[data-fixture="send"] div', dialog));
    await settle();
    expect(dialog.isConnected).toBe(false);
    click($('[data-fixture="create"]'));
    dialog = $('[role="dialog"]');
    type($('[contenteditable="true"]', dialog), 'Mon fil');
    click($('[data-fixture="send"]', dialog));
    await settle();
    expect(signals).toEqual([
      { kind: 'comment', platform: 'threads' },
      { kind: 'post', platform: 'threads' },
    ]);
  });

  it('works the same on www.threads.net and counts a search with Enter', async () => {
    const { signals } = open('net');
    const box = $('input[type="search"]');
    key(box, 'Enter');
    type(box, 'travail');
    key(box, 'Enter');
    click(icon(l.like, 1));
    await settle();
    expect(signals).toEqual([
      { kind: 'search', platform: 'threads' },
      { kind: 'reaction', platform: 'threads' },
    ]);
  });

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    click(icon(l.like).closest('[role="button"]'), { trusted: false });
    await settle();
    expect(icon(l.unlike)).toBeTruthy();
    expect(signals).toEqual([]);
  });
});

describe('threads detector on other sites', () => {
  it('records nothing on an unrelated blog with the same buttons and words', () => expectNothingOnBlog(threads));
});
