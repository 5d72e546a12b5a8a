import type { ExtractedRelation } from '../types';
import type { RelationInput } from './extract-relations';
import { withoutMergerTakenOver } from './merger-also-takeover';
import { withoutMergerLegalFormTakeovers } from './merger-legal-form';
import { withoutRivalryEndedByMerger } from './rival-ended-by-merger';
import { withMergerVehiclesAsBuyouts } from './merger-vehicle';
import { withOneSidedMergersAsTakeovers } from './merger-one-sided';
import { withoutHeadlineShorthand } from './headline-deal-guard';
import { withDatelineDollar } from './dateline-currency';
import { withoutPlaceParties } from './deal-place-party';
import { withoutUnnamedBusinessTwice } from './deal-unnamed-business-twice';
import { withRankingCarriedOver } from './rival-ranking-next';
import { withDealsThroughUnits } from './deal-through-unit';
import { withoutUnnamedCentralBankLeads } from './leads-unnamed-central-bank';
import { withDealtRivals } from './rival-dealt-target';
import { withStayingFoundersLeading } from './leads-staying-founder';

/**
 * The passes that read the article's whole fact list once every sentence is read: each needs facts or sentences
 * beyond the one a rule matched (a ranking carried to the next sentence, a merger whose shares are exchanged two
 * sentences later, a deal told in the headline's shorthand), so none can run inside the sentence loop. `names` maps
 * entity indexes to names; `used` gains the entities the ranking reader links.
 */
export function withArticlePasses(
  relations: ExtractedRelation[],
  input: RelationInput,
  names: string[],
  used: Set<number>,
  opensParagraph: (sentence: number) => boolean,
): ExtractedRelation[] {
  // a merger also told as a takeover of one party by the other is that takeover (merger-also-takeover.ts)
  // a business sold unnamed and then named is one sale (deal-unnamed-business-twice.ts)
  // the head of a central bank named by no word of its own leads no named body (leads-unnamed-central-bank.ts)
  // a rivalry the sentence ends with a completed merger of the pair is history (rival-ended-by-merger.ts)
  const ranked = withRankingCarriedOver(
    relations,
    input.sentences,
    input.tokens,
    input.index,
    names,
    opensParagraph,
    used,
  );
  const surfacesOf = (name: string) =>
    input.index.entities.filter((_e, i) => names[i] === name).flatMap((e) => e.surfaces);
  // a founder who "remains chief executive" with no company named heads the company founded (leads-staying-founder.ts)
  const stayingFounders = withStayingFoundersLeading(ranked, input.sentences, input.index.entities, names);
  // a purchase made through a named unit of the buyer is the unit's too (deal-through-unit.ts)
  const throughUnits = withDealsThroughUnits(
    stayingFounders,
    input.sentences,
    input.index.entities,
    names,
    used,
    surfacesOf,
  );
  // a deal's counterparty named as a rival ("merged with German rival B") is the dealer's rival (rival-dealt-target.ts)
  const dealtRivals = withDealtRivals(throughUnits, surfacesOf);
  // a merger whose one side the story marks as taken over (holders' vote, shares exchanged) is that takeover
  const texts = input.sentences.map((x) => x.text);
  return withDatelineDollar(
    withOneSidedMergersAsTakeovers(
      withMergerVehiclesAsBuyouts(
        withoutRivalryEndedByMerger(
          withoutMergerTakenOver(
            // a "fusion-absorption" told beside the pair's merger is its form: dropped before it cancels the merger
            withoutMergerLegalFormTakeovers(
              withoutHeadlineShorthand(
                withoutPlaceParties(withoutUnnamedBusinessTwice(withoutUnnamedCentralBankLeads(dealtRivals))),
              ),
            ),
          ),
          input.published,
        ),
        surfacesOf,
        texts,
      ),
      surfacesOf,
      texts,
    ),
    input.lang === 'en'
      ? input.sentences
          .slice(0, 3)
          .map((x) => x.text)
          .join('\n')
      : '',
  );
}
