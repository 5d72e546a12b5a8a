import { NOT_QUALIFYING, OF_FR, refusingSentencesWith, rules, SPORT_WORDS } from '../rule';
import { AFTER_DEAL_VERB_FR } from './deals';
import { BACKED_THINGS_FR } from '../backed-thing-nouns';
import { FR_FUNDED_HOLDER_RULES } from '../frames/funded-holder-rules';
import { FR_PORTFOLIO_JOINER_RULES } from '../frames/funded-portfolio-joiners';
import { FR_ROUND_PARTY_RULES } from '../frames/funded-round-parties';
import { ROUND_PART_LEAD_RULES } from '../frames/funded-round-part-lead';
import { SHARE_GIVER_RULES } from '../frames/funded-share-givers';
import { REST_PROVIDER_RULES } from '../frames/funded-rest-providers';
import { BORROWER_VERB_RULES } from '../frames/funded-borrower-verbs';
import { OBTAINED_FROM_RULES } from '../frames/funded-obtained-from';
import { ANGEL_INVESTOR_RULES } from '../frames/funded-angel-investors';
import { FR_DEAL_LOAN_RULES, FR_PAYER_SUBJECT_RULES } from '../frames/funded-deal-loans';
import { FR_RAISE_GIVER_RULES } from '../frames/funded-raise-givers';
import { LED_PARTICIPLE_FR, LEADS_ROUND_FR, RAISE_VERBS_FR } from '../frames/funded-words';
import { FR_HELD_STAKE_RULES } from '../frames/funded-held-stakes';
import { FR_HELD_BY_RULES } from '../frames/funded-held-by';
import { FR_POSSESSED_HOLDER_RULES } from '../frames/funded-possessed-holder';
import { FR_ENTRY_ALONGSIDE_RULES } from '../frames/funded-fr-entry-alongside';
import { FR_ACTIVE_BACKING_RULES } from '../frames/funded-active-backing';
import { HOLDER_RECORD_RULES } from '../frames/funded-holder-records';
import { FR_PORTFOLIO_LIST_RULES } from '../frames/funded-past-backings';
import { FR_PORTFOLIO_COUNT_RULES, POINTED_PORTFOLIO_RULES } from '../frames/funded-portfolio-counts';
import { FR_CO_INVESTOR_RULES } from '../frames/funded-co-investors';
import { FR_COUNTED_INVESTOR_RULES } from '../frames/funded-counted-investors';
import { FR_EXITING_HOLDER_RULES } from '../frames/funded-exiting-holders';
import { FR_STAKE_BUYER_RULES } from '../frames/funded-stake-buyers';
import { FR_HOLDER_APPOSITION_RULES } from '../frames/funded-holder-appositions';
import { FR_STAKE_NOUN_RULES } from '../frames/funded-stake-nouns';
import { FR_SECOND_OBJECT_RULES } from '../frames/funded-second-object';
import { VEHICLE_RULES } from '../frames/funded-vehicle';
import { FR_ROUND_LOAN_RULES } from '../frames/funded-fr-loans';
import { BANK_POOL_RULES } from '../frames/funded-bank-pools';
import { FR_ROUND_JOINER_RULES } from '../frames/funded-fr-round-joiners';
import { FR_ROUND_GATHERS_RULES } from '../frames/funded-round-gathers';
import { FR_LOAN_RELATIVE_RULES } from '../frames/funded-loan-relative';
import { FR_FOLLOW_ON_RULES } from '../frames/funded-follow-ons';
import { FR_LENDER_DATIVE_RULES } from '../frames/funded-fr-lender-dative';
import { FR_GRANTED_AID_RULES } from '../frames/funded-fr-granted-aid';
import { FR_BRINGS_MONEY_RULES } from '../frames/funded-fr-brings-money';
import { FR_ANGEL_GROUP_RULES, FR_ROUND_MEMBER_RULES } from '../frames/funded-fr-round-members';
import { FR_DATED_STAKE_RULES } from '../frames/funded-fr-stakes';
import { FR_CORNERSTONE_RULES } from '../frames/funded-cornerstones';
import { BOUGHT_ISSUE_RULES } from '../frames/funded-bought-issues';
import { SECOND_SOURCE_RULES } from '../frames/funded-second-source';
import { PERSON_STAKE_RULES } from '../frames/funded-person-stake';
import { GIVEN_SUM_RULES } from '../frames/funded-given-sums';
import { POINTED_BET_RULES, SUM_BET_RULES } from '../frames/funded-sum-bets';
import { FR_CAPITAL_ENTRY_RULES } from './capital-entries';
import { FR_CAPITAL_ENTRY_ASIDE_RULES } from './capital-entry-asides';
import { FR_OBTAINED_FROM_GIVER_RULES } from './obtained-from-giver';
import { FR_LENDER_RULES } from './funded-lenders';

