import { render } from 'preact';
import { I18nProvider, uiLang } from '@/components/i18n';
import { loadCitations } from '@/components/Source';
import { loadCatalog } from '@/lib/catalogs';
import { LaborDB } from '@/lib/db';
import { getSettings } from '@/lib/settings';
import { Report } from './Report';
import '@/components/theme.css';
import './style.css';

// The database opens and the language's messages load at the same time (issue 14): the report's first queries then
// find the database open as soon as the text is there, instead of starting to open it only then. The citations come
// with the messages, so that the report's many sources render them at once rather than each asking for them.
const db = new LaborDB();
void db.open().catch(() => undefined); // a failure is reported by the report's own queries, which fail the same way
void getSettings()
  .then((s) => Promise.all([loadCatalog(uiLang(s)), loadCitations(uiLang(s))]))
  .catch(() => undefined);

render(
  <I18nProvider>
    <Report db={db} />
  </I18nProvider>,
  document.getElementById('app')!,
);
