import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provide } from '@/lib/detectors/chunk';
import { tiktok } from '@/lib/detectors/tiktok';

/** The tiktok detector's code, imported by the content script only where it applies (lib/detectors/routes.ts). */
export default defineUnlistedScript(() => provide(tiktok));
