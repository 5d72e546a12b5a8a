import type { Unit } from '../pattern';

/**
 * The company a pointer object stands for in a person's relative clause of founding ("…, présidente de Maison X et
 * petite-fille de P, qui avait créé l'entreprise en 1952", "Son homologue chez Y, P, qui avait fondé la société",
 * "Harrow's chairman, P, who had set up the company"). A writer puts such a relative right after the person only
 * when the company the clause points at is the one the sentence just tied to that person or to the family before
 * it; the discourse state, which follows the article's topic, often holds another company there (the buyer of a
 * deal, the article's own company). So the nearest company the sentence names before the person wins, unless it is
 * a past employer ("ancienne directrice financière de Y", "former Ocado engineer"): then the sentence tells
 * nothing about the pointer and the discourse reading stands.
 */

/** Words that make a company named after them, in the same clause, a past employer rather than the person's own. */
const PAST_ROLE_WORD =
  /^(ancien|ancienne|anciens|anciennes|ex|former|formerly|previously|auparavant|jadis|venu|venue|passé|passée)$/;
/** "ex-directeur", "ex-CEO": the prefix tokenised with its noun. */
const PAST_ROLE_PREFIX = /^ex-/;
/** Marks that end the clause a past-role word governs. */
const CLAUSE_MARK = /^(,|;|:|\(|\))$/;
/** Quote marks: a company named inside a quote is the speaker's topic, not the person's. */
const QUOTE_MARK = /^(«|»|"|“|”)$/;

/** A past-role word; a sentence-opening "Ancien" may have been read as a one-word name, so its word is asked too. */
function isPastRoleWord(u: Unit): boolean {
  const w = u.kind === 'tok' ? u.token.lower : u.word?.lower;
  return w !== undefined && (PAST_ROLE_WORD.test(w) || PAST_ROLE_PREFIX.test(w));
}

/** A past-role word stands in the clause of the company at `k`, between the last clause mark and `k`. */
function pastEmployerAt(units: Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const u = units[j];
    if (u.kind === 'tok' && (CLAUSE_MARK.test(u.token.text) || QUOTE_MARK.test(u.token.text))) return false;
    if (isPastRoleWord(u)) return true;
  }
  return false;
}

/**
 * Most units between that company and the person: a title, a kin noun or an apposition's comma ("présidente de X et
 * petite-fille de P", "X's chairman, P", "Son homologue chez X, P"). Farther, a verb may stand between ("P left X
 * in 2015 and teamed up with Q, who had founded the company") and the company is no longer the person's.
 */
const MAX_UNITS_TO_PERSON = 4;
/** The preposition of a passive's agent: "bought by X from P, who had set up the company" — X is the buyer. */
const AGENT_PREPOSITION = /^(by|par)$/;

/**
 * The unit of the company named right before the person at `personAt` (see MAX_UNITS_TO_PERSON) when it is neither
 * a past employer nor a passive's agent; -1 when there is none.
 */
export function companyBeforePerson(units: Unit[], personAt: number): number {
  for (let k = personAt - 1; k >= 0 && personAt - k - 1 <= MAX_UNITS_TO_PERSON; k--) {
    const u = units[k];
    if (u.kind === 'tok') {
      if (QUOTE_MARK.test(u.token.text)) return -1;
      continue;
    }
    // a pointer before the person ("il succède à P") may be a person read as a company, and a lone opening word
    // ("Âgée de 46 ans, …") only a tentative name: only sure names count
    if (!u.orgs || u.persons || u.anaphor || u.word !== undefined) return -1;
    const before = units[k - 1];
    if (before?.kind === 'tok' && AGENT_PREPOSITION.test(before.token.lower)) return -1;
    return pastEmployerAt(units, k) ? -1 : k;
  }
  return -1;
}
