import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Breakdown } from '@/components/Breakdown';
import { CaptchaLine } from '@/components/CaptchaLine';
import { useI18n } from '@/components/i18n';
import { Payslip } from '@/components/Payslip';
import { CaptchaLabels, DayBars, SourcesPanel, Tables, WeekNav } from '@/components/ReportParts';
import { useSettings } from '@/components/useSettings';
import { HowComputed, TimeAndPay } from '@/components/Valuation';
import type { LaborDB } from '@/lib/db';
import { comparisonWage, wageOf } from '@/lib/estimates';
import { dayOf } from '@/lib/events';
import { formatDay, formatNumber } from '@/lib/format';
import { plural } from '@/lib/i18n';
import { isDay, weekOf, type Period } from '@/lib/period';
import { summarize, summarizeFromSummary, type Row, type Summary } from '@/lib/report';
import type { Settings } from '@/lib/settings';
import { summaryFor, type PopupSummary } from '@/lib/summary';

/** The week in the address (`report.html?week=2026-11-16`), so that a week can be bookmarked and reloaded. */
function initialWeek(now: number): string {
  const asked = new URLSearchParams(location.search).get('week');
  return weekOf(asked && isDay(asked) && asked <= dayOf(now) ? asked : dayOf(now)).start;
}

/** The database and the parts of the page that use it or come below the figures (live.ts), loaded beside the first frame. */
export interface Live {
  db: LaborDB;
  parts: typeof import('./live');
}

/** The week on screen: its period, its rows (Payslip) and their summary. */
interface Shown {
  week: Period;
  rows: Row[];
  s: Summary;
}

/**
 * The current week from the background's summary (lib/summary.ts), for the first frame while the database opens
 * (issue 14): only when it is for today and the page shows the current week, else null (the page waits for the
 * database, as it never shows figures that are not the week's).
 */
function fromSummary(summary: PopupSummary | null | undefined, today: string, asked: Period): Shown | null {
  const sum = summaryFor(summary, today);
  if (!sum || sum.week.start !== asked.start) return null;
  const s = summarizeFromSummary(sum);
  return s && { week: sum.week, rows: sum.thisWeek, s };
}

/** Whether the report's first frame paints from this summary (main.tsx then loads the database after it). */
export const paintsFromSummary = (summary: PopupSummary | null, now = Date.now()) =>
  fromSummary(summary, dayOf(now), weekOf(initialWeek(now))) !== null;

