import type { Unit } from './pattern';
import { wordAt } from './frames/clause';

/**
 * Companies the article introduced in a side role to another company — its shareholders, investors, clients,
 * suppliers, or a fund's other holdings ("Son premier actionnaire, la holding familiale X, détient 38 %", "Parmi
 * ses clients figurent X et Y", "after its investment in X"). Such a company is named just before a rivalry
 * sentence often enough that a pointer ("le groupe dispute les contrats à …", "la PME affronte …") is resolved to
 * it by salience, yet a side party is never what the story goes on to set against its rivals
 * (rival-pointer-topic.ts).
 */

/** Nouns of a side role; the names after them (or before "among its …") hold that role. */
const SIDE_ROLE_NOUNS = new Set([
  'actionnaire',
  'actionnaires',
  'client',
  'clients',
  'fournisseur',
  'fournisseurs',
  'investisseur',
  'investisseurs',
  'sous-traitant',
  'sous-traitants',
  'shareholder',
  'shareholders',
  'customer',
  'customers',
  'supplier',
  'suppliers',
  'investor',
  'investors',
  'backer',
  'backers',
  'lender',
  'lenders',
  // "après l'investissement dans X", "its investment in X": a holding of the investor the sentence is about
  'investissement',
  'investment',
]);

/** Words that may stand between a side-role noun and the first name it introduces. */
const ROLE_TO_NAME_WORDS = new Set([
  ',',
  ':',
  'premier',
  'principal',
  'principaux',
  'historique',
  'historiques',
  'la',
  'le',
  'les',
  "l'",
  'the',
  'a',
  'an',
  'holding',
  'familiale',
  'family',
  'figurent',
  'figure',
  'comptent',
  'include',
  'includes',
  'included',
  'are',
  'is',
  'sont',
  'est',
  'déjà',
  'already',
  'notamment',
  'comme',
  'dont',
  'such',
  'as',
  'including',
  'dans',
  'in',
  'biggest',
  'largest',
  'main',
  'major',
  'plus',
  'gros',
  'grand',
]);
/**
 * A person's former employer ("who joined from rival X in 2024", "deux anciens de X"): the company a career left,
 * named in passing. The words before the names, as the role nouns are.
 */
const CAREER_FROM_VERBS = new Set([
  'joined',
  'joins',
  'came',
  'arrived',
  'moved',
  'poached',
  'hired',
  'recruited',
]);
/** The career's "from", up to three words after its verb ("joined in 2023 from X"). */
const CAREER_FROM = new Set(['from']);
const FR_FORMER_STAFF = new Set(['ancien', 'ancienne', 'anciens', 'anciennes']);
const FR_FORMER_OF = new Set(['de', "d'", 'du', 'des', 'chez']);
/** Words between a career's "from" and the employer's name ("from rival X", "from the bank X"). */
const CAREER_TO_NAME_WORDS = new Set([
  'rival',
  'the',
  'its',
  'his',
  'her',
  'la',
  'le',
  "l'",
  'groupe',
  'group',
]);

/** Words a list member may carry before its name ("et le groupe coopératif X"). */
const MAX_LIST_JOIN_WORDS = 4;
/** How far before "from" the career verb may stand ("joined from", "joined in 2023 from"). */
const CAREER_VERB_DISTANCES = [1, 2, 3];
/** Most words between the career's "from"/"de" and the employer's name. */
const MAX_CAREER_TO_NAME_WORDS = 2;
/** Most words stepped over between the role noun and its first name. */
const MAX_WORDS_TO_NAME = 4;
/** Words joining the later names of a list to its first ("X, Y et Z"). */
const LIST_JOINS = new Set([',', 'et', 'and', 'ou', 'or']);
/** "counts X and Y among its customers": the preposition and possessive before a role noun that follows names. */
const AMONG_WORDS = new Set(['among', 'parmi']);
const POSSESSIVES = new Set(['its', 'their', 'ses', 'leurs', 'his', 'her']);

/** The organisations a side-role noun at `i` introduces: the first name within reach, then its list. */
function namesAfterRole(units: Unit[], i: number, out: Set<number>): void {
  let k = i + 1;
  let stepped = 0;
  while (
    units[k]?.kind === 'tok' &&
    ROLE_TO_NAME_WORDS.has(wordAt(units, k)) &&
    stepped < MAX_WORDS_TO_NAME
  ) {
    k++;
    stepped++;
  }
  while (true) {
    const u = units[k];
    if (u?.kind !== 'ent' || !u.orgs || u.anaphor) return;
    u.ents.forEach((e) => out.add(e));
    // a list goes on past a comma or a conjunction and an optional determiner or trade word
    let j = k + 1;
    if (!LIST_JOINS.has(wordAt(units, j))) return;
    j++;
    while (units[j]?.kind === 'tok' && j <= k + MAX_LIST_JOIN_WORDS && !LIST_JOINS.has(wordAt(units, j))) j++;
    k = j;
  }
}

/** The organisations named right before "among its customers / parmi ses clients". */
function namesBeforeAmong(units: Unit[], i: number, out: Set<number>): void {
  if (!POSSESSIVES.has(wordAt(units, i - 1)) || !AMONG_WORDS.has(wordAt(units, i - 2))) return;
  for (let k = i - 3; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'ent') {
      if (u.orgs && !u.anaphor) u.ents.forEach((e) => out.add(e));
    } else if (!LIST_JOINS.has(u.token.lower)) return;
  }
}

/** The employer a career phrase ending at `i` ("joined from", "ancien de") names next, if any. */
function careerEmployer(units: Unit[], i: number, out: Set<number>): void {
  const w = wordAt(units, i);
  const career =
    (CAREER_FROM.has(w) && CAREER_VERB_DISTANCES.some((d) => CAREER_FROM_VERBS.has(wordAt(units, i - d)))) ||
    (FR_FORMER_OF.has(w) && FR_FORMER_STAFF.has(wordAt(units, i - 1)));
  if (!career) return;
  let k = i + 1;
  while (
    units[k]?.kind === 'tok' &&
    CAREER_TO_NAME_WORDS.has(wordAt(units, k)) &&
    k <= i + MAX_CAREER_TO_NAME_WORDS
  )
    k++;
  const u = units[k];
  if (u?.kind === 'ent' && u.orgs && !u.anaphor) u.ents.forEach((e) => out.add(e));
}

/** The organisations this sentence names in a side role. */
export function sidePartiesIn(units: Unit[]): Set<number> {
  const out = new Set<number>();
  units.forEach((u, i) => {
    if (u.kind !== 'tok') return;
    careerEmployer(units, i, out);
    if (!SIDE_ROLE_NOUNS.has(u.token.lower)) return;
    namesAfterRole(units, i, out);
    namesBeforeAmong(units, i, out);
  });
  return out;
}

/** Records the side parties of sentence `s` (the first sentence telling each). */
export function recordSideParties(units: Unit[], s: number, sideParties: Map<number, number>): void {
  for (const e of sidePartiesIn(units)) if (!sideParties.has(e)) sideParties.set(e, s);
}
