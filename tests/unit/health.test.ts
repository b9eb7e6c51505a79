/** Detector health (lib/health.ts), the content script's health side and the diagnostics file. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContentHealth } from '@/lib/content-health';
import { anyOf, type AnchorTable, type Detector } from '@/lib/detectors/core/types';
import { browserName, buildDiagnostics } from '@/lib/diagnostics';
import { probeDetector, probePage, UNKNOWN_TOGGLES_WARNING } from '@/lib/health';
import type { SingleMessage } from '@/lib/messages';
import { $, $$, click, loadFixture } from './helpers';

/** A detector over X's markup with the shape every detector's table has (lib/detectors/social/x.ts holds the real one). */
const TABLE = {
  post: { role: 'item', anchors: [{ sel: 'article[data-testid="tweet"]', src: 'test' }] },
  like: { role: 'action', anchors: [{ sel: '[data-testid="like"]', src: 'test' }, { sel: '[aria-label="Like"]', src: 'test' }] },
  liked: { role: 'state', anchors: [{ sel: '[data-testid="unlike"]', src: 'test' }] },
} satisfies AnchorTable;
const probe: Detector = { id: 'x', matches: () => true, start: () => undefined, anchors: TABLE };

afterEach(() => vi.useRealTimers());

describe('detector health', () => {
  it('counts the items and action controls a detector recognises on a healthy page', () => {
    const doc = loadFixture('https://x.com/home', 'home.en.html');
    const health = probeDetector(probe, doc);
    expect(health).toEqual({ id: 'x', known: 4, items: 3, actions: 3, unknownToggles: 0, warnings: [] });
    expect(doc.querySelectorAll(anyOf(TABLE.like))).toHaveLength(3);
  });

  it('warns when the page looks like a feed but no item is recognised (testids renamed)', () => {
    const doc = loadFixture('https://x.com/home', 'home.en.html');
    for (const el of $$('[data-testid]')) el.setAttribute('data-testid', `${el.getAttribute('data-testid')}-v2`);
    expect(probeDetector(probe, doc).warnings).toEqual(['no-items']);
  });

  it('does not warn on a page of the site that shows no feed (settings, a profile without posts)', () => {
    document.body.innerHTML = '<main><h1>Settings</h1><button>Save</button></main>';
    expect(probeDetector(probe, document).warnings).toEqual([]);
  });

  it('warns when posts are recognised but none of their buttons is', () => {
    const doc = loadFixture('https://x.com/home', 'home.en.html');
    for (const el of $$('[data-testid="like"]')) el.removeAttribute('data-testid');
    for (const el of $$('[aria-label="Like"]')) el.removeAttribute('aria-label');
    expect(probeDetector(probe, doc).warnings).toEqual(['no-actions']);
  });

  it('warns after several clicks on unknown toggles that flipped while nothing was recognised', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><button aria-pressed="false" id="t">♥</button></article>';
    const sent: SingleMessage[] = [];
    const controller = new AbortController();
    const health = createContentHealth(document, 'example.org', controller.signal, (m) => sent.push(m), () => 'uid12345');
    health.started([probe]);
    const toggle = $('#t')!;
    toggle.addEventListener('click', () => toggle.setAttribute('aria-pressed', String(toggle.getAttribute('aria-pressed') !== 'true')));
    for (let i = 0; i < UNKNOWN_TOGGLES_WARNING; i++) {
      click(toggle);
      await vi.advanceTimersByTimeAsync(2000);
    }
    click(toggle, { trusted: false }); // a page script's click is not the person's
    await vi.advanceTimersByTimeAsync(2000);
    expect(health.probe().health[0]).toMatchObject({ unknownToggles: UNKNOWN_TOGGLES_WARNING, warnings: ['unknown-toggles'] });
    // Once a gesture is recognised on the page, unknown toggles are something else (a video's captions button...).
    health.gesture();
    expect(health.probe().health[0]!.warnings).toEqual([]);
    controller.abort();
  });

  it('reports once per page load, after the page has settled, and not after the page is gone', async () => {
    vi.useFakeTimers();
    loadFixture('https://x.com/home', 'home.en.html');
    const sent: SingleMessage[] = [];
    const controller = new AbortController();
    const health = createContentHealth(document, 'x.com', controller.signal, (m) => sent.push(m), () => 'uid12345', { reportAfter: 5000 });
    health.started([probe]);
    health.started([probe]); // a later re-check that finds the same detector
    await vi.advanceTimersByTimeAsync(4000);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([{ type: 'health', uid: 'uid12345', detectors: [{ id: 'x', items: 3, actions: 3, warnings: [] }] }]);
    const other = createContentHealth(document, 'x.com', controller.signal, (m) => sent.push(m), () => 'uid12346', { reportAfter: 5000 });
    other.started([probe]);
    controller.abort();
    await vi.advanceTimersByTimeAsync(6000);
    expect(sent).toHaveLength(1);
  });
});

