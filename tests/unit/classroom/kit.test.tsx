/**
 * The classroom kit (issue 13): practice hand-ins (anonymised, marked, kept apart in the class view, older hand-ins
 * still read), a class summary that teaches (families, values, measured and estimated time, the spread per student),
 * the sandbox's "what it gave" sentences, and the teacher's guide in both languages.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { ClassView } from '@/entrypoints/class/ClassView';
import { Teacher } from '@/entrypoints/teacher/Teacher';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { anonymize } from '@/lib/anonymize';
import { classExport, classSummary, importFiles, parseReport, type IncomingFile } from '@/lib/class';
import { FAMILIES, KIND_CONCEPTS, VALUES } from '@/lib/concepts';
import { KINDS, type LaborEvent } from '@/lib/events';
import { DEFAULT_GESTURE_SECONDS } from '@/lib/figures';
import type { Lang } from '@/lib/i18n';
import { gaveKey, practiceHandIn } from '@/lib/practice';
import { buildReport } from '@/lib/report';
import { EVENTS, GENERATED, WEEK } from './dataset';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

const file = (name: string, content: unknown): IncomingFile => {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return { name, size: text.length, text: async () => text };
};

const at = (day: string, time: string) => Date.parse(`${day}T${time}:00.000Z`);
/** What a pupil does in the sandbox: the recorder stores it with site `practice`. */
const PRACTICE: LaborEvent[] = [
  { uid: 'p000000001', at: at('2026-11-24', '10:00'), day: '2026-11-24', kind: 'reaction', platform: 'x', site: 'practice' },
  { uid: 'p000000002', at: at('2026-11-24', '10:01'), day: '2026-11-24', kind: 'comment', platform: 'x', site: 'practice' },
  { uid: 'p000000003', at: at('2026-11-24', '10:02'), day: '2026-11-24', kind: 'report', platform: 'x', site: 'practice' },
  { uid: 'p000000004', at: at('2026-11-24', '10:03'), day: '2026-11-24', kind: 'rating', platform: 'google-maps', site: 'practice' },
  {
    uid: 'p000000005',
    at: at('2026-11-25', '10:04'),
    day: '2026-11-25',
    kind: 'captcha',
    platform: 'recaptcha',
    site: 'practice',
    seconds: 8.2,
    rounds: 2,
    labels: ['bicycle', 'traffic light'],
  },
];

describe('practice hand-in', () => {
  it('is an anonymised report marked as practice, over the practice days, without any site or event', () => {
    const h = practiceHandIn(PRACTICE, new Date('2026-11-25T12:00:00Z'));
    expect(h).toMatchObject({ format: 'digital-labor-report', version: 1, anonymized: true, practice: true });
    expect(h.period).toEqual({ start: '2026-11-24', end: '2026-11-25' });
    expect(h.days.map((d) => d.count)).toEqual([4, 1]);
    expect(h.totals.count).toBe(5);
    expect(h.byKind.rating.count).toBe(1);
    expect(h.captchas).toMatchObject({ solved: 1, rounds: 2, seconds: 8.2 });
    expect(JSON.stringify(h)).not.toMatch(/"site"|"events"|practice\.html|"uid"/);
    // Nothing done yet: an empty hand-in of today.
    expect(practiceHandIn([], new Date(2026, 10, 26, 12)).period).toEqual({ start: '2026-11-26', end: '2026-11-26' });
  });

  it('is read back as practice; a real or older hand-in (no field) stays real; a crafted value is refused', () => {
    const practice = parseReport(JSON.stringify(practiceHandIn(PRACTICE)));
    expect(practice.ok && practice.report.practice).toBe(true);
    const real = parseReport(JSON.stringify(anonymize(buildReport(EVENTS, WEEK, GENERATED))));
    expect(real.ok && 'practice' in real.report).toBe(false);
    const notTrue = parseReport(JSON.stringify({ ...practiceHandIn(PRACTICE), practice: false }));
    expect(notTrue.ok && 'practice' in notTrue.report).toBe(false);
    const crafted = parseReport(JSON.stringify({ ...practiceHandIn(PRACTICE), practice: 'yes' }));
    expect(crafted).toMatchObject({ ok: false, error: { code: 'shape', detail: 'practice' } });
  });

  it('counts every pupil who tried the same gestures, but the very same file only once', async () => {
    const one = practiceHandIn(PRACTICE, new Date('2026-11-25T12:00:00.000Z'));
    const two = practiceHandIn(PRACTICE, new Date('2026-11-25T12:00:00.321Z'));
    const { entries, results } = await importFiles([], [file('a.json', one), file('b.json', two), file('a-again.json', one)]);
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'ok', 'duplicate']);
    expect(entries).toHaveLength(2);
    // Real weeks keep the old rule: the same content exported later is the same hand-in.
    const later = anonymize(buildReport(EVENTS, WEEK, new Date(GENERATED.getTime() + 60_000)));
    const real = await importFiles([], [file('r1.json', anonymize(buildReport(EVENTS, WEEK, GENERATED))), file('r2.json', later)]);
    expect(real.results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'duplicate']);
  });

  it('is summed apart from real weeks in the class summary file', async () => {
    const { entries } = await importFiles([], [
      file('real.json', anonymize(buildReport(EVENTS, WEEK, GENERATED))),
      file('p1.json', practiceHandIn(PRACTICE, new Date('2026-11-25T12:00:00.000Z'))),
      file('p2.json', practiceHandIn(PRACTICE.slice(0, 2), new Date('2026-11-25T12:00:01.000Z'))),
    ]);
    const out = classExport(entries);
    expect(out.reports).toBe(1);
    expect(out.totals.count).toBe(5);
    expect(out.byKind.rating.count).toBe(0);
    expect(out.practice).toMatchObject({ reports: 2, totals: { count: 7 } });
    expect(out.practice!.byKind.rating.count).toBe(1);
    expect(out.practice!.perStudent.gestures).toEqual({ min: 2, median: 3.5, max: 5 });
    // Without practice hand-ins the file has no `practice` key (the format readers already know).
    expect('practice' in classExport(entries.slice(0, 1))).toBe(false);
  });
});

