/**
 * The class view: a teacher drops the students' reports here (anonymised hand-ins, or full reports that are
 * anonymised on import) and discusses the class's numbers. Nothing is stored: the reports live in this page's
 * memory only, and leave it only through the class export or the print the teacher clicks.
 *
 * Real weeks and practice hand-ins (the sandbox's counts, `practice: true`) are summed apart and shown apart. Each
 * summary teaches: families and values (Casilli's frame), measured and estimated time and the pay line for the class,
 * the spread between students. The page prints as a summary on paper (style.css, `@media print`).
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '@/components/download';
import { useI18n } from '@/components/i18n';
import { labelName, platformName } from '@/components/names';
import { useSettings } from '@/components/useSettings';
import { HowComputed, TimeAndPay } from '@/components/Valuation';
import {
  classAsSummary,
  classExport,
  classSummary,
  importFiles,
  MAX_FILE_BYTES,
  splitClass,
  top,
  type ClassEntry,
  type FileResult,
} from '@/lib/class';
import type { AnonymizedReport } from '@/lib/anonymize';
import { FAMILIES, VALUES } from '@/lib/concepts';
import { comparisonWage, wageOf } from '@/lib/estimates';
import { dayOf, KINDS } from '@/lib/events';
import { formatDay, formatDuration, formatNumber, numberFormat } from '@/lib/format';
import { messageKey, plural, type Lang, type MessageKey } from '@/lib/i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const QUESTIONS: MessageKey[] = [
  'class_question_work',
  'class_question_captcha',
  'class_question_spread',
  'class_question_like',
  'class_question_training',
  'class_question_pay',
];

/** "12 %" in French (narrow no-break space), "12%" in English. */
const share = (lang: Lang, part: number, whole: number) =>
  numberFormat(lang, { style: 'percent' }).format(whole > 0 ? part / whole : 0);

