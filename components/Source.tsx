import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadCatalog } from '@/lib/catalogs';
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
import { hasPart, messageKey, type Lang, type T } from '@/lib/i18n';
import { useI18n } from './i18n';

type Citations = Record<FigureId, string>;
/** The citations once loaded (lib/figure-sources.ts): shared by every disclosure of the page. */
let citations: Citations | null = null;
let loading: Promise<Citations> | null = null;

/**
 * The citations and the figures' labels in `lang`. Where the page has loaded the figures' labels (every page but the
 * popup) they load as the disclosure mounts; the popup shows values on its first frame but most people never open a
 * source, so it loads them only when one is pointed at, focused or opened (issue 14). On the report, which lists every
 * source, the module is already there and this resolves at once.
 */
export function loadCitations(lang: Lang): Promise<Citations> {
  loading ??= import('@/lib/figure-sources').then((m) => (citations = m.SOURCES));
  return Promise.all([loading, loadCatalog(lang, 'sources')]).then(([c]) => c);
}

/**
 * The source of a number, one click away: a disclosure (keyboard and screen-reader friendly) that opens the citation
 * of each figure behind the number, and says when a part of it is our own estimate.
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
  const [cited, setCited] = useState<Citations | null>(citations);
  const [failed, setFailed] = useState(false);
  const shown = cited !== null && hasPart(lang, 'sources');
  const load = () => {
    if (figures.length > 0 && !shown) loadCitations(lang).then(setCited, () => setFailed(true));
  };
  // At once where the labels are already loaded, and again in the new language if the person switches.
  useEffect(() => void ((cited || hasPart(lang, 'sources')) && load()), [lang]);
  if (figures.length === 0 && !own && !children) return null;
  return (
    <details class="src">
      <summary aria-label={label ? t('src_of', label) : t('src_label')} title={t('src_label')} onPointerEnter={load} onFocus={load} onClick={load}>
        <span aria-hidden="true">{t('src_short')}</span>
      </summary>
      <div class="src-body">
        {children}
        {figures.length > 0 &&
          (shown ? (
            figures.map((id) => (
              <p key={id} data-figure={id}>
                <strong>{formatFigure(lang, FIGURES[id])}</strong>
                {figureJoin(lang, formatFigure(lang, FIGURES[id]), t(messageKey(`fig_${id}`)))}
                {t(messageKey(`fig_${id}`))} — <cite>{cited![id]}</cite>
              </p>
            ))
          ) : (
            // Not aria-busy: the popup keeps this line, in its closed disclosure, until a source is opened.
            <p role={failed ? 'alert' : undefined}>
              {failed ? t('src_failed') : t('src_loading')}
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
