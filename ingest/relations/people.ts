import { FOUNDED_RULES } from './founded';
import { COMPOUND_TENSE_FOUNDED_RULES } from './founded-compound-tense';
import { LEADS_RULES } from './leads';
import { SUB_BODY_TITLE } from './sub-body-title';

/** FOUNDED and LEADS, both languages (founded.ts, founded-compound-tense.ts, leads.ts). */
export const PEOPLE_RULES = [...FOUNDED_RULES, ...COMPOUND_TENSE_FOUNDED_RULES, ...LEADS_RULES];

/**
 * A leader's title, and the words that make a title subordinate or not a title at all. A leader on the way out
 * still counts ("était jusqu'ici DG de X"); a French title marked as past does not (FORMER_TITLE).
 */
const LEADER_TITLE_WORDS =
  '(p-?dg|président|présidente|présidence|patron|patronne|dirigeant|dirigeante|directeur général|directrice générale|direction générale|director general|director-general|dg|ceo|chief executive|chairman|chairwoman|chair|chairperson|president|managing director|head|boss|gérant|gérante|administrateur délégué|directeur exécutif|governor|gouverneur|gouverneure)';
/**
 * A governor's title with no body or pointer named heads a state or a central bank ("Delaware Governor P said"),
 * never the article's company: the readings that fall back on the topic leave it out.
 */
