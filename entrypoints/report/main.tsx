import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { LaborDB } from '@/lib/db';
import { Report } from './Report';
import '@/components/theme.css';
import './style.css';

render(
  <I18nProvider>
    <Report db={new LaborDB()} />
  </I18nProvider>,
  document.getElementById('app')!,
);
