import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KINDS } from '@/lib/events';
import { formatList, formatNumber } from '@/lib/format';
import { messageKey } from '@/lib/i18n';
import type { Reply, TabStatus as Status } from '@/lib/messages';
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

type State = { phase: 'loading' } | { phase: 'ready'; status: Status | null } | { phase: 'error' };

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
    fetchTabStatus(tabId).then(
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
