import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { Popup } from './Popup';
import '@/components/theme.css';
import './style.css';

// `?tab=N`: show the status of tab N (the e2e tests open the popup as a page, where the active tab is itself).
const tab = Number(new URLSearchParams(location.search).get('tab'));

// Firefox for Android shows the popup as a page as wide as the phone: then it takes the whole width (style.css).
if (/Android/.test(navigator.userAgent)) document.documentElement.classList.add('narrow');

render(
  <I18nProvider part="popup">
    <Popup tabId={Number.isInteger(tab) && tab > 0 ? tab : undefined} />
  </I18nProvider>,
  document.getElementById('app')!,
);
