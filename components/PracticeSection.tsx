import { browser } from 'wxt/browser';
import { clearPractice, practiceEvents, type LaborDB } from '@/lib/db';
import { KINDS } from '@/lib/events';
import { formatNumber } from '@/lib/format';
import { messageKey } from '@/lib/i18n';
import { useI18n } from './i18n';
import { useLive } from './useLive';

/**
 * What was done on the practice sandbox, shown apart from the real numbers (it is never in the weekly report or its
 * exports), with one button to clear it. Used on the report page and on the practice page itself.
 */
export function PracticeSection({ db, link = true }: { db: LaborDB; link?: boolean }) {
  const { t, lang } = useI18n();
  const { data: events } = useLive(() => practiceEvents(db), []);
  const counts = new Map<string, number>();
  for (const e of events ?? []) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const rounds = (events ?? []).reduce((n, e) => n + (e.rounds ?? 0), 0);
  return (
    <section class="practice-section" data-testid="practice-section" aria-labelledby="practice-section-title">
      <h2 id="practice-section-title">{t('practice_section_title')}</h2>
      <p class="muted">{t('practice_section_apart')}</p>
      {!events || events.length === 0 ? (
        <p data-testid="practice-empty">{t('practice_section_empty')}</p>
      ) : (
        <>
          <p data-testid="practice-count">{t('practice_section_count', formatNumber(lang, events.length))}</p>
          <ul class="practice-kinds">
            {KINDS.filter((k) => counts.has(k)).map((k) => (
              <li key={k} data-testid={`practice-kind-${k}`}>
                {t(messageKey(`kind_${k}`))}: {formatNumber(lang, counts.get(k)!)}
                {k === 'captcha' && rounds > 0 ? ` (${t('practice_section_rounds', formatNumber(lang, rounds))})` : ''}
              </li>
            ))}
          </ul>
          <button type="button" data-testid="practice-clear" onClick={() => void clearPractice(db)}>
            {t('practice_clear')}
          </button>
        </>
      )}
      {link && (
        <p>
          <a href={browser.runtime.getURL('/practice.html')} data-testid="open-practice" target="_blank" rel="noopener">
            {t('practice_open')}
          </a>
        </p>
      )}
    </section>
  );
}
