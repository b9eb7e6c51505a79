import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { Privacy } from './Privacy';
import './style.css';

render(
  <I18nProvider>
    <Privacy />
  </I18nProvider>,
  document.getElementById('app')!,
);
