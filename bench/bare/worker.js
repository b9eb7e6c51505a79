// The bare service worker of the benchmark (bench/pages.mjs): on a message, it stores one row with Dexie and answers
// once the row is committed. The real worker's cold start to its first gesture stored is compared with this one's.
import Dexie from 'dexie';

const db = new Dexie('bare');
db.version(1).stores({ rows: '++id' });

chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  db.rows.add({ at: Date.now(), kind: String(message?.kind ?? '') }).then(
    () => reply({ ok: true, stored: true }),
    (error) => reply({ ok: false, error: String(error) }),
  );
  return true;
});
