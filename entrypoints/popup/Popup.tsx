import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Breakdown } from '@/components/Breakdown';
import { CaptchaLine } from '@/components/CaptchaLine';
import { useI18n } from '@/components/i18n';
import { platformName } from '@/components/names';
import { Sparkline } from '@/components/Sparkline';
import { activeTabId, TabStatus } from '@/components/TabStatus';
import { useSettings } from '@/components/useSettings';
import { HowComputed, TimeAndPay } from '@/components/Valuation';
import { wageOf, type Wage } from '@/lib/estimates';
import { dayOf } from '@/lib/events';
import { addDays, daysOf } from '@/lib/period';
import { formatNumber } from '@/lib/format';
import { plural } from '@/lib/i18n';
import { statsItem } from '@/lib/recorder-store';
import type { RecorderStats } from '@/lib/recorder';
import { summarize, type Summary } from '@/lib/report';
import type { Settings } from '@/lib/settings';
import { summaryFor, summaryItem, type PopupSummary } from '@/lib/summary';

function Headline({ title, summary, wage, testid }: { title: string; summary: Summary; wage: Wage; testid: string }) {
  const { t, lang } = useI18n();
  return (
    <section class="headline" data-testid={testid} aria-labelledby={`${testid}-h`}>
      <h2 id={`${testid}-h`}>{title}</h2>
      <p class="big" data-testid={`${testid}-count`}>
        {plural(t, lang, 'popup_gestures', summary.totals.count, formatNumber(lang, summary.totals.count))}
      </p>
      <TimeAndPay summary={summary} wage={wage} testid={testid} />
    </section>
  );
}

function useStorageError() {
  const [stats, setStats] = useState<RecorderStats | null>(null);
  useEffect(() => {
    void statsItem.getValue().then(setStats);
    return statsItem.watch(setStats);
  }, []);
  return stats?.storageError ?? null;
}

/**
 * The summary the background keeps for the popup (lib/summary.ts), only if it is for `today`: another day's figures
 * are never shown as today's. Without one, the background is asked to rebuild it from the rollups, and the popup
 * keeps its loading line until it comes (through storage, like every later update).
 */
function useSummary(today: string, initial?: PopupSummary | null): PopupSummary | null {
  const [summary, setSummary] = useState<PopupSummary | null>(() => summaryFor(initial, today));
  useEffect(() => {
    let asked = false;
    const take = (value: PopupSummary | null) => {
      const s = summaryFor(value, today);
      if (s) return setSummary(s);
      if (asked) return;
      asked = true;
      void browser.runtime
        .sendMessage({ type: 'summary' })
        .then(() => summaryItem.getValue())
        .then((v) => {
          const fresh = summaryFor(v, today);
          if (fresh) setSummary(fresh);
        })
        .catch(() => undefined);
    };
    void summaryItem.getValue().then(take);
    return summaryItem.watch(take);
  }, [today]);
  return summary;
}

/** The seven days of the summary's week (days to come at 0, not drawn), this week and last week up to today. */
function trend(s: PopupSummary) {
  const byDay = new Map(s.daily.map((p) => [p.day, p.count]));
  const days = daysOf(s.week).map((date) => ({ date, count: byDay.get(date) ?? 0 }));
  const sum = (from: string, to: string) => s.daily.reduce((n, p) => (p.day >= from && p.day <= to ? n + p.count : n), 0);
  return {
    days,
    thisWeek: sum(s.week.start, s.day),
    lastWeek: sum(addDays(s.week.start, -7), addDays(s.day, -7)),
  };
}

/**
 * The toolbar popup: today and this week at a glance (gestures, time, pay), Casilli's families and values, top
 * platforms, CAPTCHAs, and what the detectors do in the current tab, with the pause controls.
 * Its figures come from the background's summary in storage (lib/summary.ts): the popup loads no database.
 * `tabId` is the tab the status is about: by default the active tab; `popup.html?tab=N` (the e2e tests open the
 * popup as a page, where the active tab would be the popup itself).
 */
