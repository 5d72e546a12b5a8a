import type { Captures, Unit } from '../pattern';
import { compile, matchAll } from '../pattern';
import { COMPANY_NOUN } from '../people-words';
import type { ReaderRuleSpec } from '../rule';
import { SECOND_POST } from './leads-post-holder';

/**
 * "P, qui a quitté X en 2016 pour lancer Y", "P left X in 2019 to start Y": a person leaving a post to found a
 * company. Without the leaving verb, "pour lancer Y" / "to launch Y" is as often a product as a company, so the
 * verb is required. A reader (not a pattern rule) so that it runs after the clause readers of founders.ts: where
 * frame.founded.active reads the same fact, that reading is kept.
 */

/** Infinitives of founding after "pour"/"to" (anaphora-person-left-to-found.ts reads them after a pronoun too). */
export const FOUND_INFINITIVE = '(fonder|cofonder|créer|lancer|monter|found|co-found|cofound|launch|start)';
export const LEAVE_VERB =
  '(quitté|quittée|quittés|quittées|quitte|quittait|quitter|left|leaves|leaving|quit|quits)';
/** The infinitive in these patterns, with English "set up" ("left the bank to set up Y"). */
const FOUND_OR_SET_UP = `(${FOUND_INFINITIVE.slice(1, -1)}|set) ?(up)`;
/** French "partir fonder": "P est parti en 2021 fonder Y", with or without "pour". */
const LEFT_OFF = '(parti|partie|partis|parties)';

/** The person and the leaving: "P, qui a quitté X en 2016 pour", "P left X in 2019 to", "P est parti en 2021". */
const LEAVING = [
  `%p ?, ?(qui|who) ~3! ${LEAVE_VERB} ?@x ~4 (pour|to) ?(y) ${FOUND_OR_SET_UP}`,
  `%p ?, ?(qui) ~3! ${LEFT_OFF} ~3 ?(pour) ?(y) ${FOUND_INFINITIVE}`,
];

const LEFT_TO_FOUND = LEAVING.map((left) =>
  compile(`${left} ?(sa|son|his|her|their) ?(own|propre) ?${COMPANY_NOUN} @org`, true),
);

/**
 * "left the business to start an investment fund, Y", "pour lancer une agence de design, Y": a descriptor first,
 * or a trade with no determiner ("left X in 2017 to found warehouse robotics maker Y").
 */
const LEFT_TO_FOUND_DESCRIBED = LEAVING.map((left) =>
  compile(`${left} ?(a|an|un|une|the|le|la|l'|his|her|their|sa|son) ?(own|propre) ~3! ?, @org`, true),
);

/**
 * The person founded the company left too ("X co-founder P left in 2019 to start Y"), so a pattern's founding of
 * that company in the same sentence does not rule this one out (SECOND_POST, sentence-facts.ts).
 */
export function readLeftToFound(units: Unit[]): Captures[] {
  const plain = LEFT_TO_FOUND.flatMap((p) => matchAll(p, units));
  const out = plain.length > 0 ? plain : LEFT_TO_FOUND_DESCRIBED.flatMap((p) => matchAll(p, units));
  for (const c of out) c[SECOND_POST] = [];
  return out;
}

export const LEFT_TO_FOUND_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'any.founded.left-to-found',
    type: 'FOUNDED',
    read: readLeftToFound,
    neededWords: [...LEAVE_VERB.slice(1, -1).split('|'), ...LEFT_OFF.slice(1, -1).split('|')],
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
