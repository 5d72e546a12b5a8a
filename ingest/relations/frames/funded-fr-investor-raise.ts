import type { ExtractedRelation } from '../../types';

/**
 * An investor the article already told putting money into a company, later said to raise money itself ("Alpes
 * Tourisme Invest, qui a déjà accompagné A, annonce une seconde levée de 80 M€ auprès de la Caisse des dépôts",
 * "Terroirs Capital avait bouclé la levée de son fonds auprès du FEI"), is a fund manager raising its next fund:
 * the givers are its limited partners, which GOLD-FORMAT does not count as FUNDED.
 */

/** Statuses of a funding that gave no money. */
const NO_MONEY_GIVEN: ReadonlySet<string> = new Set(['abandoned', 'rumoured']);
/** Words of raising money, as the raiser's verb or noun in the sentence. */
const RAISE_WORD =
  /\b(lev(ée|ées|é|e|er|era|ent)|lève|lèvent|lèvera|boucl\w*|clôtur\w*|rais(e|ed|es|ing)|closed?|closing)\b/iu;

function named(r: ExtractedRelation): boolean {
  return r.evidence.sentence.includes(r.target);
}

/** FUNDED facts whose named company first appeared in the article as a giver of money, in a raise sentence. */
export function withoutInvestorOwnRaises(relations: ExtractedRelation[]): ExtractedRelation[] {
  const funded = relations.filter((r) => r.type === 'FUNDED');
  const gaveBefore = (name: string, at: number): boolean =>
    funded.some(
      (o) =>
        o.source === name && o.evidence.start < at && (o.status === null || !NO_MONEY_GIVEN.has(o.status)),
    );
  // the company the article is about may invest too; only one first told as a giver is a fund manager
  const fundedBefore = (name: string, at: number): boolean =>
    funded.some((o) => o.target === name && o.evidence.start < at);
  return relations.filter((r) => {
    if (r.type !== 'FUNDED' || !named(r) || !RAISE_WORD.test(r.evidence.sentence)) return true;
    const at = r.evidence.start;
    return !(gaveBefore(r.target, at) || gaveBeforeInSentence(funded, r)) || fundedBefore(r.target, at);
  });
}

/** The same sentence told the raiser backing another company first ("A, qui a déjà accompagné B, lève …"). */
function gaveBeforeInSentence(funded: ExtractedRelation[], r: ExtractedRelation): boolean {
  return funded.some(
    (o) =>
      o !== r &&
      o.source === r.target &&
      o.evidence.start === r.evidence.start &&
      o.evidence.sentence.indexOf(o.target) < o.evidence.sentence.indexOf(r.source),
  );
}
