/** Unit tests render with both languages' messages already loaded (lib/catalogs.ts), as a page has once it starts. */
import { loadCatalog } from '@/lib/catalogs';

await loadCatalog('en');
await loadCatalog('fr');
