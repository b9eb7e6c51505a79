import { useEffect } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { formatDay } from '@/lib/format';
import { POLICY } from '@/lib/privacy-policy';

/**
 * The privacy policy inside the extension (issue 15): the same text as docs/PRIVACY.md (lib/privacy-policy.ts), in
 * the UI language. Linked from the welcome page and the settings; the stores link to the document.
 */
export function Privacy() {
  const { t, lang } = useI18n();
  const policy = POLICY[lang];
  useEffect(() => {
    document.title = `${policy.title} · ${t('extName')}`;
  }, [policy, t]);
  return (
    <main class="privacy" data-testid="privacy">
      <h1>
        {t('extName')} · {policy.title}
      </h1>
      <p class="muted">
        {policy.updatedLabel} <time dateTime={policy.updated}>{formatDay(lang, policy.updated, { dateStyle: 'long' })}</time>
      </p>
      <p class="privacy-summary">{policy.summary}</p>
      <nav aria-labelledby="privacy-toc-h">
        <h2 id="privacy-toc-h" class="sr-only">
          {policy.contents}
        </h2>
        <ol class="privacy-toc">
          {policy.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {policy.sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-h`} data-testid={`privacy-${s.id}`}>
          <h2 id={`${s.id}-h`}>{s.title}</h2>
          {s.text?.map((p, i) => <p key={i}>{p}</p>)}
          {s.items && (
            <ul>
              {s.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          )}
          {s.after?.map((p, i) => <p key={i}>{p}</p>)}
        </section>
      ))}
    </main>
  );
}
