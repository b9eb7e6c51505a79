/** The class view page: per-file messages in both languages, hostile file names shown as text, the class totals. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { ClassView } from '@/entrypoints/class/ClassView';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { anonymize } from '@/lib/anonymize';
import type { ImportErrorCode } from '@/lib/class';
import type { Lang } from '@/lib/i18n';
import { buildReport } from '@/lib/report';
import { EVENTS, GENERATED, WEEK } from './dataset';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

const CODES: ImportErrorCode[] = ['too-big', 'not-json', 'format', 'version', 'shape', 'unknown-kind', 'duplicate', 'too-many'];

function choose(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

describe.each(['en', 'fr'] as Lang[])('class view, %s', (lang) => {
  it('says for each file what happened, in the UI language, and sums the good ones', async () => {
    render(
      <I18nProvider lang={lang}>
        <ClassView />
      </I18nProvider>,
    );
    const good = JSON.stringify(anonymize(buildReport(EVENTS, WEEK, GENERATED)));
    // The same week exported again an hour later: only generatedAt differs.
    const again = JSON.stringify(anonymize(buildReport(EVENTS, WEEK, new Date(GENERATED.getTime() + 3_600_000))));
    const input = screen.getByTestId('class-import') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.type).toBe('file');
    choose(input, [
      new File([good], 'eleve-1.json', { type: 'application/json' }),
      new File(['{"format":"digital-labor-report","version":7}'], '<img src=x onerror=alert(1)>.json'),
      new File([again], 'copie.json'),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('class-result')).toHaveLength(3), { timeout: 5000 });
    const [ok, version, dup] = screen.getAllByTestId('class-result');
    const catalog = lang === 'en' ? en : fr;
    expect(ok!.textContent).toBe(catalog.class_file_ok.message.replace('$1', 'eleve-1.json'));
    // The file name is text, never markup.
    expect(version!.textContent).toContain('<img src=x onerror=alert(1)>.json');
    expect(version!.querySelector('img')).toBeNull();
    expect(version!.textContent).toContain('7');
    expect(dup!.getAttribute('data-code')).toBe('duplicate');
    // The teacher is told which file repeats which.
    expect(dup!.textContent).toBe(catalog.class_error_duplicate.message.replace('$1', 'copie.json').replace('$2', 'eleve-1.json'));
    expect(screen.getByTestId('class-count').textContent).toContain(catalog.classkit_reports_one.message.replace('$1', '1'));
    // Two rows per student (all gestures, time), then one per kind the class made.
    expect(screen.getByTestId('class-spread').querySelectorAll('tbody tr')).toHaveLength(6);
    expect(screen.getByTestId('class-questions').querySelectorAll('li')).toHaveLength(6);
  }, 20_000);

  it('tells clearly why a hand-in with an unknown kind is refused, and imports one made before the new kinds', async () => {
    render(
      <I18nProvider lang={lang}>
        <ClassView />
      </I18nProvider>,
    );
    const report = anonymize(buildReport(EVENTS, WEEK, GENERATED)) as unknown as { byKind: Record<string, unknown> };
    const future = { ...report, byKind: { ...report.byKind, 'voice-label': { count: 0, seconds: 0 } } };
    const old = { ...report, byKind: { ...report.byKind } };
    delete old.byKind['ai-feedback'];
    delete old.byKind['result-click'];
    choose(screen.getByTestId('class-import') as HTMLInputElement, [
      new File([JSON.stringify(future)], 'futur.json'),
      new File([JSON.stringify(old)], 'ancien.json'),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('class-result')).toHaveLength(2), { timeout: 5000 });
    const [refused, imported] = screen.getAllByTestId('class-result');
    const catalog = lang === 'en' ? en : fr;
    expect(refused!.getAttribute('data-code')).toBe('unknown-kind');
    expect(refused!.textContent).toBe(catalog.class_error_unknown_kind.message.replace('$1', 'futur.json').replace('$2', 'voice-label'));
    expect(imported!.getAttribute('data-ok')).toBe('true');
  }, 20_000);
});

it('has a message for every import error, in English and French', () => {
  for (const code of CODES) {
    const key = `class_error_${code.replace(/-/g, '_')}` as keyof typeof en;
    expect(en[key]?.message, key).toBeTruthy();
    expect((fr as typeof en)[key]?.message, key).toBeTruthy();
  }
});
