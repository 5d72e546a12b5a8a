import type { ExtractedRelation } from '../types';
import { escapeRegExp } from '../escape-regexp';

/**
 * A sale told twice: once with the business unnamed ("Valtor cède son activité optronique au fonds B", a headline
 * or a recap) and once with its name ("la cession de sa division d'optronique, Sirius, au fonds B"). The unnamed
 * telling reads the owner as target and seller (GOLD-FORMAT: a business of an organisation counts as that
 * organisation); once the same buyer is read buying a named company from that same owner, the unnamed telling is
 * that deal and not a second one in which the owner itself changes hands. A telling with no seller read counts too
 * when its sentence names the owner only as the complement of the thing bought ("Celtalis reprend les fromages frais
 * de Normalait", "A snaps up B's snacks arm"), and not as a stake's or control's company ("le contrôle de B").
 */

/** Words of a stake or of control: "prend le contrôle de B", "a stake of B" buy B itself. */
const STAKE_OR_CONTROL =
  /(?<![\p{L}])(contrôle|control|capital|stake|participation|majorité|majority)(?![\p{L}])/iu;

/** The evidence names `owner` only after "de/of" or before "'s": the owner of what is bought, not what is bought. */
function ownerComplementOnly(sentence: string, owner: string): boolean {
  if (STAKE_OR_CONTROL.test(sentence)) return false;
  const name = escapeRegExp(owner);
  const complement = new RegExp(
    `(?:(?<![\\p{L}])(?:de|du|of)\\s+|d['’])${name}(?![\\p{L}\\d])|${name}['’]s?\\s`,
    'u',
  );
  const any = new RegExp(`(?<![\\p{L}\\d])${name}(?![\\p{L}\\d])`, 'gu');
  const mentions = sentence.match(any)?.length ?? 0;
  return mentions === 1 && complement.test(sentence);
}

export function withoutUnnamedBusinessTwice(relations: ExtractedRelation[]): ExtractedRelation[] {
  const namedFrom = new Set(
    relations
      .filter((r) => r.type === 'ACQUIRED' && r.seller !== null && r.seller !== r.target)
      .map((r) => `${r.source}\u0000${r.seller}`),
  );
  if (namedFrom.size === 0) return relations;
  const unnamedTelling = (r: ExtractedRelation) =>
    r.seller === r.target || (r.seller === null && ownerComplementOnly(r.evidence.sentence, r.target));
  return relations.filter(
    (r) => !(r.type === 'ACQUIRED' && namedFrom.has(`${r.source}\u0000${r.target}`) && unnamedTelling(r)),
  );
}
