import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { ClassView } from './ClassView';
import './style.css';

render(
  <I18nProvider>
    <ClassView />
  </I18nProvider>,
  document.getElementById('app')!,
);
