import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provide } from '@/lib/detectors/chunk';
import { facebook } from '@/lib/detectors/facebook';

/** The facebook detector's code, imported by the content script only where it applies (lib/detectors/routes.ts). */
export default defineUnlistedScript(() => provide(facebook));