describe('diagnostics file', () => {
  it('holds versions, detectors, per-anchor counts and warnings: no text, no URL path, no user name', () => {
    const doc = loadFixture('https://x.com/someone/status/1234567890?s=20', 'home.en.html');
    const texts = [...doc.querySelectorAll('[data-testid="tweetText"], [data-testid="User-Name"]')]
      .flatMap((el) => (el.textContent ?? '').split(/\s+/))
      .filter((w) => w.length >= 4 && !/^(like|liked)$/i.test(w));
    expect(texts.length).toBeGreaterThan(5);
    const reply = probePage([probe], doc, doc.location.hostname, { full: true });
    const file = buildDiagnostics(reply, {
      extension: '0.2.0',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      frameDetectors: ['recaptcha'],
      now: Date.UTC(2026, 10, 30),
    });
    expect(file).toMatchObject({
      format: 'travail-du-clic-diagnostics',
      version: 1,
      extension: '0.2.0',
      browser: 'Chrome 156',
      site: 'x.com',
      frameDetectors: ['recaptcha', 'x'],
    });
    expect(file.detectors[0]!.anchors.find((a) => a.thing === 'like')!.anchors.map((a) => a.matched)).toEqual([3, 0]);
    const json = JSON.stringify(file);
    for (const word of texts) expect(json).not.toContain(word);
    for (const part of ['someone', '1234567890', 's=20', '/status/']) expect(json).not.toContain(part);
    expect(Object.keys(file).sort()).toEqual(['browser', 'detectors', 'extension', 'format', 'frameDetectors', 'generatedAt', 'site', 'version']);
  });

  it('names the browser by name and major version only', () => {
    expect(browserName('Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0')).toBe('Firefox 142');
    expect(browserName('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/140.0 Safari/537.36 Edg/140.0.1')).toBe('Edge 140');
    expect(browserName('curl/8')).toBe('unknown');
  });
});

describe('weekly health table', () => {
  it('sums each detector over the days, and counts a page once when two detectors report from it', async () => {
    const { healthBySite } = await import('@/components/HealthTable');
    const row = (day: string, site: string, detector: string, pages: number, items: number, warnings: number) => ({
      key: `${day}|${site}|${detector}`, day, site, detector, pages, items, actions: 0, warnings,
    });
    const table = healthBySite(
      [
        row('2026-11-23', 'x.com', 'x', 4, 120, 0),
        row('2026-11-24', 'x.com', 'x', 3, 0, 3),
        row('2026-11-24', 'www.boutique-exemple.fr', 'captcha-text', 1, 0, 0),
        row('2026-11-24', 'www.boutique-exemple.fr', 'geetest', 1, 0, 0),
      ],
      new Map([['x.com', 12]]),
    );
    expect(table).toEqual([
      { site: 'x.com', detectors: ['x'], pages: 7, items: 120, gestures: 12, warnings: 3 },
      { site: 'www.boutique-exemple.fr', detectors: ['captcha-text', 'geetest'], pages: 1, items: 0, gestures: 0, warnings: 0 },
    ]);
  });
});

describe('health reports in the background', () => {
  it('stores one page per report (a retried uid once), refuses malformed ones, and deletes them with everything', async () => {
    const { newDb, wireRecorder } = await import('./ui/seed');
    const { deleteAll } = await import('@/lib/db');
    const db = newDb();
    const { fromTab } = wireRecorder(db);
    const report = (uid: string, items: number, warnings: string[] = []) => ({
      type: 'health', uid, detectors: [{ id: 'x', items, actions: items * 3, warnings }],
    });
    expect(await fromTab(5, 'https://x.com/home', report('healthuid01', 38))).toEqual({ ok: true, stored: true });
    expect(await fromTab(5, 'https://x.com/home', report('healthuid01', 38))).toEqual({ ok: true, stored: false });
    expect(await fromTab(5, 'https://x.com/home', report('healthuid02', 0, ['no-items']))).toEqual({ ok: true, stored: true });
    expect(await fromTab(5, 'https://x.com/home', { ...report('healthuid03', 1), text: 'a post' })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await fromTab(5, 'https://x.com/home', report('healthuid04', 1, ['nothing-known']))).toMatchObject({ ok: false, error: 'invalid' });
    const rows = await db.health.toArray();
    expect(rows).toEqual([expect.objectContaining({ site: 'x.com', detector: 'x', pages: 2, items: 38, actions: 114, warnings: 1 })]);
    await deleteAll(db);
    expect(await db.health.count()).toBe(0);
    db.close();
  });
});
