import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { Teacher } from './Teacher';
import './style.css';

render(
  <I18nProvider>
    <Teacher />
  </I18nProvider>,
  document.getElementById('app')!,
);
