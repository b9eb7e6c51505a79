/**
 * Builds the content script without WXT's ContentScriptContext. That context, constructed by WXT's isolated-world
 * entry in every frame, posts `"<extension id>:content:wxt:content-script-started"` to the page with
 * `window.postMessage` and dispatches it on `document`, then aborts its signal when the page dispatches that name
 * back with another `messageId`: any page would learn that the extension is installed (and its id), and could
 * remove every detector listener in its frames. The only import of the class is in WXT's entry
 * (wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs); here it resolves to an inert class, so the
 * content script's `main()` receives an empty object, and entrypoints/content.ts keeps its own AbortController.
 * tests/e2e/hostile.e2e.ts checks the built script and a hostile page.
 */
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const CONTEXT = 'wxt/utils/content-script-context';
const INERT = '\0travail-du-clic:inert-content-script-context';

export default defineWxtModule({
  name: 'quiet-content-script',
  setup(wxt) {
    addViteConfig(wxt, () => ({
      plugins: [
        {
          name: 'travail-du-clic:quiet-content-script',
          enforce: 'pre',
          resolveId: (id: string) => (id === CONTEXT ? INERT : undefined),
          load: (id: string) => (id === INERT ? 'export class ContentScriptContext {}\n' : undefined),
        },
      ],
    }));
  },
});
