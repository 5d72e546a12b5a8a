import type { Unit } from '../pattern';
import { isOblique } from '../syntax';
import { wordAt } from './rivals-clause';

/**
 * "…, il devient le numéro deux de la distribution spécialisée pour animaux, derrière A": in a rank told before
 * "derrière/behind", the rank phrase may be long, so the clause's pronoun stands far before the trigger. It stands
 * near the rank word instead ("il devient le numéro"), so that is where it is looked for. Only a pronoun the anaphor
 * pass left unresolved, after a clause opener, stands for the article's company; a descriptor subject ("le nouvel
 * ensemble") may be a company not yet named and is not read here.
 */

/** Words of a market rank that open the rank phrase. */
const RANK_WORD =
  /^(numéro|number|no\.|premier|première|deuxième|second|troisième|third|quatrième|fourth|cinquième|fifth|rang|[a-z]+-largest|[a-z]+-biggest)$/u;
/** Units looked back from the trigger for the rank word. */
const RANK_LOOKBACK_UNITS = 12;
/** Units looked back from the rank word for the pronoun ("il est devenu le numéro", "it is now the third-largest"). */
const PRONOUN_LOOKBACK_UNITS = 4;
const STOP = /^[;:.!?«»"“”()]$/u;
const PRONOUN = /^(il|elle|it)$/u;
/** Words after which a pronoun opens a clause ("…, il devient", "mais elle reste", "and it is now"). */
const OPENER = /^(,|mais|et|désormais|aujourd'hui|ainsi|but|and|now|today)$/u;

/** The unit of the rank word before a rank trigger at `trigger`, or -1. */
function rankWordBefore(units: Unit[], trigger: number): number {
  for (let k = trigger - 1; k >= 0 && k >= trigger - RANK_LOOKBACK_UNITS; k--) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    const w = wordAt(units, k);
    if (w === null || STOP.test(w)) return -1;
    if (RANK_WORD.test(w)) return k;
  }
  return -1;
}

/** The rank before `trigger` is held by an unresolved company pronoun opening its clause, no company named before. */
export function rankHeldByPronoun(units: Unit[], trigger: number): boolean {
  const rank = rankWordBefore(units, trigger);
  if (rank < 0) return false;
  for (let k = 0; k < trigger; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs && !isOblique(units, k)) return false;
  }
  for (let k = rank - 1; k >= 1 && k >= rank - PRONOUN_LOOKBACK_UNITS; k--) {
    const w = wordAt(units, k);
    if (w === null || STOP.test(w)) return false;
    if (PRONOUN.test(w)) return OPENER.test(wordAt(units, k - 1) ?? '');
  }
  return false;
}
