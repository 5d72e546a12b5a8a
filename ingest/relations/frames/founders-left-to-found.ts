import type { Captures, Unit } from '../pattern';
import { compile, matchAll } from '../pattern';
import { COMPANY_NOUN } from '../people-words';
import type { ReaderRuleSpec } from '../rule';

/**
 * "P, qui a quitté X en 2016 pour lancer Y", "P left X in 2019 to start Y": a person leaving a post to found a
 * company. Without the leaving verb, "pour lancer Y" / "to launch Y" is as often a product as a company, so the
 * verb is required. A reader (not a pattern rule) so that it runs after the clause readers of founders.ts: where
 * frame.founded.active reads the same fact, that reading is kept.
 */

/** Infinitives of founding after "pour"/"to" (anaphora-person-left-to-found.ts reads them after a pronoun too). */
export const FOUND_INFINITIVE = '(fonder|cofonder|créer|lancer|monter|found|co-found|cofound|launch|start)';
export const LEAVE_VERB = '(quitté|quitte|quittait|quitter|left|leaves|leaving|quit|quits)';

const LEFT_TO_FOUND = compile(
  `%p ?, ?(qui|who) ~3! ${LEAVE_VERB} ?@x ~4 (pour|to) ?(y) ${FOUND_INFINITIVE} ?(sa|son|his|her|their) ?(own|propre) ?${COMPANY_NOUN} @org`,
  true,
);

/** "left the business to start an investment fund, Y", "pour lancer une agence de design, Y": a descriptor first. */
const LEFT_TO_FOUND_DESCRIBED = compile(
  `%p ?, ?(qui|who) ~3! ${LEAVE_VERB} ?@x ~4 (pour|to) ?(y) ${FOUND_INFINITIVE} (a|an|un|une|the|le|la|l'|his|her|their|sa|son) ?(own|propre) ~3! ?, @org`,
  true,
);

export function readLeftToFound(units: Unit[]): Captures[] {
  const plain = matchAll(LEFT_TO_FOUND, units);
  return plain.length > 0 ? plain : matchAll(LEFT_TO_FOUND_DESCRIBED, units);
}

export const LEFT_TO_FOUND_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'any.founded.left-to-found',
    type: 'FOUNDED',
    read: readLeftToFound,
    neededWords: LEAVE_VERB.slice(1, -1).split('|'),
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
