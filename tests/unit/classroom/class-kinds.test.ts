/**
 * Hand-ins made before and after the AI / search kinds (issue 12): an old file without `ai-feedback` or
 * `result-click` still imports and reads 0 for them; a new file with them imports and sums; a file with a kind this
 * version does not know is refused with its own message, naming the kind only when it looks like one.
 */
import { describe, expect, it } from 'vitest';
import { anonymize } from '@/lib/anonymize';
import { classSummary, importFiles, parseReport, type IncomingFile } from '@/lib/class';
import type { LaborEvent } from '@/lib/events';
import { buildReport } from '@/lib/report';
import { EVENTS, GENERATED, WEEK } from './dataset';

const file = (name: string, content: unknown): IncomingFile => {
  const text = JSON.stringify(content);
  return { name, size: text.length, text: async () => text };
};

/** A hand-in as the extension wrote it before issue 12: `byKind` has the eleven kinds of then, nothing else. */
function beforeIssue12() {
  const report = anonymize(buildReport(EVENTS, WEEK, GENERATED)) as unknown as { byKind: Record<string, unknown> };
  delete report.byKind['ai-feedback'];
  delete report.byKind['result-click'];
  return report;
}

const NEW_EVENTS: LaborEvent[] = [
  { uid: 'n1', at: Date.parse('2026-11-17T10:00:00Z'), day: '2026-11-17', kind: 'ai-feedback', platform: 'chatgpt', site: 'chatgpt.com' },
  { uid: 'n2', at: Date.parse('2026-11-17T10:05:00Z'), day: '2026-11-17', kind: 'ai-feedback', platform: 'gemini', site: 'gemini.google.com' },
  { uid: 'n3', at: Date.parse('2026-11-19T11:00:00Z'), day: '2026-11-19', kind: 'result-click', platform: 'google', site: 'www.google.fr' },
];

describe('class view, hand-ins before and after the AI and search kinds', () => {
  it('imports a hand-in made before: the kinds it lacks read as 0', async () => {
    const old = beforeIssue12();
    expect(Object.keys(old.byKind)).toHaveLength(11);
    const parsed = parseReport(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.report.byKind['ai-feedback']).toEqual({ count: 0, seconds: 0 });
    expect(parsed.report.byKind['result-click']).toEqual({ count: 0, seconds: 0 });
    expect(parsed.report.byKind.reaction).toEqual({ count: 1, seconds: 0 });
  });

  it('sums old and new hand-ins together, new kinds and platforms included', async () => {
    const recent = buildReport([...EVENTS, ...NEW_EVENTS], WEEK, new Date('2026-11-22T23:00:00Z'));
    const { entries, results } = await importFiles([], [file('ancien.json', beforeIssue12()), file('nouveau.json', recent)]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const s = classSummary(entries.map((e) => e.report));
    expect(s.byKind['ai-feedback']).toEqual({ count: 2, seconds: 0 });
    expect(s.byKind['result-click']).toEqual({ count: 1, seconds: 0 });
    expect(s.spread['ai-feedback']).toEqual({ min: 0, median: 1, max: 2 });
    expect(s.byPlatform.chatgpt).toEqual({ count: 1, seconds: 0 });
    expect(s.byPlatform.google).toEqual({ count: 1, seconds: 0 });
    expect(JSON.stringify(s)).not.toMatch(/chatgpt\.com|www\.google\.fr/);
  });

  it('reads families and values from the gestures with today\'s mapping: an old hand-in\'s reports count as networked social labor', () => {
    const report: LaborEvent = { uid: 'r1', at: Date.parse('2026-11-18T09:00:00Z'), day: '2026-11-18', kind: 'report', platform: 'x', site: 'x.com' };
    const made = anonymize(buildReport([...EVENTS, report], WEEK, GENERATED));
    // As a hand-in of before issue 13 said it: the report under micro-work.
    const old = structuredClone(made);
    old.byFamily.social.count -= 1;
    old.byFamily.micro.count += 1;
    const parsed = parseReport(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.report.byFamily).toEqual(made.byFamily);
    expect(parsed.report.byValue).toEqual(made.byValue);
    expect(parsed.report.byFamily.social.count).toBeGreaterThan(0);
  });

  it('refuses a hand-in with a kind it does not know, with its own message, and keeps the others', async () => {
    const future = anonymize(buildReport(EVENTS, WEEK, GENERATED)) as unknown as { byKind: Record<string, unknown> };
    future.byKind['voice-label'] = { count: 0, seconds: 0 };
    const hostile = anonymize(buildReport(EVENTS, WEEK, GENERATED)) as unknown as { byKind: Record<string, unknown> };
    hostile.byKind['<img src=x onerror=alert(1)>'] = { count: 0, seconds: 0 };
    const { entries, results } = await importFiles([], [file('futur.json', future), file('hostile.json', hostile), file('ancien.json', beforeIssue12())]);
    expect(results.map((r) => [r.name, r.ok ? 'ok' : r.error!.code, r.error?.detail])).toEqual([
      ['futur.json', 'unknown-kind', 'voice-label'],
      ['hostile.json', 'unknown-kind', '?'],
      ['ancien.json', 'ok', undefined],
    ]);
    expect(entries).toHaveLength(1);
  });

  it('still refuses an old hand-in whose totals do not add up', () => {
    const old = beforeIssue12() as unknown as { totals: { count: number } };
    old.totals.count += 1;
    expect(parseReport(JSON.stringify(old))).toEqual({ ok: false, error: { code: 'shape', detail: 'totals' } });
  });
});
