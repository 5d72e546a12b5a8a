import type { Unit } from './pattern';

/**
 * "A a racheté X, tandis que B prenait le contrôle de Y. Les deux groupes …", "A bought X in 2022, while B acquired
 * Y. Both companies …": a sentence telling two parallel facts, each with its own subject, makes its two subjects the
 * pair a later plural pointer stands for — not the buyer and target of the first clause, nor the last two names.
 */

/** Words opening a second clause with its own subject. */
const CONTRAST_JOINS = new Set(['tandis', 'while', 'whereas', 'whilst']);
/** "alors que", "cependant que": the first word needs "que" after it. */
const QUE_JOINS = new Set(['alors', 'cependant']);
/** Most plain words between the join and the second subject: "tandis que le groupe allemand B". */
const MAX_LEAD_WORDS = 3;
/** Words that may lead a subject: articles and lower-case epithets ("le suédois", "the German group"). */
const LEAD_WORD = /^[a-zà-ÿ'-]+$/;

const PREPOSITIONS = new Set([
  'de',
  "d'",
  'du',
  'des',
  'par',
  'à',
  'au',
  'of',
  'by',
  'to',
  'after',
  'from',
  'with',
  'avec',
]);

function word(units: Unit[], k: number): string | null {
  const u = units[k];
  return u?.kind === 'tok' ? u.token.lower : null;
}

/** The unit index after a contrast join at `k` ("tandis que", "alors que", "while", "whereas"), else -1. */
function afterJoin(units: Unit[], k: number): number {
  const w = word(units, k);
  if (w === null) return -1;
  if (CONTRAST_JOINS.has(w))
    return word(units, k + 1) === 'que' || word(units, k + 1) === "qu'" ? k + 2 : k + 1;
  return QUE_JOINS.has(w) && (word(units, k + 1) === 'que' || word(units, k + 1) === "qu'") ? k + 2 : -1;
}

/** The organisation entity opening the clause from `k` (after at most a few lead words), else null. */
function clauseSubject(units: Unit[], k: number): number[] | null {
  for (let j = k; j <= k + MAX_LEAD_WORDS && j < units.length; j++) {
    const u = units[j];
    if (u.kind === 'ent') return u.orgs && !u.persons && u.ents.length === 1 ? u.ents : null;
    if (!LEAD_WORD.test(u.token.text)) return null;
  }
  return null;
}

/**
 * The two subjects of a sentence "A …, tandis que B …" / "A …, while B …" when both are single companies and the
 * first opens the sentence's first clause (the first entity, with only a fronted adverbial before it); else null.
 */
export function parallelSubjects(units: Unit[]): number[] | null {
  const first = units.findIndex((u) => u.kind === 'ent');
  if (first < 0) return null;
  // "Après le rachat de X, A …": a name after a preposition is no subject
  if (PREPOSITIONS.has(word(units, first - 1) ?? '')) return null;
  const a = clauseSubject(units, first);
  if (a === null) return null;
  for (let k = first + 1; k < units.length; k++) {
    if (word(units, k - 1) !== ',') continue;
    const from = afterJoin(units, k);
    if (from < 0) continue;
    const b = clauseSubject(units, from);
    return b !== null && b[0] !== a[0] ? [a[0], b[0]] : null;
  }
  return null;
}
