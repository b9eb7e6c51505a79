import { render } from 'preact';
import { I18nProvider, uiLang } from '@/components/i18n';
import { loadCitations } from '@/components/Source';
import { loadCatalog } from '@/lib/catalogs';
import { getSettings } from '@/lib/settings';
import { summaryItem } from '@/lib/summary';
import { Report, type Live } from './Report';
import '@/components/theme.css';
import './style.css';

// Everything starts at once (issue 14): Dexie and the parts that use the database load (live.ts) and the database
// opens, the settings, the background's summary (lib/summary.ts) and the language's messages are read. The first
// render waits for the settings, the summary and the messages only: the current week then paints from the summary
// while the rest loads (Report.tsx), as the popup does; without a summary of today, it waits for the database.
// The browser's language is what most people keep ("auto"): its messages start loading before the settings are read.
const live: Promise<Live> = import('./live').then((parts) => {
  const db = new parts.LaborDB();
  void db.open().catch(() => undefined); // a failure is reported by the report's own queries, which fail the same way
  return { db, parts };
});
const guess = uiLang({});
const guessed = loadCatalog(guess).catch(() => undefined);
const settings = getSettings();
const summary = summaryItem.getValue().catch(() => null);
const lang = settings.then(uiLang);
void lang.then((l) => loadCitations(l)).catch(() => undefined);
const messages = lang.then((l) => (l === guess ? guessed : loadCatalog(l))).catch(() => undefined);

void Promise.all([settings, summary, lang, messages]).then(
  ([settings, summary, lang]) => show({ settings, summary }, lang),
  () => show(undefined),
);

function show(initial: Parameters<typeof Report>[0]['initial'], lang?: ReturnType<typeof uiLang>) {
  render(
    <I18nProvider initial={lang}>
      <Report live={live} initial={initial} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}
