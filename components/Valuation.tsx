import { estimateSources, payFor, timeOf, type Wage } from '@/lib/estimates';
import type { FigureId } from '@/lib/figures';
import { formatDuration, formatMoney, formatRate } from '@/lib/format';
import { messageKey, type T } from '@/lib/i18n';
import { placeKey } from '@/lib/wages';
import type { Summary } from '@/lib/report';
import { useI18n } from './i18n';
import { Source } from './Source';

/** "the SMIC", "the US federal minimum wage", "the micro-work median", "your rate". */
export function wageName(t: T, wage: Wage): string {
  if (wage.ref === 'custom') return t('wage_name_custom');
  if (wage.ref === 'micro') return t('wage_name_micro');
  return t(messageKey(`wage_name_${placeKey(wage.place ?? 'us')}`));
}

/** "≈ $0.05", but "< $0.01" (already a bound) and "$0.00" (exact) as they are. */
const approx = (money: string, amount: number) => (amount === 0 || money.startsWith('<') ? money : `≈ ${money}`);

/** The reference's name in a list of choices: "French minimum wage (SMIC)". */
export function wageLabel(t: T, wage: Wage): string {
  if (wage.ref === 'custom') return t('wage_label_custom');
  if (wage.ref === 'micro') return t('wage_label_micro');
  return t(messageKey(`wage_label_${placeKey(wage.place ?? 'us')}`));
}

/** Time (measured, then estimated, each said as such) and what it would be paid at the chosen wage. */
export function TimeAndPay({ summary, wage, compare, testid }: { summary: Summary; wage: Wage; compare?: Wage; testid: string }) {
  const { t, lang } = useI18n();
  const time = timeOf(summary);
  const total = time.measured + time.estimated;
  // Time in feeds is measured and usually the largest part by far: said apart, so a reader sees what the pay is for.
  const feed = summary.byKind['post-view'].seconds;
  return (
    <>
      <p class="time" data-testid={`${testid}-time`}>
        {t('time_measured', formatDuration(lang, time.measured))}
        {time.estimated > 0 && (
          <>
            {' '}
            <span class="est">{t('time_estimated', formatDuration(lang, time.estimated))}</span>
          </>
        )}
      </p>
      <p class="pay" data-testid={`${testid}-pay`}>
        {t('pay_at', approx(formatMoney(lang, payFor(total, wage), wage.currency), total), wageName(t, wage))}
      </p>
      {feed > 0 && (
        <p class="pay-feed muted" data-testid={`${testid}-pay-feed`}>
          {t('pay_feed', approx(formatMoney(lang, payFor(feed, wage), wage.currency), feed), formatDuration(lang, feed))}
        </p>
      )}
      {compare && (
        <p class="pay-compare muted" data-testid={`${testid}-compare`}>
          {t('pay_compare', approx(formatMoney(lang, payFor(total, compare), compare.currency), total), wageName(t, compare))}
        </p>
      )}
    </>
  );
}

/** One click away: how the time and money above are made, with every source behind them. */
export function HowComputed({ summaries, wage, compare, label }: { summaries: Summary[]; wage: Wage; compare?: Wage; label?: string }) {
  const { t, lang } = useI18n();
  const figures = new Set<FigureId>();
  let own = false;
  for (const s of summaries) {
    const src = estimateSources(s);
    src.figures.forEach((f) => figures.add(f));
    own ||= src.own;
  }
  if (wage.figure) figures.add(wage.figure);
  if (compare?.figure) figures.add(compare.figure);
  return (
    <Source figures={[...figures]} own={own} label={label}>
      <p>{t('how_measured')}</p>
      <p>{t('how_pay', wageName(t, wage), `${formatRate(lang, wage.rate, wage.currency)}/h`)}</p>
      {wage.ref === 'custom' && <p>{t('how_custom')}</p>}
      <p data-testid="how-yardstick">{t('how_yardstick')}</p>
    </Source>
  );
}
