/**
 * Reddit, every gesture over every variant (issue 11 §2): new Reddit's shreddit custom elements with open shadow roots
 * (EN, FR, DE, the mobile web layout, logged out) — votes on posts and comments, save from the overflow menu, join,
 * comment composer, post composer, crosspost (a share; copy link is not), search inside faceplate-search-input (never
 * on an IME Enter) — and old.reddit.com (EN, FR, logged out) — vote arrows, save link, join toggle, comment form,
 * new-post form, search, Reddit Enhancement Suite's a/z keys counted only when the vote really changes — their undo,
 * synthetic clicks ignored, single-page navigation, the anchor table, and a negative.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reddit, REDDIT_ANCHORS } from '@/lib/detectors/social/reddit';
import { anyOf } from '@/lib/detectors/core/types';
import { probeDetector } from '@/lib/health';
import { expectNothingOnBlog } from './social-negative';
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

/** New Reddit variants: the feed file, and the language of the post page / composer files it uses. */
const SHREDDIT = [
  { name: 'EN', feed: 'index.en.html', lang: 'en' },
  { name: 'FR', feed: 'index.fr.html', lang: 'fr' },
  { name: 'DE', feed: 'index.de.html', lang: 'de' },
  // The phone layout is the same shreddit app: its post pages are the EN files.
  { name: 'mobile web layout, EN', feed: 'index.mobile.en.html', lang: 'en' },
];

describe.each(SHREDDIT)('Reddit detector, new Reddit, $name', ({ feed, lang }) => {
  const open = (path = '/', file = feed, query = `?lang=${lang}`) => {
    loadFixture(`https://www.reddit.com${path}${query}`, file);
    r = run(reddit);
    return r;
  };

  it('the anchor table recognises this variant (posts, vote buttons in the shadow roots, logged in)', () => {
    open();
    expect($$(anyOf(REDDIT_ANCHORS.post))).toHaveLength(40);
    expect(inside(post(0), 'button[upvote]').matches(anyOf(REDDIT_ANCHORS.vote))).toBe(true);
    expect($$(anyOf(REDDIT_ANCHORS.loggedIn))).toHaveLength(1);
    expect(reddit.expects?.(document)).toBe(true);
    const health = probeDetector(reddit, document);
    expect(health.items).toBe(40);
    expect(health.actions).toBeGreaterThanOrEqual(40);
    expect(health.warnings).toEqual([]);
  });

  it('warns when the feed no longer holds posts it knows (a renamed shreddit-post)', () => {
    open();
    for (const el of $$('shreddit-post')) {
      const renamed = document.createElement('shreddit-post-v2');
      renamed.append(...el.childNodes);
      el.replaceWith(renamed);
    }
    expect(probeDetector(reddit, document).warnings).toContain('no-items');
  });

  it('counts upvotes and downvotes pressed inside shadow roots, not their undo', async () => {
    const { signals } = open();
    const up = inside(post(0), 'button[upvote]');
    click(up);
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'reaction', platform: 'reddit' }]), WAIT);
    expect(up.getAttribute('aria-pressed')).toBe('true');
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
    expect(inside(menu, '.save-item').closest(anyOf(REDDIT_ANCHORS.saveItem))).toBeTruthy(); // li#post-overflow-save
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

  it('counts a search typed in the shadow-DOM search box, never an Enter confirming an IME composition', () => {
    const { signals } = open();
    const input = inside($('faceplate-search-input'), 'input[name="q"]') as HTMLInputElement;
    key(input, 'Enter');
    type(input, 'しごと');
    key(input, 'Enter', { isComposing: true });
    key(input, 'Enter', { keyCode: 229 });
    expect(signals).toEqual([]);
    type(input, 'microtravail');
    key(input, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'reddit' }]);
  });

  it('counts a crosspost once published as a share, never "copy link" or opening the crosspost composer', async () => {
    const { signals } = open();
    const share = post(1).shadowRoot!.querySelector('shreddit-post-share-button')!;
    click(inside(share, '.share-button'));
    click(inside(share, '.copy-link span'));
    click(inside(share, '.share-button'));
    click(inside(share, 'a.crosspost'));
    await settle(100);
    expect(location.search).toBe('?source_id=t3_1ab1');
    expect(signals).toEqual([]);
    // The crosspost composer is the post composer opened with ?source_id=t3_<post>.
    r?.stop();
    const { signals: s2 } = open('/r/france/submit/', `r/france/submit.${lang}.html`, '?source_id=t3_1ab1');
    const title = inside($('faceplate-textarea-input'), 'textarea') as HTMLTextAreaElement;
    type(title, 'Vu sur r/travail');
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    click($('#submit-post-button'));
    await vi.waitFor(() => expect(s2).toEqual([{ kind: 'share', platform: 'reddit' }]), WAIT);
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

describe('Reddit detector, new Reddit, logged out', () => {
  it('counts no vote, save or join (Reddit only asks to log in), but still counts a search', async () => {
    loadFixture('https://www.reddit.com/?lang=en', 'index.loggedout.en.html');
    r = run(reddit);
    const { signals } = r;
    expect($$(anyOf(REDDIT_ANCHORS.post))).toHaveLength(40);
    expect($$(anyOf(REDDIT_ANCHORS.loggedIn))).toHaveLength(0);
    click(inside(post(0), 'button[upvote]'));
    click(inside(post(1), 'button[downvote]'));
    const menu = post(2).querySelector('shreddit-post-overflow-menu')!;
    click(inside(menu, '.overflow-button'));
    click(inside($('shreddit-join-button'), 'button'));
    await settle();
    expect($('#login-prompt')).toBeTruthy();
    expect(inside(post(0), 'button[upvote]').getAttribute('aria-pressed')).toBe('false');
    expect($('shreddit-join-button').hasAttribute('subscribed')).toBe(false);
    const input = inside($('faceplate-search-input'), 'input[name="q"]') as HTMLInputElement;
    type(input, 'microtravail');
    key(input, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'reddit' }]);
  });
});

