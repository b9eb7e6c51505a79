import { render } from 'preact';
import { I18nProvider, uiLang } from '@/components/i18n';
import { loadCitations } from '@/components/Source';
import { loadCatalog } from '@/lib/catalogs';
import { getSettings } from '@/lib/settings';
import { summaryItem } from '@/lib/summary';
import { paintsFromSummary, Report, type Live } from './Report';
import './style.css';

// The settings, the background's summary (lib/summary.ts) and the language's messages are read at once; the first
// render waits for them only. When the summary is today's and the page shows the current week, the week paints from it
// (Report.tsx), and Dexie with the parts that use the database (live.ts) load after that first frame: loaded beside it,
// they slowed the messages' chunks down (all the page's files come through the same extension protocol; issue 14).
// Without such a summary they load at once, as the page waits for the database.
// The messages of the first frame are the popup's and the report's parts (lib/catalog-parts.ts: 13 KB of 62 in English); the
// rest loads after that frame (components/i18n.tsx, part="report"), before the sections under the figures render.
// The browser's language is what most people keep ("auto"): its messages start loading before the settings are read.
let live: Promise<Live> | undefined;
const loadLive = () =>
  (live ??= import('./live').then((parts) => {
    const db = new parts.LaborDB();
    void db.open().catch(() => undefined); // a failure is reported by the report's own queries, which fail the same way
    return { db, parts };
  }));
const guess = uiLang({});
const guessed = loadCatalog(guess, 'report').catch(() => undefined);
const settings = getSettings();
const summary = summaryItem
  .getValue()
  .catch(() => null)
  .then((s) => {
    if (!paintsFromSummary(s)) void loadLive();
    return s;
  });
const lang = settings.then(uiLang);
void lang.then((l) => loadCitations(l)).catch(() => undefined);
const messages = lang.then((l) => (l === guess ? guessed : loadCatalog(l, 'report'))).catch(() => undefined);

void Promise.all([settings, summary, lang, messages]).then(
  ([settings, summary, lang]) => show({ settings, summary }, lang),
  () => show(undefined),
);

function show(initial: Parameters<typeof Report>[0]['initial'], lang?: ReturnType<typeof uiLang>) {
  render(
    <I18nProvider part="report" initial={lang}>
      <Report live={loadLive} initial={initial} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}
