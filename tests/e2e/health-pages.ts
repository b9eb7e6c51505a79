/**
 * One page per detector where it should recognise things: the project's fixture (CI) and the real page
 * (`npm run health -- --live`). Live pages are public where the site allows; a maintainer who logs in first (with
 * `--profile`) sees the logged-in markup.
 */
export interface HealthPage {
  detector: string;
  fixture: string;
  live: string;
}

export const HEALTH_PAGES: readonly HealthPage[] = [
  { detector: 'x', fixture: 'http://x.com/home?hl=en', live: 'https://x.com/explore' },
  { detector: 'youtube', fixture: 'https://www.youtube.com/watch?v=dQw4abcd&hl=en', live: 'https://www.youtube.com/watch?v=jNQXAC9IVRw' },
  { detector: 'reddit', fixture: 'https://www.reddit.com/?lang=en', live: 'https://www.reddit.com/r/popular/' },
  { detector: 'mastodon', fixture: 'http://piaille.fr/home?lang=en', live: 'https://mastodon.social/explore' },
  { detector: 'bluesky', fixture: 'https://bsky.app/?lang=en', live: 'https://bsky.app/' },
  { detector: 'facebook', fixture: 'https://www.facebook.com/?hl=en', live: 'https://www.facebook.com/' },
  { detector: 'instagram', fixture: 'https://www.instagram.com/', live: 'https://www.instagram.com/' },
  { detector: 'linkedin', fixture: 'https://www.linkedin.com/?hl=en', live: 'https://www.linkedin.com/feed/' },
  { detector: 'tiktok', fixture: 'https://www.tiktok.com/?hl=en', live: 'https://www.tiktok.com/explore' },
  { detector: 'threads', fixture: 'https://www.threads.com/', live: 'https://www.threads.com/' },
  { detector: 'pinterest', fixture: 'https://www.pinterest.com/?hl=en', live: 'https://www.pinterest.com/ideas/' },
  { detector: 'chatgpt', fixture: 'https://chatgpt.com/?hl=en', live: 'https://chatgpt.com/' },
  { detector: 'claude', fixture: 'https://claude.ai/?hl=en', live: 'https://claude.ai/new' },
  { detector: 'gemini', fixture: 'https://gemini.google.com/?hl=en', live: 'https://gemini.google.com/app' },
  { detector: 'copilot', fixture: 'https://copilot.microsoft.com/?hl=en', live: 'https://copilot.microsoft.com/' },
  { detector: 'perplexity', fixture: 'https://www.perplexity.ai/?hl=en', live: 'https://www.perplexity.ai/' },
  { detector: 'mistral', fixture: 'https://chat.mistral.ai/?hl=en', live: 'https://chat.mistral.ai/chat' },
  { detector: 'google', fixture: 'https://www.google.com/search?q=travail+du+clic&hl=en', live: 'https://www.google.com/search?q=digital+labor' },
  { detector: 'bing', fixture: 'https://www.bing.com/search?q=travail+du+clic&setlang=en', live: 'https://www.bing.com/search?q=digital+labor' },
  { detector: 'duckduckgo', fixture: 'https://duckduckgo.com/?q=travail+du+clic&kl=en', live: 'https://duckduckgo.com/?q=digital+labor' },
  { detector: 'qwant', fixture: 'https://www.qwant.com/?q=travail+du+clic&l=en', live: 'https://www.qwant.com/?q=digital+labor' },
  { detector: 'ecosia', fixture: 'https://www.ecosia.org/search?q=travail+du+clic&hl=en', live: 'https://www.ecosia.org/search?q=digital+labor' },
  { detector: 'amazon', fixture: 'https://www.amazon.com/product-reviews/B000TEST?hl=en', live: 'https://www.amazon.com/product-reviews/B0BSHF7WHW' },
  { detector: 'google-maps', fixture: 'https://www.google.com/maps/place/test?hl=en', live: 'https://www.google.com/maps/search/cafe' },
];