describe.each(['en', 'fr'])('Reddit detector, old.reddit.com, %s UI', (lang) => {
  const open = (path = '/', file = `index.${lang}.html`) => {
    loadFixture(`https://old.reddit.com${path}?lang=${lang}`, file);
    r = run(reddit);
    return r;
  };
  const thing = (i: number) => $$('#siteTable .thing.link')[i]!;
  /** Reddit Enhancement Suite: selects a thing (class on its .entry) and, on a/z, clicks its arrow from script. */
  const res = (i: number) => {
    $$('.RES-keyNav-activeElement').forEach((e) => e.classList.remove('RES-keyNav-activeElement'));
    $('.entry', thing(i)).classList.add('RES-keyNav-activeElement');
    return (k: 'a' | 'z', init: KeyboardEventInit = {}, target: Element = document.body) => {
      key(target, k, init);
      const arrow = $(k === 'a' ? ':scope > .midcol .arrow.up, :scope > .midcol .arrow.upmod' : ':scope > .midcol .arrow.down, :scope > .midcol .arrow.downmod', thing(i));
      if (!init.isComposing && !init.ctrlKey && target === document.body) arrow.click(); // RES's own (untrusted) click
    };
  };

  it('the anchor table recognises the listing (links, arrows, logged in)', () => {
    open();
    expect($$(anyOf(REDDIT_ANCHORS.post))).toHaveLength(40);
    expect($$(anyOf(REDDIT_ANCHORS.arrow))).toHaveLength(80);
    expect(probeDetector(reddit, document).warnings).toEqual([]);
  });

  it('counts RES\'s a / z keys only when the selected thing\'s vote really changes, never an undo, a key typed in a field or while composing', async () => {
    const { signals } = open();
    res(0)('a');
    await vi.waitFor(() => expect(signals).toEqual([{ kind: 'reaction', platform: 'reddit' }]), WAIT);
    expect($('.arrow.upmod', thing(0))).toBeTruthy();
    res(0)('a'); // RES toggles: an undo
    await settle();
    expect($$('.arrow.upmod', thing(0))).toHaveLength(0);
    res(1)('z', { isComposing: true }); // an IME holds the key: not a shortcut
    res(1)('z', { ctrlKey: true });
    res(1)('z', {}, $('#search input[name="q"]')); // typed in the search box
    key(document.body, 'z'); // no RES: the key alone changes nothing
    await settle();
    expect(signals).toHaveLength(1);
    res(1)('z');
    await vi.waitFor(() => expect(signals).toHaveLength(2), WAIT);
    expect($('.arrow.downmod', thing(1))).toBeTruthy();
  });

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

describe('Reddit detector, old.reddit.com, logged out', () => {
  it('counts no vote, save or join (the log-in popup opens instead), but still counts a search', async () => {
    loadFixture('https://old.reddit.com/?lang=en', 'index.loggedout.en.html');
    r = run(reddit);
    const { signals } = r;
    const thing = $$('#siteTable .thing.link')[0]!;
    click($('.arrow.up', thing));
    click($('.save-button a', thing));
    click($('.fancy-toggle-button .option.add'));
    await settle();
    expect($('#login-popup')).toBeTruthy();
    expect($$('.arrow.upmod')).toHaveLength(0);
    const q = $('#search input[name="q"]');
    type(q, 'travail du clic');
    key(q, 'Enter');
    expect(signals).toEqual([{ kind: 'search', platform: 'reddit' }]);
  });
});

describe('Reddit detector scope', () => {
  it('every anchor says where it was verified', () => {
    for (const [, thing] of Object.entries(REDDIT_ANCHORS))
      for (const a of thing.anchors) expect(a.src).toMatch(/^([\w.-]+\/[\w.-]+ .*\(checked 2026-11-30|saved www\.reddit\.com pages .*checked 2026-11-30|\(issue 3, .*not re-verified)/);
    expect(reddit.anchors).toBe(REDDIT_ANCHORS);
  });

  it('the same words and buttons on an unrelated site record nothing', async () => {
    await expectNothingOnBlog(reddit);
  });

  it('applies to reddit.com hosts only', () => {
    expect(reddit.matches({ hostname: 'www.reddit.com', pathname: '/' }, document)).toBe(true);
    expect(reddit.matches({ hostname: 'old.reddit.com', pathname: '/' }, document)).toBe(true);
    expect(reddit.matches({ hostname: 'reddit.com.example.net', pathname: '/' }, document)).toBe(false);
  });
});
