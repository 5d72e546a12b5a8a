import type { Unit } from './pattern';
import { TIE_NOUNS } from './syntax-words';

/**
 * "Ausha, Acast's main French rival, bought Y", "Brødhus, Halden's closest competitor, acquired Z": a name with
 * "'s" inside an apposition after a company only says whose rival (partner, parent…) that company is; the company
 * the apposition follows is the clause's subject, so the possessor is no party of the verb after it.
 */

/** Plain words between "X's" and the comma closing the apposition ("'s main French rival,"). */
const MAX_WORDS = 4;

function tokenText(u: Unit | undefined): string | null {
  return u?.kind === 'tok' ? u.token.lower : null;
}

/** Whether the name at `i` is the possessor inside an apposition that follows another company. */
export function isApposedPossessor(units: Unit[], i: number): boolean {
  const mark = tokenText(units[i + 1]);
  if (mark !== "'s" && mark !== "'" && mark !== '’s') return false;
  const head = units[i - 2];
  if (tokenText(units[i - 1]) !== ',' || head?.kind !== 'ent' || !head.orgs) return false;
  let tie = false;
  for (let k = i + 2; k < units.length && k <= i + 2 + MAX_WORDS; k++) {
    const u = units[k];
    if (u.kind !== 'tok') return false;
    if (u.token.text === ',') return tie;
    if (u.token.kind !== 'word') return false;
    if (TIE_NOUNS.has(u.token.lower)) tie = true;
  }
  return false;
}
