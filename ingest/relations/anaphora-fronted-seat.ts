import type { Token } from '../tokens';
import type { Unit } from './pattern';
import type { OriginMap } from './anaphora-origin';
import { recordOrigin } from './anaphora-origin';
import { cityDemonym } from './anaphora-city-origins';

/**
 * "Basé à Grenoble, le groupe réalise …", "Installée à Rungis, Frigolog a été créée …", "Based in Leeds, the lender
 * …": a seat clause opening the sentence tells where its subject is from, named or pointed at. Later "l'industriel
 * grenoblois", "the Leeds-based bank" point back at it. recordOrigins (anaphora-origin.ts) reads seats told after
 * a name only, and no pointer; this reads the fronted clause once the units, pointers resolved, are known. Only the
 * city's own demonym and "City-based" are kept, as placeOriginWords does.
 */

const SEAT_WORDS =
  /^(basée?s?|implantée?s?|installée?s?|située?s?|établie?s?|domiciliée?s?|based|headquartered)$/;
const SEAT_PREPOSITIONS = new Set(['à', 'in']);
/** Most tokens of the fronted clause ("Basé à Grenoble depuis 1990,"). */
const MAX_CLAUSE_TOKENS = 8;

/** Records the origin of the subject after a fronted seat clause, if the sentence opens on one. */
export function recordFrontedSeat(tokens: Token[], units: Unit[], origins: OriginMap): void {
  if (!SEAT_WORDS.test(tokens[0]?.lower ?? '') || !SEAT_PREPOSITIONS.has(tokens[1]?.lower ?? '')) return;
  const city = tokens[2];
  if (!city || city.kind !== 'word' || city.text === city.lower) return;
  let comma = -1;
  for (let k = 3; k < tokens.length && k <= MAX_CLAUSE_TOKENS; k++) {
    if (tokens[k].text === ',') {
      comma = tokens[k].start;
      break;
    }
    // "Basé à Grenoble et à Lyon": two seats tell no single origin
    if (/^(et|and)$/.test(tokens[k].lower)) return;
  }
  if (comma < 0) return;
  // the first unit after the clause's comma is the subject
  const at = units.findIndex((u) => u.kind === 'tok' && u.token.start === comma);
  const subject = units[at + 1];
  if (at < 0 || subject?.kind !== 'ent' || !subject.orgs || subject.persons || subject.ents.length !== 1)
    return;
  const own = cityDemonym(city.lower);
  for (const word of [...(own === null ? [] : [own]), `${city.text}-based`])
    recordOrigin(origins, word, subject.ents[0]);
}
