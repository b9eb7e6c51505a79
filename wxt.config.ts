import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { catalogPlugin } from './scripts/catalog-plugin';

const require = createRequire(import.meta.url);
/**
 * One chunk for what the extension pages share and the popup needs for its first frame (Preact, the settings, the
 * messages' loader, formatting, the summary, the figures' values, the shared components), instead of the ten small
 * chunks the bundler would cut by which pages share which module (issue 14): each file an extension page loads costs
 * a round trip through the browser's extension protocol, and the popup painted in 168-185 ms with 3 files against
 * 210-265 ms with 11 (1.45-1.65x the bare page against 1.77-1.87x; `BENCH_ONLY=pages`, same conditions). The
 * report's own modules, Dexie and the citations stay apart.
 */
const UI_MODULES =
  /node_modules[\\/]preact[\\/]|[\\/](lib[\\/](format|summary|report|concepts|estimates|wages|figures|i18n|settings|storage-item|catalogs|events|period)|components[\\/](names|CaptchaLine|download|useSettings|Valuation|Source|i18n|Breakdown))\.tsx?$|virtual:wxt-html-plugins|tdc-catalog-version/;

/** Extension pages load only their own files and make no request of any kind (README, "Privacy"). */
const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'";

// WXT_OUT_DIR lets parallel builds (tests, benchmarks) write to separate folders.
export default defineConfig({
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // Manifest V3 for Firefox too (.output/firefox-mv3/): it needs Firefox 127+ (host permissions granted at install)
  // and data_collection_permissions needs 140 anyway; tests/e2e/firefox.e2e.ts records a gesture with it in real
  // Firefox. One manifest version everywhere, and Firefox lets the person withdraw the site access in about:addons.
  manifestVersion: 3,
  // `npm run zip`: Chrome, Edge and Firefox packages, and for AMO the sources zip (WXT already leaves out
  // node_modules, the build output and unit tests; dot folders such as .git and .out are not included either).
  zip: { excludeSources: ['test-artifacts/**', 'bench/results/**', 'stats.html', '**/*.log'] },
  modules: ['@wxt-dev/webextension-polyfill'],
  // No module-preload polyfill: it calls fetch() (no network code at all, README "Privacy"; extension pages run in
  // browsers that support modulepreload natively). tests/e2e/privacy.e2e.ts scans the build for network calls.
  vite: () => ({ plugins: [preact(), catalogPlugin(process.cwd())], build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // webextension-polyfill only where it earns its place: the background, whose runtime.onMessage listener answers
    // by returning a promise (Chrome's native API wants sendResponse). The content script, the detector chunks and the
    // extension pages only call promise-returning APIs (runtime.sendMessage/getURL, storage, tabs.query/sendMessage,
    // permissions), native in Chrome MV3 and Firefox: they keep WXT's native `browser` and save the polyfill's ~10 KB
    // (README, "Performance").
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'background')) return;
      // The extension pages (built together): their shared modules in one chunk (UI_MODULES above).
      if (entrypoints.some((e) => e.type === 'popup')) {
        const rolldown = (config.build ??= {}).rolldownOptions ?? {};
        config.build.rolldownOptions = { ...rolldown, output: { ...(rolldown.output as object), codeSplitting: { groups: [{ name: 'ui', test: UI_MODULES }] } } } as never;
      }
      const native = require.resolve('wxt/browser');
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        for (const a of alias) if (a.find === 'wxt/browser') a.replacement = native;
      } else if (alias) {
        (alias as Record<string, string>)['wxt/browser'] = native;
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-tab status. Nothing else: the content script's <all_urls> match is what lets the
    // background read the top-level hostname of a sender (see README, "Permissions").
    permissions: ['storage'],
    // Detector chunks, imported by the content script only where a detector applies (entrypoints/content.ts).
    // Chrome serves them through a per-session URL only, so a page cannot probe for the extension with them.
    // (Firefox has no use_dynamic_url: its moz-extension:// host is already a random id chosen at each install.)
    web_accessible_resources: [
      { resources: ['detector-*.js'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // The weekly reminder (off by default) asks for these only when the user turns it on (lib/reminder.ts).
    optional_permissions: ['alarms', 'notifications'],
    ...(browser === 'firefox'
      ? {
          // Firefox only exposes sender.tab.url to the background with a host permission (MV3 asks for it at
          // install since Firefox 127; WXT moves it into `permissions` for an MV2 build). Firefox cannot make
          // `alarms` optional; it shows no prompt for it, and the reminder still asks for `notifications`.
          permissions: ['storage', 'alarms'],
          host_permissions: ['<all_urls>'],
          optional_permissions: ['notifications'],
          browser_specific_settings: {
            // data_collection_permissions (required by AMO) exists from Firefox 140 (the current ESR) and Firefox
            // for Android 142: older minimums make `web-ext lint` warn that the key is unsupported.
            gecko: {
              // A UUID in braces, AMO's other accepted form of id: the project owns no domain, and an id under a
              // domain it does not own (example.org is IANA's) could be claimed by someone else. Never change it
              // once published: AMO and every installed copy know the add-on by it.
              id: '{f30866e9-f593-4b81-832e-8c5b61ca4763}',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    // default-src 'self': without it images, styles, fonts and media could still be loaded from any host (an image
    // URL is enough to leak data); tests/e2e/privacy.e2e.ts tries each kind of leak from the report page.
    // (WXT writes it as the MV2 string for an MV2 build.)
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
  }),
});
