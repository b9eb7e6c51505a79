import type { ComponentChildren } from 'preact';
import {
  FIGURES,
  OWN_CLICK_ESTIMATE_S,
  OWN_COMMENT_ESTIMATE_S,
  OWN_POST_ESTIMATE_S,
  OWN_REPORT_ESTIMATE_S,
  OWN_SEARCH_ESTIMATE_S,
  type FigureId,
} from '@/lib/figures';
import { figureJoin, formatFigure, formatNumber } from '@/lib/format';
import { messageKey, type Lang, type T } from '@/lib/i18n';
import { useI18n } from './i18n';

/**
 * The source of a number, one click away: a disclosure (keyboard and screen-reader friendly without script) that
 * opens the citation of each figure behind the number, and says when a part of it is our own estimate.
 */
export function Source({
  figures = [],
  own = false,
  children,
  label,
}: {
  figures?: readonly FigureId[];
  own?: boolean;
  children?: ComponentChildren;
  /** What the number is, for the accessible name: "Source: time this week". */
  label?: string;
}) {
  const { t, lang } = useI18n();
  if (figures.length === 0 && !own && !children) return null;
  return (
    <details class="src">
      <summary aria-label={label ? t('src_of', label) : t('src_label')} title={t('src_label')}>
        <span aria-hidden="true">{t('src_short')}</span>
      </summary>
      <div class="src-body">
        {children}
        {figures.map((id) => (
          <p key={id} data-figure={id}>
            <strong>{formatFigure(lang, FIGURES[id])}</strong>
            {figureJoin(lang, formatFigure(lang, FIGURES[id]), t(messageKey(`fig_${id}`)))}
            {t(messageKey(`fig_${id}`))} — <cite>{FIGURES[id].source}</cite>
          </p>
        ))}
        {own && <p>{ownEstimates(t, lang)}</p>}
      </div>
    </details>
  );
}

/** Our own per-gesture defaults, in words (the numbers come from lib/figures.ts). */
export const ownEstimates = (t: T, lang: Lang) =>
  t(
    'src_own_estimates',
    formatNumber(lang, OWN_CLICK_ESTIMATE_S, 2),
    formatNumber(lang, OWN_COMMENT_ESTIMATE_S),
    formatNumber(lang, OWN_POST_ESTIMATE_S),
    formatNumber(lang, OWN_SEARCH_ESTIMATE_S),
    formatNumber(lang, OWN_REPORT_ESTIMATE_S),
  );
