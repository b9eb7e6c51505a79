/**
 * The registry: every detector, one file each in this folder. tests/unit/registry.test.ts checks that each file
 * here is registered and has fixtures.
 */
import { arkose } from './arkose';
import { bluesky } from './bluesky';
import { captchaText } from './captcha-text';
import { facebook } from './facebook';
import { geetest } from './geetest';
import { hcaptcha } from './hcaptcha';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { pinterest } from './pinterest';
import { recaptcha } from './recaptcha';
import { reddit } from './reddit';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { turnstile } from './turnstile';
import type { Detector } from './types';
import { x } from './x';
import { youtube } from './youtube';

export const DETECTORS: readonly Detector[] = [x, youtube, reddit, mastodon, bluesky, recaptcha, hcaptcha, turnstile, arkose, geetest, captchaText, facebook, instagram, linkedin, tiktok, threads, pinterest];
