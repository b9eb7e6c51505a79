/**
 * The words of the UI, read as a sociology teacher and the author would read them (issue 13): Casilli's own terms,
 * no unit said twice, French typography, a plural form wherever a number meets a noun, US spelling in English, and
 * no message left unused. Each check is a pure function of a catalog (or of code), so that a bad string can be fed
 * to it in the "fails on" cases below: every check is shown to catch what it is meant to catch.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { ACTIONS, GLOSSARY } from '@/components/Concepts';
import { LABELS, OTHER_LABEL } from '@/lib/captcha-labels';
import { AI_OPT_OUTS, KIND_SOURCES } from '@/lib/concept-sources';
import { FAMILIES, VALUES } from '@/lib/concepts';
import { KINDS, PLATFORMS } from '@/lib/events';
import { SOURCES } from '@/lib/figure-sources';
import { FIGURE_IDS, FIGURES, type FigureUnit } from '@/lib/figures';
import { figureJoin, formatDuration, formatFigure } from '@/lib/format';
import { messageKey } from '@/lib/i18n';

type Catalog = Record<string, { message: string }>;
const EN = en as Catalog;
const FR = fr as Catalog;
const ROOT = resolve(__dirname, '../../..');

/** Lower case, no accents, every kind of space (plain, no-break, narrow no-break) as one plain space. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/gu, ' ');

// ---------------------------------------------------------------------------------------------------------------
// 1. "Travail numérique": the term Casilli refuses (l'Humanité, 1-3 Feb 2019: "digital labor", from digitus, the
// finger, "et non pas travail numérique"). Only the glossary may name it, in quotation marks, to say why not.
export const REFUSED_TERM_HOME = 'glossary_digital_labor_def';
export function refusedTerm(cat: Catalog): string[] {
  const bad: string[] = [];
  for (const [key, { message }] of Object.entries(cat)) {
    const f = fold(message);
    if (!f.includes('travail numerique')) continue;
    // Where it is allowed, every mention must be a quotation (« travail numérique » or “travail numérique”).
    const unquoted = f.replace(/[«“"] ?travail numerique ?[»”"]/g, '');
    if (key !== REFUSED_TERM_HOME || unquoted.includes('travail numerique')) bad.push(key);
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. A figure is shown as "<value with its unit> <label>" (components/Concepts.tsx FigureLine, Source.tsx, the
// sources panel): the label must not say the unit again ("€12.02/h an hour").
// "Per hour" said again; an hour in another sense ("a 38-hour week") is not the unit.
const PER_HOUR = String.raw`\/ ?h\b|\b(an|a|per|each|the) hour\b|\bhourly\b|\bl.heure\b|\bpar heure\b|\bhoraires?\b`;
const UNIT_WORDS: Partial<Record<FigureUnit, RegExp>> = {
  s: /(?<![’'])\bs\b|\bsec(ond)?s?\b|\bsecondes?\b/,
  'EUR/h': new RegExp(`${PER_HOUR}|\\beuros?\\b|€`),
  'USD/h': new RegExp(`${PER_HOUR}|\\bdollars?\\b|\\$`),
  'CHF/h': new RegExp(`${PER_HOUR}|\\bfrancs?\\b|chf`),
  'CAD/h': new RegExp(`${PER_HOUR}|\\bdollars?\\b|\\$|\\bcad\\b`),
  'GBP/h': new RegExp(`${PER_HOUR}|\\bpounds?\\b|£|\\bgbp\\b`),
  USD: /\bdollars?\b|\$|\busd\b/,
  cents: /\bcents?\b|\bcentimes?\b|¢/,
  years: /\byears?\b|\bans?\b|\bannees?\b/,
  share: /%|\bper ?cent\b|\bpour ?cent\b/,
};
export function unitTwice(cat: Catalog, figures: Record<string, { unit: FigureUnit }>): string[] {
  const bad: string[] = [];
  for (const [id, f] of Object.entries(figures)) {
    const label = cat[`fig_${id}`]?.message;
    const re = UNIT_WORDS[f.unit];
    // Ranges in brackets ("9-15") are fine; a unit word or symbol anywhere in the label is not.
    if (label && re?.test(fold(label))) bad.push(`fig_${id}`);
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------------------------
// 8a. French typography: a narrow no-break space (U+202F) before ; : ! ? » and after «, never a plain space, a
// no-break space (U+00A0) or nothing. A colon between digits (10:30) or before // (a URL) is not punctuation.
export function frenchSpacing(text: string): string[] {
  const bad: string[] = [];
  const chars = [...text];
  chars.forEach((mark, i) => {
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (mark === '«' && after !== '\u202f') bad.push(`«${JSON.stringify(after)}`);
    if (!/[;:!?»]/.test(mark)) return;
    if (mark === ':' && ((/\d/.test(before) && /\d/.test(after)) || after === '/')) return;
    if (mark === '?' && /[\w=&]/.test(after)) return; // a query string
    if (before !== '\u202f') bad.push(`${JSON.stringify(before)}${mark}`);
  });
  return bad;
}
export const frenchTypography = (cat: Catalog) => Object.keys(cat).filter((k) => frenchSpacing(cat[k]!.message).length > 0);

/** Phrases a French reader stops on: two spellings of microtravail, anglicisms, a missing subjunctive. */
const FRENCH_BANNED: [RegExp, string][] = [
  [/micro-(travail|tache)/, 'one spelling: microtravail, microtâche'],
  [/qui savait que/, 'anglicism (who knew): "Qui aurait cru que"'],
  [/(joues|jouee|jouees) par des (humains|personnes)/, 'automation: "incarnés", not "joués"'],
  [/et que rien n.apparait\b/, 'subjunctive after "si ... et que": "apparaisse"'],
  [/\bimiter\b/, 'impersonate: "se faire passer pour"'],
  // One word for the reaction: "like" (Casilli's and the teaching sheet's), not « j'aime » beside it. The
  // practice page's button imitates a platform's label and may say "J'aime".
  [/j.aime/, 'say "like" everywhere (the practice button excepted)'],
];
export function frenchWords(cat: Catalog): string[] {
  const bad: string[] = [];
  for (const [key, { message }] of Object.entries(cat)) {
    for (const [re, why] of FRENCH_BANNED) {
      if (key === 'practice_like' && why.startsWith('say "like"')) continue;
      if (re.test(fold(message))) bad.push(`${key}: ${why}`);
    }
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------------------------
// 8b. English: US spelling (the University of Chicago Press edition's).
const BRITISH = /\b\w*(isation|isations|ise[sd]?|ising|yse[sd]?|our|ours|ourite|ourites|ourhood|ogue|ogues|tre|tres|ence)\b/gi;
const NOT_BRITISH = new Set([
  // -ise words that are spelled so in US English too
  'otherwise', 'wise', 'rise', 'rises', 'promises', 'premises', 'surprises', 'exercises', 'enterprises', 'advertises', 'compromises', 'arise', 'arises', 'raise', 'raised', 'raises', 'praise', 'noise', 'promise', 'promised',
  'premise', 'surprise', 'surprised', 'exercise', 'advertise', 'advertised', 'advertises', 'advertising', 'expertise', 'enterprise',
  'comprise', 'comprises', 'franchise', 'merchandise', 'precise', 'concise', 'revise', 'revised', 'supervise', 'supervised',
  'televised', 'devise', 'devised', 'disguise', 'disguised', 'compromise', 'improvise', 'paradise', 'cruise', 'poise', 'despise',
  'chemise', 'demise', 'excise', 'incise', 'treatise', 'reprise', 'likewise', 'clockwise', 'analyse', // (checked below)
  // -our words that are not British spellings
  'our', 'ours', 'your', 'yours', 'hour', 'hours', 'four', 'tour', 'tours', 'pour', 'pours', 'sour', 'flour', 'detour', 'contour',
  'devour', 'ourselves',
  // -ence words (US -ense only for defence, licence, offence, pretence)
  'evidence', 'difference', 'differences', 'reference', 'references', 'sentence', 'sentences', 'presence', 'audience', 'audiences',
  'science', 'sciences', 'experience', 'experiences', 'conference', 'preference', 'preferences', 'influence', 'sequence', 'existence',
  'intelligence', 'once', 'since', 'hence', 'silence', 'confidence', 'independence', 'violence', 'consequence', 'consequences',
  'fence', 'absence', 'patience', 'residence', 'occurrence', 'inference', 'coherence', 'license', 'dependence', 'essence', 'whence',
  'prudence', 'commence', 'pence', 'recurrence', 'turbulence', 'prominence', 'persistence', 'convenience', 'competence', 'emergence',
  // -tre, -ogue words spelled so in US English
  'metre', 'genre', 'genres', 'ogre', 'acre', 'massacre', 'mediocre', 'theatre', 'lucre', 'macabre',
]);
const ALWAYS_BRITISH = new Set(['analyse', 'centre', 'centres', 'catalogue', 'catalogues', 'theatre', 'metre', 'defence', 'licence', 'offence', 'pretence']);
export function britishSpelling(cat: Catalog): string[] {
  const bad: string[] = [];
  for (const [key, { message }] of Object.entries(cat)) {
    for (const m of message.matchAll(BRITISH)) {
      const w = m[0].toLowerCase();
      if (ALWAYS_BRITISH.has(w) || (!NOT_BRITISH.has(w) && !w.endsWith('ence'))) bad.push(`${key}: ${m[0]}`);
    }
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------------------------
// 8c. Plurals. A message in which a placeholder is directly followed by a noun or an agreeing word ("$1 gestures",
// "$1 résolus") shows a count: it must have a `_one` variant (lib/i18n.ts plural()), and then only one count, since
// one message can only agree with one number. Words that never agree (units, prepositions) are not counts.
const NOT_A_COUNT = new Set([
  's', 'is', 'was', 'has', 'as', 'its', 'this', 'plus', 'less', 'vs', 'looks', 'says', 'gives', 'means', 'us', 'mb', 'mo', 'ms',
  'de', 'du', 'des', 'par', 'pour', 'sous', 'sans', 'dans', 'sur', 'au', 'aux', 'et', 'ou', 'si', 'ne', 'a', 'le', 'la', 'les',
]);
/** The placeholders of a message that are counts. */
export function countPlaceholders(message: string): string[] {
  const out: string[] = [];
  for (const m of message.matchAll(/\$(\d)[ \u00a0\u202f]+([\p{L}’'-]+)/gu)) {
    const word = m[2]!.replace(/[’'].*$/, '').toLowerCase();
    // "$2 and $3 recognised": the word agrees with both, already counted pieces ("38 items", "1 button").
    if (/\$\d,? (and|et) $/.test(message.slice(0, m.index))) continue;
    if (!NOT_A_COUNT.has(word) && /[sx]$/.test(word)) out.push(`$${m[1]}`);
  }
  return out;
}
export function missingPlurals(...cats: Catalog[]): string[] {
  const bad = new Set<string>();
  for (const cat of cats) {
    for (const [key, { message }] of Object.entries(cat)) {
      if (key.endsWith('_one')) continue;
      const counts = countPlaceholders(message);
      if (counts.length > 1) bad.add(`${key}: ${counts.length} counts in one message (split it)`);
      else if (counts.length === 1 && !cats.every((c) => `${key}_one` in c)) bad.add(`${key}: no ${key}_one`);
    }
  }
  return [...bad];
}

/** UI code: a message with a `_one` variant is only ever used through plural(), never t('key') directly. */
export function tWithoutPlural(code: string, cat: Catalog): string[] {
  const bad: string[] = [];
  for (const m of code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) if (`${m[1]}_one` in cat) bad.push(m[1]!);
  return bad;
}

// ---------------------------------------------------------------------------------------------------------------
// 8d. Unused messages: every message is named in the code, built from a list of ids the code uses, or the `_one`
// form of one that is.
const codeFiles = (): string[] => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(tsx?|html)$/.test(f)) files.push(p);
    }
  };
  ['components', 'entrypoints', 'lib'].forEach((d) => walk(join(ROOT, d)));
  files.push(join(ROOT, 'wxt.config.ts'));
  return files;
};
/** Message families built from ids: their members are exactly these, never "used" by a prefix alone. */
const BUILT = (): Map<string, string[]> =>
  new Map<string, string[]>([
    ['kind_', KINDS.map((k) => `kind_${k}`)],
    ['concept_kind_', KINDS.map((k) => `concept_kind_${k}`)],
    ['family_', FAMILIES.map((f) => `family_${f}`)],
    ['concept_family_', FAMILIES.map((f) => `concept_family_${f}`)],
    ['print_family_', FAMILIES.map((f) => `print_family_${f}`)],
    ['tip_family_', FAMILIES.map((f) => `tip_family_${f}`)],
    ['value_', VALUES.map((v) => `value_${v}`)],
    ['concept_value_', VALUES.map((v) => `concept_value_${v}`)],
    ['print_value_', VALUES.map((v) => `print_value_${v}`)],
    ['tip_value_', VALUES.map((v) => `tip_value_${v}`)],
    ['platform_', PLATFORMS.map((p) => `platform_${p}`)],
    ['label_', [...Object.keys(LABELS), OTHER_LABEL].map((l) => `label_${l.replace(/ /g, '_')}`)],
    ['fig_', FIGURE_IDS.map((f) => `fig_${f}`)],
    ['glossary_', GLOSSARY.flatMap(([g]) => [`glossary_${g}_term`, `glossary_${g}_def`])],
    ['action_', ACTIONS.flatMap((a) => [`action_${a}_title`, `action_${a}_body`])],
    ['ai_optout_', AI_OPT_OUTS.map((o) => `ai_optout_${o.platform}`)],
  ]);
export function unusedKeys(cat: Catalog, code: string, built = BUILT()): string[] {
  const used = new Set<string>([...built.values()].flat().map(messageKey));
  const quoted = new Set([...code.matchAll(/['"`]([A-Za-z0-9_]+)['"`]/g), ...code.matchAll(/__MSG_([A-Za-z0-9_]+?)__/g)].map((m) => m[1]!));
  // Other families built in the code from a literal prefix (`class_error_${code}`, `wage_name_${place}`): any key
  // with that prefix counts as used, unless the prefix is one of the exact families above.
  const prefixes = [...code.matchAll(/`([a-z][a-z0-9_]{3,})\$\{/g)].map((m) => m[1]!).filter((p) => !built.has(p));
  const isUsed = (k: string) => used.has(k) || quoted.has(k) || prefixes.some((p) => k.startsWith(p));
  return Object.keys(cat).filter((k) => !isUsed(k) && !(k.endsWith('_one') && isUsed(k.slice(0, -4))));
}

// ---------------------------------------------------------------------------------------------------------------
describe('wording (issue 13)', () => {
  const code = codeFiles().map((f) => readFileSync(f, 'utf8')).join('\n');

  it('never says "travail numérique", except the glossary saying why not', () => {
    expect(refusedTerm(FR)).toEqual([]);
    expect(refusedTerm(EN)).toEqual([]);
    expect(fold(FR[REFUSED_TERM_HOME]!.message)).toMatch(/travail numerique/);
    expect(fold(FR[REFUSED_TERM_HOME]!.message)).toMatch(/digitus/);
    expect(fold(EN[REFUSED_TERM_HOME]!.message)).toMatch(/digitus/);
  });

  it('no figure label says its unit again', () => {
    expect(unitTwice(EN, FIGURES)).toEqual([]);
    expect(unitTwice(FR, FIGURES)).toEqual([]);
    // and each figure reads as one phrase: value, then label
    for (const id of FIGURE_IDS) expect(`${formatFigure('en', FIGURES[id])} ${EN[`fig_${id}`]!.message}`).not.toMatch(/\/h an hour|per hour an hour/);
  });

  it('French: narrow no-break spaces before ; : ! ? » and after «', () => {
    expect(frenchTypography(FR)).toEqual([]);
  });

  it('French: one spelling, no anglicism, the subjunctive, "like"', () => {
    expect(frenchWords(FR)).toEqual([]);
  });

  it('English: US spelling', () => {
    expect(britishSpelling(EN)).toEqual([]);
  });

  it('every count has its plural forms, and goes through plural()', () => {
    expect(missingPlurals(EN, FR)).toEqual([]);
    expect(tWithoutPlural(code, EN)).toEqual([]);
  });

  it('French durations read "3 min 5 s", with narrow no-break spaces', () => {
    expect(formatDuration('fr', 185)).toBe('3\u202fmin 5\u202fs');
    expect(formatDuration('fr', 7620)).toBe('2\u202fh 7\u202fmin');
    expect(formatDuration('fr', 4.5)).toBe('4,5\u202fs');
    expect(formatFigure('fr', FIGURES.recaptchaField)).toBe('3,53\u202fs');
  });

  it('French large figures take "de": 300 millions de personnes, 819 millions d’heures, 266 mille personnes', () => {
    const phrase = (id: 'chinaWitkey' | 'recaptchaHours' | 'microworkersFrance') => {
      const v = formatFigure('fr', FIGURES[id]);
      const label = FR[`fig_${id}`]!.message;
      return `${v}${figureJoin('fr', v, label)}${label}`;
    };
    expect(phrase('chinaWitkey')).toMatch(/^300 millions de personnes /);
    expect(phrase('recaptchaHours')).toMatch(/^819 millions d’heures /);
    expect(phrase('microworkersFrance')).toMatch(/^266 mille personnes /);
    expect(figureJoin('en', '300 million', 'people')).toBe(' ');
  });

  it('no unused message', () => {
    expect(unusedKeys(EN, code)).toEqual([]);
  });
});

describe('each wording check fails on a bad string', () => {
  const cat = (entries: Record<string, string>): Catalog => Object.fromEntries(Object.entries(entries).map(([k, m]) => [k, { message: m }]));

  it('"travail numérique", in any case, with or without accents, outside the glossary or unquoted in it', () => {
    expect(refusedTerm(cat({ report_title: 'Votre Travail Numérique' }))).toEqual(['report_title']);
    expect(refusedTerm(cat({ x: 'du TRAVAIL NUMERIQUE' }))).toEqual(['x']);
    expect(refusedTerm(cat({ x: 'travail\u00a0numérique' }))).toEqual(['x']);
    expect(refusedTerm(cat({ [REFUSED_TERM_HOME]: 'pas de travail numérique' }))).toEqual([REFUSED_TERM_HOME]);
    expect(refusedTerm(cat({ [REFUSED_TERM_HOME]: 'et non « travail numérique »' }))).toEqual([]);
  });

  it('a unit said twice', () => {
    const figs = { a: { unit: 'EUR/h' as const }, b: { unit: 's' as const }, c: { unit: 'USD' as const }, d: { unit: 'people' as const } };
    expect(unitTwice(cat({ fig_a: 'an hour: French minimum wage' }), figs)).toEqual(['fig_a']);
    expect(unitTwice(cat({ fig_a: 'de l’heure : SMIC brut' }), figs)).toEqual(['fig_a']);
    expect(unitTwice(cat({ fig_b: 'for a CAPTCHA (9 to 15 s)' }), figs)).toEqual(['fig_b']);
    expect(unitTwice(cat({ fig_c: 'dollars earned by Meta' }), figs)).toEqual(['fig_c']);
    expect(unitTwice(cat({ fig_a: 'per hour actually worked' }), figs)).toEqual(['fig_a']);
    expect(unitTwice(cat({ fig_a: 'French minimum wage (SMIC), gross, 38-hour week', fig_b: 'Arkose’s puzzles', fig_d: 'people in France' }), figs)).toEqual([]);
  });

  it('a plain, a no-break or no space before French high punctuation, or after «', () => {
    expect(frenchSpacing('Source : X')).toEqual(['" ":']);
    expect(frenchSpacing('Source\u00a0: X')).toEqual(['"\u00a0":']);
    expect(frenchSpacing('Vraiment ?')).toHaveLength(1);
    expect(frenchSpacing('Stop!')).toHaveLength(1);
    expect(frenchSpacing('a ; b')).toHaveLength(1);
    expect(frenchSpacing('« like »')).toHaveLength(2);
    expect(frenchSpacing('«\u202flike\u202f»\u202f; Source\u202f: X\u202f? Oui\u202f! 10:30 https://a.b/?q=1')).toEqual([]);
  });

  it('French words', () => {
    expect(frenchWords(cat({ a: 'le micro-travail' }))).toHaveLength(1);
    expect(frenchWords(cat({ a: 'Qui savait que les cartes…' }))).toHaveLength(1);
    expect(frenchWords(cat({ a: 'parfois joués par des humains' }))).toHaveLength(1);
    expect(frenchWords(cat({ a: 'Si vous likez et que rien n’apparaît' }))).toHaveLength(1);
    expect(frenchWords(cat({ a: 'un « j’aime »', practice_like: 'J’aime' }))).toEqual(['a: say "like" everywhere (the practice button excepted)']);
    expect(frenchWords(cat({ a: 'le microtravail', b: 'et que rien n’apparaisse' }))).toEqual([]);
  });

  it('British spelling', () => {
    expect(britishSpelling(cat({ a: 'your behaviour', b: 'monetisation', c: 'recognised', d: 'the neighbourhood centre' }))).toHaveLength(5);
    expect(britishSpelling(cat({ a: 'your behavior, our hours', b: 'monetization, advertisers, otherwise', c: 'the audience' }))).toEqual([]);
  });

  it('a count without its plural form, two counts in one message, a count through t()', () => {
    expect(missingPlurals(cat({ a: '$1 gestures' }), cat({ a: '$1 gestes' }))).toEqual(['a: no a_one']);
    expect(missingPlurals(cat({ a: '$1 solved' }), cat({ a: '$1 résolus' }))).toEqual(['a: no a_one']);
    expect(missingPlurals(cat({ a: '$1 gestures, $2 seconds' }))).toEqual(['a: 2 counts in one message (split it)']);
    expect(missingPlurals(cat({ a: '$1 gestures', a_one: '$1 gesture' }), cat({ a: '$1 gestes', a_one: '$1 geste' }))).toEqual([]);
    expect(missingPlurals(cat({ a: '$1 measured', b: '$1 s a click', c: 'Reports: $1' }))).toEqual([]);
    expect(tWithoutPlural("t('a', n)", cat({ a: 'x', a_one: 'y' }))).toEqual(['a']);
    expect(tWithoutPlural("plural(t, lang, 'a', n)", cat({ a: 'x', a_one: 'y' }))).toEqual([]);
  });

  it('an unused message', () => {
    const built = new Map([['kind_', ['kind_share']]]);
    const c = cat({ used_here: 'a', used_here_one: 'b', kind_share: 'c', kind_gone: 'd', class_error_x: 'e', never: 'f' });
    expect(unusedKeys(c, "t('used_here'); t(messageKey(`class_error_${code}`)); t(messageKey(`kind_${k}`))", built)).toEqual(['kind_gone', 'never']);
  });
});

/** Citations, which keep the language of what they cite. */
const CITATIONS = [
  ...Object.values(SOURCES),
  ...Object.values(KIND_SOURCES).flatMap((cs) => cs!.map((c) => c.cite)),
  ...AI_OPT_OUTS.map((o) => o.cite),
];

describe('the French report as rendered', () => {
  it('has French spacing in every text node, including what the components add between messages', async () => {
    const { cleanup, render, screen } = await import('@testing-library/preact');
    const { h } = await import('preact');
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { I18nProvider } = await import('@/components/i18n');
    const { Report } = await import('@/entrypoints/report/Report');
    const { heavyWeek, newDb, NOW, seed } = await import('./seed');
    fakeBrowser.reset();
    history.replaceState(null, '', '/report.html');
    const db = newDb();
    try {
      await seed(db, heavyWeek());
      render(h(I18nProvider, { lang: 'fr', children: h(Report, { db, now: NOW }) }));
      await screen.findByTestId('by-kind');
      // Citations stay in their own language (English titles), and are left out.
      const root = document.body.cloneNode(true) as HTMLElement;
      root.querySelectorAll('cite, script, style').forEach((e) => e.remove());
      const bad: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      // Adjacent text nodes of one element are read together ("X" + ": " + "3").
      const seen = new Set<Node>();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentNode!;
        if (seen.has(parent)) continue;
        seen.add(parent);
        const text = [...parent.childNodes].map((c) => (c.nodeType === Node.TEXT_NODE ? c.textContent : '\u0000')).join('');
        for (const part of text.split('\u0000')) {
          // A source quoted outside a <cite> (the payslip's footnotes) is English too: left out the same way.
          const french = CITATIONS.reduce((acc, c) => acc.split(c).join(''), part);
          if (frenchSpacing(french).length > 0) bad.push(french.trim().slice(0, 80));
        }
      }
      expect(bad).toEqual([]);
    } finally {
      cleanup();
      db.close();
    }
  }, 30_000);
});
