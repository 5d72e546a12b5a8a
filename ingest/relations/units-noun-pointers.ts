import type { UnitContext } from './unit-context';
import {
  ANAPHOR_DETERMINERS,
  ANAPHOR_NOUNS,
  BARE_ANAPHOR_NOUNS,
  BUSINESS_JOINED_ASSETS,
} from './anaphor-words';
import { apposedDescriptionOrg } from './anaphora-apposed-description';
import { staffEmployerPointer } from './anaphora-staff-employer';
import { keptLeaderCompany } from './anaphora-kept-leader';
import { financedDealBuyer } from './anaphora-deal-financing';
import { groupNotFund, groupSizedAntecedent } from './anaphora-group-size';
import { companyNotFund } from './anaphora-company-not-fund';
import { namedInClauseAfter } from './anaphora-clause-names';
import { isAnaphorAdjective, isNewEntityPhrase, namedSoon } from './pointing-phrases';
import { domainOwner, isDomainNounPointer } from './anaphora-possessive-domain';
import { attachedNounOrg } from './anaphora-attached-noun';
import { dealObjectPointer } from './deal-object-pointer';
import { asideNamedOrg } from './anaphora-aside-name';
import { careerObjectOrg, UNNAMED_COMPANY } from './anaphora-career-object';
import { originConflicts, pointerOriginWords } from './anaphora-origin-conflict';
import { isBasedPlace, placeModifierWords, placedCompany } from './anaphora-place-modifier';

/** Words after a French company noun that may still tell its origin ("le groupe suisse"). */
const FR_ORIGIN_AFTER_NOUN = 1;

/** "the company", "la société", "le groupe": a determiner and a company noun no name follows. Tokens used, or 0. */
export function determinerNounPointer(c: UnitContext): number {
  const { t, next, tokens, mentions, i } = c;
  if (
    !ANAPHOR_DETERMINERS.has(t.lower) ||
    !next ||
    !(ANAPHOR_NOUNS.has(next.lower) || (c.english && BARE_ANAPHOR_NOUNS.has(next.lower))) ||
    (BARE_ANAPHOR_NOUNS.has(next.lower) &&
      tokens[i + 2]?.lower === 'and' &&
      BUSINESS_JOINED_ASSETS.has(tokens[i + 3]?.lower ?? '')) ||
    namedSoon(tokens, mentions, i + 2, c.english) ||
    // "la PME Fontis" read as one name: the noun is the name's first word, not a pointer
    mentions.some((x) => x.from === i + 1) ||
    c.antecedent() === null
  )
    return 0;
  const antecedent = c.antecedent()!;
  // a group noun passes over the companies the article called small ("la PME" bought is not "le groupe")
  // read only when a group-noun reading asks for it (most pointers resolve before)
  let later: ReadonlySet<number> | null = null;
  const namedLater = (): ReadonlySet<number> => (later ??= namedInClauseAfter(tokens, mentions, i));
  let unnamed = false;
  const career = (): number | null => {
    const org = careerObjectOrg(c);
    unnamed = org === UNNAMED_COMPANY;
    return unnamed ? null : org;
  };
  const ent =
    (isDomainNounPointer(c) ? domainOwner(c) : null) ??
    // "Pour financer la reprise, la banque accorde au groupe un crédit": the deal's buyer (anaphora-deal-financing.ts)
    financedDealBuyer(tokens, c.state) ??
    // "P, qui avait créé la société en 1987": the company just told of, not the salient buyer (anaphora-career-object.ts)
    career() ??
    apposedDescriptionOrg(tokens, c.units, i, i + 2) ??
    attachedNounOrg(next.lower, c.state) ??
    dealObjectPointer(c) ??
    c.orgBefore() ??
    staffEmployerPointer(next.lower, i === 0, c.state.staffEmployer) ??
    keptLeaderCompany(tokens, i, c.state.firstDeal, antecedent) ??
    groupSizedAntecedent(next.lower, antecedent, c.state, namedLater());
  // a company the text never names: the words stay words, so no fact reaches a wrong company
  if (unnamed) return 0;
  const after = tokens.slice(i + 2, i + 4).map((x) => x.lower);
  const chosen = companyNotFund(
    next.lower,
    after,
    groupNotFund(next.lower, ent, c.state, namedLater),
    c.state,
    namedLater,
  );
  // "le groupe suisse" after "le fabricant français X": a country X was not told is another company
  const told = c.english ? [] : pointerOriginWords(tokens, mentions, i + 2, i + 2 + FR_ORIGIN_AFTER_NOUN);
  if (originConflicts(c.state.origins, chosen, told)) return 0;
  c.point([chosen], i + 1);
  return 2;
}

/** "le nouveau groupe": the company the deal creates, when the article named it. Tokens used, or 0. */
export function newEntityPointer(c: UnitContext): number {
  if (!isNewEntityPhrase(c.t, c.next, c.third)) return 0;
  // "le nouvel ensemble, qui prendra le nom de X,": the aside names it before the article has recorded it
  const ent = asideNamedOrg(c.tokens, c.mentions, c.index, c.i + 3) ?? c.state.bornOrg;
  if (ent === null) return 0;
  c.point([ent], c.i + 2);
  return 3;
}

/**
 * "the combined group", "the Paris-based company", "la jeune entreprise": one descriptive word between the
 * determiner and the company noun; in English also a place of two or three capitalised words ("The Pacific
 * Northwest company", anaphora-place-modifier.ts). Tokens used, or 0.
 */
export function determinerAdjectivePointer(c: UnitContext): number {
  const { t, next, tokens, mentions, i } = c;
  if (!ANAPHOR_DETERMINERS.has(t.lower) || !next) return 0;
  const adjective = isAnaphorAdjective(
    next,
    mentions.some((x) => x.from === i + 1),
  );
  const words =
    adjective && ANAPHOR_NOUNS.has(tokens[i + 2]?.lower ?? '')
      ? 1
      : c.english
        ? placeModifierWords(tokens, mentions, i + 1)
        : 0;
  const noun = i + 1 + words;
  if (
    words === 0 ||
    !ANAPHOR_NOUNS.has(tokens[noun]?.lower ?? '') ||
    namedSoon(tokens, mentions, noun + 1, c.english) ||
    c.antecedent() === null
  )
    return 0;
  // a place of several words stands only for the company placed there before (anaphora-place-modifier.ts)
  const placed = adjective && words === 1 ? undefined : placedCompany(tokens, c.state.origins, i + 1, words);
  // "The New Jersey-based company": a place said outright to be the company's base points back as "Paris-based" does
  if (placed === null && !isBasedPlace(tokens, i + 1, words)) return 0;
  // "la jeune pousse", "the young startup": a class noun the article attached to a company by name is that company,
  // as without the adjective (anaphora-attached-noun.ts), not the clause's subject (a bank lending to it)
  const ent =
    placed ??
    apposedDescriptionOrg(tokens, c.units, i, noun + 1) ??
    attachedNounOrg(tokens[noun].lower, c.state) ??
    c.antecedent()!;
  // "The Wisconsin company" after "Swiss cheesemaker X": the origin says the pointer is not X
  if (originConflicts(c.state.origins, ent, pointerOriginWords(tokens, mentions, i, noun))) return 0;
  c.point([ent], noun);
  return noun + 1 - i;
}