export function Report({
  db,
  live,
  now = Date.now(),
  initial,
}: {
  /** An open database (tests): the parts are imported here. */
  db?: LaborDB;
  /** Loads the database and the parts, once (main.tsx): called after the first frame, or already at start. */
  live?: () => Promise<Live>;
  now?: number;
  /** Read before the first render (main.tsx): the settings, and the background's summary to paint the current week from. */
  initial?: { settings: Settings | null; summary: PopupSummary | null };
}) {
  const { t, lang, complete } = useI18n();
  const settings = useSettings(initial?.settings ?? null);
  const today = dayOf(now);
  const current = weekOf(today);
  const [start, setStart] = useState(() => initialWeek(now));
  const asked = weekOf(start);
  const [loaded, setLoaded] = useState<Live | null>(null);
  // The rows carry the week they belong to: while another week loads, the page keeps showing the previous one
  // whole (never its rows summed over the new week's days, which would flash an empty week).
  const [{ data, error }, setState] = useState<{ data?: { week: Period; rows: Row[] }; error?: Error }>({});
  useEffect(() => {
    let alive = true;
    (live ? live() : import('./live').then((parts) => ({ db: db!, parts }))).then(
      (l) => alive && setLoaded(l),
      (error: Error) => alive && setState({ error }),
    );
    return () => void (alive = false);
  }, []);
  // The week's rows, read again after the database changes (components/useLive.ts, here once the database is there).
  useEffect(() => {
    if (!loaded) return;
    const { db, parts } = loaded;
    return parts.watch(
      async () => ({ week: asked, rows: await parts.rollupsBetween(db, asked.start, asked.end) }),
      (data) => setState({ data }),
      (error) => setState({ error }),
    );
  }, [loaded, asked.start]);
  // Until the database answers, the current week from the summary; then the database's rows, the same figures.
  const quick = useMemo(() => fromSummary(initial?.summary, today, asked), []);
  const shown: Shown | null = data ? { ...data, s: summarize(data.rows, data.week) } : quick;
  const ready = !!shown && !!settings;
  // The sections under the week's figures (health, exports, practice, concept cards, glossary, sources: about 700 of
  // the page's 960 elements) render in a frame after the first one, which shows the figures without waiting for
  // them (issue 14), once their module, the database and the rest of the messages are there, all at once (nothing then moves under the reader).
  // Preact runs this effect once that first frame is painted.
  const [below, setBelow] = useState(false);
  useEffect(() => {
    if (ready && loaded && complete) setBelow(true);
  }, [ready, loaded, complete]);

  const goTo = (s: string) => {
    setStart(s);
    const url = new URL(location.href);
    url.searchParams.set('week', s);
    history.replaceState(null, '', url);
  };

  // Links from the popup point at a concept card (`#concept-family-social`): show it once the page has rendered whole.
  useEffect(() => {
    if (!below || !location.hash) return;
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    el?.scrollIntoView?.();
    el?.focus?.({ preventScroll: true });
  }, [below]);

  if (error) return <p class="alert" role="alert">{error.message}</p>;
  if (!ready) return <p aria-busy="true">{t('popup_loading')}</p>;
  const { week, rows, s } = shown;
  const wage = wageOf(settings, lang);
  const other = comparisonWage(wage, settings, lang);

  return (
    <main class="report" aria-busy={week.start !== asked.start}>
      <header class="report-head">
        <h1>{t('report_title', formatDay(lang, week.start, { dateStyle: 'long' }))}</h1>
      </header>
      <WeekNav week={asked} shown={week} current={current} onChange={goTo} />
      <nav class="toc" aria-label={t('report_toc')}>
        <a href="#concepts-h">{t('concepts_title')}</a>
        <a href="#glossary">{t('glossary_title')}</a>
        <a href="#what-can-be-done">{t('actions_title')}</a>
        <a href="#sources">{t('sources_title')}</a>
        <a href="#export-title">{t('export_title')}</a>
        <a href={browser.runtime.getURL('/class.html')} target="_blank" rel="noopener" data-testid="open-class">
          {t('class_open')}
        </a>
        <a href={browser.runtime.getURL('/year.html')} target="_blank" rel="noopener" data-testid="open-year">
          {t('year_open')}
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('settings_title')}
        </a>
      </nav>

      {/* The headline (issue 16): the week as an unpaid payslip. */}
      <Payslip rows={rows} period={week} wage={wage} />
      <section class="summary" aria-labelledby="summary-h" data-testid="summary">
        <h2 id="summary-h" class="sr-only">{t('report_summary')}</h2>
        {s.totals.count === 0 ? (
          <p data-testid="report-empty">{t('report_empty')}</p>
        ) : (
          <>
            <p class="big" data-testid="report-count">
              {plural(t, lang, 'popup_gestures', s.totals.count, formatNumber(lang, s.totals.count))}
            </p>
            <TimeAndPay summary={s} wage={wage} compare={other} testid="report" />
            <HowComputed summaries={[s]} wage={wage} compare={other} label={t('report_summary')} />
          </>
        )}
      </section>

      {/* Rhythms and trends (issue 16): twelve weeks, the hour grid, platform by platform. */}
      {loaded && complete && <loaded.parts.Trends db={loaded.db} week={week} current={current} />}
      <DayBars summary={s} />
      {s.totals.count > 0 && (
        <>
          <Breakdown summary={s} moreHref={(a) => `#${a}`} idPrefix="rp" />
          <Tables summary={s} wage={wage} />
          <section aria-labelledby="captchas-h">
            <h2 id="captchas-h">{t('report_captchas_title')}</h2>
            {s.captchas.solved + s.captchas.passive > 0 ? (
              <>
                <CaptchaLine captchas={s.captchas} max={20} />
                <CaptchaLabels summary={s} />
              </>
            ) : (
              <p class="muted">{t('report_no_captcha')}</p>
            )}
          </section>
        </>
      )}
      {below && loaded && (
        <>
          <loaded.parts.HealthTable db={loaded.db} week={week} />
          {/* Export (the JSON report, CSV, Markdown, anonymised hand-in, print) of this week or any range. */}
          <loaded.parts.ExportPanel db={loaded.db} now={now} week={week.start} />
          <loaded.parts.PracticeSection db={loaded.db} />
          <loaded.parts.ConceptCards summary={s} />
          <loaded.parts.Glossary />
          <loaded.parts.WhatCanBeDone />
          <SourcesPanel />
        </>
      )}
    </main>
  );
}
