import type { EntityIndex } from '../resolve/mentions';
import { familyOrgsOf } from './anaphora-family';
import type { DiscourseState } from './discourse-state';
import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';

/**
 * The company the French clitic "en" of a post stands for ("P en est le président", "P en reste la directrice
 * générale", "P en a pris la direction"). "En" takes up a complement, never the subject of the sentence before, so
 * the article's topic is the last resort, not the first:
 * 1. the one company named before the person in the same sentence ("Le fondateur de Cardiflex, P, en est toujours
 *    le président");
 * 2. the company whose founding the sentence before told ("Créée en 2018 par P et Q, la start-up revendique … P en
 *    reste la directrice générale");
 * 3. the company the sentence before told bought ("X a racheté Y. P en reste le PDG"): its buyer is the subject,
 *    which "en" does not take up;
 * 4. the article's topic.
 * A family firm outranks 2–4: a person whose surname is a word of exactly one of those companies' names leads that
 * one ("Transports Bellocq rachète Frigomar. Sophie Bellocq en a pris la direction générale": Transports Bellocq).
 */

/** The sentences between the telling of a founding or a purchase and the clitic's: the one right before. */
const SENTENCES_BACK = 1;

/** The one company named (or pointed at) before unit `end`, or null when none or several. */
function loneCompanyBefore(units: Unit[], end: number): number | null {
  const seen = new Set<number>();
  for (let k = 0; k < end; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs) u.ents.forEach((e) => seen.add(e));
  }
  return seen.size === 1 ? [...seen][0] : null;
}

/** The one candidate company named after the person at unit `person`, or null (none, or several). */
function familyCandidate(
  units: Unit[],
  person: number,
  index: EntityIndex,
  sentence: number,
  candidates: (number | null)[],
): number | null {
  const u = units[person];
  if (u?.kind !== 'ent' || !u.persons) return null;
  const found = new Set(
    u.ents
      .flatMap((p) => familyOrgsOf(index.entities[p], index, sentence))
      .filter((o) => candidates.includes(o)),
  );
  return found.size === 1 ? [...found][0] : null;
}

/**
 * The target of a rule reading a post through "en" (`Rule.cliticTarget`) in sentence `sentence`, whose holder is
 * captured as `source`; `topic` is the article's company as it stood before the sentence.
 */
export function enCliticOwner(
  units: Unit[],
  caps: Captures,
  source: string,
  state: DiscourseState,
  sentence: number,
  topic: number | null,
  index: EntityIndex,
): number | null {
  const person = capturedAt(caps, source);
  const named = person > 0 ? loneCompanyBefore(units, person) : null;
  if (named !== null) return named;
  const lastFounding = state.lastFounding;
  const founding =
    lastFounding !== null && sentence - lastFounding.sentence === SENTENCES_BACK ? lastFounding : null;
  const lastDeal = state.lastAcquisition;
  const deal = lastDeal !== null && sentence - lastDeal.sentence === SENTENCES_BACK ? lastDeal : null;
  const family =
    person >= 0
      ? familyCandidate(units, person, index, sentence, [
          founding?.company ?? null,
          deal?.buyer ?? null,
          deal?.target ?? null,
          topic,
        ])
      : null;
  return family ?? founding?.company ?? deal?.target ?? topic;
}
