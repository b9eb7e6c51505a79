import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KINDS } from '@/lib/events';
import { formatList, formatNumber } from '@/lib/format';
import { messageKey, plural } from '@/lib/i18n';
import { buildDiagnostics, diagnosticsFileName } from '@/lib/diagnostics';
import type { ProbeReply } from '@/lib/health';
import type { ProbeMessage, Reply, TabStatus as Status } from '@/lib/messages';
import { downloadText } from './download';
import { isSitePaused, setSitePaused, updateSettings, type Settings } from '@/lib/settings';
import { useI18n } from './i18n';
import { platformName } from './names';

/** The tab the popup was opened over (no "tabs" permission needed for its id). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the background what its detectors did in a tab (lib/recorder.ts answers `tab-status`). */
export async function fetchTabStatus(tabId: number): Promise<Status | null> {
  const reply = (await browser.runtime.sendMessage({ type: 'tab-status', tabId })) as Reply | undefined;
  return reply?.ok && reply.status ? reply.status : null;
}

/**
 * Asks the tab's top frame what page it shows and what its detectors recognise (entrypoints/content.ts). Null when
 * no content script answers (a browser page, a page opened before the extension was installed).
 */
export async function probeTab(tabId: number, full = false): Promise<ProbeReply | null> {
  try {
    const message: ProbeMessage = { type: 'probe', full };
    const reply = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as ProbeReply | undefined;
    return reply && typeof reply.hostname === 'string' ? reply : null;
  } catch {
    return null;
  }
}

/**
 * What the popup says about the tab: the page it shows now (from the tab itself), and what the background recorded
 * in this tab for that same site. The background's record of an earlier site is never shown for the current page.
 */
export async function describeTab(tabId: number): Promise<Status & { health: ProbeReply['health'] }> {
  const [probe, status] = await Promise.all([probeTab(tabId), fetchTabStatus(tabId).catch(() => null)]);
  const site = probe?.hostname || null;
  const same = !!site && status?.site === site;
  return {
    site,
    detectors: [...new Set([...(probe?.detectors ?? []), ...(same ? status!.detectors : [])])].sort(),
    counts: same ? status!.counts : {},
    health: probe?.health ?? [],
  };
}

type Described = Awaited<ReturnType<typeof describeTab>>;
type State = { phase: 'loading' } | { phase: 'ready'; status: Described | null } | { phase: 'error' };

/** Saves the diagnostics file of the tab (counts only), for a "this site changed" report. */
async function saveDiagnostics(tabId: number, frameDetectors: string[]): Promise<boolean> {
  const probe = await probeTab(tabId, true);
  if (!probe) return false;
  const diagnostics = buildDiagnostics(probe, {
    extension: browser.runtime.getManifest().version,
    userAgent: navigator.userAgent,
    frameDetectors,
  });
  downloadText(diagnosticsFileName(probe.hostname), `${JSON.stringify(diagnostics, null, 2)}\n`, 'application/json');
  return true;
}

/** Per-detector health lines, and the warning when a detector recognises nothing where it should. */
function Health({ status, tabId }: { status: Described; tabId: number }) {
  const { t, lang } = useI18n();
  const [saved, setSaved] = useState<boolean | null>(null);
  const warned = status.health.some((h) => h.warnings.length > 0);
  const lines = status.health.filter((h) => h.known > 0).map((h) =>
    h.items + h.actions > 0
      ? t(
          'health_line',
          platformName(t, h.id),
          plural(t, lang, 'health_items', h.items, formatNumber(lang, h.items)),
          plural(t, lang, 'health_buttons', h.actions, formatNumber(lang, h.actions)),
        )
      : t('health_line_none', platformName(t, h.id)),
  );
  return (
    <div class="tab-health">
      {lines.length > 0 && (
        <p class="muted" data-testid="tab-health">
          {lines.join(' ')}
        </p>
      )}
      {warned && (
        <div class="warning" role="alert" data-testid="tab-health-warning">
          <p>{t('health_warning', status.site!)}</p>
          <p class="muted">{t('health_warning_help')}</p>
        </div>
      )}
      <button
        type="button"
        class="link-button"
        data-testid="save-diagnostics"
        onClick={() => void saveDiagnostics(tabId, status.detectors).then(setSaved, () => setSaved(false))}
      >
        {t('diagnostics_save')}
      </button>
      {saved !== null && (
        <p class="muted" role="status" data-testid="diagnostics-result">
          {t(saved ? 'diagnostics_saved' : 'diagnostics_error')}
        </p>
      )}
    </div>
  );
}

/**
 * Detector health for the current tab: whether a detector runs there and what it recorded in this tab, so a person
 * notices when a site's markup change stops detection. Then the pause controls: this site, and everything.
 */
export function TabStatus({ tabId, settings }: { tabId: number | null; settings: Settings }) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    if (tabId === null) return setState({ phase: 'ready', status: null });
    let alive = true;
    describeTab(tabId).then(
      (status) => alive && setState({ phase: 'ready', status }),
      () => alive && setState({ phase: 'error' }),
    );
    return () => void (alive = false);
  }, [tabId, settings.paused, settings.pausedSites.join()]);

  const status = state.phase === 'ready' ? state.status : null;
  const site = status?.site ?? null;
  const sitePaused = site !== null && isSitePaused(settings, site);
  let line: string;
  if (state.phase === 'loading') line = t('popup_loading');
  else if (state.phase === 'error') line = t('status_error');
  else if (settings.paused) line = t('status_paused_all');
  else if (site && sitePaused) line = t('status_paused', site);
  else if (!site || status!.detectors.length === 0) line = t('status_none');
  else line = t('status_active', formatList(lang, status!.detectors.map((d) => platformName(t, d))), site);
  const counts = KINDS.filter((k) => (status?.counts[k] ?? 0) > 0).map((k) =>
    t('status_count', formatNumber(lang, status!.counts[k]!), t(messageKey(`kind_${k}`))),
  );
  const active = !!site && (status?.detectors.length ?? 0) > 0 && !settings.paused && !sitePaused;

  return (
    <section class="tab-status" aria-labelledby="tab-status-h" data-testid="tab-status">
      <h3 id="tab-status-h">{t('status_title')}</h3>
      <p data-testid="tab-status-line" role="status">
        <span class={`dot ${active ? 'dot-on' : 'dot-off'}`} aria-hidden="true" /> {line}
      </p>
      {active && (
        <p class="muted" data-testid="tab-counts">
          {counts.length ? `${t('status_recorded')} ${counts.join(' · ')}` : t('status_nothing_yet')}
        </p>
      )}
      {site && tabId !== null && status && <Health status={status} tabId={tabId} />}
      <div class="pause-controls">
        <button
          type="button"
          data-testid="pause-site"
          disabled={!site}
          onClick={() => site && void setSitePaused(site, !sitePaused)}
        >
          {site ? t(sitePaused ? 'pause_resume_site' : 'pause_site', site) : t('pause_site_none')}
        </button>
        <button
          type="button"
          data-testid="pause-all"
          onClick={() => void updateSettings({ paused: !settings.paused })}
        >
          {t(settings.paused ? 'pause_resume_all' : 'pause_all')}
        </button>
      </div>
    </section>
  );
}
