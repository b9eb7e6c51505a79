/**
 * Reddit: new Reddit's shreddit custom elements with open shadow roots (votes on posts and comments, save from the
 * overflow menu, join, comment composer, search inside faceplate-search-input) and old.reddit.com (vote arrows,
 * save link, join toggle, comment form, search), their undo, French and English, synthetic clicks ignored,
 * single-page navigation, and a negative.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reddit } from '@/lib/detectors/social/reddit';
import { $, $$, click, key, loadFixture, run, settle, type, type Run } from '../helpers';

// Detectors poll the page after a gesture; on busy machines wait for the result rather than a fixed delay.
const WAIT = { timeout: 4000, interval: 50 };
vi.setConfig({ testTimeout: 30_000 });
let r: Run | undefined;
afterEach(() => r?.stop());

/** An element inside a custom element's open shadow root. */
const inside = (host: Element, selector: string) => {
  const el = host.shadowRoot?.querySelector(selector);
  if (!el) throw new Error(`no ${selector} in the shadow root of ${host.tagName}`);
  return el as HTMLElement;
};
const post = (i: number) => $$('shreddit-post')[i]!;

describe.each(['en', 'fr'])('Reddit detector, new Reddit, %s UI', (lang) => {
  const open = (path = '/', file = `index.${lang}.html`) => {
    loadFixture(`https://www.reddit.com${path}?lang=${lang}`, file);
    r = run(reddit);
    return r;
  };

  it('counts upvotes and downvotes pressed inside shadow roots, not their undo', async () => {
    const { signals } = open();
    const up = inside(post(0), 'button[upvote]');
    click(up);
    await settle();
    expect(up.getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([{ kind: 'reaction', platform: 'reddit' }]);
    click(up); // undo
    await settle();
    click(inside(post(1), 'button[downvote]'));
    await settle();
    expect(signals).toHaveLength(2);
    click(inside(post(1), 'button[downvote]')); // undo
    await settle();
    expect(signals).toHaveLength(2);
  });

  it('counts "save" picked in the overflow menu, not "remove from saved"', async () => {
    const { signals } = open();
    const menu = post(2).querySelector('shreddit-post-overflow-menu')!;
    click(inside(menu, '.overflow-button'));
    click(inside(menu, '.save-item span:last-child'));
    await settle();
    expect(menu.hasAttribute('saved')).toBe(true);
    expect(signals).toEqual([{ kind: 'save', platform: 'reddit' }]);
    click(inside(menu, '.overflow-button'));
    click(inside(menu, '.save-item')); // remove from saved
    await settle();
    expect(signals).toHaveLength(1);
  });

  it('counts joining a community, not leaving it', async () => {
    const { signals } = open();
    const join = $('shreddit-join-button');
    click(inside(join, 'button'));
    await settle();
    expect(join.hasAttribute('subscribed')).toBe(true);
    click(inside(join, 'button'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'follow', platform: 'reddit' }]), WAIT);
  });

  it('counts a search typed in the shadow-DOM search box', () => {
    const { signals } = open();
    const input = inside($('faceplate-search-input'), 'input[name="q"]') as HTMLInputElement;
    key(input, 'Enter');
    type(input, 'microtravail');
    key(input, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'reddit' }]);
  });

  it('counts a comment once posted and a comment upvote, on a post page', async () => {
    const { signals } = open('/r/france/comments/1abc/digital_labor/', `r/france/comments/1abc/digital_labor.${lang}.html`);
    const editor = $('shreddit-composer [slot="rte"]');
    type(editor, 'Tout à fait');
    click($('shreddit-composer button[slot="submit-button"]'));
    await settle();
    expect(editor.textContent).toBe('');
    click(inside($('shreddit-comment-action-row'), 'button[upvote]'));
    await vi.waitFor(() => expect(signals).toEqual([
      { kind: 'comment', platform: 'reddit' },
      { kind: 'reaction', platform: 'reddit' },
    ]), WAIT);
  });

  it('counts a post published from the post composer, not a click on its disabled button', async () => {
    const { signals } = open('/r/france/submit/', `r/france/submit.${lang}.html`);
    click($('#submit-post-button')); // no title yet: disabled
    await settle();
    const title = inside($('faceplate-textarea-input'), 'textarea') as HTMLTextAreaElement;
    type(title, 'Le travail du clic, enquête');
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true })); // typing's input crosses the shadow root
    click($('#submit-post-button'));
    await settle(700);
    expect(location.pathname).toBe('/r/france/comments/1new/my_post/');
    expect(signals).toEqual([{ kind: 'post', platform: 'reddit' }]);
  });

  it('ignores clicks made by page scripts, and keeps working after client-side navigation', async () => {
    const { signals } = open();
    click(inside(post(0), 'button[upvote]'), { trusted: false });
    await settle();
    expect(inside(post(0), 'button[upvote]').getAttribute('aria-pressed')).toBe('true');
    expect(signals).toEqual([]);
    click($('#nav-popular'));
    expect(location.pathname).toBe('/r/popular/');
    expect(post(5).id).toBe('t3_2cd5');
    click(inside(post(5), 'button[upvote]'));
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'reaction', platform: 'reddit' }]), WAIT);
  });
});

