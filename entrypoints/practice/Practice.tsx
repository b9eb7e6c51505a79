/**
 * The practice sandbox: a made-up social feed and a CAPTCHA with image rounds, so a class can try the extension
 * without logging into real platforms. The markup carries the same hooks as x.com and reCAPTCHA (the selectors of
 * lib/detectors/x.ts and lib/detectors/recaptcha.ts), and the page reacts to clicks the way those sites do (the
 * control flips its data-testid once "the server" answers, a repost needs the menu's confirm, the checkbox is
 * checked after the last round). main.tsx starts the real detectors on this page (lib/practice.ts).
 */
import { useRef, useState } from 'preact/hooks';
import { PracticeSection } from '@/components/PracticeSection';
import { useI18n } from '@/components/i18n';
import { useLive } from '@/components/useLive';
import { practiceEvents, type LaborDB } from '@/lib/db';
import type { Kind } from '@/lib/events';
import { formatNumber } from '@/lib/format';
import { plural, type MessageKey } from '@/lib/i18n';
import { gaveKey, gaveValue } from '@/lib/practice';

interface Post {
  id: string;
  author: string;
  handle: string;
  text: MessageKey | string;
  own?: boolean;
}

const POSTS: Post[] = [
  { id: 'p1', author: 'Camille Durand', handle: 'camille_d', text: 'practice_post_1' },
  { id: 'p2', author: 'Atelier Vélo Solidaire', handle: 'atelier_velo', text: 'practice_post_2' },
  { id: 'p3', author: 'Sam Okafor', handle: 'sam_ok', text: 'practice_post_3' },
  { id: 'p4', author: 'Bibliothèque du quartier', handle: 'biblio_quartier', text: 'practice_post_4' },
];

const WHO_TO_FOLLOW = [
  { id: '9000000001', author: 'Radio Lycée', handle: 'radio_lycee' },
  { id: '9000000002', author: 'Club Astronomie', handle: 'club_astro' },
];

/**
 * The tiles are small inline drawings: the page loads nothing from anywhere, and needs no emoji font (school
 * computers often lack one).
 */
type Picture = 'bicycle' | 'light' | 'car' | 'tree' | 'house' | 'bus';
const PICTURES: Record<Picture, preact.JSX.Element> = {
  bicycle: (
    <g fill="none" stroke="currentColor" stroke-width="3">
      <circle cx="16" cy="40" r="10" />
      <circle cx="48" cy="40" r="10" />
      <path d="M16 40 L28 22 L40 40 Z M28 22 L48 40 M26 16 h8 M40 18 l4 -4" />
    </g>
  ),
  light: (
    <g>
      <rect x="22" y="6" width="20" height="44" rx="4" fill="#333" />
      <circle cx="32" cy="16" r="5" fill="#e53935" />
      <circle cx="32" cy="28" r="5" fill="#fbc02d" />
      <circle cx="32" cy="40" r="5" fill="#43a047" />
      <rect x="30" y="50" width="4" height="10" fill="#333" />
    </g>
  ),
  car: (
    <g>
      <path d="M8 38 L14 24 H46 L54 38 Z" fill="#1e88e5" />
      <rect x="6" y="36" width="52" height="10" rx="3" fill="#1e88e5" />
      <circle cx="18" cy="48" r="6" fill="#333" />
      <circle cx="46" cy="48" r="6" fill="#333" />
    </g>
  ),
  tree: (
    <g>
      <rect x="28" y="38" width="8" height="20" fill="#795548" />
      <circle cx="32" cy="26" r="18" fill="#43a047" />
    </g>
  ),
  house: (
    <g>
      <path d="M8 30 L32 10 L56 30 Z" fill="#c62828" />
      <rect x="14" y="30" width="36" height="26" fill="#ffcc80" />
      <rect x="28" y="40" width="9" height="16" fill="#6d4c41" />
    </g>
  ),
  bus: (
    <g>
      <rect x="8" y="12" width="48" height="36" rx="5" fill="#fb8c00" />
      <rect x="12" y="17" width="12" height="10" fill="#e3f2fd" />
      <rect x="26" y="17" width="12" height="10" fill="#e3f2fd" />
      <rect x="40" y="17" width="12" height="10" fill="#e3f2fd" />
      <circle cx="18" cy="50" r="5" fill="#333" />
      <circle cx="46" cy="50" r="5" fill="#333" />
    </g>
  ),
};