describe('class summary that teaches', () => {
  it('gives families, values, measured and estimated time, and the spread per student', () => {
    const a = anonymize(buildReport(EVENTS, WEEK, GENERATED)); // reaction, share, captcha (12.4 s) + a passive one, comment
    const b = anonymize(buildReport(EVENTS.slice(0, 2), WEEK, GENERATED)); // reaction, share
    const c = anonymize(buildReport([], WEEK, GENERATED));
    const s = classSummary([a, b, c]);
    for (const f of FAMILIES) expect(s.byFamily[f].count).toBe(a.byFamily[f].count + b.byFamily[f].count);
    for (const v of VALUES) expect(s.byValue[v].count).toBe(a.byValue[v].count + b.byValue[v].count);
    expect(FAMILIES.reduce((n, f) => n + s.byFamily[f].count, 0)).toBe(s.totals.count);
    expect(s.byFamily[KIND_CONCEPTS.captcha.family].count).toBeGreaterThanOrEqual(2);
    const d = DEFAULT_GESTURE_SECONDS;
    // The timed CAPTCHA is measured; the passive one takes no time; every other gesture gets its default.
    expect(s.time.measured).toBe(12.4);
    expect(s.time.estimated).toBeCloseTo(2 * d.reaction + 2 * d.share + d.comment, 5);
    expect(s.perStudent.gestures).toEqual({ min: 0, median: 2, max: 5 });
    expect(s.perStudent.seconds.min).toBe(0);
    const r1 = (n: number) => Math.round(n * 10) / 10;
    expect(s.perStudent.seconds.median).toBe(r1(d.reaction + d.share));
    expect(s.perStudent.seconds.max).toBe(r1(12.4 + d.reaction + d.share + d.comment));
  });
});

