import { afterEach, describe, expect, it } from 'vitest';
import { facebook } from '@/lib/detectors/social/facebook';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';
import { expectNothingOnBlog } from './social-negative';

let r: Run | undefined;
afterEach(() => r?.stop());

const L = {
  en: { like: 'Like', love: 'Love', removeLike: 'Remove Like', removeLove: 'Remove Love', shareNow: 'Share now (Friends)', copy: 'Copy link', save: 'Save post', unsave: 'Unsave post', report: 'Report post', follow: 'Follow', following: 'Following' },
  fr: { like: 'J’aime', love: 'J’adore', removeLike: 'Retirer J’aime', removeLove: 'Retirer J’adore', shareNow: 'Partager maintenant (Amis)', copy: 'Copier le lien', save: 'Enregistrer la publication', unsave: 'Retirer des éléments enregistrés', report: 'Signaler la publication', follow: 'Suivre', following: 'Abonné(e)' },
};

describe.each(['en', 'fr'] as const)('Facebook detector, %s UI', (lang) => {
  const l = L[lang];
  const open = () => {
    loadFixture('https://www.facebook.com/', `index.${lang}.html`);
    r = run(facebook);
    return r;
  };
  const likeButton = (i: number) => $$('[data-ad-rendering-role="like_button"]')[i]!.parentElement!;
  const byText = (text: string, sel = '[role="button"], [role="menuitem"]') => $$(sel).find((el) => el.textContent?.trim() === text)!;
  // A person's hover (trusted): the picker's reaction acts on the like button the pointer came from.
  const hover = (el: Element) => {
    const e = new MouseEvent('mouseover', { bubbles: true });
    Object.defineProperty(e, 'isTrusted', { value: true });
    el.dispatchEvent(e);
  };

  it('counts a like once the button reads "remove like", and not its removal', async () => {
    const { signals } = open();
    click($$('[data-ad-rendering-role="like_button"]')[0]);
    await settle();
    expect(likeButton(0).getAttribute('aria-label')).toBe(l.removeLike);
    expect(signals).toEqual([{ kind: 'reaction', platform: 'facebook' }]);
    click(likeButton(0));
    await settle();
    expect(likeButton(0).getAttribute('aria-label')).toBe(l.like);
    expect(signals).toHaveLength(1);
  });

  it('counts a reaction picked in the picker (a layer outside the post), and not a change of reaction', async () => {
    const { signals } = open();
    hover(likeButton(1));
    click($(`#layers [role="button"][aria-label="${l.love}"]`));
    await settle();
    expect(likeButton(1).getAttribute('aria-label')).toBe(l.removeLove);
    expect(signals).toEqual([{ kind: 'reaction', platform: 'facebook' }]);
    hover(likeButton(0)); // picker of another post, closed without a choice
    click(document.body);
    hover(likeButton(1));
    click($(`#layers [role="button"][aria-label="Haha"]`)); // Love -> Haha: still one reaction
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('counts "share now" but not "copy link" or opening the share dialog', async () => {
    const { signals } = open();
    click($$('[data-ad-rendering-role="share_button"]')[0]);
    click(byText(l.copy));
    await settle(100);
    click($$('[data-ad-rendering-role="share_button"]')[1]);
    await settle(100);
    expect(signals).toEqual([]);
    click(byText(l.shareNow).querySelector('span'));
    expect(signals).toEqual([{ kind: 'share', platform: 'facebook' }]);
  });

  it('counts "save post" from the menu, not "unsave" or "report"', async () => {
    const { signals } = open();
    click($$('[aria-haspopup="menu"]')[0]);
    click(byText(l.save));
    click($$('[aria-haspopup="menu"]')[0]);
    click(byText(l.unsave));
    click($$('[aria-haspopup="menu"]')[0]);
    click(byText(l.report));
    expect(signals).toEqual([{ kind: 'save', platform: 'facebook' }]);
  });

  it('counts a follow, not the unfollow', async () => {
    const { signals } = open();
    const follow = $(`[role="complementary"] [role="button"]`);
    click(follow);
    await settle();
    expect(follow.getAttribute('aria-label')).toBe(l.following);
    click(follow);
    await settle();
    expect(signals).toEqual([{ kind: 'follow', platform: 'facebook' }]);
  });

  it('counts a comment sent with Enter or its button, never an empty one or a new line', async () => {
    const { signals } = open();
    const [ed0, ed1] = $$('form [contenteditable="true"]');
    key(ed0!, 'Enter');
    type(ed0!, 'Très juste');
    key(ed0!, 'Enter', { shiftKey: true });
    await settle();
    expect(signals).toEqual([]);
    key(ed0!, 'Enter');
    type(ed1!, 'Oui');
    click($$('#focused-state-composer-submit')[1]);
    await settle();
    expect(ed0!.textContent).toBe('');
    expect(signals).toEqual([
      { kind: 'comment', platform: 'facebook' },
      { kind: 'comment', platform: 'facebook' },
    ]);
  });

  it('counts a new post from the create dialog, where Enter is only a new line', async () => {
    const { signals } = open();
    click($('[data-fixture="composer"] span'));
    const ed = $('[role="dialog"] [contenteditable="true"]');
    type(ed, 'Mon texte');
    key(ed, 'Enter');
    click($('[role="dialog"] [data-fixture="post"] span'));
    await settle();
    expect($$('[role="dialog"]')).toHaveLength(0);
    expect(signals).toEqual([{ kind: 'post', platform: 'facebook' }]);
  });

  it('counts a search with Enter, never an empty box', () => {
    const { signals } = open();
    const box = $('input[type="search"]');
    key(box, 'Enter');
    type(box, 'digital labor');
    key(box, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'facebook' }]);
  });

  it('ignores clicks dispatched by page scripts', async () => {
    const { signals } = open();
    click(likeButton(0), { trusted: false });
    likeButton(1).click();
    click($$('[data-ad-rendering-role="share_button"]')[0]);
    byText(l.shareNow).click();
    await settle();
    expect(likeButton(0).getAttribute('aria-label')).toBe(l.removeLike);
    expect(signals).toEqual([]);
  });
});

describe('facebook detector on other sites', () => {
  it('records nothing on an unrelated blog with the same buttons and words', () => expectNothingOnBlog(facebook));
});
