import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { LaborDB } from '@/lib/db';
import type { Reply } from '@/lib/messages';
import { startPractice } from '@/lib/practice';
import { Practice } from './Practice';
import '@/components/theme.css';
import './style.css';

render(
  <I18nProvider>
    <Practice db={new LaborDB()} />
  </I18nProvider>,
  document.getElementById('app')!,
);
// After the first render, so the detectors find the sandbox's checkbox, as they find the real one at document idle.
startPractice(document, new AbortController().signal, (message) => browser.runtime.sendMessage(message) as Promise<Reply | undefined>);