/** Each round asks for one object among nine pictures. */
const ROUNDS: { object: MessageKey; tiles: Picture[] }[] = [
  { object: 'practice_captcha_bicycles', tiles: ['bicycle', 'car', 'tree', 'bicycle', 'house', 'bus', 'tree', 'bicycle', 'car'] },
  { object: 'practice_captcha_lights', tiles: ['light', 'tree', 'light', 'car', 'house', 'light', 'bicycle', 'tree', 'bus'] },
];

const later = (fn: () => void) => setTimeout(fn, 60);

/**
 * X's reply composer: a dialog that quotes the post (`article`) with its own editor (`tweetTextarea_0`) and send
 * button (`tweetButton`). "The server" takes the reply, then the dialog closes: the X detector counts a comment.
 */
function ReplyDialog({ post, onClose }: { post: Post; onClose: () => void }) {
  const { t } = useI18n();
  const editor = useRef<HTMLDivElement>(null);
  const [empty, setEmpty] = useState(true);
  return (
    <div role="dialog" aria-modal="true" aria-label={t('sandbox_reply_title')} class="sandbox-dialog" data-testid="sandbox-reply-dialog">
      <article class="quoted">
        <strong>{post.author}</strong> <span class="muted small">@{post.handle}</span>
      </article>
      <div class="composer">
        <div
          ref={editor}
          contentEditable
          role="textbox"
          aria-multiline="true"
          data-testid="tweetTextarea_0"
          aria-label={t('sandbox_reply_box')}
          data-placeholder={t('sandbox_reply_box')}
          onInput={() => setEmpty((editor.current?.textContent ?? '').trim() === '')}
        />
      </div>
      <div class="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('sandbox_cancel')}
        </button>
        <button
          type="button"
          data-testid="tweetButton"
          disabled={empty}
          aria-disabled={empty ? 'true' : 'false'}
          onClick={() => setTimeout(onClose, 150)}
        >
          {t('sandbox_reply_send')}
        </button>
      </div>
    </div>
  );
}

const REPORT_REASONS: MessageKey[] = ['sandbox_report_reason_spam', 'sandbox_report_reason_hate', 'sandbox_report_reason_false'];

/**
 * X's report flow: the post's menu item (`report`) opens a dialog of choices advanced by `ChoiceSelectionNextButton`,
 * ending on a confirmation without choices: then the X detector counts a report.
 */
function ReportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="sandbox-report-title" class="sandbox-dialog" data-testid="sandbox-report-dialog">
      <h3 id="sandbox-report-title">{t('sandbox_report_title')}</h3>
      {done ? (
        <>
          <p>{t('sandbox_report_done')}</p>
          <button type="button" data-testid="sandbox-report-close" onClick={onClose}>
            {t('sandbox_close')}
          </button>
        </>
      ) : (
        <>
          <fieldset>
            <legend>{t('sandbox_report_why')}</legend>
            {REPORT_REASONS.map((r, i) => (
              <label key={r} class="choice">
                <input type="radio" name="sandbox-report-reason" checked={reason === i} onChange={() => setReason(i)} /> {t(r)}
              </label>
            ))}
          </fieldset>
          <div class="dialog-buttons">
            <button type="button" onClick={onClose}>
              {t('sandbox_cancel')}
            </button>
            <button type="button" data-testid="ChoiceSelectionNextButton" disabled={reason === null} onClick={() => later(() => setDone(true))}>
              {t('sandbox_report_next')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function PostActions({ post }: { post: Post }) {
  const { t } = useI18n();
  const [liked, setLiked] = useState(false);
  const [reposted, setReposted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [menu, setMenu] = useState(false);
  const [more, setMore] = useState(false);
  const [replying, setReplying] = useState(false);
  const [reporting, setReporting] = useState(false);
  return (
    <div role="group" class="actions" aria-label={t('practice_actions')}>
      <button type="button" data-testid="reply" aria-label={t('sandbox_reply')} onClick={() => setReplying(true)}>
        ↩ <span>{t('sandbox_reply')}</span>
      </button>
      {replying && <ReplyDialog post={post} onClose={() => setReplying(false)} />}
      <button type="button" data-testid={reposted ? 'unretweet' : 'retweet'} aria-label={t('practice_repost')} onClick={() => setMenu(!menu)}>
        ↻ <span>{reposted ? t('practice_reposted') : t('practice_repost')}</span>
      </button>
      {menu && (
        <div role="menu" data-testid="Dropdown" class="menu">
          <div
            role="menuitem"
            tabIndex={0}
            data-testid={reposted ? 'unretweetConfirm' : 'retweetConfirm'}
            onClick={() => {
              setMenu(false);
              later(() => setReposted(!reposted));
            }}
          >
            {reposted ? t('practice_undo_repost') : t('practice_repost')}
          </div>
        </div>
      )}
      <button type="button" data-testid={liked ? 'unlike' : 'like'} aria-pressed={liked} aria-label={t('practice_like')} onClick={() => later(() => setLiked(!liked))}>
        {liked ? '♥' : '♡'} <span>{t('practice_like')}</span>
      </button>
      <button type="button" data-testid={saved ? 'removeBookmark' : 'bookmark'} aria-pressed={saved} aria-label={t('practice_save')} onClick={() => later(() => setSaved(!saved))}>
        {saved ? '★' : '☆'} <span>{saved ? t('practice_saved') : t('practice_save')}</span>
      </button>
      <button type="button" data-testid="caret" aria-label={t('sandbox_more')} aria-haspopup="menu" aria-expanded={more} onClick={() => setMore(!more)}>
        ⋯
      </button>
      {more && (
        <div role="menu" data-testid="Dropdown" class="menu menu-right">
          <div
            role="menuitem"
            tabIndex={0}
            data-testid="report"
            onClick={() => {
              setMore(false);
              setReporting(true);
            }}
          >
            ⚑ {t('sandbox_report')}
          </div>
        </div>
      )}
      {reporting && <ReportDialog onClose={() => setReporting(false)} />}
      <span class="muted small">@{post.handle}</span>
    </div>
  );
}

/**
 * A pretend place page with Google Maps' hooks (lib/detectors/ratings/google-maps.ts: reviews `div[data-review-id]`,
 * a review dialog with a star `radiogroup`, its Post button labelled "Post" / "Publier"), watched by the real Maps
 * detector: the rating counts when Post is pressed with a star chosen and the dialog closes. Cancel counts nothing.
 */
function PlaceReview() {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [stars, setStars] = useState(0);
  const [posted, setPosted] = useState(false);
  return (
    <section class="place" aria-labelledby="place-title">
      <h2 id="place-title">{t('sandbox_place_title')}</h2>
      <p class="muted">{t('sandbox_place_help')}</p>
      <div class="place-card">
        <strong>{t('sandbox_place_name')}</strong>
        <div data-review-id="practice-review-1" class="muted small">
          ★★★★☆ {t('sandbox_place_review')}
        </div>
        <button type="button" aria-label={t('sandbox_place_write')} data-testid="sandbox-write-review" onClick={() => setOpen(true)}>
          {t('sandbox_place_write')}
        </button>
        {posted && <p role="status">{t('sandbox_place_thanks')}</p>}
      </div>
      {open && (
        <div role="dialog" aria-modal="true" aria-labelledby="place-dialog-title" class="sandbox-dialog" data-testid="sandbox-review-dialog">
          <h3 id="place-dialog-title">{t('sandbox_place_name')}</h3>
          <div role="radiogroup" aria-label={t('sandbox_place_stars')} class="stars">
            {[1, 2, 3, 4, 5].map((n) => (
              <span
                key={n}
                role="radio"
                tabIndex={0}
                aria-checked={stars === n ? 'true' : 'false'}
                aria-label={plural(t, lang, 'sandbox_place_star', n, formatNumber(lang, n))}
                data-testid={`sandbox-star-${n}`}
                class={n <= stars ? 'on' : ''}
                onClick={() => setStars(n)}
              >
                {n <= stars ? '★' : '☆'}
              </span>
            ))}
          </div>
          <div class="dialog-buttons">
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setStars(0);
              }}
            >
              {t('sandbox_cancel')}
            </button>
            {/* The label must stay the Maps one ("Post" / "Publier"): the detector reads it. */}
            <button
              type="button"
              aria-label={t('sandbox_place_post')}
              data-testid="sandbox-review-post"
              disabled={stars === 0}
              onClick={() =>
                later(() => {
                  setOpen(false);
                  setStars(0);
                  setPosted(true);
                })
              }
            >
              {t('sandbox_place_post')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/**
 * Beside the pretend feed, what each gesture just gave the platform, newest first: read from what the recorder
 * stored (the real detectors' signals, accepted by the background), so an undo or a script's click never shows.
 */
function WhatItGave({ db }: { db: LaborDB }) {
  const { t, lang } = useI18n();
  const { data: events } = useLive(() => practiceEvents(db), []);
  // Newest first; the same gesture repeated in a row (posts viewed while scrolling) is one line with its count.
  const last: { uid: string; kind: Kind; n: number }[] = [];
  for (const e of [...(events ?? [])].reverse()) {
    const prev = last[last.length - 1];
    if (prev?.kind === e.kind) prev.n++;
    else if (last.length < 6) last.push({ uid: e.uid, kind: e.kind, n: 1 });
    else break;
  }
  return (
    <section class="gave" aria-labelledby="gave-title">
      <h2 id="gave-title">{t('sandbox_gave_title')}</h2>
      {last.length === 0 ? (
        <p class="muted" data-testid="sandbox-gave-empty">
          {t('sandbox_gave_empty')}
        </p>
      ) : (
        <ol class="gave-list" data-testid="sandbox-gave" aria-live="polite">
          {last.map((e) => (
            <li key={e.uid} data-kind={e.kind} class={`value-${gaveValue(e.kind)}`}>
              {t(gaveKey(e.kind) as MessageKey)}
              {e.n > 1 && <span class="muted"> ({plural(t, lang, 'sandbox_times', e.n, formatNumber(lang, e.n))})</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Feed() {
  const { t } = useI18n();
  const [posts, setPosts] = useState<Post[]>(POSTS);
  const [empty, setEmpty] = useState(true);
  const editor = useRef<HTMLDivElement>(null);
  const send = () => {
    const text = editor.current?.textContent?.trim();
    if (!text) return;
    // Like the real site: "the server" takes the post, then the composer is cleared. The text stays on this page.
    setTimeout(() => {
      setPosts((p) => [{ id: `own-${p.length}`, author: t('practice_you'), handle: 'me', text, own: true }, ...p]);
      if (editor.current) editor.current.textContent = '';
      setEmpty(true);
    }, 150);
  };
  return (
    <section class="feed" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('practice_feed_title')}</h2>
      <p class="muted">
        {t('practice_feed_help')} {t('sandbox_feed_more')}
      </p>
      <div data-testid="inlineComposer" class="composer">
        <div
          ref={editor}
          contentEditable
          role="textbox"
          aria-multiline="true"
          data-testid="tweetTextarea_0"
          aria-label={t('practice_composer')}
          data-placeholder={t('practice_composer')}
          onInput={() => setEmpty((editor.current?.textContent ?? '').trim() === '')}
        />
        <button type="button" data-testid="tweetButtonInline" disabled={empty} aria-disabled={empty ? 'true' : 'false'} onClick={send}>
          {t('practice_post_button')}
        </button>
      </div>
      {posts.map((post) => (
        <article key={post.id} data-testid="tweet" class="post">
          <header>
            <strong>{post.author}</strong>
          </header>
          <div data-testid="tweetText">{post.own ? post.text : t(post.text as MessageKey)}</div>
          <PostActions post={post} />
        </article>
      ))}
    </section>
  );
}

function Aside() {
  const { t } = useI18n();
  const [following, setFollowing] = useState<Record<string, boolean>>({});
  return (
    <section class="aside" aria-labelledby="follow-title">
      <input
        type="search"
        data-testid="SearchBox_Search_Input"
        aria-label={t('practice_search')}
        placeholder={t('practice_search')}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.currentTarget as HTMLInputElement).value = '';
        }}
      />
      <h3 id="follow-title">{t('practice_who_to_follow')}</h3>
      <ul class="follow">
        {WHO_TO_FOLLOW.map((a) => (
          <li key={a.id}>
            <span>
              <strong>{a.author}</strong> <span class="muted">@{a.handle}</span>
            </span>
            <button
              type="button"
              data-testid={`${a.id}-${following[a.id] ? 'unfollow' : 'follow'}`}
              onClick={() => later(() => setFollowing((f) => ({ ...f, [a.id]: !f[a.id] })))}
            >
              {following[a.id] ? t('practice_following') : t('practice_follow')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Captcha() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const [checked, setChecked] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const current = ROUNDS[Math.min(round, ROUNDS.length - 1)]!;
  const verify = () => {
    setSelected([]);
    if (round + 1 < ROUNDS.length) return setRound(round + 1);
    // The last round passed: the challenge closes and the checkbox is checked, as reCAPTCHA does.
    setTimeout(() => {
      setOpen(false);
      setChecked(true);
    }, 100);
  };
  return (
    <section class="captcha" aria-labelledby="captcha-title">
      <h2 id="captcha-title">{t('practice_captcha_title')}</h2>
      <p class="muted">{t('practice_captcha_help')}</p>
      <div class="rc-anchor">
        <span
          id="recaptcha-anchor"
          class="recaptcha-checkbox"
          role="checkbox"
          tabIndex={0}
          aria-checked={checked ? 'true' : 'false'}
          aria-labelledby="recaptcha-anchor-label"
          onClick={() => !checked && setOpen(true)}
        />
        <label id="recaptcha-anchor-label">{t('practice_captcha_robot')}</label>
      </div>
      {open && (
        <div class="rc-challenge" data-testid="practice-challenge">
          <div class="rc-imageselect-desc-no-canonical">
            {t('practice_captcha_prompt')} <strong>{t(current.object)}</strong>
          </div>
          <table class="rc-imageselect-table-33">
            <tbody>
              {[0, 1, 2].map((r) => (
                <tr key={r}>
                  {[0, 1, 2].map((c) => {
                    const i = r * 3 + c;
                    const on = selected.includes(i);
                    return (
                      <td
                        key={`${round}-${i}`}
                        role="button"
                        tabIndex={0}
                        class={`rc-imageselect-tile${on ? ' rc-imageselect-tileselected' : ''}`}
                        onClick={() => setSelected(on ? selected.filter((s) => s !== i) : [...selected, i])}
                      >
                        <svg viewBox="0 0 64 64" width="56" height="56" aria-hidden="true">
                          {PICTURES[current.tiles[i]!]}
                        </svg>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" id="recaptcha-verify-button" onClick={verify}>
            {t('practice_captcha_verify')}
          </button>
        </div>
      )}
      {checked && (
        <button
          type="button"
          data-testid="practice-captcha-again"
          onClick={() => {
            setChecked(false);
            setRound(0);
          }}
        >
          {t('practice_captcha_again')}
        </button>
      )}
    </section>
  );
}

/**
 * A pretend AI answer with ChatGPT's hooks (lib/detectors/ai/chatgpt.ts: `conversation-turn-N`,
 * `[data-message-author-role="assistant"]`, `good-/bad-response-turn-action-button`), watched by the real ChatGPT
 * detector. The chosen thumb turns pressed (as ChatGPT's `aria-pressed` does) and the other one goes; clicking it
 * again removes the rating and brings both back, which is not a new rating.
 */
function AiAnswer() {
  const { t } = useI18n();
  const [rated, setRated] = useState<'good' | 'bad' | null>(null);
  const toggle = (which: 'good' | 'bad') => later(() => setRated(rated === which ? null : which));
  return (
    <section class="ai-answer" aria-labelledby="ai-title">
      <h2 id="ai-title">{t('practice_ai_title')}</h2>
      <p class="muted">{t('practice_ai_help')}</p>
      <article data-testid="conversation-turn-2" data-turn="assistant" class="ai-turn">
        <p class="ai-question">
          <strong>{t('practice_you')}</strong> — {t('practice_ai_question')}
        </p>
        <div data-message-author-role="assistant" data-message-id="practice-answer-1" class="ai-text">
          <p>{t('practice_ai_answer')}</p>
        </div>
        <div role="group" class="actions" aria-label={t('practice_actions')}>
          {rated !== 'bad' && (
            <button type="button" data-testid="good-response-turn-action-button" aria-label={t('practice_ai_good')} aria-pressed={rated === 'good'} onClick={() => toggle('good')}>
              <span aria-hidden="true">{rated === 'good' ? '▲' : '△'}</span> <span>{t('practice_ai_good')}</span>
            </button>
          )}
          {rated !== 'good' && (
            <button type="button" data-testid="bad-response-turn-action-button" aria-label={t('practice_ai_bad')} aria-pressed={rated === 'bad'} onClick={() => toggle('bad')}>
              <span aria-hidden="true">{rated === 'bad' ? '▼' : '▽'}</span> <span>{t('practice_ai_bad')}</span>
            </button>
          )}
        </div>
      </article>
    </section>
  );
}

const RESULTS: { id: string; title: MessageKey; ad?: boolean }[] = [
  { id: 'ad', title: 'practice_results_ad', ad: true },
  { id: 'r1', title: 'practice_results_1' },
  { id: 'r2', title: 'practice_results_2' },
];

/**
 * A pretend results page with Google's hooks (lib/detectors/search/google.ts: `textarea[name="q"]` in a search form,
 * results `.vt6azd` whose title link is `.yuRUbf a[jsname="UWckNb"] > h3`, an ad `[data-text-ad]` with
 * `a.sVXRqc`), watched by the real Google detector. Opening a result does not leave the page: it only says which
 * one was opened (the link's address is this page's, and the click's default is prevented).
 */
function ResultsPage() {
  const { t } = useI18n();
  const [opened, setOpened] = useState<MessageKey | null>(null);
  const open = (title: MessageKey) => (e: Event) => {
    e.preventDefault();
    setOpened(title);
  };
  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title">{t('practice_results_title')}</h2>
      <p class="muted">{t('practice_results_help')}</p>
      <form role="search" class="results-form" onSubmit={(e) => e.preventDefault()}>
        <textarea
          name="q"
          rows={1}
          aria-label={t('practice_results_box')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
        <button type="submit">{t('practice_results_search')}</button>
      </form>
      <div id="rso">
        {RESULTS.map((r) =>
          r.ad ? (
            <div id="tads" key={r.id}>
              <div data-text-ad="1" class="uEierd">
                <span class="muted small">{t('practice_results_sponsored')}</span>{' '}
                <a class="sVXRqc" href={`?result=${r.id}`} onClick={open(r.title)} onAuxClick={open(r.title)}>
                  <div role="heading" aria-level={3}>{t(r.title)}</div>
                </a>
              </div>
            </div>
          ) : (
            <div class="vt6azd" key={r.id}>
              <div class="yuRUbf">
                <a {...({ jsname: 'UWckNb' } as Record<string, string>)} href={`?result=${r.id}`} onClick={open(r.title)} onAuxClick={open(r.title)}>
                  <h3>{t(r.title)}</h3>
                </a>
              </div>
            </div>
          ),
        )}
      </div>
      {opened && (
        <p role="status" data-testid="practice-result-opened">
          {t('practice_results_opened', t(opened))}
        </p>
      )}
    </section>
  );
}

export function Practice({ db }: { db: LaborDB }) {
  const { t } = useI18n();
  return (
    <main class="practice">
      <header class="practice-header">
        <h1>{t('practice_title')}</h1>
        <p>{t('practice_intro')}</p>
      </header>
      <div class="practice-grid">
        <div>
          <Feed />
          <AiAnswer />
          <ResultsPage />
          <PlaceReview />
        </div>
        <div>
          <WhatItGave db={db} />
          <Aside />
          <Captcha />
          <PracticeSection db={db} link={false} />
        </div>
      </div>
    </main>
  );
}
