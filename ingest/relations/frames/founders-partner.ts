import type { Captures, Unit } from '../pattern';
import { compile, matchAll } from '../pattern';
import { FOUND_VERB, FOUNDER, FOUNDING_YEAR, OF, ART } from '../people-words';
import type { ReaderRuleSpec } from '../rule';

/**
 * "P, cofondatrice de la société en 2017 avec le chercheur Q", "P co-founded the company with Harvard professor Q":
 * the partner named after "avec"/"with", a title and an institution before the name, founded the company too.
 * Readers, so that a pointer the discourse took for a company named only later in the sentence ("cofondateur de la
 * société avec Q, … pour se consacrer à Y") is refused, and so that the clause readers' reading of a plain partner
 * ("a cofondé X avec Q") stays theirs.
 */

/** "with the help of Q", "avec le soutien de Q": Q helped, Q did not found. */
const NOT_HELP =
  '!>{3}(help|aide|support|soutien|backing|appui|money|argent|funds|fonds|funding|financement|blessing)';

const FOUNDED_WITH_TITLED = compile(
  `%p ?(a|has|had|avait|who|qui) ?(also|aussi|également) ${FOUND_VERB} @org ?(in|en) ?${FOUNDING_YEAR} (with|avec) ${NOT_HELP} ~2! ?@employer ~2! %%q`,
  true,
);

const FOUNDER_OF_WITH = compile(
  `%p , ~2! ${FOUNDER} ${OF} ${ART} @org ?(in|en) ?${FOUNDING_YEAR} (with|avec) ${NOT_HELP} ~2! ?@employer ~2! %%q`,
  true,
);

/** The company of the pointer at `at` is named after it in the sentence (and not before): a wrong antecedent. */
function namedOnlyLater(units: Unit[], at: number): boolean {
  const u = units[at];
  if (u?.kind !== 'ent' || !u.anaphor) return false;
  const same = (k: number) => {
    const v = units[k];
    return k !== at && v.kind === 'ent' && !v.anaphor && v.ents.some((e) => u.ents.includes(e));
  };
  return units.some((_, k) => k > at && same(k)) && !units.some((_, k) => k < at && same(k));
}

/**
 * "P, qui a cofondé X en 2003 avec deux anciens ingénieurs de Thales, A et B", "P co-founded X with two former Google
 * engineers, A and B": the partners named after a description of them (a count or a determiner first, then a comma).
 */
const FOUNDED_WITH_DESCRIBED = compile(
  `%p ?, ?(who|qui) ?(a|has|had|avait) ?(also|aussi|également) ${FOUND_VERB} @org ?(in|en) ?${FOUNDING_YEAR} (with|avec) ${NOT_HELP} (deux|trois|quatre|two|three|four|un|une|a|an|son|sa|ses|his|her|their|leur|leurs) ~3! ?@employer ?(engineers?|researchers?|ingénieurs?|chercheurs?|colleagues?|collègues?|executives?|dirigeants?|alumni|veterans?) , %%q`,
  true,
);

export function readFounderOfWith(units: Unit[]): Captures[] {
  return [
    ...matchAll(FOUNDER_OF_WITH, units),
    ...matchAll(FOUNDED_WITH_TITLED, units),
    ...matchAll(FOUNDED_WITH_DESCRIBED, units),
  ].filter((c) => !namedOnlyLater(units, c['#org']?.[0] ?? -1));
}

export const FOUNDER_PARTNER_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'any.founded.founder-of-with',
    type: 'FOUNDED',
    read: readFounderOfWith,
    neededWords: ['with', 'avec'],
    source: 'q',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
