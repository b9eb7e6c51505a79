/**
 * How the UI text is split into chunks (issue 14): each page loads only its language, and the popup only the part it
 * shows. `popup` holds the messages of the popup and the components it renders (by key prefix); `rest` is every other
 * message; `reminder` is the background's weekly notification. Read by the build (catalogPlugin in
 * scripts/catalog-plugin.ts, which serves `virtual:tdc-catalog/<lang>/<part>`) and by tests/unit/ui/popup-i18n.test.tsx,
 * which renders the popup with the popup part alone and fails on any key shown raw.
 */
export const POPUP_PREFIXES = [
  'extName', 'popup_', 'status_', 'captcha_', 'wage_', 'trend_', 'health_', 'src_', 'pause_', 'how_', 'settings_title',
  'pay_', 'diagnostics_', 'time_', 'tip_', 'platform_', 'label_', 'kind_', 'fig_', 'family_', 'value_', 'tab_',
  'estimate_', 'place_', 'consent_',
] as const;
export const REMINDER_PREFIXES = ['reminder_notification_'] as const;

export type CatalogPart = 'popup' | 'rest' | 'reminder';

export function inPart(key: string, part: CatalogPart): boolean {
  const popup = POPUP_PREFIXES.some((p) => key === p || (p.endsWith('_') && key.startsWith(p)));
  if (part === 'popup') return popup;
  if (part === 'rest') return !popup;
  return REMINDER_PREFIXES.some((p) => key.startsWith(p));
}
