/** The settings page: paused sites, global pause, wage reference, language, retention, delete everything. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { Options } from '@/entrypoints/options/Options';
import type { LaborDB } from '@/lib/db';
import type { Lang } from '@/lib/i18n';
import { getSettings, updateSettings } from '@/lib/settings';
import { aYear, newDb, seed } from './seed';

let db: LaborDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = newDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const show = (lang?: Lang) =>
  render(
    <I18nProvider lang={lang}>
      <Options db={db} />
    </I18nProvider>,
  );
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('settings page', () => {
  it('adds a paused site (typed as a URL too), refuses a bad one with a clear message, removes one', async () => {
    show('en');
    const input = await screen.findByTestId('add-site');
    fireEvent.input(input, { target: { value: 'not a site!' } });
    fireEvent.submit(input.closest('form')!);
    expect(clean((await screen.findByRole('alert')).textContent)).toBe('“not a site!” is not a site name. Type a hostname such as example.com.');
    expect((await getSettings()).pausedSites).toEqual([]);
    fireEvent.input(input, { target: { value: 'https://WWW.Example.com/some/path?q=1' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(async () => expect((await getSettings()).pausedSites).toEqual(['www.example.com']));
    await screen.findByText('www.example.com');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume recording on www.example.com' }));
    await waitFor(async () => expect((await getSettings()).pausedSites).toEqual([]));
  });

  it('pauses everything', async () => {
    show('en');
    fireEvent.click(await screen.findByTestId('global-pause'));
    await waitFor(async () => expect((await getSettings()).paused).toBe(true));
  });

  it('wage reference: locale minimum wage by default, micro-work median, or a valid custom rate', async () => {
    show('fr');
    const locale = (await screen.findByTestId('wage-locale')) as HTMLInputElement;
    expect(locale.checked).toBe(true);
    expect(clean(locale.closest('label')!.textContent)).toMatch(/^SMIC \(brut\) \(12,02\s€\/h\)/u);
    fireEvent.click(screen.getByTestId('wage-micro'));
    await waitFor(async () => expect((await getSettings()).wage.ref).toBe('micro'));
    fireEvent.input(screen.getByTestId('wage-rate'), { target: { value: '-3' } });
    fireEvent.submit(screen.getByTestId('wage-save').closest('form')!);
    expect(clean((await screen.findByRole('alert')).textContent)).toContain('montant horaire positif');
    expect((await getSettings()).wage.ref).toBe('micro');
    fireEvent.input(screen.getByTestId('wage-rate'), { target: { value: '15,50' } });
    fireEvent.input(screen.getByTestId('wage-currency'), { target: { value: 'chf' } });
    fireEvent.submit(screen.getByTestId('wage-save').closest('form')!);
    await waitFor(async () => expect((await getSettings()).wage).toMatchObject({ ref: 'custom', rate: 15.5, currency: 'CHF' }));
    fireEvent.input(screen.getByTestId('wage-currency'), { target: { value: 'XYZ1' } });
    fireEvent.submit(screen.getByTestId('wage-save').closest('form')!);
    await screen.findByRole('alert');
    expect((await getSettings()).wage.currency).toBe('CHF');
  });

  it('wage by place: the minimum wage of a chosen place, or of the browser locale\'s place by default', async () => {
    show('fr');
    const select = (await screen.findByTestId('wage-place')) as HTMLSelectElement;
    expect(select.value).toBe('auto');
    // happy-dom's browser is en-US: with the UI in French that says nothing of the place, so France (lib/wages.ts).
    expect(clean(select.selectedOptions[0]?.textContent)).toContain('SMIC');
    expect([...select.options].map((o) => o.value)).toEqual(['auto', 'fr', 'be', 'ch-ge', 'ca-qc', 'us', 'gb', 'de', 'es', 'it']);
    fireEvent.click(screen.getByTestId('wage-micro'));
    await waitFor(async () => expect((await getSettings()).wage.ref).toBe('micro'));
    fireEvent.change(select, { target: { value: 'be' } });
    await waitFor(async () => expect((await getSettings()).wage).toMatchObject({ ref: 'locale', place: 'be' }));
    const locale = screen.getByTestId('wage-locale') as HTMLInputElement;
    await waitFor(() => expect(locale.checked).toBe(true));
    expect(clean(locale.closest('label')!.textContent)).toMatch(/^Salaire minimum belge \(RMMMG, brut\) \(12,83\s€\/h\)/u);
    fireEvent.change(select, { target: { value: 'ch-ge' } });
    await waitFor(() => expect(clean(locale.closest('label')!.textContent)).toMatch(/genevois.*24,59\sCHF\/h/u));
  });

  it('language override switches the page language', async () => {
    show();
    const select = (await screen.findByTestId('language')) as HTMLSelectElement;
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Settings');
    fireEvent.change(select, { target: { value: 'fr' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Réglages'));
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect((await getSettings()).language).toBe('fr');
  });

  it('retention: keep all by default, or N weeks (validated)', async () => {
    show('en');
    expect(((await screen.findByTestId('keep-all')) as HTMLInputElement).checked).toBe(true);
    const weeks = screen.getByTestId('retention-weeks');
    fireEvent.input(weeks, { target: { value: '0' } });
    fireEvent.submit(weeks.closest('form')!);
    expect(clean((await screen.findByRole('alert')).textContent)).toBe('Type a whole number of weeks between 1 and 520.');
    expect((await getSettings()).retentionWeeks).toBeNull();
    fireEvent.input(weeks, { target: { value: '12' } });
    fireEvent.submit(weeks.closest('form')!);
    await waitFor(async () => expect((await getSettings()).retentionWeeks).toBe(12));
    fireEvent.click(screen.getByTestId('keep-all'));
    await waitFor(async () => expect((await getSettings()).retentionWeeks).toBeNull());
  });

  it('delete everything: asks first with a count of what goes, cancel keeps it, confirm deletes it', async () => {
    await seed(db, aYear());
    await updateSettings({ pausedSites: ['x.com'] });
    show('en');
    fireEvent.click(await screen.findByTestId('delete-all'));
    const confirm = await screen.findByTestId('delete-confirm');
    expect(clean(confirm.textContent)).toContain(
      'This deletes 2,190 gestures recorded (since November 23, 2025), their daily totals, and 0 practice gestures. It cannot be undone.',
    );
    fireEvent.click(screen.getByTestId('delete-no'));
    expect(screen.queryByTestId('delete-confirm')).toBeNull();
    expect(await db.events.count()).toBe(2190);
    fireEvent.click(screen.getByTestId('delete-all'));
    fireEvent.click(await screen.findByTestId('delete-yes'));
    await screen.findByText('Everything was deleted.');
    expect(await db.events.count()).toBe(0);
    expect(await db.rollups.count()).toBe(0);
    // Settings are kept.
    expect((await getSettings()).pausedSites).toEqual(['x.com']);
  });
});
