import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provide } from '@/lib/detectors/chunk';
import { linkedin } from '@/lib/detectors/linkedin';

/** The linkedin detector's code, imported by the content script only where it applies (lib/detectors/routes.ts). */
export default defineUnlistedScript(() => provide(linkedin));
