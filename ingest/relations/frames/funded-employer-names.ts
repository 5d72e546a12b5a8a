import type { ExtractedRelation } from '../../types';

/**
 * "Existing backers A and P, the former chief executive of launch firm B, also took part": B completes P's title
 * (P's employer), it is no investor. A FUNDED fact whose source stands after a person's title and "of" in its
 * sentence is dropped. An investing vehicle's owner ("the venture arm of chipmaker B") is not touched: per
 * GOLD-FORMAT a business of an organisation counts as that organisation.
 */

/** A person's title, then "of", then up to three description words right before the name. */
const TITLE_OF_BEFORE_NAME =
  /\b(?:executive|officer|ceo|founder|co-founder|cofounder|chairman|chairwoman|chair|president|director|head|boss|partner|employee|engineer|banker|manager)\s+(?:of|at)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** The source is named only as the employer in a person's title. */
function namedAsEmployer(r: ExtractedRelation): boolean {
  if (r.type !== 'FUNDED') return false;
  const s = r.evidence.sentence;
  const at = s.indexOf(r.source);
  return at > 0 && TITLE_OF_BEFORE_NAME.test(s.slice(0, at));
}

export function withoutEmployerInvestors(relations: ExtractedRelation[]): ExtractedRelation[] {
  return relations.filter((r) => !namedAsEmployer(r));
}
