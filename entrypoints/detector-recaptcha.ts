import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provide } from '@/lib/detectors/chunk';
import { recaptcha } from '@/lib/detectors/recaptcha';

/** The recaptcha detector's code, imported by the content script only where it applies (lib/detectors/routes.ts). */
export default defineUnlistedScript(() => provide(recaptcha));
