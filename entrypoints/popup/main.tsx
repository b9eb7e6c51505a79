import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { LaborDB } from '@/lib/db';
import { Popup } from './Popup';
import '@/components/theme.css';
import './style.css';

render(
  <I18nProvider>
    <Popup db={new LaborDB()} />
  </I18nProvider>,
  document.getElementById('app')!,
);
