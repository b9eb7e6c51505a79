/**
 * The citations behind the report's concept cards that are not figures (lib/figure-sources.ts holds those): help-centre
 * pages, a court finding, each assistant's training opt-out. Report-only, apart from lib/concepts.ts so that the popup,
 * which needs each kind's family and value, does not load them (issue 14).
 */
import type { Kind } from './events';

/**
 * Sources behind a kind's explanation that are not numbers (a help-centre page, a court finding): shown one click
 * away on the kind's card (components/Concepts.tsx). Each says when it was read, or that it was not re-checked.
 */
export interface Citation {
  id: string;
  /** Full citation, not translated (titles stay in their language). */
  cite: string;
}

export const KIND_SOURCES: Partial<Record<Kind, readonly Citation[]>> = {
  'ai-feedback': [
    {
      id: 'openai-feedback',
      cite: 'OpenAI Help Center, "How your data is used to improve model performance" (help.openai.com/en/articles/5722486): giving a thumbs up or down can make the whole conversation usable to train models, even with "Improve the model for everyone" switched off. Not re-checked on 2026-11-30: the copy of the page we could read does not show that sentence.',
    },
    {
      id: 'anthropic-feedback',
      cite: 'Anthropic, "Is my data used for model training?" (support.anthropic.com/en/articles/7996868, read 2026-11-30): feedback started with the thumbs on claude.ai stores the entire related conversation for up to 10 years, and may be used to train models.',
    },
  ],
  'result-click': [
    {
      id: 'us-v-google-clicks',
      cite: 'United States v. Google LLC, No. 20-cv-3010 (D.D.C.), Memorandum Opinion of 5 August 2024, Findings of Fact ¶¶ 86-88 (read on Wikisource, 2026-11-30): click data (which results a person opens, whether they come back and how fast) teaches the engine the relevance of results; Google quoted: "As people interact with the search results page, their actions teach us about the world."',
    },
    {
      id: 'joachims-2005',
      cite: 'Joachims, Granka, Pan, Hembrooke, Gay, "Accurately Interpreting Clickthrough Data as Implicit Feedback", SIGIR 2005: clicks on results used as relevance judgements to train ranking.',
    },
  ],
};

/**
 * How to keep what an assistant learns from you, per assistant (report, "What can be done"): the setting that stops
 * conversations being used for training, and its source. Text in the locale files under `ai_optout_<platform>`.
 */
export const AI_OPT_OUTS: readonly { platform: 'chatgpt' | 'claude' | 'gemini' | 'copilot' | 'perplexity' | 'mistral'; cite: string }[] = [
  { platform: 'chatgpt', cite: 'OpenAI Help Center, "How your data is used to improve model performance" (help.openai.com/en/articles/5722486, stored copy read 2026-11-30): switch off training in Settings > Data Controls.' },
  { platform: 'claude', cite: 'Anthropic Privacy Center, "How do I change my model improvement privacy settings?" (privacy.anthropic.com/en/articles/12109829, read 2026-11-30): Settings > Privacy > Help improve Claude.' },
  { platform: 'gemini', cite: 'allthings.how, "How to prevent Google from using your Gemini interactions to train AI" (read 2026-11-30), after Google\'s Gemini Apps Privacy Hub (not re-checked): Settings & help > Activity > Gemini Apps Activity (Keep Activity) off; reviewed conversations are kept up to three years.' },
  { platform: 'copilot', cite: 'PCMag, "Use Microsoft Copilot? 7 settings I changed right away to protect my privacy" (mirror read 2026-11-30; Microsoft\'s page not re-checked): profile > Privacy > "Model training on text" and "Model training on voice" off.' },
  { platform: 'perplexity', cite: 'Production AI Institute, AI Data Use Index, Perplexity (read 2026-11-30), after Perplexity\'s help article (not re-checked): turn off "AI data retention" in account settings; it only applies from then on.' },
  { platform: 'mistral', cite: 'Mistral AI Help Center, "Can I opt out of my input or output data being used for training?" (help.mistral.ai/en/articles/455207, read 2026-11-30): Admin Console > Le Chat > Privacy > "Allow your interactions to be used to train our models" off.' },
];