function choose(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

describe.each(['en', 'fr'] as Lang[])('%s', (lang) => {
  const catalog = (lang === 'en' ? en : fr) as Record<string, { message: string }>;

  it('class view: practice hand-ins in their own part, marked, never mixed with real weeks', async () => {
    render(
      <I18nProvider lang={lang}>
        <ClassView />
      </I18nProvider>,
    );
    choose(screen.getByTestId('class-import') as HTMLInputElement, [
      new File([JSON.stringify(practiceHandIn(PRACTICE, new Date('2026-11-25T12:00:00Z')))], 'p1.json'),
      new File([JSON.stringify(practiceHandIn(PRACTICE.slice(0, 1), new Date('2026-11-25T12:00:01Z')))], 'p2.json'),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('class-result')).toHaveLength(2), { timeout: 5000 });
    // Practice only: no real part, the practice part says what it is.
    expect(screen.queryByTestId('class-part')).toBeNull();
    const part = screen.getByTestId('class-practice-part');
    expect(part.textContent).toContain(catalog.classkit_practice_title!.message);
    expect(part.textContent).toContain(catalog.classkit_practice_note!.message);
    expect(screen.getByTestId('class-practice-count').textContent).toContain(catalog.classkit_reports!.message.replace('$1', '2'));
    expect(screen.getByTestId('class-practice-families').querySelectorAll('tr')).toHaveLength(FAMILIES.length);
    expect(screen.getByTestId('class-practice-values').querySelectorAll('tr')).toHaveLength(VALUES.length);
    expect(screen.getByTestId('class-practice-pay').textContent).toBeTruthy();
    const spread = screen.getByTestId('class-practice-spread');
    const all = spread.querySelector('tr[data-row="gestures"]')!;
    expect([...all.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['6', '1', '3', '5']);
    // Then a real week: it gets the class part, the practice part keeps its own numbers.
    choose(screen.getByTestId('class-import') as HTMLInputElement, [new File([JSON.stringify(anonymize(buildReport(EVENTS, WEEK, GENERATED)))], 'week.json')]);
    await waitFor(() => expect(screen.getByTestId('class-part')).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByTestId('class-count').textContent).toContain(catalog.classkit_reports_one!.message.replace('$1', '1'));
    expect(screen.getByTestId('class-practice-count').textContent).toContain(catalog.classkit_reports!.message.replace('$1', '2'));
    expect(screen.getByTestId('class-spread').querySelector('tr[data-kind="rating"]')).toBeNull();
    expect(screen.getByTestId('class-practice-spread').querySelector('tr[data-kind="rating"]')).not.toBeNull();
  }, 20_000);

  it('teacher’s guide: the lesson plan, questions a-e with answers, the counter-view and resources', () => {
    render(
      <I18nProvider lang={lang}>
        <Teacher />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(catalog.teacher_title!.message);
    expect(screen.getByTestId('teacher-steps').querySelectorAll('tbody tr')).toHaveLength(5);
    expect(screen.getByTestId('teacher-path-sandbox').textContent).toContain(catalog.teacher_path_sandbox!.message);
    const qa = screen.getByTestId('teacher-questions');
    expect([...qa.querySelectorAll('[data-question]')].map((q) => q.getAttribute('data-question'))).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const dd of qa.querySelectorAll('dd')) expect(dd.textContent!.length).toBeGreaterThan(200);
    expect(qa.textContent).toContain('SuggEst');
    expect(qa.textContent).toContain('p. 9');
    expect(document.body.textContent).toContain(catalog.teacher_counter_title!.message);
    const resources = screen.getByTestId('teacher-resources').textContent!;
    expect(resources).toContain('En attendant les robots');
    expect(resources).toContain('Invisibles');
    expect(resources).toContain('DiPLab');
    expect(screen.getByTestId('teacher-print')).toBeTruthy();
  });

  it('every gesture has its sentence of what it gave, ending on the value it feeds', () => {
    const valueName = (v: string) => catalog[`value_${v}`]!.message.toLowerCase();
    for (const k of KINDS) {
      const text = catalog[gaveKey(k)]?.message;
      expect(text, gaveKey(k)).toBeTruthy();
      expect(text!.endsWith(`${valueName(KIND_CONCEPTS[k].value)}.`), `${gaveKey(k)}: ${text}`).toBe(true);
    }
  });
});

describe('the kit’s own strings', () => {
  const mine = (catalog: Record<string, { message: string }>) =>
    Object.entries(catalog).filter(([k]) => /^(teacher|sandbox|classkit)_/.test(k));

  it('exist in both languages', () => {
    const enKeys = mine(en).map(([k]) => k).sort();
    expect(mine(fr).map(([k]) => k).sort()).toEqual(enKeys);
    expect(enKeys.length).toBeGreaterThan(100);
  });

  it('follow the French conventions: narrow no-break spaces, "microtravail", never "travail numérique"', () => {
    for (const [k, { message }] of mine(fr)) {
      expect(message, k).not.toMatch(/[ \u00a0][:;?!»]|«[ \u00a0]/);
      expect(message, k).not.toMatch(/[^\s\u202f(«][;?!»]/);
      expect(message, k).not.toMatch(/travail numérique|micro-travail/i);
    }
    for (const [k, { message }] of mine(en)) expect(message, k).not.toMatch(/\b(labour|colour|behaviour|recognis|organis)/i);
  });
});
