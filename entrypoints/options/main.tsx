import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { LaborDB } from '@/lib/db';
import { Options } from './Options';
import './style.css';

render(
  <I18nProvider>
    <Options db={new LaborDB()} />
  </I18nProvider>,
  document.getElementById('app')!,
);
