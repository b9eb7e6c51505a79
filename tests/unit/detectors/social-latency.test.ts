/**
 * Fast toggles with a slow server (issue 10 §7), on the six detectors built on core/social.ts (`socialStart`).
 * The fixtures are loaded without their site.js: here the "site" answers each gesture 700 ms later, as a real
 * server round trip does, so several gestures are in flight at once. N quick gestures on N controls count N; an
 * already-liked post that scrolls into view while a gesture waits (and the site refuses that gesture) counts 0;
 * a reaction chosen in a picker or a menu counts on the control that opened it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Detector } from '@/lib/detectors/core/types';
import { facebook } from '@/lib/detectors/social/facebook';
import { instagram } from '@/lib/detectors/social/instagram';
import { linkedin } from '@/lib/detectors/social/linkedin';
import { pinterest } from '@/lib/detectors/social/pinterest';
import { threads } from '@/lib/detectors/social/threads';
import { tiktok } from '@/lib/detectors/social/tiktok';
import { $, $$, click, loadFixture, run, settle, type Run } from '../helpers';

const LATENCY = 700;
let r: Run | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  r?.stop();
  r = undefined;
  cleanups.splice(0).forEach((f) => f());
});

/** Waits (up to 4 s) until `ok()` holds: a loaded machine can delay the detector's next look past a fixed pause. */
async function until(ok: () => boolean): Promise<void> {
  for (const end = Date.now() + 4000; !ok() && Date.now() < end; ) await settle(20);
}

