import type { Token } from '../tokens';
import { businessNounBefore } from './context-cues';

/**
 * A merger or a spin-off often gives the company it creates a name only once, by a clause rather than a participle:
 * "le nouvel ensemble, qui prendra le nom de Talencia", "connue sous le nom de X", "la société s'appellera X",
 * "the combined group, which will take the name Talencia", "will be known as X", "trading under the name X". The
 * name after such a clause is a company's when a business noun stands shortly before it (people and towns take
 * names too: "il a pris le nom de son père").
 */

/** Verbs that take or bear a name ("prendra le nom de X", "takes the name X"), and "sous"/"under" before it. */
const NAME_TAKERS = new Set([
  'prend',
  'prendra',
  'prendrait',
  'prendre',
  'prenant',
  'porte',
  'portera',
  'porterait',
  'porter',
  'portant',
  'adopte',
  'adoptera',
  'adopter',
  'sous',
  'take',
  'takes',
  'taking',
  'took',
  'carry',
  'carries',
  'adopt',
  'adopts',
  'bear',
  'bears',
  'under',
]);
/** "s'appellera X", "qui s'appelle X": a reflexive naming verb. */
const REFLEXIVE_NAMING = new Set(['appellera', 'appelle', 'appellerait', 'nommera']);
/** "will be known as X", "to be known as X": a name the company is to bear ("best known as X's supplier" describes). */
const KNOWN_WORDS = new Set(['known']);
const KNOWN_AUXILIARIES = new Set(['be', 'been']);
/** French links between "nom" and the name ("le nom de X", "le nom d'Alpha"). */
const NAME_LINKS = new Set(['de', "d'"]);

/** Start of the naming clause ending right before the name at `from`, or -1. */
function namingClauseStart(tokens: Token[], from: number): number {
  const w = (k: number) => tokens[k]?.lower ?? '';
  // "le nom de X" / "the name X"
  const fr = NAME_LINKS.has(w(from - 1)) && w(from - 2) === 'nom' && w(from - 3) === 'le';
  if (fr && NAME_TAKERS.has(w(from - 4))) return from - 4;
  if (w(from - 1) === 'name' && w(from - 2) === 'the' && NAME_TAKERS.has(w(from - 3))) return from - 3;
  if (REFLEXIVE_NAMING.has(w(from - 1)) && w(from - 2) === "s'") return from - 2;
  if (w(from - 1) === 'as' && KNOWN_WORDS.has(w(from - 2)) && KNOWN_AUXILIARIES.has(w(from - 3)))
    return from - 3;
  return -1;
}

/** The name at `from` is given to a new or renamed company by a naming clause right before it. */
export function newNameCueBefore(tokens: Token[], from: number): boolean {
  const start = namingClauseStart(tokens, from);
  return start > 0 && businessNounBefore(tokens, start);
}
