import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provide } from '@/lib/detectors/chunk';
import { mastodon } from '@/lib/detectors/mastodon';

/** The mastodon detector's code, imported by the content script only where it applies (lib/detectors/routes.ts). */
export default defineUnlistedScript(() => provide(mastodon));
