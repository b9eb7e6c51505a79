import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider, uiLang } from '@/components/i18n';
import { loadCatalog } from '@/lib/catalogs';
import { LaborDB } from '@/lib/db';
import type { Reply } from '@/lib/messages';
import { startPractice } from '@/lib/practice';
import { getSettings } from '@/lib/settings';
import { Practice } from './Practice';
import './style.css';

// The language's messages are loaded first, so that the first render is the whole sandbox (lib/catalogs.ts loads
// them on demand); the detectors start right after it and find the sandbox's checkbox, as they find the real one at
// document idle (reCAPTCHA's watches the checkbox element that is there when it starts).
void getSettings()
  .then(uiLang)
  .then(async (lang) => {
    await loadCatalog(lang);
    render(
      <I18nProvider initial={lang}>
        <Practice db={new LaborDB()} />
      </I18nProvider>,
      document.getElementById('app')!,
    );
    startPractice(document, new AbortController().signal, (message) => browser.runtime.sendMessage(message) as Promise<Reply | undefined>);
  });
