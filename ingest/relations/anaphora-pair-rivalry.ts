import type { Captures, Unit } from './pattern';
import { MATCH_START } from './pattern';
import { readerRules } from './rule';

/**
 * "Les deux groupes, qui se croisaient sur les appels d'offres, étaient jusqu'ici concurrents", "Both companies
 * sell to hotels, where they had been the two main rivals", "The two firms, which share a plant, have long been
 * competitors": a plural pointer (or a unit of several companies) whose copula of rivalry comes after a relative
 * clause or after more words than the plain "are rivals" rule allows. The rivals are each other, so the reading
 * stops at a complement ("rivals of X": X's rivals) and at a negation ("n'étaient pas", "were never").
 */

const RELATIVE_OPENER = /^(qui|which|who|that)$/;
const COPULA =
  /^(sont|étaient|restent|restaient|demeurent|demeuraient|été|deviennent|devenus|devenues|are|were|remain|remained|been|become|became)$/;
const RIVAL =
  /^(concurrents|concurrentes|concurrent|concurrente|rivaux|rivales|rivals|rival|competitors|arch-rivals|archrivals)$/;
/** Words that deny or end the rivalry, or give it to a third party, anywhere between the subject and the noun. */
const STOP = /^(ne|n'|n’|pas|not|never|jamais|no|plus|longer|non)$/;
/** Auxiliaries and adverbs that may stand before the copula ("had long been", "ont toujours été"). */
const BEFORE_COPULA =
  /^(had|have|has|long|also|still|already|always|once|ont|avaient|auront|ont-ils|toujours|longtemps|déjà|aussi|jusqu'|jusqu’|ici|jusqu'ici|longtime|[a-z]+ly|[a-zéè]+ment)$/;
/**
 * Determiners, numbers and the adjectives of a rivalry that may stand between the copula and the noun ("the two
 * main", "des deux", "de farouches"): a participle or a preposition there ("squeezed by larger rivals") makes the
 * noun someone else's rivals.
 */
const BEFORE_NOUN =
  /^(the|two|main|chief|key|major|biggest|largest|leading|direct|fierce|bitter|close|natural|historic|arch|longtime|long-time|des|deux|de|d'|d’|grands|grandes|principaux|principales|directs|directes|farouches|historiques|naturels|naturelles|jusqu'|jusqu’|ici|longtemps|toujours|déjà|still|already|always|[a-z]+ly|[a-zéè]+ment)$/;
/** A complement after the noun names whose rivals they are ("concurrents de X", "rivals to X"). */
const COMPLEMENT = /^(de|du|des|d'|d’|of|to|à|au|aux)$/;
/** Most units a relative clause may span before its closing comma. */
const MAX_RELATIVE_UNITS = 24;
/** Most words between the subject (or the clause's comma) and the copula ("had long", "jusqu'ici"). */
const MAX_BEFORE_COPULA = 3;
/** Most words between the copula and the noun ("jusqu'ici", "the two main", "des deux"). */
const MAX_BEFORE_NOUN = 4;

function word(u: Unit | undefined): string | null {
  return u?.kind === 'tok' ? u.token.lower : null;
}

/** The rival noun's index when a copula of rivalry follows `from` within plain words, else -1. */
function rivalryAfter(units: Unit[], from: number): number {
  let j = from;
  let copula = -1;
  for (let n = 0; j < units.length && n <= MAX_BEFORE_COPULA; j++, n++) {
    const w = word(units[j]);
    if (w === null || STOP.test(w)) return -1;
    if (COPULA.test(w)) {
      copula = j;
      break;
    }
    if (!BEFORE_COPULA.test(w)) return -1;
  }
  if (copula < 0) return -1;
  for (j = copula + 1; j < units.length && j - copula <= MAX_BEFORE_NOUN + 1; j++) {
    const w = word(units[j]);
    if (w === null || STOP.test(w)) return -1;
    if (RIVAL.test(w)) {
      const next = word(units[j + 1]);
      return next !== null && COMPLEMENT.test(next) ? -1 : j;
    }
    if (!BEFORE_NOUN.test(w)) return -1;
  }
  return -1;
}

/** The comma closing a relative clause opened at `open` (the opener), else -1. */
function relativeClose(units: Unit[], open: number): number {
  for (let j = open + 1; j < units.length && j - open <= MAX_RELATIVE_UNITS; j++) {
    const u = units[j];
    if (u.kind !== 'tok') continue;
    if (u.token.text === ',') return j;
    if (/^[;:()«»"“”.]$/.test(u.token.text)) return -1;
  }
  return -1;
}

function readPairRivalry(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'ent' || !u.orgs || u.persons || u.ents.length < 2) continue;
    let from = k + 1;
    if (word(units[k + 1]) === ',' && RELATIVE_OPENER.test(word(units[k + 2]) ?? '')) {
      const close = relativeClose(units, k + 2);
      if (close < 0) continue;
      from = close + 1;
    }
    if (rivalryAfter(units, from) < 0) continue;
    out.push({ a: [...u.ents], '#a': [k], [MATCH_START]: [k] });
  }
  return out;
}

/** COMPETES_WITH between the companies of one plural subject told rivals after a clause or an adverb. */
export const PAIR_RIVALRY_FRAMES = readerRules([
  {
    id: 'any.competes.pair-copula-rivals',
    type: 'COMPETES_WITH',
    read: readPairRivalry,
    neededWordPattern: RIVAL,
    source: 'a',
    target: 'a',
    confidence: 0.7,
  },
]);