export function Popup({
  now = Date.now(),
  tabId,
  initial,
}: {
  now?: number;
  tabId?: number | null;
  /** Settings and summary read before the first render (main.tsx), so that the first frame already shows the figures. */
  initial?: { settings: Settings; summary: PopupSummary | null };
}) {
  const { t, lang } = useI18n();
  const settings = useSettings(initial?.settings);
  const storageError = useStorageError();
  const [tab, setTab] = useState<number | null | undefined>(tabId);
  useEffect(() => {
    if (tabId !== undefined) return;
    activeTabId().then(setTab, () => setTab(null));
  }, [tabId]);
  const today = dayOf(now);
  const summary = useSummary(today, initial?.summary);
  const reportUrl = browser.runtime.getURL('/report.html');
  const optionsUrl = browser.runtime.getURL('/options.html');

  if (!summary || !settings) return <p aria-busy="true">{t('popup_loading')}</p>;
  const wage = wageOf(settings, lang);
  // The week's rows are its totals up to today (lib/summary.ts), so they are summed as one day.
  const weekSummary = summarize(summary.thisWeek, { start: today, end: today });
  const todaySummary = summarize(summary.today, { start: today, end: today });
  const platforms = Object.entries(weekSummary.byPlatform)
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, 4);
  const empty = weekSummary.totals.count === 0;

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('extName')}</h1>
        <a class="icon-link" href={optionsUrl} target="_blank" rel="noopener" data-testid="open-settings" title={t('settings_title')}>
          <span aria-hidden="true">⚙</span>
          <span class="sr-only">{t('settings_title')}</span>
        </a>
      </header>
      {storageError && (
        <p class="alert" role="alert">
          {t('popup_storage_error', storageError.name)}
        </p>
      )}
      {!settings.counting && (
        <p class="alert" data-testid="not-counting">
          {t('popup_not_counting')}{' '}
          <a href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noopener" data-testid="open-welcome">
            {t('popup_start_counting')}
          </a>
        </p>
      )}
      {settings.paused && (
        <p class="alert" data-testid="paused-banner">
          {t('popup_paused_banner')}
        </p>
      )}
      <div class="headlines">
        <Headline title={t('popup_today')} summary={todaySummary} wage={wage} testid="today" />
        <Headline title={t('popup_week')} summary={weekSummary} wage={wage} testid="week" />
      </div>
      <Sparkline {...trend(summary)} today={today} />
      <div class="how">
        <span class="muted">{t('popup_how')}</span>{' '}
        <HowComputed summaries={[todaySummary, weekSummary]} wage={wage} label={t('popup_week')} />
      </div>
      {empty ? (
        <section class="empty" data-testid="empty">
          <h2>{t('popup_empty_title')}</h2>
          <p>{t('popup_empty_body')}</p>
        </section>
      ) : (
        <>
          <Breakdown summary={weekSummary} moreHref={(a) => `${reportUrl}#${a}`} idPrefix="pp" newTab />
          <section aria-labelledby="top-h" class="top">
            <h3 id="top-h">{t('popup_top_platforms')}</h3>
            <ul class="platforms" data-testid="top-platforms">
              {platforms.map(([p, v]) => (
                <li key={p}>
                  {platformName(t, p)} <span class="count">{formatNumber(lang, v.count)}</span>
                </li>
              ))}
            </ul>
          </section>
          <CaptchaLine captchas={weekSummary.captchas} />
        </>
      )}
      {tab !== undefined && <TabStatus tabId={tab} settings={settings} />}
      <footer class="popup-foot">
        <a href={reportUrl} target="_blank" rel="noopener" data-testid="open-report">
          {t('popup_open_report')}
        </a>
        <a href={optionsUrl} target="_blank" rel="noopener">
          {t('settings_title')}
        </a>
      </footer>
    </main>
  );
}
