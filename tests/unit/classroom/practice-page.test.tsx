/**
 * The practice page runs the real X and reCAPTCHA detectors on its own markup: a person's clicks there produce the
 * same signals as on the real sites, wrapped as practice messages; page-script clicks produce nothing.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { LaborDB } from '@/lib/db';
import type { SingleMessage } from '@/lib/messages';
import { startPractice } from '@/lib/practice';
import { Practice } from '@/entrypoints/practice/Practice';
import { $, $$, click, key, settle, type } from '../helpers';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  cleanup();
});

describe.each(['en', 'fr'] as const)('practice page, %s', (lang) => {
  const open = () => {
    render(
      <I18nProvider lang={lang}>
        <Practice db={new LaborDB(`practice-page-${Math.random()}`)} />
      </I18nProvider>,
    );
    const sent: SingleMessage[] = [];
    const controller = new AbortController();
    stop = () => controller.abort();
    const active = startPractice(document, controller.signal, async (m) => {
      expect(m.type).toBe('practice');
      // Signals of one burst travel as one batch.
      const messages = m.message.type === 'batch' ? m.message.messages : [m.message];
      sent.push(...messages);
      return m.message.type === 'batch' ? { ok: true, results: messages.map(() => ({ ok: true, stored: true })) } : { ok: true, stored: true };
    });
    expect(active.sort()).toEqual(['chatgpt', 'google', 'google-maps', 'recaptcha', 'x']);
    const signals = () => sent.filter((m) => m.type !== 'hello').map((m) => (m.type === 'gesture' ? m.gesture : m.type === 'captcha' ? m.step : m));
    return signals;
  };

  it('counts a like, a confirmed repost, a save, a follow, a post and a search, not their undo', async () => {
    const signals = open();
    const like = $$('[data-testid="like"]')[0]!;
    click(like);
    await settle();
    click($$('[data-testid="unlike"]')[0]); // undo
    click($$('[data-testid="like"]')[1], { trusted: false }); // a page script
    click($$('[data-testid="retweet"]')[1]);
    await settle(50);
    click($('[data-testid="retweetConfirm"]'));
    click($$('[data-testid="bookmark"]')[2]);
    click($('[data-testid="9000000001-follow"]'));
    const editor = $('[data-testid="tweetTextarea_0"]');
    type(editor, 'Bonjour la classe');
    await settle(50);
    click($('[data-testid="tweetButtonInline"]'));
    const search = $('[data-testid="SearchBox_Search_Input"]') as HTMLInputElement;
    type(search, 'travail du clic');
    key(search, 'Enter');
    await settle(1200);
    expect(signals()).toEqual(
      expect.arrayContaining([
        { kind: 'reaction', platform: 'x' },
        { kind: 'share', platform: 'x' },
        { kind: 'save', platform: 'x' },
        { kind: 'follow', platform: 'x' },
        { kind: 'post', platform: 'x' },
        { kind: 'search', platform: 'x' },
      ]),
    );
    expect(signals()).toHaveLength(6);
  });

  it('counts rating the pretend AI answer once, with the real ChatGPT detector, not its removal nor a switch', async () => {
    const signals = open();
    click($('[data-testid="good-response-turn-action-button"] span'));
    await settle();
    expect($$('[data-testid="bad-response-turn-action-button"]')).toHaveLength(0);
    expect(signals()).toEqual([{ kind: 'ai-feedback', platform: 'chatgpt' }]);
    click($('[data-testid="good-response-turn-action-button"]')); // removes the rating
    await settle();
    click($('[data-testid="bad-response-turn-action-button"]')); // switches to down on the same answer
    await settle();
    click($('[data-testid="bad-response-turn-action-button"]'), { trusted: false }); // a page script
    await settle(200);
    click($('[data-testid="good-response-turn-action-button"]'), { trusted: false });
    await settle();
    expect(signals()).toEqual([{ kind: 'ai-feedback', platform: 'chatgpt' }]);
  });

  it('counts searches and results opened on the pretend results page, with the real Google detector', async () => {
    const signals = open();
    const box = $('form[role="search"] textarea[name="q"]');
    key(box, 'Enter'); // empty: no search
    type(box, 'travail du clic');
    key(box, 'Enter'); // 1 search
    await settle(1100);
    click($('form[role="search"] button[type="submit"]')); // 2nd search (box still filled)
    click($('.vt6azd h3')); // a result opened
    $('[data-text-ad] a').dispatchEvent(Object.defineProperty(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true }), 'isTrusted', { value: true })); // the ad, middle click
    $('[data-text-ad] a').dispatchEvent(Object.defineProperty(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true }), 'isTrusted', { value: true })); // right click: nothing
    click($$('.vt6azd h3')[1], { trusted: false }); // a page script: nothing
    await settle();
    expect($('[data-testid="practice-result-opened"]').textContent).toBeTruthy();
    expect(signals()).toEqual([
      { kind: 'search', platform: 'google' },
      { kind: 'search', platform: 'google' },
      { kind: 'result-click', platform: 'google' },
      { kind: 'result-click', platform: 'google' },
    ]);
  });

  it('counts a reply, a report and a place rating with the real X and Google Maps detectors, not their cancel', async () => {
    const signals = open();
    // A reply cancelled, then one sent: one comment.
    click($$('[data-testid="reply"]')[0]);
    await settle(50);
    click($('[data-testid="sandbox-reply-dialog"] button'));
    await settle(50);
    click($$('[data-testid="reply"]')[1]);
    await settle(50);
    const editor = $('[data-testid="sandbox-reply-dialog"] [data-testid="tweetTextarea_0"]');
    type(editor, 'Bravo !');
    await settle(50);
    click($('[data-testid="tweetButton"]'));
    await settle(500);
    expect($$('[data-testid="sandbox-reply-dialog"]')).toHaveLength(0);
    // A report: menu, reason, next, then the confirmation without choices.
    click($$('[data-testid="caret"]')[0]);
    await settle(50);
    click($('[data-testid="report"]'));
    await settle(100);
    click($('[data-testid="sandbox-report-dialog"] input[type="radio"]'));
    await settle(50);
    click($('[data-testid="ChoiceSelectionNextButton"]'));
    await settle(300);
    click($('[data-testid="sandbox-report-close"]'));
    // A rating cancelled, then one posted with 4 stars; a script's Post counts nothing.
    click($('[data-testid="sandbox-write-review"]'));
    await settle(50);
    click($('[data-testid="sandbox-star-2"]'));
    await settle(50);
    click($('[data-testid="sandbox-review-dialog"] button'));
    await settle(50);
    click($('[data-testid="sandbox-write-review"]'));
    await settle(50);
    click($('[data-testid="sandbox-star-4"]'));
    await settle(50);
    click($('[data-testid="sandbox-review-post"]'), { trusted: false });
    await settle(50);
    expect($$('[data-testid="sandbox-review-dialog"]')).toHaveLength(1);
    click($('[data-testid="sandbox-review-post"]'));
    await settle(600);
    const gestures = signals().filter((s) => 'kind' in s && s.kind !== 'post-view');
    expect(gestures).toEqual([
      { kind: 'comment', platform: 'x' },
      { kind: 'report', platform: 'x' },
      { kind: 'rating', platform: 'google-maps' },
    ]);
  });

  it('sends the CAPTCHA steps of the real reCAPTCHA detector: shown, two labelled rounds, solved', async () => {
    const signals = open();
    click($('#recaptcha-anchor'));
    await settle(50);
    click($$('.rc-imageselect-tile')[0]);
    click($('#recaptcha-verify-button'));
    await settle(50);
    click($$('.rc-imageselect-tile')[0]);
    click($('#recaptcha-verify-button'));
    await settle(400);
    expect($('#recaptcha-anchor').getAttribute('aria-checked')).toBe('true');
    const steps = signals().filter((s) => 'vendor' in s);
    expect(steps.filter((s) => s.step !== 'shown')).toEqual([
      { vendor: 'recaptcha', step: 'round', label: 'bicycle' },
      { vendor: 'recaptcha', step: 'round', label: 'traffic light' },
      { vendor: 'recaptcha', step: 'solved' },
    ]);
    expect(steps[0]).toEqual({ vendor: 'recaptcha', step: 'shown' });
  });
});
