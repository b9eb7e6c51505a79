/**
 * How the UI text is split into chunks (issue 14): each page loads only its language, and the popup only the part it
 * shows. `popup` holds the messages of the popup and the components it renders (by key prefix); `sources` the figures'
 * labels, which a "source" disclosure loads when it is opened (components/Source.tsx); `report` what the report's first
 * frame adds to the popup's; `rest` is every other message;
 * `reminder` is the background's weekly notification. Read by the build (catalogPlugin in
 * scripts/catalog-plugin.ts, which serves `virtual:tdc-catalog/<lang>/<part>`) and by tests/unit/ui/popup-catalog.test.tsx,
 * which renders the popup with the popup part alone and fails on any key shown raw.
 */
export const POPUP_PREFIXES = [
  'extName', 'popup_', 'status_', 'captcha_', 'wage_name_', 'health_', 'src_', 'pause_', 'how_', 'settings_title',
  'pay_', 'diagnostics_', 'time_', 'tip_', 'platform_', 'label_', 'kind_', 'family_', 'value_',
  // The sparkline's only (the report's charts have the other trend_ messages).
  'trend_spark_', 'trend_day_value', 'trend_empty_week', 'trend_vs_', 'trend_last_week_total', 'trend_last_week_total_',
] as const;
export const SOURCES_PREFIXES = ['fig_'] as const;
/**
 * The report's first frame beyond the popup's part (its headings, week navigation, payslip, tables): about 5 KB of the
 * 50 KB `rest`, which then loads after that frame (issue 14). tests/unit/ui/report-catalog.test.tsx renders the
 * report's first frame with the popup and report parts alone and fails on any key shown raw.
 */
export const REPORT_PREFIXES = [
  'report_', 'payslip_', 'concepts_title', 'glossary_title', 'actions_title', 'sources_title', 'export_title', 'class_open', 'year_open',
] as const;
export const REMINDER_PREFIXES = ['reminder_notification_'] as const;

export const CATALOG_PARTS = ['popup', 'sources', 'report', 'rest', 'reminder'] as const;
export type CatalogPart = (typeof CATALOG_PARTS)[number];

/**
 * The parts a page keeps a copy of in the extension's own localStorage (lib/catalogs.ts), so that the next popup or
 * report takes its first frame's messages from there instead of loading one more file after its scripts. The build
 * hashes them (`virtual:tdc-catalog-version`): a copy from another build is never used.
 */
export const CACHED_PARTS = ['popup', 'report'] as const;

const hasPrefix = (key: string, prefixes: readonly string[]) => prefixes.some((p) => key === p || (p.endsWith('_') && key.startsWith(p)));

export function inPart(key: string, part: CatalogPart): boolean {
  if (part === 'reminder') return hasPrefix(key, REMINDER_PREFIXES);
  const popup = hasPrefix(key, POPUP_PREFIXES);
  const sources = hasPrefix(key, SOURCES_PREFIXES);
  const report = !popup && !sources && hasPrefix(key, REPORT_PREFIXES);
  return part === 'popup' ? popup : part === 'sources' ? sources : part === 'report' ? report : !popup && !sources && !report;
}
