/**
 * Casilli's frame in the product's own words (public/_locales: concept_*, glossary_*, action_*): a card per kind of
 * gesture, per family and per value, a glossary and the book's proposals. Chapters come from lib/concepts.ts.
 */
import { AI_OPT_OUTS, KIND_SOURCES } from '@/lib/concept-sources';
import { FAMILIES, FAMILY_CHAPTERS, KIND_CONCEPTS, VALUES, VALUE_CHAPTERS } from '@/lib/concepts';
import { KINDS, type Kind } from '@/lib/events';
import { FIGURES, type FigureId } from '@/lib/figures';
import { figureJoin, formatFigure, formatNumber } from '@/lib/format';
import { messageKey, type T } from '@/lib/i18n';
import type { Summary } from '@/lib/report';
import { conceptAnchor } from './Breakdown';
import { platformName } from './names';
import { useI18n } from './i18n';
import { Source } from './Source';

/** Figures each card cites; together with the wages of the valuation they are every entry of lib/figures.ts. */
export const CARD_FIGURES: Partial<Record<string, FigureId[]>> = {
  'kind-reaction': ['klmClick'],
  'kind-captcha': ['recaptchaCheckbox', 'recaptchaImage', 'recaptchaField', 'recaptchaLab', 'textCaptcha', 'gameCaptcha', 'recaptchaLaunchDaily', 'recaptchaHours'],
  'kind-post-view': ['socialMediaDaily'],
  'kind-ai-feedback': ['anthropicFeedbackYears'],
  'family-micro': ['microworkersFrance', 'chinaWitkey', 'mturkMedian', 'iloMicroHalf', 'bergAverage', 'bergAverageUnpaid', 'lowestTaskPay'],
  'value-monetisation': ['metaArpu2025', 'metaArpuQ4_2024', 'facebookArpuQ4_2022'],
};

/** "ch. 4-5" in the UI language: "chap. 4-5". */
export const chapterText = (t: T, chapter: string) => t('concept_where', chapter.replace(/^ch\.\s*/, ''));

/** One figure in words, with its source one click away. */
export function FigureLine({ id }: { id: FigureId }) {
  const { t, lang } = useI18n();
  return (
    <li data-figure={id}>
      <strong>{formatFigure(lang, FIGURES[id])}</strong>
      {figureJoin(lang, formatFigure(lang, FIGURES[id]), t(messageKey(`fig_${id}`)))}
      {t(messageKey(`fig_${id}`))} <Source figures={[id]} label={t(messageKey(`fig_${id}`))} />
    </li>
  );
}

function Card({ anchor, title, body, chapter, count, sub }: { anchor: string; title: string; body: string; chapter: string; count?: string; sub?: string }) {
  const { t } = useI18n();
  const figures = CARD_FIGURES[anchor.replace(/^concept-/, '')] ?? [];
  // Sources that are not numbers (help-centre pages, court findings), one click away.
  const cites = KIND_SOURCES[anchor.replace(/^concept-kind-/, '') as Kind] ?? [];
  return (
    <article class="card" id={anchor} tabIndex={-1} aria-labelledby={`${anchor}-h`}>
      <h3 id={`${anchor}-h`}>{title}</h3>
      {sub && <p class="card-sub">{sub}</p>}
      <p>{body}</p>
      {figures.length > 0 && (
        <ul class="figures" aria-label={t('concept_figures')}>
          {figures.map((f) => (
            <FigureLine key={f} id={f} />
          ))}
        </ul>
      )}
      {cites.length > 0 && (
        <div class="card-sources" data-testid={`${anchor}-sources`}>
          <Source label={t('concept_sources_of', title)}>
            {cites.map((c) => (
              <p key={c.id} data-source={c.id}>
                <cite>{c.cite}</cite>
              </p>
            ))}
          </Source>
        </div>
      )}
      <p class="card-foot">
        <span class="muted">{chapterText(t, chapter)}</span>
        {count && <span class="card-count">{count}</span>}
      </p>
    </article>
  );
}

