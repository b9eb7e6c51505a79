import { browser } from 'wxt/browser';
import { Breakdown } from '@/components/Breakdown';
import { useI18n } from '@/components/i18n';
import { useLive } from '@/components/useLive';
import { rollupsBetween, type LaborDB } from '@/lib/db';
import { timeOf } from '@/lib/estimates';
import { dayOf } from '@/lib/events';
import { formatDuration, formatNumber } from '@/lib/format';
import { weekOf } from '@/lib/period';
import { summarize, type Summary } from '@/lib/report';

function Headline({ title, summary, testid }: { title: string; summary: Summary; testid: string }) {
  const { t, lang } = useI18n();
  const time = timeOf(summary);
  return (
    <section class="headline" data-testid={testid}>
      <h2>{title}</h2>
      <p class="big" data-testid={`${testid}-count`}>
        {t('popup_gestures', formatNumber(lang, summary.totals.count))}
      </p>
      <p class="muted">
        {t('popup_time_measured', formatDuration(lang, time.measured))}{' '}
        {time.estimated > 0 && t('popup_time_estimated', formatDuration(lang, time.estimated))}
      </p>
    </section>
  );
}

export function Popup({ db, now = Date.now() }: { db: LaborDB; now?: number }) {
  const { t, lang } = useI18n();
  const today = dayOf(now);
  const week = weekOf(today);
  const { data: rows, error } = useLive(() => rollupsBetween(db, week.start, week.end), [week.start]);
  const reportUrl = browser.runtime.getURL('/report.html');

  if (error) return <p class="alert" role="alert">{error.message}</p>;
  if (!rows) return <p aria-busy="true">{t('popup_loading')}</p>;
  const weekSummary = summarize(rows, week);
  const todaySummary = summarize(rows, { start: today, end: today });
  const platforms = Object.entries(weekSummary.byPlatform)
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, 5);

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {weekSummary.totals.count === 0 ? (
        <section class="empty" data-testid="empty">
          <h2>{t('popup_empty_title')}</h2>
          <p>{t('popup_empty_body')}</p>
        </section>
      ) : (
        <>
          <div class="headlines">
            <Headline title={t('popup_today')} summary={todaySummary} testid="today" />
            <Headline title={t('popup_week')} summary={weekSummary} testid="week" />
          </div>
          <Breakdown summary={weekSummary} />
          <section aria-label={t('popup_top_platforms')}>
            <h3>{t('popup_top_platforms')}</h3>
            <ol class="platforms" data-testid="top-platforms">
              {platforms.map(([p, v]) => (
                <li key={p}>
                  {p} <span class="muted">{formatNumber(lang, v.count)}</span>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
      <p>
        <a href={reportUrl} target="_blank" rel="noopener" data-testid="open-report">
          {t('popup_open_report')}
        </a>
      </p>
    </main>
  );
}
