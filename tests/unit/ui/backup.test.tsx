/**
 * The settings page's backup section (components/BackupSection.tsx) in French: a restore shows its progress and says
 * what it added, settings taken are named; a bad file is announced (role="alert") and the database is identical after.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupSection } from '@/components/BackupSection';
import { I18nProvider } from '@/components/i18n';
import { serializeBackup } from '@/lib/backup';
import { recordEvents, type LaborDB } from '@/lib/db';
import type { Lang } from '@/lib/i18n';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/settings';
import { summaryItem } from '@/lib/summary';
import { ev, heavyWeek, newDb, oneDay } from './seed';

let db: LaborDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = newDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const show = (lang: Lang) =>
  render(
    <I18nProvider lang={lang}>
      <BackupSection db={db} />
    </I18nProvider>,
  );
const clean = (s: string | null | undefined) => (s ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();

function choose(text: string, name = 'sauvegarde.json', size?: number) {
  const input = screen.getByTestId('backup-import') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  // A file too big to read: its size says so before anything is read.
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}
const snapshot = async () => ({ events: await db.events.orderBy('uid').toArray(), rollups: await db.rollups.orderBy('key').toArray() });

describe('backup section', () => {
  it('restores a file: progress while it writes, then what was added and which settings were taken (fr)', async () => {
    await recordEvents(db, oneDay());
    const mine = await db.events.toArray();
    const file = [...mine.map(({ id: _id, ...e }) => e), ...heavyWeek()];
    const text = serializeBackup({ ...DEFAULT_SETTINGS, pausedSites: ['x.com'], language: 'en' }, [file], file.length).join('');
    expect(await summaryItem.getValue()).toBeNull();
    show('fr');
    expect(screen.getByRole('heading', { name: 'Sauvegarde' })).toBeTruthy();
    expect(screen.getByLabelText('Fichier de sauvegarde à restaurer')).toBe(screen.getByTestId('backup-import'));
    choose(text);
    const bar = await screen.findByTestId('backup-progress');
    expect(clean(document.querySelector('label[for="backup-progress"]')!.textContent)).toMatch(/^Restauration : [\d ]+ sur 627 gestes$/);
    expect(Number(bar.getAttribute('max'))).toBe(627);
    await waitFor(() => expect(screen.queryByTestId('backup-progress')).toBeNull(), { timeout: 20_000 });
    expect(clean(screen.getByTestId('backup-status').textContent)).toBe(
      'Sauvegarde restaurée : 623 gestes ajoutés et 4 déjà présents. Repris de la sauvegarde : sites en pause et langue.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await db.events.count()).toBe(627);
    // The popup's summary was rebuilt from the rollups (lib/summary.ts refreshSummary).
    expect(await summaryItem.getValue()).not.toBeNull();
    const s = await getSettings();
    expect(s.pausedSites).toEqual(['x.com']);
    expect(s.language).toBe('en');
  }, 30_000);

  it('a bad file: one alert with its message, nothing changed, and a good file after it still restores (en)', async () => {
    await recordEvents(db, heavyWeek());
    const before = await snapshot();
    show('en');
    choose('{"format":"digital-labor-backup","version":1,"createdAt":"2026-11-2', 'cut.json');
    const alert = await screen.findByRole('alert');
    expect(clean(alert.textContent)).toBe(
      'This backup is incomplete: the file was cut short (an interrupted download or copy?). Nothing was changed. Save a new backup in the other browser.',
    );
    expect(await snapshot()).toEqual(before);
    choose(JSON.stringify({ format: 'digital-labor-report', version: 1, anonymized: true }), 'hand-in.json');
    await waitFor(() => expect(clean(screen.getByRole('alert').textContent)).toMatch(/^This is a report or a class file/));
    expect(await snapshot()).toEqual(before);
    choose('{}', 'huge.json', 400 * 1024 * 1024);
    await waitFor(() => expect(clean(screen.getByRole('alert').textContent)).toBe('This file is too big to be a backup (over 300 MB). Nothing was changed.'));
    expect(await snapshot()).toEqual(before);
    const one = [ev('2026-11-20', 'follow', 'bluesky', { site: 'bsky.app' })];
    choose(serializeBackup(DEFAULT_SETTINGS, [one], 1).join(''));
    await waitFor(() => expect(clean(screen.getByTestId('backup-status').textContent)).toBe('Backup restored: 1 gesture added.'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await db.events.count()).toBe(before.events.length + 1);
  }, 30_000);
});
