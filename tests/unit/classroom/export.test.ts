/** Each export format for a known week, compared with its exact expected text. */
import { describe, expect, it } from 'vitest';
import { daysCsv, reportMarkdown } from '@/lib/export';
import { translator } from '@/lib/i18n';
import { buildReport, csvLine, eventsCsv } from '@/lib/report';
import { EVENTS, GENERATED, WEEK } from './dataset';

const inWeek = EVENTS.filter((e) => e.day <= WEEK.end);

describe('exports of a known week', () => {
  it('JSON report v1', () => {
    const r = buildReport(EVENTS, WEEK, GENERATED);
    expect(r).toMatchObject({
      format: 'digital-labor-report',
      version: 1,
      generatedAt: '2026-11-22T22:00:00.000Z',
      period: WEEK,
      anonymized: false,
      totals: { count: 5, seconds: 12.4 },
      byPlatform: { x: { count: 2, seconds: 0 }, recaptcha: { count: 2, seconds: 12.4 }, mastodon: { count: 1, seconds: 0 } },
      byFamily: { social: { count: 3, seconds: 0 }, micro: { count: 2, seconds: 12.4 }, 'on-demand': { count: 0, seconds: 0 } },
      captchas: { solved: 1, passive: 1, rounds: 2, seconds: 12.4, labels: { crosswalk: 1, 'traffic light': 1 } },
    });
    expect(r.days).toEqual([
      { date: '2026-11-16', count: 2, seconds: 0 },
      { date: '2026-11-17', count: 0, seconds: 0 },
      { date: '2026-11-18', count: 1, seconds: 12.4 },
      { date: '2026-11-19', count: 0, seconds: 0 },
      { date: '2026-11-20', count: 0, seconds: 0 },
      { date: '2026-11-21', count: 0, seconds: 0 },
      { date: '2026-11-22', count: 2, seconds: 0 },
    ]);
    expect(r.events).toHaveLength(5);
    expect(r.events![2]).toEqual({
      at: '2026-11-18T14:00:00.000Z',
      kind: 'captcha',
      platform: 'recaptcha',
      site: 'www.boutique-exemple.fr',
      seconds: 12.4,
      rounds: 2,
      labels: ['crosswalk', 'traffic light'],
    });
  });

  it('CSV, one row per event', () => {
    expect(eventsCsv(inWeek)).toBe(
      [
        'at,day,kind,platform,site,seconds,rounds,labels,passive',
        '2026-11-16T09:00:00.000Z,2026-11-16,reaction,x,x.com,,,,',
        '2026-11-16T09:05:00.000Z,2026-11-16,share,x,x.com,,,,',
        '2026-11-18T14:00:00.000Z,2026-11-18,captcha,recaptcha,www.boutique-exemple.fr,12.4,2,crosswalk;traffic light,',
        '2026-11-22T20:00:00.000Z,2026-11-22,comment,mastodon,mastodon.social,,,,',
        '2026-11-22T21:00:00.000Z,2026-11-22,captcha,recaptcha,shop.example,,,,true',
        '',
      ].join('\r\n'),
    );
  });

  it('CSV cells that a spreadsheet would run as a formula are neutralised, in every CSV export; numbers stay numbers', () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];
    const csv = eventsCsv(hostile.map((text, i) => ({ ...EVENTS[2]!, uid: `h${i}`, site: text, labels: [text] })));
    const safe = [`"'=HYPERLINK(""http://evil.example"",""x"")"`, `'+1+1`, `'-2+3`, `'@SUM(A1)`, `'\tcmd`, `"'\rcmd"`];
    expect(csv).toBe(
      [
        'at,day,kind,platform,site,seconds,rounds,labels,passive',
        ...safe.map((cell) => `2026-11-18T14:00:00.000Z,2026-11-18,captcha,recaptcha,${cell},12.4,2,${cell},`),
        '',
      ].join('\r\n'),
    );
    // The days CSV goes through the same writer; numbers (negative ones too) and ordinary text are written as they are.
    expect(csvLine(['=1+1', -3, 2.5, '-x', 'x.com', 'a-b', 0])).toBe(`'=1+1,-3,2.5,'-x,x.com,a-b,0`);
    expect(daysCsv(EVENTS, WEEK).split('\r\n')[1]).toMatch(/^2026-11-16,2,0,/);
  });

  it('CSV, one row per day of the period, every kind as a column', () => {
    expect(daysCsv(EVENTS, WEEK)).toBe(
      [
        'date,count,measured_seconds,reaction,share,comment,follow,save,rating,post,search,post-view,report,captcha,ai-feedback,result-click',
        '2026-11-16,2,0,1,1,0,0,0,0,0,0,0,0,0,0,0',
        '2026-11-17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0',
        '2026-11-18,1,12.4,0,0,0,0,0,0,0,0,0,0,1,0,0',
        '2026-11-19,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0',
        '2026-11-20,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0',
        '2026-11-21,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0',
        '2026-11-22,2,0,0,0,1,0,0,0,0,0,0,0,1,0,0',
        '',
      ].join('\r\n'),
    );
  });

  it('Markdown, in English and in French, without any site', () => {
    const report = buildReport(EVENTS, WEEK, GENERATED);
    const t = translator('en');
    const md = reportMarkdown(report, t);
    expect(md).toBe(
      [
        '# Digital labor from 2026-11-16 to 2026-11-22',
        '',
        'Gestures counted: 5. Time measured: 12s.',
        '',
        '## By day',
        '',
        '| Day | Gestures | Measured seconds |',
        '|---|---:|---:|',
        '| 2026-11-16 | 2 | 0 |',
        '| 2026-11-17 | 0 | 0 |',
        '| 2026-11-18 | 1 | 12.4 |',
        '| 2026-11-19 | 0 | 0 |',
        '| 2026-11-20 | 0 | 0 |',
        '| 2026-11-21 | 0 | 0 |',
        '| 2026-11-22 | 2 | 0 |',
        '',
        '## By family of digital labor',
        '',
        `- ${t('family_social')}: 3`,
        `- ${t('family_micro')}: 2`,
        `- ${t('family_on_demand')}: 0`,
        '',
        '## By value extracted',
        '',
        `- ${t('value_qualification')}: 1`,
        `- ${t('value_monetisation')}: 2`,
        `- ${t('value_automation')}: 2`,
        '',
        '## By gesture',
        '',
        '|  | Gestures | Measured seconds |',
        '|---|---:|---:|',
        `| ${t('kind_reaction')} | 1 | 0 |`,
        `| ${t('kind_share')} | 1 | 0 |`,
        `| ${t('kind_comment')} | 1 | 0 |`,
        `| ${t('kind_captcha')} | 2 | 12.4 |`,
        '',
        '## By platform',
        '',
        `- ${t('platform_recaptcha')}: 2`,
        `- ${t('platform_x')}: 2`,
        `- ${t('platform_mastodon')}: 1`,
        '',
        `## ${t('kind_captcha')}`,
        '',
        'Solved: 1. Image rounds: 2. Time measured: 12s. Passive checks: 1.',
        '',
        `- ${t('label_crosswalk')}: 1`,
        `- ${t('label_traffic_light')}: 1`,
        '',
        '_Counted on this computer by Travail du clic. Times are measured only where the extension could measure them._',
        '',
      ].join('\n'),
    );
    const fr = reportMarkdown(report, translator('fr'), 'fr');
    expect(fr).toContain('# Travail du clic du 2026-11-16 au 2026-11-22');
    expect(fr).toContain('| Jour | Gestes | Secondes mesurées |');
    // French numbers and typography: "12,4", "12 s", a narrow no-break space before the colon.
    expect(fr).toContain('| 2026-11-18 | 1 | 12,4 |');
    expect(fr).toContain('Gestes comptés\u202f: 5. Temps mesuré\u202f: 12\u202fs.');
    expect(fr).toContain(`- ${translator('fr')('family_social')}\u202f: 3`);
    for (const text of [md, fr]) {
      for (const site of ['x.com', 'boutique-exemple', 'mastodon.social', 'shop.example']) expect(text).not.toContain(site);
    }
  });
});

describe('export period', () => {
  it('is a whole week, or a valid custom range of at most 366 days', async () => {
    const { periodOf } = await import('@/components/ExportPanel');
    expect(periodOf('week', '2026-11-19', '', '')).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(periodOf('custom', '', '2026-11-01', '2026-11-10')).toEqual({ start: '2026-11-01', end: '2026-11-10' });
    expect(periodOf('custom', '', '2026-11-10', '2026-11-10')).toEqual({ start: '2026-11-10', end: '2026-11-10' });
    expect(periodOf('custom', '', '2026-11-10', '2026-11-01')).toBe('invalid');
    expect(periodOf('custom', '', '', '2026-11-01')).toBe('invalid');
    expect(periodOf('custom', '', '2026-13-40', '2026-11-01')).toBe('invalid');
    expect(periodOf('custom', '', '2025-01-01', '2026-01-02')).toBe('too-long'); // 367 days
    expect(periodOf('custom', '', '2025-01-02', '2026-01-02')).toEqual({ start: '2025-01-02', end: '2026-01-02' });
  });
});