/** A person's pointer entering an element (trusted, as a real hover is). */
function hover(el: Element): void {
  const e = new MouseEvent('mouseover', { bubbles: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

/** The site: a click that `answer` recognises gets its reply LATENCY ms later (none when `answer` returns nothing). */
function site(answer: (target: Element) => (() => void) | undefined): void {
  const onClick = (e: Event) => {
    const reply = answer(e.target as Element);
    if (reply) setTimeout(reply, LATENCY);
  };
  document.addEventListener('click', onClick);
  cleanups.push(() => document.removeEventListener('click', onClick));
}

interface Case {
  detector: Detector;
  url: string;
  file: string;
  kind: 'reaction' | 'save';
  /** The toggle's control, in any state. */
  control: string;
  /** The item (post, video, Pin) a control belongs to. */
  item: string;
  /** What the site's reply does: the control turns on. */
  turnOn(control: Element): void;
}

const CASES: Record<string, Case> = {
  facebook: {
    detector: facebook,
    url: 'https://www.facebook.com/',
    file: 'index.en.html',
    kind: 'reaction',
    control: '[role="button"]:has(> [data-ad-rendering-role="like_button"])',
    item: '[role="article"]',
    turnOn: (c) => c.setAttribute('aria-label', 'Remove Like'),
  },
  instagram: {
    detector: instagram,
    url: 'https://www.instagram.com/',
    file: 'index.en.html',
    kind: 'reaction',
    control: '[role="button"]:has(> svg[aria-label="Like"]), [role="button"]:has(> svg[aria-label="Unlike"])',
    item: 'article',
    turnOn: (c) => c.querySelector('svg')!.setAttribute('aria-label', 'Unlike'),
  },
  linkedin: {
    detector: linkedin,
    url: 'https://www.linkedin.com/feed/',
    file: 'index.en.html',
    kind: 'reaction',
    control: 'button.react-button__trigger',
    item: '.feed-shared-update-v2',
    turnOn: (c) => (c.setAttribute('aria-pressed', 'true'), c.setAttribute('aria-label', 'Unreact Like')),
  },
  tiktok: {
    detector: tiktok,
    url: 'https://www.tiktok.com/foryou',
    file: 'index.en.html',
    kind: 'reaction',
    control: 'button:has(> [data-e2e="like-icon"])',
    item: '[data-e2e="recommend-list-item-container"]',
    turnOn: (c) => c.setAttribute('aria-pressed', 'true'),
  },
  threads: {
    detector: threads,
    url: 'https://www.threads.com/',
    file: 'index.en.html',
    kind: 'reaction',
    control: '[role="button"]:has(svg[aria-label="Like"]), [role="button"]:has(svg[aria-label="Unlike"])',
    item: '[data-pressable-container="true"]',
    turnOn: (c) => c.querySelector('svg')!.setAttribute('aria-label', 'Unlike'),
  },
  pinterest: {
    detector: pinterest,
    url: 'https://www.pinterest.com/pin/1234/',
    file: 'index.en.html',
    kind: 'save',
    control: '[data-test-id="PinBetterSaveButton"] button, [data-test-id="SaveButton"] button',
    item: '[data-grid-item="true"], [data-test-id="closeup-body"]',
    turnOn: (c) => {
      [...c.querySelectorAll('div')].pop()!.textContent = 'Saved';
      if (c.hasAttribute('aria-label')) c.setAttribute('aria-label', 'Saved');
    },
  },
};

describe.each(Object.entries(CASES))('%s with a 700 ms server round trip', (_name, c) => {
  const open = ({ refuse = false } = {}) => {
    loadFixture(c.url, c.file, { site: false });
    site((t) => {
      const control = t.closest(c.control);
      return control && !refuse ? () => c.turnOn(control) : undefined;
    });
    r = run(c.detector);
    return r;
  };
  /** Controls of distinct items (one per post, video or Pin). */
  const controls = () => {
    const seen = new Set<Element>();
    return $$(c.control).filter((el) => {
      const item = el.closest(c.item);
      if (!item || seen.has(item)) return false;
      seen.add(item);
      return true;
    });
  };

  it('counts N gestures made 300 ms apart on N posts as N, while every reply is still on its way', async () => {
    const { signals } = open();
    const all = controls();
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const el of all) {
      click(el);
      await settle(300);
    }
    expect(signals).toEqual([]); // no reply has come yet for the last one
    await settle(LATENCY);
    await until(() => signals.length >= all.length);
    await settle(100);
    expect(signals).toEqual(all.map(() => ({ kind: c.kind, platform: c.detector.id })));
  });

  it('counts 0 when the site refuses the gesture while an already-liked post scrolls into view', async () => {
    const { signals } = open({ refuse: true });
    const first = controls()[0]!;
    click(first);
    await settle(300);
    const post = first.closest(c.item)!;
    const copy = post.cloneNode(true) as Element;
    c.turnOn(copy.matches(c.control) ? copy : copy.querySelector(c.control)!);
    post.parentElement!.append(copy);
    await settle(1500);
    expect(signals).toEqual([]);
  });

  it('counts 0 when the site refuses the gesture while an already-liked comment loads inside the same post', async () => {
    const { signals } = open({ refuse: true });
    const first = controls()[0]!;
    click(first);
    await settle(300);
    const liked = first.cloneNode(true) as Element;
    c.turnOn(liked);
    const comment = document.createElement('div');
    comment.append(liked);
    first.closest(c.item)!.append(comment);
    await settle(1500);
    expect(signals).toEqual([]);
  });

  it('finds the control again when the reply re-renders it (a new element), and counts it once', async () => {
    loadFixture(c.url, c.file, { site: false });
    site((t) => {
      const control = t.closest(c.control);
      return control
        ? () => {
            const fresh = control.cloneNode(true) as Element;
            c.turnOn(fresh);
            control.replaceWith(fresh);
          }
        : undefined;
    });
    r = run(c.detector);
    click(controls()[0]);
    await settle(LATENCY);
    await until(() => r!.signals.length >= 1);
    expect(r.signals).toEqual([{ kind: c.kind, platform: c.detector.id }]);
  });
});

/** The browser's own pagehide (trusted, as when the person leaves the page). */
function leave(): void {
  const e = new Event('pagehide');
  Object.defineProperty(e, 'isTrusted', { value: true });
  window.dispatchEvent(e);
}

describe.each(Object.entries(CASES))('%s: leaving the page while a gesture waits', (_name, c) => {
  it('counts a gesture already confirmed when the page is left, once, before the wait looks again', async () => {
    loadFixture(c.url, c.file, { site: false });
    r = run(c.detector);
    const control = $$(c.control)[0]!;
    click(control);
    c.turnOn(control); // the reply is in, but the wait has not looked yet
    leave();
    expect(r.signals).toEqual([{ kind: c.kind, platform: c.detector.id }]);
    await settle(600);
    expect(r.signals).toHaveLength(1);
  });

  it('counts nothing when the page is left before the site confirmed the gesture, nor after', async () => {
    loadFixture(c.url, c.file, { site: false });
    r = run(c.detector);
    const control = $$(c.control)[0]!;
    click(control);
    leave();
    c.turnOn(control);
    await settle(600);
    expect(r.signals).toEqual([]);
  });

  it('ignores a pagehide fired by the page: the wait goes on and counts the gesture once the site confirms it', async () => {
    loadFixture(c.url, c.file, { site: false });
    r = run(c.detector);
    const control = $$(c.control)[0]!;
    click(control);
    window.dispatchEvent(new Event('pagehide')); // a page script's, untrusted
    await settle(100);
    c.turnOn(control);
    await until(() => r!.signals.length >= 1);
    expect(r.signals).toEqual([{ kind: c.kind, platform: c.detector.id }]);
  });
});

describe('reactions chosen in a picker or a menu, 700 ms round trip', () => {
  it('Facebook: two reactions picked 300 ms apart in the picker layer (outside the posts) count 2, on their own posts', async () => {
    loadFixture('https://www.facebook.com/', 'index.en.html', { site: false });
    const likes = $$(CASES.facebook!.control);
    let pickerFor: Element | null = null;
    const onOver = (e: Event) => {
      const like = (e.target as Element).closest(CASES.facebook!.control);
      if (!like) return;
      pickerFor = like;
      $('#layers').innerHTML = `<div role="dialog" aria-label="Reactions">${['Like', 'Love', 'Haha']
        .map((n) => `<div aria-label="${n}" role="button" tabindex="0"><img alt="" src="data:,"></div>`)
        .join('')}</div>`;
    };
    document.addEventListener('mouseover', onOver);
    cleanups.push(() => document.removeEventListener('mouseover', onOver));
    site((t) => {
      const pick = t.closest('#layers [role="button"]');
      const target = pickerFor;
      if (!pick || !target) return undefined;
      const name = pick.getAttribute('aria-label');
      $('#layers').innerHTML = '';
      return () => target.setAttribute('aria-label', `Remove ${name}`);
    });
    r = run(facebook);
    hover(likes[0]!);
    click($('#layers [aria-label="Love"]'));
    await settle(300);
    hover(likes[1]!);
    click($('#layers [aria-label="Haha"]'));
    await settle(LATENCY);
    await until(() => r!.signals.length >= 2);
    expect(likes.map((l) => l.getAttribute('aria-label'))).toEqual(['Remove Love', 'Remove Haha']);
    expect(r.signals).toEqual([
      { kind: 'reaction', platform: 'facebook' },
      { kind: 'reaction', platform: 'facebook' },
    ]);
  });

  it('Threads: two reposts picked in the repost menu 300 ms apart count 2', async () => {
    loadFixture('https://www.threads.com/', 'index.en.html', { site: false });
    const icons = $$('[data-pressable-container] [role="button"]:has(svg[aria-label="Repost"])');
    let menuFor: Element | null = null;
    site((t) => {
      const icon = t.closest('[data-pressable-container] [role="button"]:has(svg[aria-label="Repost"])');
      if (icon) {
        menuFor = icon;
        document.querySelector('[data-fixture="menu"]')?.remove();
        document.body.insertAdjacentHTML(
          'beforeend',
          '<div data-fixture="menu" role="menu"><div role="menuitem" tabindex="0" data-act="repost"><span>Repost</span><svg aria-label="Repost" role="img"></svg></div><div role="menuitem" tabindex="0" data-act="quote"><span>Quote</span></div></div>',
        );
        return undefined;
      }
      const item = t.closest('[data-act="repost"]');
      const target = menuFor;
      if (!item || !target) return undefined;
      item.closest('[role="menu"]')!.remove();
      return () => target.querySelector('svg')!.setAttribute('aria-label', 'Unrepost');
    });
    r = run(threads);
    click(icons[0]);
    click($('[data-act="repost"] span'));
    await settle(300);
    click(icons[1]);
    click($('[data-act="repost"] span'));
    await settle(LATENCY);
    await until(() => r!.signals.length >= 2);
    expect($$('svg[aria-label="Unrepost"]')).toHaveLength(2);
    expect(r.signals).toEqual([
      { kind: 'share', platform: 'threads' },
      { kind: 'share', platform: 'threads' },
    ]);
  });

  it('LinkedIn: two reactions picked in the flyouts 300 ms apart count 2', async () => {
    loadFixture('https://www.linkedin.com/feed/', 'index.en.html', { site: false });
    const flyout = (i: number) => $$('.reactions-menu')[i]!;
    site((t) => {
      const b = t.closest('.reactions-menu button');
      const trigger = b?.closest('.reactions-react-button')?.querySelector('button.react-button__trigger');
      return trigger ? () => CASES.linkedin!.turnOn(trigger) : undefined;
    });
    r = run(linkedin);
    for (const i of [0, 1]) {
      flyout(i).hidden = false;
      click(flyout(i).querySelector('[data-test-reactions-icon-type="PRAISE"]'));
      await settle(300);
    }
    await settle(LATENCY);
    await until(() => r!.signals.length >= 2);
    expect($$('button.react-button__trigger[aria-pressed="true"]')).toHaveLength(2);
    expect(r.signals).toEqual([
      { kind: 'reaction', platform: 'linkedin' },
      { kind: 'reaction', platform: 'linkedin' },
    ]);
  });
});
