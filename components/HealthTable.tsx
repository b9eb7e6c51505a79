import { eventsBetween, healthBetween, type HealthRow, type LaborDB } from '@/lib/db';
import { formatNumber } from '@/lib/format';
import type { Period } from '@/lib/period';
import { useI18n } from './i18n';
import { platformName } from './names';
import { useLive } from './useLive';

export interface SiteHealth {
  site: string;
  detectors: string[];
  pages: number;
  items: number;
  gestures: number;
  warnings: number;
}

/** The week's health per site: pages where a detector reported, what it recognised, gestures, pages with a warning. */
export function healthBySite(rows: readonly HealthRow[], gesturesBySite: ReadonlyMap<string, number>): SiteHealth[] {
  // The week of each (site, detector) first, then each site: several detectors may report from one page (a site and
  // a CAPTCHA), so a site's pages and warned pages are those of its busiest detector, never their sum.
  const perDetector = new Map<string, { site: string; detector: string; pages: number; items: number; warnings: number }>();
  for (const r of rows) {
    const key = `${r.site}|${r.detector}`;
    const d = perDetector.get(key) ?? { site: r.site, detector: r.detector, pages: 0, items: 0, warnings: 0 };
    d.pages += r.pages;
    d.items += r.items;
    d.warnings += r.warnings;
    perDetector.set(key, d);
  }
  const sites = new Map<string, SiteHealth>();
  for (const d of perDetector.values()) {
    const s = sites.get(d.site) ?? { site: d.site, detectors: [], pages: 0, items: 0, gestures: gesturesBySite.get(d.site) ?? 0, warnings: 0 };
    s.detectors.push(d.detector);
    s.pages = Math.max(s.pages, d.pages);
    s.items += d.items;
    s.warnings = Math.max(s.warnings, d.warnings);
    sites.set(d.site, s);
  }
  return [...sites.values()].sort((a, b) => b.warnings - a.warnings || b.pages - a.pages || a.site.localeCompare(b.site));
}

/** The report's detection-health table for the week (issue 11): measured on the pages, kept on this computer. */
export function HealthTable({ db, week }: { db: LaborDB; week: Period }) {
  const { t, lang } = useI18n();
  const { data } = useLive(async () => {
    const [rows, events] = await Promise.all([healthBetween(db, week.start, week.end), eventsBetween(db, week.start, week.end)]);
    const gestures = new Map<string, number>();
    for (const e of events) gestures.set(e.site, (gestures.get(e.site) ?? 0) + 1);
    return healthBySite(rows, gestures);
  }, [week.start]);
  return (
    <section aria-labelledby="health-h" data-testid="report-health">
      <h2 id="health-h">{t('report_health_title')}</h2>
      <p class="muted">{t('report_health_note')}</p>
      {data && data.length === 0 && <p class="muted">{t('report_health_empty')}</p>}
      {data && data.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('report_health_site')}</th>
                <th scope="col">{t('report_health_detector')}</th>
                <th scope="col" class="num">{t('report_health_pages')}</th>
                <th scope="col" class="num">{t('report_health_items')}</th>
                <th scope="col" class="num">{t('report_health_gestures')}</th>
                <th scope="col" class="num">{t('report_health_warnings')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((s) => (
                <tr key={s.site} class={s.warnings > 0 ? 'warn' : undefined}>
                  <th scope="row">{s.site}</th>
                  <td>{s.detectors.map((d) => platformName(t, d)).join(', ')}</td>
                  <td class="num">{formatNumber(lang, s.pages)}</td>
                  <td class="num">{formatNumber(lang, s.items)}</td>
                  <td class="num">{formatNumber(lang, s.gestures)}</td>
                  <td class="num">{formatNumber(lang, s.warnings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
