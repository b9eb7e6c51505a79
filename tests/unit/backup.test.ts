/**
 * Backups (lib/backup.ts, docs/backup-format.md): the file holds every event with its uid and the settings; a restore
 * merges by uid and rebuilds the rollups through recordEvents; every kind of bad file is refused with its own code
 * before anything is written; settings merge by the documented rules.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_EVENTS,
  REPORT_FORMATS,
  backupParts,
  mergeSettings,
  parseBackup,
  restoreEvents,
  retentionStart,
  safePath,
  serializeBackup,
  type BackupErrorCode,
} from '@/lib/backup';
import { CLASS_FORMAT } from '@/lib/class';
import { LaborDB, recordEvents } from '@/lib/db';
import { REPORT_FORMAT } from '@/lib/report';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { ev, heavyWeek, oneDay } from './ui/seed';

const NOW = new Date(2026, 10, 22, 12).getTime();
const newDb = () => new LaborDB(`backup-${Math.random().toString(36).slice(2)}`);

/** A valid backup of `events` as an object, to break one field at a time. */
function valid(events = oneDay(), settings: Settings = DEFAULT_SETTINGS) {
  return JSON.parse(serializeBackup(settings, [events], events.length, { now: NOW, app: '0.1.0' }).join('')) as Record<string, any>;
}
const code = (text: string): BackupErrorCode | 'ok' => {
  const r = parseBackup(text, NOW);
  return r.ok ? 'ok' : r.error.code;
};
const codeOf = (data: unknown) => code(JSON.stringify(data));

beforeEach(() => fakeBrowser.reset());