const RAISE = RAISE_VERBS_FR;

/**
 * Money or investors somewhere in the sentence, for the phrases that as often join a show, a stamp series or a
 * concert ("avec la participation de", "aux côtés de"): "&&" makes the sentence need one (see pattern.ts); "table"
 * is the "tour de table".
 */
const MONEY_IN_SENTENCE =
  '&&(€|m€|k€|md€|euros|euro|dollars|millions|million|milliards|milliard|table|levée|levées|lève|lèvent|levé|financement|financements|capital|investisseur|investisseurs|investissement|actionnaire|actionnaires|fonds|amorçage|prêt|dette|valorisation|opération)';

/** Nouns of a group of investors whose members a text may name after it. */
const INVESTOR_GROUP =
  '(business|investisseurs|actionnaires|fonds|family|particuliers|entrepreneurs|partenaires|banques|assureurs)';
/** Words that open the named members of a group ("dont", "parmi lesquels"). */
const MEMBERS_OPENER = '(dont|notamment|parmi)';

/** French funding rules: "Y lève … auprès de X", "menée par X", "X entre au capital de Y", "X investit dans Y". */
const FUNDING_RULES_FR = rules([
  {
    id: 'fr.funded.supports',
    type: 'FUNDED',
    pattern: `**src ~3 (soutient|soutiennent|accompagne|accompagnent|finance|financent|refinance) ?(également|aussi) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'fr.funded.backs-handover',
    type: 'FUNDED',
    // "le fonds accompagne la transmission de Y (à son directeur général)", "A accompagne le MBO de Y": the fund
    // backs the company's handover to its managers or founder. Not "la reprise / le rachat de Y", whose buyer may
    // be another company the fund backs (read by the backer frames)
    pattern: `**src ~3 (accompagne|accompagnent|accompagnera|accompagné|accompagnait|soutient|soutenu|finance|financé) ?(également|aussi|ainsi) (la|le|l') (transmission|mbo|obo|lmbo) ${OF_FR} ?(la|le|l') ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'fr.funded.financing-of-by',
    type: 'FUNDED',
    pattern: `(financement|refinancement|soutien) ${OF_FR} @tgt par ~3 **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.funded.led-by',
    type: 'FUNDED',
    pattern: `@tgt ~16 ${RAISE} ~14 ${LED_PARTICIPLE_FR} par ~3 **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
    lead: true,
  },
  {
    id: 'fr.funded.raise-from',
    type: 'FUNDED',
    // "annonce … avec X", "obtient … avec X" say nothing of money unless a round or a sum is named between
    pattern: `@tgt ~16 ${RAISE} ~8 (tour|levée|financement|série|fonds|investissement|millions|million|milliard|milliards|m€|k€|€) ~10 auprès ?${OF_FR} ~3 **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.funded.lever-from',
    type: 'FUNDED',
    pattern: `@tgt ~16 (lève|lèvent|levé|lever|lèvera) ~14^(et) (auprès|avec) ?${OF_FR} ~3 **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.funded.raise-from-named-members',
    type: 'FUNDED',
    // "La société avait levé 3 M€ auprès de business angels, dont P": the named members of the investors told
    pattern: `@tgt ~16 ${RAISE} ~14 auprès ${OF_FR} ?(plusieurs|quelques|ses|son|sa|leurs) ${INVESTOR_GROUP} ~3 , ${MEMBERS_OPENER} ?(lesquels|lesquelles|eux|elles) **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.funded.enters-capital',
    type: 'FUNDED',
    pattern: `**src ~4 (entre|entré|entrée|entrent|entrer|entrera|fait) ?son ?(au|dans) ?le capital ${OF_FR} ?(la|le|l') ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.funded.minority-stake',
    notAfter: AFTER_DEAL_VERB_FR,
    type: 'FUNDED',
    // "A a soutenu B, …, et a pris une participation dans C": a verb after "et" has the clause's subject, not B;
    // so has one after "puis" ("Il avait racheté B, puis pris une participation dans C": B bought nothing)
    pattern: `@@src ~6^(et|puis) (prend|pris|prennent|prendre|prendra|prendront|acquiert|acquis) ~6! (participation|part|parts) ~4! (dans|de|du) ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    stake: 'minority',
  },
  {
    id: 'fr.funded.stake-after-aside',
    notAfter: AFTER_DEAL_VERB_FR,
    type: 'FUNDED',
    // "A, qui gère 1,2 milliard d'euros, avait pris une participation minoritaire dans le spécialiste lyonnais de
    // l'emballage Y": an aside between the investor and its verb, a descriptor before the company
    pattern: `@@src , (qui|dont|fondé|fondée|créé|créée|basé|basée|installé|installée) ~10 , ~3 (pris|prend|prennent|investi|investit|misé|mise|parié|parie|injecté) ~7! (dans|sur|chez) ~6 @tgt ${NOT_QUALIFYING} &&(participation|participations|investi|investit|misé|mise|parié|parie|injecté)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
  {
    id: 'fr.funded.bets-on',
    notAfter: AFTER_DEAL_VERB_FR,
    type: 'FUNDED',
    // "A a notamment misé sur le spécialiste de l'autoconsommation solaire Y": an investor's bet on a company
    pattern: `@@src ~6 (misé|mise|misent|parié|parie|parient) ?(notamment|aussi|également|déjà) sur ~6 @tgt ${NOT_QUALIFYING} &&(fonds|investissement|investisseur|investi|capital|portefeuille|participation|tour|levée|ventures|capital-risque)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
  {
    id: 'fr.funded.invests-in',
    notAfter: AFTER_DEAL_VERB_FR,
    type: 'FUNDED',
    pattern: `**src ~6 (investit|investi|investissent|investira|injecte|injecté|apporte|apporté) ~8! (dans|chez|en) @@tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.funded.leads-round',
    type: 'FUNDED',
    pattern: `@@src ~4 (${LEADS_ROUND_FR}|mené|co-mené) (la|le|une|un|l') (série|tour|levée|financement|augmentation) ~4! ${OF_FR} @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
    lead: true,
  },
  {
    id: 'fr.funded.opens-capital',
    type: 'FUNDED',
    pattern: `@tgt ~6 (ouvre|ouvert|ouvrent) son capital ?en ?(\\d{4}) (à|au|aux) ~2 @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.funded.backed-by',
    type: 'FUNDED',
    // "A fournit la ville et un projet soutenu par B": B soutient le projet, pas A
    pattern: `@tgt ~3^${BACKED_THINGS_FR} ?, ?(est|sont|été|a|était|étaient|sera) ?été (financée|financé|soutenue|soutenu) ?depuis ?(\\d{4}) par ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.funded.accompanied-by',
    type: 'FUNDED',
    // "accompagné par" a person is company kept, not money: only an organisation backs here
    pattern: `@tgt ~3 ?, ?(est|sont|été|a|était|étaient|sera) ?été (accompagnée|accompagné|accompagnées|accompagnés) ?depuis ?(\\d{4}) par ~3! @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.funded.raise-event',
    type: 'FUNDED',
    pattern: `@tgt ~25 (lève|lèvent|levé|lever|lèvera)`,
    target: 'tgt',
    confidence: 0.7,
    needsMoney: true,
  },
  {
    id: 'fr.funded.round-led-by',
    type: 'FUNDED',
    pattern: `(tour|levée|financement|table|capital|série|amorçage) ~4 (a|est|été|sera) ?été ${LED_PARTICIPLE_FR} par ~3 **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.75,
    lead: true,
  },
  {
    id: 'fr.funded.operation-led-by',
    type: 'FUNDED',
    // a person who pilots or leads "l'opération" manages the deal for a fund or a buyer ("l'opération est pilotée
    // par P, associée", "sera menée par P, président du directoire de X"): only a firm named right after "par" leads it
    // as an investor, never one reached past the person ("par P, associée du fonds")
    pattern: `(opération) ~4 (a|est|été|sera) ?été ${LED_PARTICIPLE_FR} par @src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.75,
    lead: true,
  },
  {
    id: 'fr.funded.alongside',
    type: 'FUNDED',
    // "le tour est mené par X, aux côtés d'A et de B": those named beside the lead join the round
    pattern: `(${LED_PARTICIPLE_FR}|tour|levée|série|levé|lève|lèvent) ~12 , aux côtés (de|d'|du|des) ~3! **src ${MONEY_IN_SENTENCE}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
    stake: 'minority',
  },
  {
    id: 'fr.funded.shareholder-of',
    type: 'FUNDED',
    // "le fonds X, actionnaire de Y depuis 2019": a (non-majority) shareholder named in apposition
    pattern: `**src , ?(l'|un|le) ?(petit) (actionnaire|investisseur) ?(minoritaire|historique|financier) (de|du|d') @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
]);

/** French joiners of the round just told ("avec la participation de X", "X participe au tour"). */
const FUNDING_TAIL_RULES_FR = rules([
  {
    id: 'fr.funded.participation-of',
    type: 'FUNDED',
    pattern: `avec la participation (de|du|des|d') ~4! **src ${MONEY_IN_SENTENCE}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'fr.funded.takes-part',
    type: 'FUNDED',
    pattern: `**src ~3 ?(ont|a) (participe|participent|participé|prend|prennent|pris) ?part ?(également|aussi) (à|au) ~3 (tour|levée|opération|financement)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
]);

/** The French funding rules; none reads a sports report, where "en prêt de" a club is a player's loan. */
export const FR_FUNDED_RULES = refusingSentencesWith(
  [
    ...FUNDING_RULES_FR,
    ...FR_LENDER_RULES,
    ...FUNDING_TAIL_RULES_FR,
    ...PERSON_STAKE_RULES.filter((r) => r.id.startsWith('fr.')),
    ...FR_FUNDED_HOLDER_RULES,
    ...FR_PORTFOLIO_JOINER_RULES,
    ...FR_ROUND_PARTY_RULES,
    ...ROUND_PART_LEAD_RULES.filter((r) => r.id.startsWith('fr.')),
    ...SHARE_GIVER_RULES.filter((r) => r.id.startsWith('fr.')),
    ...REST_PROVIDER_RULES.filter((r) => r.id.startsWith('fr.')),
    ...BORROWER_VERB_RULES.filter((r) => r.id.startsWith('fr.')),
    ...OBTAINED_FROM_RULES.filter((r) => r.id.startsWith('fr.')),
    ...ANGEL_INVESTOR_RULES,
    ...FR_DEAL_LOAN_RULES,
    ...FR_PAYER_SUBJECT_RULES,
    ...FR_RAISE_GIVER_RULES,
    ...FR_HELD_STAKE_RULES,
    ...FR_HELD_BY_RULES,
    ...FR_POSSESSED_HOLDER_RULES,
    ...FR_ENTRY_ALONGSIDE_RULES,
    ...FR_PORTFOLIO_LIST_RULES,
    ...FR_PORTFOLIO_COUNT_RULES,
    ...POINTED_PORTFOLIO_RULES,
    ...FR_CO_INVESTOR_RULES,
    ...FR_COUNTED_INVESTOR_RULES,
    ...FR_EXITING_HOLDER_RULES,
    ...FR_STAKE_BUYER_RULES,
    ...FR_HOLDER_APPOSITION_RULES,
    ...FR_STAKE_NOUN_RULES,
    ...FR_SECOND_OBJECT_RULES,
    ...FR_ACTIVE_BACKING_RULES,
    ...HOLDER_RECORD_RULES.filter((r) => r.id.startsWith('fr.')),
    ...VEHICLE_RULES,
    ...FR_ROUND_LOAN_RULES,
    ...BANK_POOL_RULES.filter((r) => r.id.startsWith('fr.')),
    ...FR_ROUND_JOINER_RULES,
    ...FR_ROUND_GATHERS_RULES,
    ...FR_LOAN_RELATIVE_RULES,
    ...FR_FOLLOW_ON_RULES,
    ...FR_LENDER_DATIVE_RULES,
    ...FR_GRANTED_AID_RULES,
    ...FR_BRINGS_MONEY_RULES,
    ...GIVEN_SUM_RULES.filter((r) => r.id.startsWith('fr.')),
    ...SUM_BET_RULES.filter((r) => r.id.startsWith('fr.')),
    ...POINTED_BET_RULES.filter((r) => r.id.startsWith('fr.')),
    ...FR_ROUND_MEMBER_RULES,
    ...FR_ANGEL_GROUP_RULES,
    ...FR_DATED_STAKE_RULES,
    ...FR_CORNERSTONE_RULES,
    ...BOUGHT_ISSUE_RULES,
    ...SECOND_SOURCE_RULES,
    ...FR_CAPITAL_ENTRY_RULES,
    ...FR_CAPITAL_ENTRY_ASIDE_RULES,
    ...FR_OBTAINED_FROM_GIVER_RULES,
  ],
  SPORT_WORDS,
);
