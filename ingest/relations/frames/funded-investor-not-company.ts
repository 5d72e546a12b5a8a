import type { ExtractedRelation } from '../../types';
import { pairKey } from './funded-round-company';
import { PAYER_SUBJECT_RULE_IDS } from './funded-deal-loans';

/**
 * A full article names a round's investors many times; a later sentence that points at the company ("The company
 * also secured a loan from A", "Existing backers also took part") may have its pointer resolved to one of those
 * investors, the most recently named company. An investor of the article's rounds that the sentence does not even
 * name is not the company funded there: the company of the round told last before it is. Nor is a round's lead
 * said to be "accompanied" by backers ("Le tour est mené par X. X est accompagné par A"), nor any investor told only
 * as one ("X prend 25 % du capital. X est accompagné par A"): they join its round.
 */

/** Statuses of a funding that gave no money. */
const NO_MONEY_GIVEN: ReadonlySet<string> = new Set(['abandoned', 'rumoured']);

/** Rules of a company "accompanied" by backers: said of a round's lead, the backers join its round instead. */
const COMPANION_RULES: ReadonlySet<string> = new Set(['fr.funded.accompanied-by']);

/** No other surface forms known: each company is named by its name alone. */
const NO_SURFACES: ReadonlyMap<string, readonly string[]> = new Map();
/** No earlier tellings known: each funding was first told where its evidence stands. */
const NO_TELLINGS: ReadonlyMap<string, number> = new Map();

function folded(s: string): string {
  return s.normalize('NFC').toLowerCase();
}

/**
 * The fact's company is not named in its own evidence: it came from a pointer or from the article. A company is
 * named by any of its surface forms: a story names it in full once and by its short name after ("Kestrel will
 * finance …" after "Kestrel Software"), and the short name is as much a naming as the full one.
 */
function companyUnnamed(r: ExtractedRelation, surfacesOf: ReadonlyMap<string, readonly string[]>): boolean {
  const sentence = folded(r.evidence.sentence);
  const forms = [r.target, ...(surfacesOf.get(r.target) ?? [])];
  return !forms.some((f) => f.length > 0 && sentence.includes(folded(f)));
}

/** FUNDED facts whose unnamed company is an investor elsewhere in the article take the company of the round told
 * before them (the nearest earlier FUNDED fact whose company is no investor); with none, they stay as they are.
 * `surfacesOf` gives each entity name the other forms the article names it by (none known: the name alone);
 * `firstTold` where each funding (by `pairKey`) was first told, when a surer later telling kept its evidence. */
export function withInvestorNotFunded(
  relations: ExtractedRelation[],
  surfacesOf: ReadonlyMap<string, readonly string[]> = NO_SURFACES,
  firstTold: ReadonlyMap<string, number> = NO_TELLINGS,
): ExtractedRelation[] {
  const funded = relations.filter((r) => r.type === 'FUNDED');
  // "Existing investors A and B also took part. The company also secured a loan from C. … The start-up's previous
  // round was led by A": A was an investor from its first telling on, though the fact kept is the surer, later one
  const toldAt = (o: ExtractedRelation): number =>
    Math.min(o.evidence.start, firstTold.get(pairKey(o)) ?? Infinity);
  // an investor already told: one that gave money in a sentence before this one or in it ("dropped plans to buy
  // a stake in Y" gave none: the buyer that walked away is still the company a later loan is for)
  const investorBy = (name: string, at: number): boolean =>
    funded.some(
      (o) => o.source === name && toldAt(o) <= at && (o.status === null || !NO_MONEY_GIVEN.has(o.status)),
    );
  // a lead already told: "Le tour est mené par X. X est accompagné par A et B" (A and B join X in the round); so
  // is any investor told only as one: "X prend 25 % du capital. X est accompagné par A" (a company that raised
  // money before, "Y lève 5 M€ … Y est accompagnée par A", stays A's company)
  const ledBy = (name: string, at: number): boolean =>
    funded.some((o) => o.source === name && o.lead === true && o.evidence.start <= at);
  const fundedBefore = (name: string, at: number): boolean =>
    funded.some((o) => o.target === name && o.evidence.start < at);
  const joinsLead = (r: ExtractedRelation): boolean =>
    COMPANION_RULES.has(r.rule) &&
    (ledBy(r.target, r.evidence.start) || !fundedBefore(r.target, r.evidence.start));
  const keys = new Set(relations.map(pairKey));
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    const at = r.evidence.start;
    if (
      r.type !== 'FUNDED' ||
      // "L'industriel grenoblois finance l'opération par un prêt …": the pointer is the payer, not a guess
      PAYER_SUBJECT_RULE_IDS.has(r.rule) ||
      !investorBy(r.target, at) ||
      !(companyUnnamed(r, surfacesOf) || joinsLead(r))
    ) {
      out.push(r);
      continue;
    }
    let round: ExtractedRelation | null = null;
    for (const o of funded) {
      if (o.evidence.start > at || investorBy(o.target, at)) continue;
      if (round === null || o.evidence.start >= round.evidence.start) round = o;
    }
    // no earlier round to take the company from: the guess is left as it was
    if (round === null) {
      out.push(r);
      continue;
    }
    if (round.target === r.source) continue;
    const key = pairKey({ ...r, type: 'FUNDED', target: round.target });
    if (keys.has(key)) continue;
    keys.add(key);
    out.push({ ...r, target: round.target });
  }
  return out;
}