describe('backup file', () => {
  it('holds every event with its uid (never the local id) and the settings, and reads back identical', async () => {
    const db = newDb();
    const events = [...oneDay(), ...heavyWeek()];
    await recordEvents(db, events);
    const settings: Settings = { ...DEFAULT_SETTINGS, pausedSites: ['x.com'], wage: { ref: 'custom', rate: 15, currency: 'CHF' } };
    const { parts, count } = await backupParts(db, settings, { now: NOW, app: '0.1.0' });
    const text = parts.join('');
    expect(count).toBe(events.length);
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: BACKUP_FORMAT, version: 1, createdAt: new Date(NOW).toISOString(), count: events.length });
    expect(data.app).toEqual({ name: 'travail-du-clic', version: '0.1.0' });
    expect(data.settings.pausedSites).toEqual(['x.com']);
    expect(data.events[0]).not.toHaveProperty('id');
    expect(text).toMatch(/"events": \[\n\{"uid":"seed-/);
    const parsed = parseBackup(text, NOW);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const strip = ({ id: _id, ...e }: { id?: number }) => e;
    expect(parsed.backup.events).toEqual((await db.events.toArray()).map(strip));
    expect(parsed.backup.settings).toEqual({
      paused: false,
      pausedSites: ['x.com'],
      retentionWeeks: null,
      wage: { ref: 'custom', rate: 15, currency: 'CHF' },
      language: 'auto',
      reminder: false,
    });
    db.close();
  });

  it('an empty profile makes a valid backup of no events', async () => {
    const db = newDb();
    const parsed = parseBackup((await backupParts(db, DEFAULT_SETTINGS, { now: NOW })).parts.join(''), NOW);
    expect(parsed.ok && parsed.backup.events).toEqual([]);
    db.close();
  });

  it('knows the report and class formats by their names', () => {
    expect([...REPORT_FORMATS]).toEqual([REPORT_FORMAT, CLASS_FORMAT]);
  });
});

describe('refused files', () => {
  const cases: [string, () => string, BackupErrorCode][] = [
    ['empty', () => '  \n', 'empty'],
    ['not JSON', () => 'hello, this is a text file', 'not-json'],
    ['a CSV export', () => 'at,day,kind,platform,site\r\n2026-11-22,x', 'not-json'],
    ['truncated in the middle', () => JSON.stringify(valid()).slice(0, 300), 'truncated'],
    ['truncated and closed again at a line (count no longer matches)', () => {
      const v = valid();
      v.events.pop();
      return JSON.stringify(v);
    }, 'truncated'],
    ['a JSON array', () => '[1,2,3]', 'format'],
    ['a JSON string', () => '"digital-labor-backup"', 'format'],
    ['another format', () => JSON.stringify({ ...valid(), format: 'something-else' }), 'format'],
    ['no format', () => JSON.stringify({ ...valid(), format: undefined }), 'format'],
    ['a newer version', () => JSON.stringify({ ...valid(), version: 2 }), 'version'],
    ['version as a string', () => JSON.stringify({ ...valid(), version: '1' }), 'version'],
    ['a weekly report (hand-in)', () => JSON.stringify({ format: 'digital-labor-report', version: 1, anonymized: true, totals: { count: 3, seconds: 0 } }), 'report'],
    ['a class summary', () => JSON.stringify({ format: 'digital-labor-class', version: 1, reports: 3 }), 'report'],
    ['millions of rows', () => JSON.stringify({ ...valid(), count: MAX_BACKUP_EVENTS + 1 }).replace(/"events":\[.*\]/, `"events":[${'0,'.repeat(MAX_BACKUP_EVENTS)}0]`), 'too-many'],
    ['an event dated in the future', () => {
      const v = valid();
      v.events[1].at = NOW + 3 * 86_400_000;
      v.events[1].day = '2026-11-25';
      return JSON.stringify(v);
    }, 'future'],
    ['a backup made in the future', () => JSON.stringify({ ...valid(), createdAt: '2031-01-01T00:00:00.000Z' }), 'future'],
    ['an unknown kind (a newer version)', () => {
      const v = valid();
      v.events[0].kind = 'hologram';
      return JSON.stringify(v);
    }, 'newer'],
    ['an unknown platform (a newer version)', () => {
      const v = valid();
      v.events[0].platform = 'myspace';
      return JSON.stringify(v);
    }, 'newer'],
  ];
  // Building a file of two million rows takes a few seconds on a loaded machine.
  it.each(cases)('%s', (_, make, expected) => {
    expect(code(make())).toBe(expected);
  }, 30_000);

  const broken: [string, (v: Record<string, any>) => void, string][] = [
    ['a huge string as uid', (v) => (v.events[0].uid = 'a'.repeat(5_000_000)), 'events[0].uid'],
    ['a huge string as site', (v) => (v.events[2].site = 'x'.repeat(1_000_000) + '.com'), 'events[2].site'],
    ['a URL as site (path and query)', (v) => (v.events[0].site = 'x.com/someone?q=1'), 'events[0].site'],
    ['a number as at', (v) => (v.events[0].at = '1763812800000'), 'events[0].at'],
    ['a fractional at', (v) => (v.events[0].at += 0.5), 'events[0].at'],
    ['at before 2000', (v) => (v.events[0].at = -1), 'events[0].at'],
    ['a day that does not hold at', (v) => (v.events[0].day = '2024-01-01'), 'events[0].day'],
    ['a day that is not a day', (v) => (v.events[0].day = '2026-13-45'), 'events[0].day'],
    ['a kind as a number', (v) => (v.events[0].kind = 3), 'events[0].kind'],
    ['a kind that is free text', (v) => (v.events[0].kind = 'Hello <b>world</b>'), 'events[0].kind'],
    ['negative seconds', (v) => (v.events[3].seconds = -1), 'events[3].seconds'],
    ['seconds as a string', (v) => (v.events[3].seconds = '20'), 'events[3].seconds'],
    ['a million image rounds', (v) => (v.events[3].rounds = 1e6), 'events[3].rounds'],
    ['a label that is page text', (v) => (v.events[3].labels = ['Select all images with a BUS']), 'events[3].labels'],
    ['too many labels', (v) => (v.events[3].labels = Array(50).fill('bus')), 'events[3].labels'],
    ['passive as a string', (v) => (v.events[3].passive = 'yes'), 'events[3].passive'],
    ['an event that is an array', (v) => (v.events[1] = ['uid', 1]), 'events[1]'],
    ['an event that is null', (v) => (v.events[1] = null), 'events[1]'],
    ['events as an object', (v) => (v.events = { 0: v.events[0] }), 'events'],
    ['settings missing', (v) => delete v.settings, 'settings'],
    ['a paused site that is not a hostname', (v) => (v.settings.pausedSites = ['not a site!']), 'settings.pausedSites[0]'],
    ['paused sites as a string', (v) => (v.settings.pausedSites = 'x.com'), 'settings.pausedSites'],
    ['a wage of -3', (v) => (v.settings.wage.rate = -3), 'settings.wage.rate'],
    ['a language that does not exist', (v) => (v.settings.language = 'klingon'), 'settings.language'],
    ['a retention of 0 weeks', (v) => (v.settings.retentionWeeks = 0), 'settings.retentionWeeks'],
    ['createdAt that is not a date', (v) => (v.createdAt = 'yesterday'), 'createdAt'],
  ];
  it.each(broken)('wrong shape: %s', (_, breakIt, path) => {
    const v = valid();
    breakIt(v);
    const r = parseBackup(JSON.stringify(v), NOW);
    expect(r.ok ? 'ok' : r.error).toEqual({ code: 'shape', detail: path });
  });

  it('prototype keys anywhere the reader looks are refused, and pollute nothing', () => {
    for (const [where, key] of [
      ['top', '__proto__'],
      ['top', 'constructor'],
      ['settings', '__proto__'],
      ['wage', 'prototype'],
      ['event', '__proto__'],
      ['event', 'constructor'],
    ] as const) {
      const v = valid();
      const target = where === 'top' ? v : where === 'settings' ? v.settings : where === 'wage' ? v.settings.wage : v.events[1];
      // Written as JSON text: JSON.parse makes an own "__proto__" key, as a crafted file would.
      const text = JSON.stringify(v).replace(
        where === 'top' ? /^\{/ : where === 'settings' ? /"settings":\{/ : where === 'wage' ? /"wage":\{/ : /(\{"uid":"[^"]+")/,
        (m) => (where === 'event' ? `{"${key}":{"polluted":true},${m.slice(1)}` : `${m}"${key}":{"polluted":true},`),
      );
      expect(text).toContain(`"${key}":{"polluted":true}`);
      void target;
      const r = parseBackup(text, NOW);
      expect(r.ok ? 'ok' : r.error.code).toBe('shape');
      expect(r.ok ? '' : r.error.detail).toMatch(new RegExp(`\\.${key}$`));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('unknown fields are ignored (a newer version may add some), never copied', () => {
    const v = valid();
    v.events[0].mood = 'happy';
    v.settings.counting = true;
    v.settings.categories = { social: false };
    v.extra = { anything: 1 };
    const r = parseBackup(JSON.stringify(v), NOW);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.backup.events[0]).not.toHaveProperty('mood');
    expect(r.backup.settings).not.toHaveProperty('counting');
    expect(r.backup.settings).not.toHaveProperty('categories');
  });

  it('a message never echoes the file: odd keys and values show as …', () => {
    expect(safePath('events[3].uid')).toBe('events[3].uid');
    expect(safePath('events[3].__proto__')).toBe('events[3].__proto__');
    expect(safePath('settings.<img src=x>')).toBe('settings.…');
    const v = valid();
    v.events[0].kind = 'x'.repeat(100);
    const r = parseBackup(JSON.stringify(v), NOW);
    expect(r.ok ? 'ok' : r.error).toEqual({ code: 'shape', detail: 'events[0].kind' });
  });
});

describe('restore', () => {
  it('adds by uid, skips what is already here, and the rollups equal those of recording the union', async () => {
    const a = newDb();
    const b = newDb();
    const union = newDb();
    const mine = heavyWeek();
    const theirs = [...mine.slice(0, 100), ev('2026-11-20', 'reaction', 'bluesky', { site: 'bsky.app' }), ev('2026-11-21', 'comment', 'reddit', { site: 'old.reddit.com', seconds: 30 })];
    await recordEvents(a, mine);
    await recordEvents(b, theirs);
    await recordEvents(union, [...mine, ...theirs]);
    const file = parseBackup((await backupParts(b, DEFAULT_SETTINGS, { now: NOW })).parts.join(''), NOW);
    if (!file.ok) throw new Error(file.error.code);
    const progress: string[] = [];
    const result = await restoreEvents(a, file.backup.events, { chunk: 40, onProgress: (p) => void progress.push(`${p.done}/${p.total}`) });
    expect(result).toEqual({ added: 2, duplicates: 100, tooOld: 0 });
    expect(progress).toEqual(['40/102', '80/102', '102/102']);
    expect(await a.events.count()).toBe(mine.length + 2);
    const byKey = (db: LaborDB) => db.rollups.orderBy('key').toArray();
    expect(await byKey(a)).toEqual(await byKey(union));
    // Merging again changes nothing.
    expect(await restoreEvents(a, file.backup.events)).toEqual({ added: 0, duplicates: 102, tooOld: 0 });
    expect(await byKey(a)).toEqual(await byKey(union));
    for (const db of [a, b, union]) db.close();
  });

  it('leaves out events older than this browser keeps (retention), as the recorder would delete them', async () => {
    const db = newDb();
    const events = [ev('2026-01-05', 'reaction', 'x'), ev('2026-11-20', 'reaction', 'x')];
    const keepFrom = retentionStart(4, NOW);
    expect(keepFrom).toBe('2026-10-25');
    expect(await restoreEvents(db, events, { keepFrom })).toEqual({ added: 1, duplicates: 0, tooOld: 1 });
    expect(retentionStart(null, NOW)).toBeUndefined();
    db.close();
  });
});

describe('settings merge', () => {
  it('paused sites: the union, sorted', () => {
    const current = { ...DEFAULT_SETTINGS, pausedSites: ['x.com', 'www.reddit.com'] };
    expect(mergeSettings(current, { pausedSites: ['bsky.app', 'x.com'] })).toEqual({
      patch: { pausedSites: ['bsky.app', 'www.reddit.com', 'x.com'] },
      taken: ['pausedSites'],
    });
    expect(mergeSettings(current, { pausedSites: ['x.com'] })).toEqual({ patch: {}, taken: [] });
  });

  it('wage and language: taken only while this browser has the defaults', () => {
    const wage = { ref: 'custom' as const, rate: 15, currency: 'CHF' };
    expect(mergeSettings(DEFAULT_SETTINGS, { wage, language: 'fr' })).toEqual({ patch: { wage, language: 'fr' }, taken: ['wage', 'language'] });
    const chosen = { ...DEFAULT_SETTINGS, wage: { ref: 'micro' as const, rate: 12.02, currency: 'EUR', place: 'auto' as const }, language: 'en' as const };
    expect(mergeSettings(chosen, { wage, language: 'fr' })).toEqual({ patch: {}, taken: [] });
  });

  it('never the global pause, retention, reminder, consent or categories', () => {
    const current: Settings = { ...DEFAULT_SETTINGS, counting: true, categories: { social: true } };
    const { patch } = mergeSettings(current, { paused: true, retentionWeeks: 2, reminder: true });
    expect(patch).toEqual({});
  });
});
