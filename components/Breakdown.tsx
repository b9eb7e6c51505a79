import { FAMILIES, VALUES } from '@/lib/concepts';
import { formatNumber } from '@/lib/format';
import { messageKey } from '@/lib/i18n';
import type { Summary } from '@/lib/report';
import { useI18n } from './i18n';

/** Anchor of a concept card on the report page: `concept-family-social`, `concept-value-automation`, `concept-kind-share`. */
export const conceptAnchor = (prefix: 'family' | 'value' | 'kind', id: string) => `concept-${prefix}-${id}`;

/**
 * The three families and the three values of one summary as compact bars. Each name is a link to its concept card
 * (`moreHref`), and hovering or focusing it shows a one-line explanation, also read by screen readers
 * (aria-describedby).
 */
export function Breakdown({
  summary,
  moreHref,
  idPrefix = 'bd',
  newTab = false,
}: {
  summary: Summary;
  moreHref: (anchor: string) => string;
  idPrefix?: string;
  /** From the popup, "more" opens the report in a tab (the popup itself must not navigate). */
  newTab?: boolean;
}) {
  const { t, lang } = useI18n();
  const total = Math.max(1, summary.totals.count);
  const bars = (title: string, prefix: 'family' | 'value', items: readonly string[], data: Record<string, { count: number }>) => (
    <section class="breakdown" aria-labelledby={`${idPrefix}-${prefix}-h`}>
      <h3 id={`${idPrefix}-${prefix}-h`}>{title}</h3>
      <ul>
        {items.map((id) => {
          const n = data[id]?.count ?? 0;
          const tip = `${idPrefix}-tip-${prefix}-${id}`;
          const name = t(messageKey(`${prefix}_${id}`));
          return (
            <li key={id} class={`bar bar-${prefix}-${id}`} data-testid={`${prefix}-${id}`}>
              <a
                class="bar-label"
                href={moreHref(conceptAnchor(prefix, id))}
                aria-describedby={tip}
                {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
              >
                {name}
              </a>
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${(100 * n) / total}%` }} />
              </span>
              <span class="bar-value">{formatNumber(lang, n)}</span>
              <span class="tip" role="tooltip" id={tip}>
                {t(messageKey(`tip_${prefix}_${id}`))}
              </span>
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
