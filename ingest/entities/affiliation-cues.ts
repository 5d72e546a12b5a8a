import type { Token } from '../tokens';
import { ROLE_WORDS } from './lexicon-roles';

/**
 * Where a name stands in someone's working life or in the market: an employer (former or present), a company whose
 * post someone holds, a school someone graduated from, an exchange a company is listed on, a company held privately.
 * Each makes the name an organisation.
 */

const FORMER = new Set(['ancien', 'ancienne', 'anciens', 'anciennes', 'former', 'ex-salarié', 'ex-salariée']);
const OF = new Set(['de', "d'", 'du', 'of', 'at', 'chez']);
/** Business jobs (singular): "deux anciens ingénieurs de X", "a former engineer at X". */
const JOB_NOUNS = new Set([
  'ingénieur',
  'salarié',
  'salariée',
  'cadre',
  'employé',
  'employée',
  'consultant',
  'consultante',
  'dirigeant',
  'dirigeante',
  'engineer',
  'employee',
  'executive',
  'banker',
  'analyst',
  'manager',
]);

/** Plural staff nouns that name an employer after "de"/"of" with no "former" ("les analystes d'X"). */
const STAFF_NOUNS = new Set([
  'analystes',
  'analysts',
  'salariés',
  'employés',
  'employees',
  'ingénieurs',
  'engineers',
]);

/**
 * "ancienne de X", "deux anciens ingénieurs de X", "les analystes d'X": an employer, former or present, is an
 * organisation.
 */
export function formerEmployerBefore(tokens: Token[], from: number): boolean {
  const of = tokens[from - 1];
  if (!of || !OF.has(of.lower)) return false;
  const a = tokens[from - 2];
  if (a && (FORMER.has(a.lower) || STAFF_NOUNS.has(a.lower))) return true;
  const singular = a ? a.lower.replace(/s$/, '') : '';
  const noun = JOB_NOUNS.has(singular) || ROLE_WORDS.has(singular);
  const b = tokens[from - 3];
  return noun && !!b && FORMER.has(b.lower);
}

/** Adverbs of how a company is owned or traded ("privately held X", "publicly listed X"). */
const OWNERSHIP_ADVERBS = new Set(['privately', 'publicly', 'family']);
const OWNERSHIP_PARTICIPLES = new Set(['held', 'listed', 'traded', 'owned']);

/** "privately held X", "publicly traded X": only a company is held or traded. */
export function ownershipBefore(tokens: Token[], from: number): boolean {
  const p = tokens[from - 1];
  const a = tokens[from - 2];
  return !!p && !!a && OWNERSHIP_PARTICIPLES.has(p.lower) && OWNERSHIP_ADVERBS.has(a.lower);
}

/** Most tokens between a role word and the "de"/"of" before the name ("directrice des opérations France de X"). */
const ROLE_OF_LOOKBACK_TOKENS = 4;
const ROLE_OF = new Set(['de', "d'", 'du', 'of']);
/**
 * Posts held in a company (not in a state, a jury or a team: "ministre", "manager", "président du jury" are
 * left out, and so is plain "président").
 */
const COMPANY_POSTS = new Set([
  'directeur',
  'directrice',
  'pdg',
  'p-dg',
  'dg',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'officer',
  'chairman',
  'chairwoman',
  'patron',
  'patronne',
  'cofondateur',
  'cofondatrice',
  'co-founder',
  'cofounder',
]);
const DE_AFTER = new Set(['de', 'du', 'des', "d'", 'of']);

/**
 * "directeur général de X", "chief operating officer of X": a post is held at an organisation. A name followed
 * by "de" is the head of a longer phrase ("le directeur du Festival de Cannes") and is left alone.
 */
export function roleOfBefore(tokens: Token[], from: number, to: number): boolean {
  const of = tokens[from - 1];
  if (!of || !ROLE_OF.has(of.lower)) return false;
  const next = tokens[to];
  if (next && DE_AFTER.has(next.lower)) return false;
  for (let i = from - 2; i >= 0 && i >= from - 1 - ROLE_OF_LOOKBACK_TOKENS; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (t.text === t.lower && COMPANY_POSTS.has(t.lower)) return true;
  }
  return false;
}

const GRADUATE = new Set([
  'diplômé',
  'diplômée',
  'diplômés',
  'diplômées',
  'graduate',
  'graduates',
  'alumnus',
  'alumna',
]);

/** "diplômée de l'Essec", "a graduate of X": a school is an organisation. */
export function schoolBefore(tokens: Token[], from: number): boolean {
  let i = from - 1;
  if (tokens[i] && (tokens[i].lower === "l'" || tokens[i].lower === 'the')) i--;
  const of = tokens[i];
  const g = tokens[i - 1];
  return !!of && OF.has(of.lower) && !!g && GRADUATE.has(g.lower);
}

const LISTED = new Set([
  'listed',
  'traded',
  'trading',
  'cotée',
  'coté',
  'cotés',
  'cotées',
  'introduite',
  'introduit',
]);
const LISTED_ON = new Set(['on', 'au', 'à', 'sur']);

/** "listed on the Nasdaq", "cotée au Nasdaq": a stock exchange is an organisation. */
export function listingVenueBefore(tokens: Token[], from: number): boolean {
  let i = from - 1;
  if (tokens[i] && (tokens[i].lower === 'the' || tokens[i].lower === 'la' || tokens[i].lower === "l'")) i--;
  const on = tokens[i];
  const verb = tokens[i - 1];
  return !!on && LISTED_ON.has(on.lower) && !!verb && LISTED.has(verb.lower);
}

/** Jobs held at a firm, after which "at/chez" names the employer ("a corporate lawyer at X", "avocate chez Y"). */
const POSTS_AT_FIRM = new Set([
  ...JOB_NOUNS,
  'lawyer',
  'attorney',
  'solicitor',
  'partner',
  'associate',
  'trader',
  'economist',
  'strategist',
  'director',
  'researcher',
  'scientist',
  'intern',
  'avocat',
  'avocate',
  'associé',
  'associée',
  'banquier',
  'banquière',
  'analyste',
  'stagiaire',
]);
/** Verbs of working somewhere ("worked at X", "a travaillé chez Y"). */
const WORKED_VERBS = new Set(['worked', 'works', 'working', 'work', 'travaillé', 'travaille', 'travaillait']);
/** Lower-case words a post may carry before "at" ("corporate lawyer", "senior associate"). */
const MAX_POST_QUALIFIERS = 2;
const AT_WORDS = new Set(['at', 'chez']);

/**
 * "a former corporate lawyer at Arthur Cox", "analyste chez Harris Williams": people work at firms, so the name after
 * a post and "at/chez" is the employer even when it reads as a person's name (firms named after their founders).
 * "de" is left out: "l'avocat de X" is the lawyer of a client.
 */
export function employerAfterAt(tokens: Token[], from: number, to: number): boolean {
  const at = tokens[from - 1];
  if (!at || !AT_WORDS.has(at.text)) return false;
  // "a partner at John Smith's firm": the name owns the place, it is not the place
  if (tokens[to]?.lower === "'s") return false;
  for (let i = from - 2, n = 0; i >= 0 && n <= MAX_POST_QUALIFIERS; i--, n++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (POSTS_AT_FIRM.has(t.lower) || WORKED_VERBS.has(t.lower)) return true;
  }
  return false;
}
