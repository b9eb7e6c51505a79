/** The popup's seven-day sparkline: a pure component, drawn from props only; EN and FR. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { Sparkline, weekChange } from '@/components/Sparkline';
import type { Lang } from '@/lib/i18n';
import { addDays } from '@/lib/period';

afterEach(cleanup);

const week = (counts: number[]) => counts.map((count, i) => ({ date: addDays('2026-11-16', i), count }));
const show = (lang: Lang, props: Parameters<typeof Sparkline>[0]) =>
  render(
    <I18nProvider lang={lang}>
      <Sparkline {...props} />
    </I18nProvider>,
  );
const change = () => screen.getByTestId('spark-change').textContent;
const img = () => screen.getByRole('img');

describe('Sparkline', () => {
  it('weekChange: ratio, or null without last week', () => {
    expect(weekChange(112, 100)).toBeCloseTo(0.12);
    expect(weekChange(50, 100)).toBe(-0.5);
    expect(weekChange(5, 0)).toBeNull();
  });

  it('draws the days up to today and says the change (English)', () => {
    show('en', { days: week([3, 5, 0, 8, 0, 0, 0]), today: '2026-11-19', thisWeek: 16, lastWeek: 10 });
    expect(change()).toBe('+60% vs last week');
    expect(screen.getByTestId('spark-change').querySelector('strong')!.textContent).toBe('+60%');
    const pts = img().querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(pts).toHaveLength(4);
    // The highest day touches the top, a zero day the baseline.
    expect(pts[3]).toBe('56.0,3.0');
    expect(pts[2]!.endsWith(',21.0')).toBe(true);
    // The seven days' initials below, today's in bold.
    const initials = [...img().querySelectorAll('text')];
    expect(initials.map((e) => e.textContent).join('')).toBe('MTWTFSS');
    expect(initials.map((e) => e.style.fontWeight)).toEqual(['400', '400', '400', '700', '400', '400', '400']);
    expect(img().getAttribute('aria-label')).toBe('Gestures per day this week: Monday: 3, Tuesday: 5, Wednesday: 0, and Thursday: 8');
    expect(screen.getByTestId('spark-change').getAttribute('title')).toBe('10 gestures last week, up to the same weekday');
  });

  it('French: narrow no-break spaces, a fall, singular', () => {
    show('fr', { days: week([1, 0, 0, 0, 0, 0, 0]), thisWeek: 1, lastWeek: 2 });
    // Intl's own space before % (no-break, narrow or not depending on the ICU version).
    expect(change()).toMatch(/^-50[\u00a0\u202f]% par rapport à la semaine dernière$/);
    expect(img().getAttribute('aria-label')).toMatch(/^Gestes par jour cette semaine\u202f: lundi\u202f: 1, mardi\u202f: 0/);
    expect(img().querySelectorAll('polyline')).toHaveLength(1);
  });

  it('empty and first weeks', () => {
    show('en', { days: week([0, 0, 0, 0, 0, 0, 0]), thisWeek: 0, lastWeek: 0 });
    expect(change()).toBe('No data yet this week');
    cleanup();
    show('fr', { days: week([0, 0, 4, 0, 0, 0, 0]), today: '2026-11-16', thisWeek: 4, lastWeek: 0 });
    expect(change()).toBe('Rien de compté la semaine dernière');
    // One day drawn: a dot and no line.
    expect(img().querySelector('polyline')).toBeNull();
    expect(screen.getByTestId('spark-today')).toBeTruthy();
    expect(screen.getByTestId('spark-stem').getAttribute('y1')).toBe('21');
    expect(screen.getByTestId('spark-change').getAttribute('title')).toBe('0 geste la semaine dernière, jusqu’au même jour');
  });
});