/** One summary (the real weeks, or the practice hand-ins): what the class did, what it is worth, how it varies. */
function ClassPart({ reports, practice }: { reports: AnonymizedReport[]; practice: boolean }) {
  const { t, lang } = useI18n();
  const settings = useSettings();
  const n = (v: number) => formatNumber(lang, v);
  const id = practice ? 'class-practice' : 'class';
  const summary = classSummary(reports);
  const all = classAsSummary(reports);
  const wage = wageOf(settings ?? DEFAULT_SETTINGS, lang);
  const other = comparisonWage(wage, settings ?? DEFAULT_SETTINGS, lang);
  const labels = top(summary.captchas.labels, 8);
  const platforms = top(summary.byPlatform, 8);
  const total = summary.totals.count;
  const dur = (s: number) => formatDuration(lang, s);
  return (
    <section aria-labelledby={`${id}-title`} class={`class-part${practice ? ' class-part-practice' : ''}`} data-testid={`${id}-part`}>
      <h2 id={`${id}-title`}>{t(practice ? 'classkit_practice_title' : 'class_summary_title')}</h2>
      {practice && <p class="class-practice-note">{t('classkit_practice_note')}</p>}
      <p class="class-totals" data-testid={`${id}-count`}>
        {plural(t, lang, 'classkit_reports', summary.reports, n(summary.reports))} ·{' '}
        {plural(t, lang, 'class_gestures', total, n(total))} · {t('class_measured', dur(summary.time.measured))}
      </p>
      {summary.reports > 0 && (
        <>
          <div class="class-pay" data-testid={`${id}-pay-block`}>
            <h3>{t('classkit_time_title')}</h3>
            <TimeAndPay summary={all} wage={wage} compare={other} testid={id} />
            <HowComputed summaries={[all]} wage={wage} compare={other} label={t('classkit_time_title')} />
            <p class="muted small">{t('classkit_pay_yardstick')}</p>
          </div>

          <div class="class-columns">
            <section>
              <h3>{t('classkit_families_title')}</h3>
              <table data-testid={`${id}-families`}>
                <tbody>
                  {FAMILIES.map((f) => (
                    <tr key={f} data-family={f}>
                      <th scope="row">{t(messageKey(`family_${f}`))}</th>
                      <td class="num">{n(summary.byFamily[f].count)}</td>
                      <td class="num muted">{share(lang, summary.byFamily[f].count, total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {summary.byFamily['on-demand'].count === 0 && <p class="muted small">{t('classkit_on_demand_note')}</p>}
            </section>
            <section>
              <h3>{t('classkit_values_title')}</h3>
              <table data-testid={`${id}-values`}>
                <tbody>
                  {VALUES.map((v) => (
                    <tr key={v} data-value={v}>
                      <th scope="row">{t(messageKey(`value_${v}`))}</th>
                      <td class="num">{n(summary.byValue[v].count)}</td>
                      <td class="num muted">{share(lang, summary.byValue[v].count, total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>

          <h3>{t('classkit_spread_title')}</h3>
          <p class="muted small">{t('classkit_spread_help')}</p>
          <table data-testid={`${id}-spread`} class="class-spread">
            <thead>
              <tr>
                <th />
                <th class="num">{t('class_total')}</th>
                <th class="num">{t('class_min')}</th>
                <th class="num">{t('class_median')}</th>
                <th class="num">{t('class_max')}</th>
              </tr>
            </thead>
            <tbody>
              <tr class="class-spread-all" data-row="gestures">
                <th scope="row">{t('classkit_spread_gestures')}</th>
                <td class="num">{n(total)}</td>
                <td class="num">{n(summary.perStudent.gestures.min)}</td>
                <td class="num">{formatNumber(lang, summary.perStudent.gestures.median, 1)}</td>
                <td class="num">{n(summary.perStudent.gestures.max)}</td>
              </tr>
              <tr class="class-spread-all" data-row="time">
                <th scope="row">{t('classkit_spread_time')}</th>
                <td class="num">{dur(summary.time.measured + summary.time.estimated)}</td>
                <td class="num">{dur(summary.perStudent.seconds.min)}</td>
                <td class="num">{dur(summary.perStudent.seconds.median)}</td>
                <td class="num">{dur(summary.perStudent.seconds.max)}</td>
              </tr>
              {KINDS.filter((k) => summary.byKind[k].count > 0).map((k) => (
                <tr key={k} data-kind={k}>
                  <th scope="row">{t(messageKey(`kind_${k}`))}</th>
                  <td class="num">{n(summary.byKind[k].count)}</td>
                  <td class="num">{n(summary.spread[k].min)}</td>
                  <td class="num">{formatNumber(lang, summary.spread[k].median, 1)}</td>
                  <td class="num">{n(summary.spread[k].max)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="class-columns">
            <section>
              <h3>{t('class_top_platforms')}</h3>
              <ol data-testid={`${id}-platforms`}>
                {platforms.map(([p, c]) => (
                  <li key={p}>
                    {platformName(t, p)} <span class="muted">{n(c)}</span>
                  </li>
                ))}
              </ol>
            </section>
            <section>
              <h3>{t('class_top_labels')}</h3>
              {labels.length === 0 ? (
                <p class="muted">{t('classkit_no_captcha')}</p>
              ) : (
                <ol data-testid={`${id}-labels`}>
                  {labels.map(([l, c]) => (
                    <li key={l}>
                      {labelName(t, l)} <span class="muted">{n(c)}</span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </div>
        </>
      )}
    </section>
  );
}

export function ClassView() {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<ClassEntry[]>([]);
  const [results, setResults] = useState<FileResult[]>([]);
  const [busy, setBusy] = useState(false);
  const { real, practice } = splitClass(entries);
  const solved = classSummary(real.length > 0 ? real : practice).captchas.solved;
  const n = (v: number) => formatNumber(lang, v);

  const onFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = ''; // the same file can be chosen again (and is then reported as a duplicate)
    if (files.length === 0) return;
    setBusy(true);
    const out = await importFiles(entries, files);
    setEntries(out.entries);
    setResults(out.results);
    setBusy(false);
  };

  const message = (r: FileResult) => {
    if (r.ok) return t('class_file_ok', r.name);
    const code = r.error!.code.replace(/-/g, '_');
    return t(messageKey(`class_error_${code}`), r.name, r.error!.detail ?? '', Math.round(MAX_FILE_BYTES / 1024 / 1024));
  };

  return (
    <main class="class-view">
      <header>
        <h1>{t('class_title')}</h1>
        <p class="print-only class-print-date">{t('classkit_printed', formatDay(lang, dayOf(Date.now()), { dateStyle: 'long' }))}</p>
        <p class="no-print">{t('class_intro')}</p>
        <p class="no-print">
          <a href={browser.runtime.getURL('/report.html')}>{t('class_back_to_report')}</a>
          {' · '}
          <a href={browser.runtime.getURL('/teacher.html')} data-testid="open-teacher" target="_blank" rel="noopener">
            {t('teacher_open')}
          </a>
        </p>
      </header>
      <section aria-labelledby="class-import-title" class="no-print">
        <h2 id="class-import-title">{t('class_import_title')}</h2>
        <label class="class-import-label">
          {t('class_import_label')}{' '}
          <input
            type="file"
            multiple
            accept=".json,application/json"
            data-testid="class-import"
            disabled={busy}
            onChange={(e) => void onFiles(e.currentTarget)}
          />
        </label>
        {results.length > 0 && (
          <ul class="class-results" data-testid="class-results" aria-live="polite">
            {results.map((r, i) => (
              <li key={i} class={r.ok ? 'ok' : 'error'} data-testid="class-result" data-ok={String(r.ok)} data-code={r.error?.code ?? 'ok'}>
                {message(r)}
              </li>
            ))}
          </ul>
        )}
        {entries.length > 0 && (
          <p>
            <button
              type="button"
              data-testid="class-clear"
              onClick={() => {
                setEntries([]);
                setResults([]);
              }}
            >
              {t('class_clear')}
            </button>
          </p>
        )}
      </section>

      {(real.length > 0 || practice.length === 0) && <ClassPart reports={real} practice={false} />}
      {practice.length > 0 && <ClassPart reports={practice} practice />}

      <p class="no-print class-buttons">
        <button
          type="button"
          data-testid="class-export"
          disabled={entries.length === 0}
          onClick={() => downloadText('travail-du-clic-class.json', `${JSON.stringify(classExport(entries), null, 2)}\n`, 'application/json')}
        >
          {t('class_export')}
        </button>{' '}
        <button type="button" data-testid="class-print" disabled={entries.length === 0} onClick={() => window.print()}>
          {t('classkit_print')}
        </button>
      </p>

      <section aria-labelledby="class-questions-title">
        <h2 id="class-questions-title">{t('class_questions_title')}</h2>
        <ol class="class-questions" data-testid="class-questions">
          {/* The CAPTCHA question only when the class met some: "solved 0 CAPTCHAs... the pictures you picked" reads wrong. */}
          {QUESTIONS.filter((q) => q !== 'class_question_captcha' || solved > 0).map((q) => (
            <li key={q}>{q === 'class_question_captcha' ? plural(t, lang, q, solved, n(solved)) : t(q)}</li>
          ))}
        </ol>
        <p class="muted small">{t('classkit_questions_more')}</p>
      </section>
    </main>
  );
}
