import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { LaborDB } from '@/lib/db';
import { Year } from './Year';
import './style.css';

render(
  <I18nProvider>
    <Year db={new LaborDB()} />
  </I18nProvider>,
  document.getElementById('app')!,
);
