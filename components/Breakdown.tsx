import { FAMILIES, VALUES } from '@/lib/concepts';
import { formatNumber } from '@/lib/format';
import { messageKey } from '@/lib/i18n';
import type { Summary } from '@/lib/report';
import { useI18n } from './i18n';

/** Bars for the three families and the three values of one summary. */
export function Breakdown({ summary }: { summary: Summary }) {
  const { t, lang } = useI18n();
  const total = Math.max(1, summary.totals.count);
  const bars = (title: string, prefix: 'family' | 'value', items: readonly string[], data: Record<string, { count: number }>) => (
    <section class="breakdown" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {items.map((id) => {
          const n = data[id]?.count ?? 0;
          return (
            <li key={id} class={`bar bar-${prefix}-${id}`}>
              <span class="bar-label">{t(messageKey(`${prefix}_${id}`))}</span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${(100 * n) / total}%` }} />
              </span>
              <span class="bar-value">{formatNumber(lang, n)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
  return (
    <div class="breakdowns">
      {bars(t('popup_by_family'), 'family', FAMILIES, summary.byFamily)}
      {bars(t('popup_by_value'), 'value', VALUES, summary.byValue)}
    </div>
  );
}
