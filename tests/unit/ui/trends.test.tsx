/** The report's rhythms and trends: twelve weeks (and the year), the hour grid, platform by platform; EN and FR. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { niceMax, Trends } from '@/components/Trends';
import type { LaborDB } from '@/lib/db';
import type { Lang } from '@/lib/i18n';
import { weekOf } from '@/lib/period';
import { aYear, ev, heavyWeek, newDb, oneDay, seed, TODAY } from './seed';

let db: LaborDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = newDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const week = weekOf(TODAY);
const show = (lang: Lang, w = week) =>
  render(
    <I18nProvider lang={lang}>
      <Trends db={db} week={w} current={week} />
    </I18nProvider>,
  );
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const label = (testid: string) => screen.getByTestId(testid).querySelector('svg[role="img"]')!.getAttribute('aria-label');
const tableRows = (testid: string) =>
  [...screen.getByTestId(testid).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => clean(c.textContent)).join(' | '));

// Seeding and rendering a year takes a few seconds on a shared machine.
describe('Trends', { timeout: 30_000 }, () => {
  it('niceMax: round axis tops', () => {
    expect([0, 1, 3, 7, 12, 180, 2400].map(niceMax)).toEqual([1, 1, 5, 10, 20, 200, 2500]);
  });

  it('empty: each chart says there is no data yet, no image without data', async () => {
    show('en');
    await screen.findByTestId('trends');
    expect(clean(screen.getByTestId('trend-weeks-empty').textContent)).toBe('No data yet in these weeks.');
    expect(clean(screen.getByTestId('trend-grid-empty').textContent)).toBe('No data yet this week: the grid fills in as you browse.');
    expect(clean(screen.getByTestId('trend-platforms-empty').textContent)).toBe('No platform yet this week.');
    expect(screen.getByTestId('trends').querySelectorAll('svg')).toHaveLength(0);
    expect(screen.queryByTestId('trend-year')).toBeNull();
  });

  it('a heavy week (English): twelve weeks with this week marked, stacked by family; the grid; a chart per platform', async () => {
    await seed(db, heavyWeek());
    show('en');
    await screen.findByTestId('trend-weeks');
    const bars = screen.getByTestId('trend-weeks').querySelectorAll('g[data-week]');
    expect(bars).toHaveLength(12);
    expect(bars[11]!.getAttribute('data-week')).toBe(week.start);
    // Two families this week (social and micro), none before.
    expect([...bars[11]!.querySelectorAll('rect')].map((r) => r.getAttribute('class'))).toEqual(['fam-social', 'fam-micro']);
    expect(bars[10]!.querySelectorAll('rect')).toHaveLength(0);
    expect(clean(screen.getByTestId('trend-weeks').querySelector('.trend-mark-label')!.textContent)).toBe('this week: 623');
    expect(label('trend-weeks')).toBe('Gestures per week, by family. In all: 623 gestures; busiest week: week of Nov 16 (623 gestures); this week (623 gestures).');
    expect(tableRows('trend-weeks-table').at(-1)).toBe('Nov 16, 2026 | 609 | 14 | 0 | 623');
    expect(tableRows('trend-weeks-table')).toHaveLength(12);
    expect(label('trend-weeks-time')).toMatch(/^Time per week, by family \(measured and estimated\)\. In all: /);

    // Every event of the seed happens between noon and 1 PM.
    const grid = tableRows('trend-grid-table');
    expect(grid).toHaveLength(7);
    expect(grid[0]).toBe(['Monday', ...Array(12).fill(''), '89', ...Array(11).fill(''), '89'].join(' | '));
    expect(label('trend-grid')).toBe('Gestures per day and hour of the week (local time). Busiest hour: Monday, November 16, 12 PM (89 gestures).');

    const platforms = [...screen.getByTestId('trend-platforms').querySelectorAll('li[data-platform]')];
    expect(platforms.map((li) => li.getAttribute('data-platform'))).toEqual(['youtube', 'reddit', 'hcaptcha', 'mastodon', 'recaptcha']);
    expect(clean(within(platforms[0] as HTMLElement).getByRole('img').getAttribute('aria-label'))).toBe(
      'YouTube: 357 gestures; Monday: 51, Tuesday: 51, Wednesday: 51, Thursday: 51, Friday: 51, Saturday: 51, and Sunday: 51',
    );
    expect(platforms[2]!.querySelectorAll('rect.fam-micro')).toHaveLength(7);
    expect(tableRows('trend-platforms-table')[3]).toBe('Mastodon | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 7');
  });

  it('French: typography, singulars, the week shown when it is not this week', async () => {
    await seed(db, [...oneDay(), ev('2026-11-10', 'reaction', 'x')]);
    show('fr', weekOf('2026-11-10'));
    await screen.findByTestId('trend-grid');
    expect(screen.getByTestId('trend-weeks').querySelector('.trend-mark-label')!.textContent).toBe('semaine affichée\u202f: 1');
    expect(label('trend-weeks')).toBe(
      'Gestes par semaine, par famille. En tout\u202f: 1 geste\u202f; semaine la plus chargée\u202f: semaine du 9 nov. (1 geste)\u202f; semaine affichée (1 geste).',
    );
    expect(label('trend-grid')).toMatch(/^Gestes par jour et par heure de la semaine \(heure locale\)\. Heure la plus chargée\u202f: mardi 10 novembre, 12 h \(1 geste\)\.$/);
    expect(screen.getByTestId('trend-weeks').querySelector('g[data-week="2026-11-16"]')).toBeNull();
    fireEvent.click(screen.getByTestId('trend-grid-table').querySelector('summary')!);
    expect(clean(screen.getByTestId('trend-grid-table').querySelector('summary')!.textContent)).toBe('Voir sous forme de tableau');
  });

  it('a year of data: the past year week by week as well', async () => {
    await seed(db, aYear());
    show('en');
    await screen.findByTestId('trend-year');
    expect(screen.getByTestId('trend-year').querySelectorAll('g[data-week]')).toHaveLength(52);
    expect(tableRows('trend-weeks-table').at(-1)).toBe('Nov 16, 2026 | 42 | 0 | 0 | 42');
  });
});
