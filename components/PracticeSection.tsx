import { browser } from 'wxt/browser';
import { clearPractice, practiceEvents, type LaborDB } from '@/lib/db';
import { dayOf, KINDS } from '@/lib/events';
import { formatNumber } from '@/lib/format';
import { messageKey, plural } from '@/lib/i18n';
import { practiceHandIn } from '@/lib/practice';
import { downloadText } from './download';
import { useI18n } from './i18n';
import { useLive } from './useLive';

/**
 * What was done on the practice sandbox, shown apart from the real numbers (it is never in the weekly report or its
 * exports), with a practice hand-in (anonymised, marked as practice, for a class that only used the sandbox) and one
 * button to clear it. Used on the report page and on the practice page itself.
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
          <p data-testid="practice-count">{plural(t, lang, 'sandbox_count', events.length, formatNumber(lang, events.length))}</p>
          <ul class="practice-kinds">
            {KINDS.filter((k) => counts.has(k)).map((k) => (
              <li key={k} data-testid={`practice-kind-${k}`}>
                {t('sandbox_kind_count', t(messageKey(`kind_${k}`)), formatNumber(lang, counts.get(k)!))}
                {k === 'captcha' && rounds > 0 ? ` (${plural(t, lang, 'sandbox_rounds', rounds, formatNumber(lang, rounds))})` : ''}
              </li>
            ))}
          </ul>
          <p class="muted">{t('sandbox_handin_help')}</p>
          <p class="practice-buttons">
            <button
              type="button"
              data-testid="practice-handin"
              onClick={() =>
                downloadText(
                  `travail-du-clic-practice-${dayOf(Date.now())}.json`,
                  `${JSON.stringify(practiceHandIn(events), null, 2)}\n`,
                  'application/json',
                )
              }
            >
              {t('sandbox_handin')}
            </button>{' '}
            <button type="button" data-testid="practice-clear" onClick={() => void clearPractice(db)}>
              {t('practice_clear')}
            </button>
          </p>
        </>
      )}
      {link && (
        <p>
          <a href={browser.runtime.getURL('/practice.html')} data-testid="open-practice" target="_blank" rel="noopener">
            {t('practice_open')}
          </a>
          {' · '}
          <a href={browser.runtime.getURL('/teacher.html')} data-testid="open-teacher" target="_blank" rel="noopener">
            {t('teacher_open')}
          </a>
        </p>
      )}
    </section>
  );
}
