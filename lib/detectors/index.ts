/**
 * The registry: every detector, one file each in this folder. tests/unit/registry.test.ts checks that each file
 * here is registered and has fixtures.
 */
import { arkose } from './captcha/arkose';
import { chatgpt } from './ai/chatgpt';
import { claude } from './ai/claude';
import { copilot } from './ai/copilot';
import { gemini } from './ai/gemini';
import { google } from './search/google';
import { bing } from './search/bing';
import { duckduckgo } from './search/duckduckgo';
import { qwant } from './search/qwant';
import { ecosia } from './search/ecosia';
import { amazon } from './ratings/amazon';
import { googleMaps } from './ratings/google-maps';
import { mistral } from './ai/mistral';
import { perplexity } from './ai/perplexity';
import { bluesky } from './social/bluesky';
import { captchaText } from './captcha/captcha-text';
import { facebook } from './social/facebook';
import { geetest } from './captcha/geetest';
import { hcaptcha } from './captcha/hcaptcha';
import { instagram } from './social/instagram';
import { linkedin } from './social/linkedin';
import { mastodon } from './social/mastodon';
import { pinterest } from './social/pinterest';
import { recaptcha } from './captcha/recaptcha';
import { reddit } from './social/reddit';
import { threads } from './social/threads';
import { tiktok } from './social/tiktok';
import { turnstile } from './captcha/turnstile';
import type { Detector } from './core/types';
import { x } from './social/x';
import { youtube } from './social/youtube';

export const DETECTORS: readonly Detector[] = [x, youtube, reddit, mastodon, bluesky, recaptcha, hcaptcha, turnstile, arkose, geetest, captchaText, facebook, instagram, linkedin, tiktok, threads, pinterest, chatgpt, claude, gemini, copilot, perplexity, mistral, google, bing, duckduckgo, qwant, ecosia, amazon, googleMaps];
