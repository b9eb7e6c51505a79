/**
 * The class view: a teacher drops the students' reports here (anonymised hand-ins, or full reports that are
 * anonymised on import) and discusses the class's numbers. Nothing is stored: the reports live in this page's
 * memory only, and leave it only through the class export the teacher clicks.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '@/components/download';
import { useI18n } from '@/components/i18n';
import { labelName, platformName } from '@/components/names';
import { classSummary, importFiles, MAX_FILE_BYTES, top, type ClassEntry, type FileResult } from '@/lib/class';
import { KINDS } from '@/lib/events';
import { formatDuration, formatNumber } from '@/lib/format';
import { messageKey, type MessageKey } from '@/lib/i18n';

const QUESTIONS: MessageKey[] = [
  'class_question_work',
  'class_question_captcha',
  'class_question_spread',
  'class_question_like',
  'class_question_training',
  'class_question_pay',
];

export function ClassView() {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<ClassEntry[]>([]);
  const [results, setResults] = useState<FileResult[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = classSummary(entries.map((e) => e.report));
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

  const labels = top(summary.captchas.labels, 8);
  const platforms = top(summary.byPlatform, 8);
  return (
    <main class="class-view">
      <header>
        <h1>{t('class_title')}</h1>
        <p>{t('class_intro')}</p>
        <p>
          <a href={browser.runtime.getURL('/report.html')}>{t('class_back_to_report')}</a>
        </p>
      </header>
      <section aria-labelledby="class-import-title">
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

      <section aria-labelledby="class-summary-title">
        <h2 id="class-summary-title">{t('class_summary_title')}</h2>
        <p class="class-totals" data-testid="class-count">
          {t('class_reports', n(summary.reports))} · {t('class_gestures', n(summary.totals.count))} ·{' '}
          {t('class_measured', formatDuration(lang, summary.totals.seconds))}
        </p>
        {summary.reports > 0 && (
          <>
            <table data-testid="class-spread">
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
                {KINDS.filter((k) => summary.byKind[k].count > 0).map((k) => (
                  <tr key={k} data-kind={k}>
                    <th scope="row">{t(messageKey(`kind_${k}`))}</th>
                    <td class="num">{n(summary.byKind[k].count)}</td>
                    <td class="num">{n(summary.spread[k].min)}</td>
                    <td class="num">{n(summary.spread[k].median)}</td>
                    <td class="num">{n(summary.spread[k].max)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div class="class-columns">
              <section>
                <h3>{t('class_top_platforms')}</h3>
                <ol data-testid="class-platforms">
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
                  <p class="muted">–</p>
                ) : (
                  <ol data-testid="class-labels">
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
        <button
          type="button"
          data-testid="class-export"
          disabled={summary.reports === 0}
          onClick={() => downloadText('travail-du-clic-class.json', `${JSON.stringify(summary, null, 2)}\n`, 'application/json')}
        >
          {t('class_export')}
        </button>
      </section>

      <section aria-labelledby="class-questions-title">
        <h2 id="class-questions-title">{t('class_questions_title')}</h2>
        <ol class="class-questions" data-testid="class-questions">
          {QUESTIONS.map((q) => (
            <li key={q}>{t(q, n(summary.captchas.solved))}</li>
          ))}
        </ol>
      </section>
    </main>
  );
}
