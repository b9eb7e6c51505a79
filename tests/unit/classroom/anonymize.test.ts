/** The anonymised hand-in: no events, no site, no hostname anywhere, even from a crafted report. */
import { describe, expect, it } from 'vitest';
import { anonymize } from '@/lib/anonymize';
import { buildReport, type ReportV1 } from '@/lib/report';
import { EVENTS, GENERATED, WEEK } from './dataset';

const HOSTS = ['x.com', 'boutique-exemple', 'mastodon.social', 'shop.example', 'evil', '.com', '.fr'];

/** Every string (keys and values) anywhere in a value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      strings(x, out);
    }
  }
  return out;
}

describe('anonymize', () => {
  it('keeps totals, kinds, platforms, days and CAPTCHA labels, and nothing else', () => {
    const full = buildReport(EVENTS, WEEK, GENERATED);
    const a = anonymize(full);
    expect(a.anonymized).toBe(true);
    expect('events' in a).toBe(false);
    expect(Object.keys(a).sort()).toEqual(
      ['anonymized', 'byFamily', 'byKind', 'byPlatform', 'byValue', 'captchas', 'days', 'format', 'generatedAt', 'period', 'totals', 'version'].sort(),
    );
    expect(a.totals).toEqual(full.totals);
    expect(a.byKind).toEqual(full.byKind);
    expect(a.byPlatform).toEqual(full.byPlatform);
    expect(a.days).toEqual(full.days);
    expect(a.captchas).toEqual(full.captchas);
    const json = JSON.stringify(a);
    expect(json).not.toContain('"site"');
    for (const h of HOSTS) expect(json).not.toContain(h);
  });

  it('lets no hostname through a crafted report (platform keys, labels, dates, extra fields)', () => {
    const full = buildReport(EVENTS, WEEK, GENERATED);
    const crafted = {
      ...full,
      site: 'evil.example.com',
      byPlatform: { ...full.byPlatform, 'evil.example.com': { count: 3, seconds: 0 }, 'www.leak.fr': { count: 1, seconds: 0 } },
      captchas: { ...full.captchas, labels: { crosswalk: 1, 'evil.example.com': 2, 'leak fr': 1 } },
      period: { start: 'evil.example.com', end: WEEK.end },
      generatedAt: 'www.leak.fr',
      days: [...full.days, { date: 'evil.example.com', count: 1, seconds: 0, site: 'www.leak.fr' }],
      byKind: { ...full.byKind, reaction: { count: 1, seconds: 0, site: 'www.leak.fr' } },
      extra: { nested: ['evil.example.com'] },
    } as unknown as ReportV1;
    const a = anonymize(crafted);
    const all = strings(a).join(' ');
    for (const h of [...HOSTS, 'leak']) expect(all).not.toContain(h);
    expect(a.byPlatform).toEqual(full.byPlatform);
    // Unknown labels are counted, as `other`, never named.
    expect(a.captchas.labels).toEqual({ crosswalk: 1, other: 3 });
    expect(a.period.start).toBe('1970-01-01');
    expect(a.generatedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(a.days).toHaveLength(7);
    expect(a.byKind.reaction).toEqual({ count: 1, seconds: 0 });
  });

  it('is stable: anonymising twice gives the same report', () => {
    const a = anonymize(buildReport(EVENTS, WEEK, GENERATED));
    expect(anonymize(a)).toEqual(a);
  });
});