describe.each(['en', 'fr'])('Reddit detector, old.reddit.com, %s UI', (lang) => {
  const open = (path = '/', file = `index.${lang}.html`) => {
    loadFixture(`https://old.reddit.com${path}?lang=${lang}`, file);
    r = run(reddit);
    return r;
  };
  const thing = (i: number) => $$('#siteTable .thing.link')[i]!;

  it('counts an arrow turning upmod or downmod, not un-voting', async () => {
    const { signals } = open();
    click($('.arrow.up', thing(0)));
    await settle();
    expect($('.midcol', thing(0)).classList.contains('likes')).toBe(true);
    click($('.arrow.upmod', thing(0))); // undo
    click($('.arrow.down', thing(1)));
    await vi.waitFor(() => expect(signals).toEqual([
      { kind: 'reaction', platform: 'reddit' },
      { kind: 'reaction', platform: 'reddit' },
    ]), WAIT);
    click($('.arrow.downmod', thing(1)));
    await settle();
    expect(signals).toHaveLength(2);
  });

  it('counts a save and a subscription, not unsave or leave', async () => {
    const { signals } = open();
    click($('.save-button a', thing(3)));
    click($('.fancy-toggle-button .option.add'));
    await settle();
    expect(thing(3).classList.contains('saved')).toBe(true);
    expect(signals).toHaveLength(2);
    expect(signals).toEqual(expect.arrayContaining([{ kind: 'save', platform: 'reddit' }, { kind: 'follow', platform: 'reddit' }]));
    click($('.save-button a', thing(3)));
    click($('.fancy-toggle-button .option.remove'));
    await settle();
    expect(signals).toHaveLength(2);
  });

  it('counts a search and a comment posted from the comment form', async () => {
    const { signals } = open('/r/france/comments/1abc/digital_labor/', `r/france/comments/1abc/digital_labor.${lang}.html`);
    const q = $('#search input[name="q"]');
    type(q, 'travail du clic');
    key(q, 'Enter');
    click($('form.usertext .usertext-buttons button.save')); // empty
    type($('form.usertext textarea'), 'Merci');
    click($('form.usertext .usertext-buttons button.save'));
    await vi.waitFor(() => expect(signals).toEqual([
      { kind: 'search', platform: 'reddit' },
      { kind: 'comment', platform: 'reddit' },
    ]), WAIT);
  });

  it('counts a new post when the person submits the form with a title, not a script-driven submission', () => {
    const { signals } = open('/submit', `submit.${lang}.html`);
    const form = $('form#newlink');
    const button = $('button[type="submit"], button[name="submit"]', form);
    // The browser's submit event is trusted even when a page script triggered it (button.click(), requestSubmit()).
    const submitEvent = () => {
      const e = new Event('submit', { bubbles: true, cancelable: true });
      Object.defineProperty(e, 'isTrusted', { value: true });
      form.dispatchEvent(e);
    };
    click(button);
    submitEvent(); // no title: the browser would not even submit (required), nothing counted
    type($('textarea[name="title"]', form), 'Le travail du clic');
    click(button, { trusted: false }); // a page script's click...
    submitEvent(); // ...and the trusted submit event it causes
    expect(signals).toEqual([]);
    click(button);
    submitEvent();
    expect(signals).toEqual([{ kind: 'post', platform: 'reddit' }]);
  });

  it('ignores clicks made by page scripts', async () => {
    const { signals } = open();
    ($('.arrow.up', thing(0)) as HTMLElement).click();
    await settle();
    expect($('.midcol', thing(0)).classList.contains('likes')).toBe(true);
    expect(signals).toEqual([]);
  });
});

describe('Reddit detector scope', () => {
  it('applies to reddit.com hosts only', () => {
    expect(reddit.matches({ hostname: 'www.reddit.com', pathname: '/' }, document)).toBe(true);
    expect(reddit.matches({ hostname: 'old.reddit.com', pathname: '/' }, document)).toBe(true);
    expect(reddit.matches({ hostname: 'reddit.com.example.net', pathname: '/' }, document)).toBe(false);
  });
});
