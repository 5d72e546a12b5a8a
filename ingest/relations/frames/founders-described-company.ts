import type { Captures, Unit } from '../pattern';
import { compile, matchAll } from '../pattern';
import type { ReaderRuleSpec } from '../rule';

/**
 * "P launched battery-analytics firm X", "P a fondé en 2019 la jeune pousse lyonnaise de cybersécurité X": a verb
 * of founding whose object is a company noun with words of its own before it. The unit stage folds the company
 * noun into the name ("firm X") but leaves a modifier before it ("battery-analytics"), which any.founded.verb
 * refuses. The folded noun is what makes a launch a founding: without it ("launched its new app X") nothing is read.
 * Past and present only: "will launch", "plans to launch" tell no founding yet.
 */

/** Forms of launching and founding that tell a founding already made. */
const FOUND_OR_LAUNCH_VERB =
  '(launched|co-launched|founded|co-founded|cofounded|lancé|lancée|lance|lançait|fondé|fondée|cofondé|cofondée|créé|créée)';
/** Auxiliaries and adverbs between the founder and the verb ("P a lancé", "P had also launched", "P, who launched"). */
const BEFORE_VERB =
  '?(who|qui) ?(has|had|a|avait|also|aussi|then|ensuite|later|already|déjà|together|ensemble)';

const FOUNDED_DESCRIBED_COMPANY = compile(
  `%p ?, ${BEFORE_VERB} ?(also|aussi|déjà|already) ${FOUND_OR_LAUNCH_VERB} ?(en|in) ?(1[89]\\d\\d|20\\d\\d) ~2! @org`,
  true,
);

/** The name's unit took in a company noun the text wrote before it ("firm Cellwatch"): more than a space between. */
function foldedCompanyNoun(units: Unit[], at: number): boolean {
  const u = units[at];
  const before = units[at - 1];
  return u?.kind === 'ent' && !u.anaphor && before?.kind === 'tok' && u.start > before.token.end + 1;
}

export function readFoundedDescribedCompany(units: Unit[]): Captures[] {
  return matchAll(FOUNDED_DESCRIBED_COMPANY, units).filter((c) => {
    const org = c['#org']?.[0] ?? -1;
    // "a lancé en 2019 X" is any.founded.verb's: a word of the description must stand before the folded noun
    const modifier = units[org - 1];
    return (
      foldedCompanyNoun(units, org) &&
      modifier?.kind === 'tok' &&
      modifier.token.kind === 'word' &&
      !/^(en|in|\d+)$/.test(modifier.token.lower)
    );
  });
}

export const DESCRIBED_COMPANY_FOUNDER_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'any.founded.described-company',
    type: 'FOUNDED',
    read: readFoundedDescribedCompany,
    neededWords: FOUND_OR_LAUNCH_VERB.slice(1, -1).split('|'),
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
