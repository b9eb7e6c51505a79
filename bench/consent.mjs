/**
 * Counting starts only after the person's consent (issue 15, lib/consent.ts): a benchmark browser does what the
 * welcome page's "Start counting" button does, with every category on. The install stores "not counting" and then
 * opens the welcome page; once the page is there, consent is written without the install overwriting it.
 */
const CATEGORIES = ['social', 'captcha', 'ai', 'search', 'ratings'];

export async function grantConsent(context, worker, timeout = 15_000) {
  const id = new URL(worker.url()).host;
  const until = Date.now() + timeout;
  let welcome;
  while (!(welcome = context.pages().find((p) => p.url().startsWith(`chrome-extension://${id}/welcome.html`)))) {
    if (Date.now() > until) throw new Error('bench: the welcome page did not open');
    await new Promise((ok) => setTimeout(ok, 50));
  }
  await welcome.close();
  await worker.evaluate(async (categories) => {
    const area = globalThis.chrome.storage.local;
    const { settings } = await area.get('settings');
    await area.set({ settings: { ...settings, counting: true, categories: Object.fromEntries(categories.map((c) => [c, true])) } });
  }, CATEGORIES);
}
