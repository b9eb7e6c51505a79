/**
 * The settings page's backup section (docs/backup-format.md): "Save a backup" writes one file with every event and
 * the settings; "Restore or merge a backup" checks a file in full, then adds its events by uid in chunks, with
 * progress, and says what it added. A refused file gets one message (role="alert") and changes nothing.
 */
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import {
  backupFileName,
  backupParts,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_EVENTS,
  mergeSettings,
  parseBackup,
  restoreEvents,
  retentionStart,
  safePath,
  type BackupError,
  type RestoreProgress,
  type RestoreResult,
  type TakenSetting,
} from '@/lib/backup';
import type { LaborDB } from '@/lib/db';
import { formatList, formatNumber } from '@/lib/format';
import { plural, type Lang, type T } from '@/lib/i18n';
import { getSettings, updateSettings } from '@/lib/settings';
import { refreshSummary } from '@/lib/summary';

/** Saves the parts of a file through an `<a download>` (no downloads permission, nothing leaves the machine). */
function downloadParts(filename: string, parts: string[]): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Lets the browser paint the progress bar between two chunks. */
const nextFrame = () => new Promise<void>((ok) => setTimeout(ok, 0));

export function errorMessage(t: T, lang: Lang, e: BackupError): string {
  switch (e.code) {
    case 'too-big':
      return t('backup_error_too_big', formatNumber(lang, MAX_BACKUP_BYTES / 1024 / 1024));
    case 'empty':
      return t('backup_error_empty');
    case 'not-json':
      return t('backup_error_not_json');
    case 'truncated':
      return t('backup_error_truncated');
    case 'report':
      return t('backup_error_report');
    case 'format':
      return t('backup_error_format');
    case 'version':
      return t('backup_error_version');
    case 'newer':
      return t('backup_error_newer', e.detail ?? '');
    case 'too-many':
      return plural(t, lang, 'backup_error_too_many', MAX_BACKUP_EVENTS, formatNumber(lang, MAX_BACKUP_EVENTS));
    case 'shape':
      return t('backup_error_shape', safePath(e.detail ?? ''));
    case 'future':
      return t('backup_error_future');
  }
}

function resultMessage(t: T, lang: Lang, r: RestoreResult, taken: TakenSetting[]): string {
  const parts = [plural(t, lang, 'backup_added', r.added, formatNumber(lang, r.added))];
  if (r.duplicates > 0) parts.push(plural(t, lang, 'backup_duplicates', r.duplicates, formatNumber(lang, r.duplicates)));
  if (r.tooOld > 0) parts.push(plural(t, lang, 'backup_too_old', r.tooOld, formatNumber(lang, r.tooOld)));
  const done = t('backup_done', formatList(lang, parts));
  if (taken.length === 0) return done;
  const name = (k: TakenSetting) => {
    if (k === 'pausedSites') return t('backup_setting_sites');
    return k === 'wage' ? t('backup_setting_wage') : t('backup_setting_language');
  };
  const names = taken.map(name);
  return `${done} ${t('backup_settings_taken', formatList(lang, names))}`;
}

export function BackupSection({ db }: { db: LaborDB }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const save = async () => {
    setBusy(true);
    setError('');
    setStatus('');
    try {
      const now = Date.now();
      const { parts, count } = await backupParts(db, await getSettings(), { now, app: browser.runtime.getManifest?.().version ?? '' });
      downloadParts(backupFileName(now), parts);
      setStatus(plural(t, lang, 'backup_saved', count, formatNumber(lang, count)));
    } catch (e) {
      setError(t('backup_export_failed', (e as Error)?.name ?? 'Error'));
    } finally {
      setBusy(false);
    }
  };

  const restore = async (file: File) => {
    setError('');
    setProgress(null);
    // Checked before reading: a huge file is never loaded.
    if (file.size > MAX_BACKUP_BYTES) return setError(errorMessage(t, lang, { code: 'too-big' }));
    setBusy(true);
    setStatus(t('backup_checking'));
    let added = 0;
    try {
      await nextFrame();
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) {
        setStatus('');
        return setError(errorMessage(t, lang, parsed.error));
      }
      const { events, settings: incoming } = parsed.backup;
      const current = await getSettings();
      setStatus('');
      setProgress({ done: 0, total: events.length });
      const result = await restoreEvents(db, events, {
        keepFrom: retentionStart(current.retentionWeeks),
        onProgress: async (p) => {
          added = p.done;
          setProgress(p);
          await nextFrame();
        },
      });
      const { patch, taken } = mergeSettings(await getSettings(), incoming);
      if (taken.length > 0) await updateSettings(patch);
      // The popup's summary (lib/summary.ts) is rebuilt from the rollups, here and in the background.
      await refreshSummary(db).catch(() => undefined);
      setProgress(null);
      setStatus(resultMessage(t, lang, result, taken));
    } catch (e) {
      setProgress(null);
      setStatus('');
      setError(plural(t, lang, 'backup_restore_failed', added, (e as Error)?.name ?? 'Error', formatNumber(lang, added)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-h" data-testid="settings-backup">
      <h2 id="backup-h">{t('backup_title')}</h2>
      <p class="muted">{t('backup_intro')}</p>
      <button type="button" data-testid="backup-export" disabled={busy} onClick={() => void save()}>
        {t('backup_export')}
      </button>
      <h3 id="backup-import-h">{t('backup_import_title')}</h3>
      <p class="muted" id="backup-import-note">
        {t('backup_import_intro')}
      </p>
      <label for="backup-import">{t('backup_import_label')}</label>
      <input
        id="backup-import"
        ref={input}
        type="file"
        accept=".json,application/json"
        data-testid="backup-import"
        aria-describedby="backup-import-note"
        disabled={busy}
        onChange={(e) => {
          const el = e.target as HTMLInputElement;
          const file = el.files?.[0];
          // Cleared, so that choosing the same file again (after a stop) restores it again.
          if (file) void restore(file).finally(() => input.current && (input.current.value = ''));
        }}
      />
      {progress && (
        <div class="backup-progress">
          <label for="backup-progress">
            {plural(t, lang, 'backup_progress', progress.total, formatNumber(lang, progress.done), formatNumber(lang, progress.total))}
          </label>
          <progress id="backup-progress" data-testid="backup-progress" max={Math.max(progress.total, 1)} value={progress.done} />
        </div>
      )}
      <p role="status" data-testid="backup-status">
        {status}
      </p>
      {error && (
        <p class="error" role="alert" data-testid="backup-error">
          {error}
        </p>
      )}
    </section>
  );
}