export const STATE_OFFICE_TITLE = /(^|\s)(governor|gouverneur|gouverneure)(\s|$)/i;
const LEADER_TITLE = new RegExp(`(?<![\\p{L}\\p{N}])${LEADER_TITLE_WORDS}(?![\\p{L}\\p{N}])`, 'iu');
const NOT_LEADER =
  /(?<![\p{L}\p{N}])(vice|adjoint|adjointe|deputy|assistant|spokes\w*|porte-parole|associé|associée|partner|analyst\w*|analyste|financial|financier|commercial|marketing|technique|technical|operating|opérations|d'honneur)\b|\bvice-|(?<!administrat(?:eur|rice) )délégu(?:é|ée)(?![\p{L}])/iu;

/**
 * "Head" heads the company only on its own ("the head of X", "X's head P"): a function or place before it ("treasury
 * head", "Oslo research head") or a function after it ("head of sales at X") makes it a department's head, and
 * "head office" is a building.
 */
const HEAD_WORD = /(?<![\p{L}\p{N}])head(?![\p{L}\p{N}-])/giu;
/** Words that may stand before a company's own "head": determiners, possessives, time and scope. */
const BEFORE_OWN_HEAD =
  /^(the|a|its|his|her|their|our|former|new|then|current|interim|acting|overall|global|group|company|corporate|executive|'s|,|and|as|is|was|became|named|appointed)$/i;
/**
 * What follows a head that is no person's post, a function headed ("head of sales"; not "head of the"), or a
 * country or region headed for the company named next ("head of France at X").
 */
const NOT_OWN_HEAD_AFTER =
  /^\s*(office|offices|quarters|quartered|count|hunter|hunters|of\s+(?!the\b|its\b)\p{Ll}|of\s+(\p{Lu}[\p{L}-]*\s+)+(at|for|chez)\s*$)/u;

/** True when every "head" in `text` is a department's, a function's or a building's (not the company's head). */
function onlyDepartmentHeads(text: string): boolean {
  const heads = [...text.matchAll(HEAD_WORD)];
  if (heads.length === 0) return false;
  return heads.every((m) => {
    const before = text.slice(0, m.index).trim().split(/\s+/).pop() ?? '';
    const after = text.slice(m.index + m[0].length);
    return (before !== '' && !BEFORE_OWN_HEAD.test(before)) || NOT_OWN_HEAD_AFTER.test(after);
  });
}

/**
 * The partner who runs a partnership (a fund, a bank, a firm of advisers) heads it: "managing partner", "associé
 * gérant". Read as "gérant" so that "partner"/"associé" alone stays no leader's title.
 */
const MANAGING_PARTNER = /(?<![\p{L}\p{N}])(managing partners?|associée?s?[ -]gérante?s?)(?![\p{L}\p{N}])/giu;

/**
 * A title the person no longer holds ("P, ancien patron de X, rejoint…", "former X chief executive P", "X's former
 * chief executive, P", "l'ex-directeur général de X"): GOLD-FORMAT gives LEADS for a post held, and the dev gold
 * annotates a former post in 2 sentences out of about 30 (none since dev-gold-6), so the title is taken out before
 * the leader's title is looked for. "Previously head of X" is left as it was (it is also a CV's "previously served").
 */
const FORMER_TITLE = new RegExp(
  `(?<![\\p{L}\\p{N}])((ancien|ancienne|anciens|anciennes|former|onetime|one-time|erstwhile|previous|prior|précédent|précédente) +(\\p{L}+ +)?|ex-)${LEADER_TITLE_WORDS}(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "Son prédécesseur à la tête de X", "his predecessor as X's chief executive": the post is the one given up. */
const PREDECESSOR = /(?<![\p{L}\p{N}])(prédécesseur|prédécesseuse|predecessor)(?![\p{L}\p{N}])/iu;

/**
 * "Dirigeant" names the head only as one person's post ("le dirigeant de X", "son dirigeant"): "un dirigeant de X",
 * "les dirigeants" and "ses dirigeants" are any of its executives, taken out like a past title.
 */
const ONE_OF_THE_EXECUTIVES =
  /(?<![\p{L}\p{N}])(un|une|des|les|ses|leurs|aux|plusieurs|deux|trois|autres?)\s+(\p{L}+\s+)?dirigeant(e|s|es)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])dirigeant(e)?s(?![\p{L}\p{N}])/giu;

/** Functions and lines of business a title may be given over ("president of metal sales"). */
const FUNCTION_NOUNS =
  '(sales|operations|production|manufacturing|research|engineering|development|distribution|exploration|refining|planning|purchasing|recycling)';
/**
 * A leader's title given over a function or a line of business ("Alcan's president of metal sales and recycling",
 * "X's president for international operations", "chief executive of its refining operations") heads that
 * function, not the company: the title is taken out like a past one. The function noun must follow within two
 * lower-case words, so "chairman of privately held X", "chief executive of struggling X" and "president of Acme
 * Research Inc" (a name, in capitals) keep their title.
 */
const FUNCTION_TITLE = new RegExp(
  `(?<![\\p{L}\\p{N}])([Pp]resident|[Cc]hairman|[Cc]hief [Ee]xecutive|[Mm]anaging [Dd]irector)\\s+(of|for)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${FUNCTION_NOUNS}(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * A second, lower post joined to a leader's title ("president and chief operating officer", "chairman and chief
 * financial officer") does not take the first away: the joined post is taken out before the subordinate words are
 * looked for. A post standing alone ("chief operating officer of X") is still no leader's.
 */
const JOINED_LOWER_POST =
  /(?<=(?:president|chairman|chief executive|ceo|managing director)\s+)(?:and|&)\s+(?:chief\s+(?:operating|financial|technology|technical|marketing)\s+officer|coo|cfo)(?![\p{L}\p{N}])/giu;

/** True when `between` (the words joining a person and an organisation) gives the person a leader's title. */
export function isLeaderTitle(given: string): boolean {
  if (PREDECESSOR.test(given)) return false;
  const between = given
    .replace(MANAGING_PARTNER, ' gérant ')
    .replace(FORMER_TITLE, ' ')
    .replace(SUB_BODY_TITLE, ' ')
    .replace(FUNCTION_TITLE, ' ')
    .replace(JOINED_LOWER_POST, ' ')
    .replace(ONE_OF_THE_EXECUTIVES, ' ');
  if (!LEADER_TITLE.test(between) || NOT_LEADER.test(between)) return false;
  // the title is a department's head only when "head" is the one leader word there
  const withoutHeads = between.replace(HEAD_WORD, ' ');
  return LEADER_TITLE.test(withoutHeads) || !onlyDepartmentHeads(between);
}