export function ConceptCards({ summary }: { summary: Summary }) {
  const { t, lang } = useI18n();
  const thisWeek = (n: number) => t('concept_this_week', formatNumber(lang, n));
  const kindSub = (k: Kind) =>
    `${t(messageKey(`family_${KIND_CONCEPTS[k].family}`))} · ${t(messageKey(`value_${KIND_CONCEPTS[k].value}`))}`;
  return (
    <section aria-labelledby="concepts-h" class="concepts">
      <h2 id="concepts-h">{t('concepts_title')}</h2>
      <p class="muted">{t('concepts_intro')}</p>
      <h3 class="group">{t('concepts_families')}</h3>
      <div class="cards">
        {FAMILIES.map((f) => (
          <Card key={f} anchor={conceptAnchor('family', f)} title={t(messageKey(`family_${f}`))} body={t(messageKey(`concept_family_${f}`))} chapter={FAMILY_CHAPTERS[f]} count={thisWeek(summary.byFamily[f].count)} />
        ))}
      </div>
      <h3 class="group">{t('concepts_values')}</h3>
      <div class="cards">
        {VALUES.map((v) => (
          <Card key={v} anchor={conceptAnchor('value', v)} title={t(messageKey(`value_${v}`))} body={t(messageKey(`concept_value_${v}`))} chapter={VALUE_CHAPTERS[v]} count={thisWeek(summary.byValue[v].count)} />
        ))}
      </div>
      <h3 class="group">{t('concepts_kinds')}</h3>
      <div class="cards">
        {KINDS.map((k) => (
          <Card key={k} anchor={conceptAnchor('kind', k)} title={t(messageKey(`kind_${k}`))} sub={kindSub(k)} body={t(messageKey(`concept_kind_${k}`))} chapter={KIND_CONCEPTS[k].chapter} count={thisWeek(summary.byKind[k].count)} />
        ))}
      </div>
    </section>
  );
}

/** Terms of the book, with where it discusses them (chapters and pages from the seminar handout in shared/seeds). */
export const GLOSSARY = [
  ['digital_labor', '1'],
  ['taskification', '1-2'],
  ['datafication', '1, 5'],
  ['platformisation', '2'],
  ['on_demand', '3'],
  ['microwork', '4'],
  ['mechanical_turk', '4'],
  ['click_farms', '4'],
  ['social_labor', '5'],
  ['produser', '6'],
  ['values', '3, 5'],
  ['enable_train_impersonate', '1, p. 56'],
] as const;

export function Glossary() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="glossary-h" class="glossary" id="glossary">
      <h2 id="glossary-h">{t('glossary_title')}</h2>
      <dl>
        {GLOSSARY.map(([id, where]) => (
          <div key={id} id={`glossary-${id}`}>
            <dt>{t(messageKey(`glossary_${id}_term`))}</dt>
            <dd>
              {t(messageKey(`glossary_${id}_def`))} <span class="muted">({t('concept_where', where)})</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export const ACTIONS = ['recognition', 'cooperatives', 'commons', 'income'] as const;

export function WhatCanBeDone() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="actions-h" class="actions" id="what-can-be-done">
      <h2 id="actions-h">{t('actions_title')}</h2>
      <p>{t('actions_intro')}</p>
      <ul class="actions-list">
        {ACTIONS.map((a) => (
          <li key={a}>
            <strong>{t(messageKey(`action_${a}_title`))}</strong> — {t(messageKey(`action_${a}_body`))}
          </li>
        ))}
      </ul>
      <AiFeedbackActions />
    </section>
  );
}

/** What a person can do about rating AI answers: when a thumb is worth it, and each assistant's training opt-out. */
function AiFeedbackActions() {
  const { t } = useI18n();
  return (
    <div class="ai-actions" id="what-can-be-done-ai" data-testid="ai-actions">
      <h3>{t('actions_ai_title')}</h3>
      <p>{t('actions_ai_when')}</p>
      <p>{t('actions_ai_optout_intro')}</p>
      <ul class="ai-optouts">
        {AI_OPT_OUTS.map(({ platform, cite }) => (
          <li key={platform} data-testid={`ai-optout-${platform}`}>
            <strong>{platformName(t, platform)}</strong> — {t(messageKey(`ai_optout_${platform}`))}{' '}
            <Source label={t('src_of', platformName(t, platform))}>
              <p>
                <cite>{cite}</cite>
              </p>
            </Source>
          </li>
        ))}
      </ul>
    </div>
  );
}
