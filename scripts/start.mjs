// `npm start`: builds the extension and opens Chromium with it loaded, on the practice sandbox and the report.
// Without a display it says so and tells how to load the built extension by hand.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.output', 'chrome-mv3');
execSync('npx wxt build', { cwd: root, stdio: 'inherit' });

const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.log(`
No display found, so no browser window can open here.
The extension is built in ${dir}
To use it: open chrome://extensions in Chromium, turn on "Developer mode", click "Load unpacked" and pick that
folder (Firefox: about:debugging > This Firefox > Load Temporary Add-on > ${join(root, '.output', 'firefox-mv3', 'manifest.json')}
after "npm run build:firefox"). With a virtual display: xvfb-run npm start`);
  process.exit(1);
}
if (!chromium) {
  console.log(`No Chromium found (set CHROMIUM_PATH). Load ${dir} unpacked from chrome://extensions.`);
  process.exit(1);
}
const { chromium: pw } = await import('playwright-core');
const context = await pw.launchPersistentContext(mkdtempSync(join(tmpdir(), 'travail-du-clic-')), {
  executablePath: chromium,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
// The practice sandbox: a made-up feed and CAPTCHA to try the extension on without logging in anywhere.
const practice = existsSync(join(dir, 'practice.html')) ? 'practice.html' : 'report.html';
await page.goto(`chrome-extension://${id}/${practice}`);
console.log(`Travail du clic is running in Chromium (extension id ${id}), on ${page.url()}. Close the browser window to stop.`);
await new Promise((done) => context.on('close', done));
