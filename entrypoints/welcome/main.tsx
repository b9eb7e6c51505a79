import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { Welcome } from './Welcome';
import './style.css';

render(
  <I18nProvider>
    <Welcome />
  </I18nProvider>,
  document.getElementById('app')!,
);
