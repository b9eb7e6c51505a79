/**
 * The teacher's guide (teacher.html): a 50-minute lesson plan with the two ways to collect the class's numbers (the
 * practice sandbox, or a week of real use), the teaching sheet's questions a-e with model answers written for this
 * project (never copied from the sheet or the book), a counter-view and resources. Printable (style.css, `@media
 * print`). Linked from the report page's practice section and from the class view.
 */
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';

const STEPS = [1, 2, 3, 4, 5] as const;
const QUESTIONS = ['a', 'b', 'c', 'd', 'e'] as const;
const key = (k: string) => k as MessageKey;

/** Titles stay in their language (they are names); only what is said about them is translated. */
const RESOURCES: { id: string; cite: string; url?: string; about: MessageKey }[] = [
  {
    id: 'book',
    cite: 'Antonio A. Casilli, En attendant les robots. Enquête sur le travail du clic, Paris, Seuil, 2019.',
    url: 'https://www.seuil.com/ouvrage/en-attendant-les-robots-antonio-a-casilli/9782021401882',
    about: 'teacher_res_book',
  },
  {
    id: 'book-en',
    cite: 'Antonio A. Casilli, Waiting for Robots: The Hired Hands of Automation, University of Chicago Press, 2025.',
    about: 'teacher_res_book_en',
  },
  {
    id: 'invisibles',
    cite: 'Invisibles – Les travailleurs du clic (France Télévisions, france.tv slash, 2020): « Micro-travailler plus pour micro-gagner moins ».',
    url: 'https://www.france.tv/slash/invisibles/',
    about: 'teacher_res_doc',
  },
  {
    id: 'diplab',
    cite: 'A. A. Casilli, P. Tubaro, C. Le Ludec, M. Coville, M. Besenval, T. Mouhtare, E. Wahal, Le Micro-travail en France. Derrière l’automatisation, de nouvelles précarités au travail ?, DiPLab, 2019.',
    url: 'https://diplab.eu/',
    about: 'teacher_res_diplab',
  },
];

export function Teacher() {
  const { t } = useI18n();
  return (
    <main class="teacher">
      <header>
        <h1>{t('teacher_title')}</h1>
        <p class="lead">{t('teacher_intro')}</p>
        <p class="no-print teacher-links">
          <a href={browser.runtime.getURL('/practice.html')} target="_blank" rel="noopener" data-testid="teacher-open-practice">
            {t('practice_open')}
          </a>
          {' · '}
          <a href={browser.runtime.getURL('/class.html')} target="_blank" rel="noopener" data-testid="teacher-open-class">
            {t('class_open')}
          </a>
          {' · '}
          <button type="button" data-testid="teacher-print" onClick={() => window.print()}>
            {t('teacher_print')}
          </button>
        </p>
        <nav class="no-print toc" aria-label={t('teacher_toc')}>
          <a href="#plan">{t('teacher_plan_title')}</a>
          <a href="#questions">{t('teacher_qa_title')}</a>
          <a href="#counter">{t('teacher_counter_title')}</a>
          <a href="#resources">{t('teacher_resources_title')}</a>
        </nav>
      </header>

      <section id="plan" aria-labelledby="plan-title">
        <h2 id="plan-title">{t('teacher_plan_title')}</h2>
        <h3>{t('teacher_before_title')}</h3>
        <div class="paths">
          <div class="path" data-testid="teacher-path-sandbox">
            <h4>{t('teacher_path_sandbox_title')}</h4>
            <p>{t('teacher_path_sandbox')}</p>
          </div>
          <div class="path" data-testid="teacher-path-week">
            <h4>{t('teacher_path_week_title')}</h4>
            <p>{t('teacher_path_week')}</p>
          </div>
        </div>
        <h3>{t('teacher_steps_title')}</h3>
        <table class="steps" data-testid="teacher-steps">
          <thead>
            <tr>
              <th scope="col">{t('teacher_col_time')}</th>
              <th scope="col">{t('teacher_col_step')}</th>
              <th scope="col">{t('teacher_col_what')}</th>
            </tr>
          </thead>
          <tbody>
            {STEPS.map((i) => (
              <tr key={i}>
                <td class="when">{t(key(`teacher_step${i}_time`))}</td>
                <th scope="row">{t(key(`teacher_step${i}_title`))}</th>
                <td>{t(key(`teacher_step${i}`))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">{t('teacher_total')}</p>
      </section>

      <section id="questions" aria-labelledby="questions-title">
        <h2 id="questions-title">{t('teacher_qa_title')}</h2>
        <p class="muted">{t('teacher_qa_intro')}</p>
        <dl class="qa" data-testid="teacher-questions">
          {QUESTIONS.map((q) => (
            <div key={q} class="qa-item" data-question={q}>
              <dt>{t(key(`teacher_q_${q}`))}</dt>
              <dd>
                <span class="sr-label">{t('teacher_qa_answer')}</span>
                {t(key(`teacher_a_${q}`))}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="counter" aria-labelledby="counter-title">
        <h2 id="counter-title">{t('teacher_counter_title')}</h2>
        <p>{t('teacher_counter_against')}</p>
        <p>{t('teacher_counter_for')}</p>
        <p class="debate">{t('teacher_counter_debate')}</p>
      </section>

      <section id="resources" aria-labelledby="resources-title">
        <h2 id="resources-title">{t('teacher_resources_title')}</h2>
        <ul class="resources" data-testid="teacher-resources">
          {RESOURCES.map((r) => (
            <li key={r.id}>
              <cite>{r.cite}</cite> <span class="muted">{t(r.about)}</span>{' '}
              {r.url && (
                <a href={r.url} target="_blank" rel="noopener noreferrer" class="url">
                  {r.url.replace(/^https:\/\//, '')}
                </a>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('teacher_privacy_title')}</h2>
        <p>{t('teacher_privacy')}</p>
      </section>
    </main>
  );
}
