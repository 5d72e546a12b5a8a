import { CONTEST_RULES } from './rival-contests';
import { COLON_LIST_RULES, OBJECT_LIST_RULES } from './rival-object-lists';
import { RIVAL_IDIOM_RULES } from './rival-idioms';
import { RANKED_RIVAL_RULES } from './frames/rivals-ranked';
import { CLOSE_BEHIND_RULES } from './frames/rivals-close-behind';
import { RIVAL_SHAPE_RULES } from './frames/rivals-shapes';
import { NAMED_RIVAL_PAIR_RULES } from './frames/rivals-named-pairs';
import { SAME_FIELD_RULES } from './frames/rivals-same-field';
import { BEHIND_PAIR_RULES } from './frames/rivals-behind-pair';
import { PLACED_BEHIND_RULES } from './frames/rivals-placed-behind';
import { SHARE_BEHIND_RULES } from './frames/rivals-share-behind';
import { MADE_RANK_RULES } from './frames/rivals-made-rank';
import { REFLEXIVE_CONTEST_RULES } from './frames/rivals-reflexive-contest';
import { POINTED_OBJECT_RULES } from './rival-pointed-objects';
import { PAIR_SHAPE_RULES } from './rival-pair-shapes';
import { APPOSED_OWNER_RULES } from './frames/rivals-apposed-owner';
import { GROUP_LIST_RULES } from './frames/rivals-group-lists';
import { AS_RIVAL_RULES } from './frames/rivals-as-rival';
import { APPOSED_RIVAL_RULES } from './frames/rivals-apposed-rival';
import { ALONGSIDE_FELLOW_RULES } from './frames/rivals-alongside-fellows';
import { COUNTED_FELLOWS_RULES } from './rival-counted-fellows';
import { COUNTED_LEADERS_RULES } from './rival-counted-leaders';
import { FACED_PAIR_RULES } from './rival-faced-pairs';
import { FACED_EXAMPLE_RULES } from './rival-faced-examples';
import { QUOTED_FACE_RULES } from './rival-quoted-face';
import { CHIEF_ON_RULES } from './rival-chief-on';
import { DOMINATED_FIELD_RULES } from './rival-dominated-field';
import { SECOND_VERB_RULES } from './rival-second-verb';
import { ADJUNCT_OBJECT_RULES } from './rival-adjunct-objects';
import { CUSTOMER_FLOW_RULES } from './rival-customer-flow';
import { RIVAL_NOUN_RULES } from './rival-noun-rules';
import { RANK_AFTER_RULES } from './frames/rivals-rank-after';
import { DENIED_INTENT_WORDS } from './frames/rivals-denied-intent';
import { OBJECT_OF_DEAL, OBJECT_OF_RIVALRY } from './rival-object-cues';
import { NOT_QUALIFYING, refusingSentencesWith, rules } from './rule';
import type { Rule } from './rule';
import {
  BIDDING_PURPOSE,
  ENABLING_VERB,
  OWNER_HYPHEN,
  FACED_OBSTACLE,
  FACING,
  FACING_OR_COMPARED,
  HOW_HARD,
  LEADERS,
  MARKET_RANK,
  PERSON_SUBJECT_FR,
  RANK,
  RIVALS_OF,
  RIVAL_NOUN,
  RIVAL_OBJECT_PARTICLE,
  RIVAL_VERB,
  RIVALRY_SPORT_WORDS,
  SUCH_AS,
  VIE_TO_OBJECT_WORDS,
  VIE_VERB,
} from './rival-words';

/** Nouns of a contest's object or buyer just before a name: the name is the client ("l'appel d'offres de C", "the tender of C"). */
const CONTEST_CLIENT_CUE =
  /^(achats|offres|tender|contrat|contract|commande|order|client|customer|acheteur|buyer)$/u;

/**
 * An object pronoun right after a verb of rivalry is its rival ("Brightline, which overtook it last year as the
 * No. 2"): a name further on is no object of the verb.
 */
const OBJECT_PRONOUN = '(it|them|him|her|elle|lui|eux|elles)';

/** Rivalry rules, French and English alike (the cue words differ, the shapes do not). */
const RIVALRY_RULES: Rule[] = [
  ...CONTEST_RULES,
  ...AS_RIVAL_RULES,
  ...APPOSED_RIVAL_RULES,
  ...OBJECT_LIST_RULES,
  ...COLON_LIST_RULES,
  ...RIVAL_IDIOM_RULES,
  ...RIVAL_SHAPE_RULES,
  ...RANKED_RIVAL_RULES,
  ...CLOSE_BEHIND_RULES,
  ...NAMED_RIVAL_PAIR_RULES,
  ...SAME_FIELD_RULES,
  ...BEHIND_PAIR_RULES,
  ...PLACED_BEHIND_RULES,
  ...RANK_AFTER_RULES,
  ...SHARE_BEHIND_RULES,
  ...MADE_RANK_RULES,
  ...REFLEXIVE_CONTEST_RULES,
  ...POINTED_OBJECT_RULES,
  ...PAIR_SHAPE_RULES,
  ...APPOSED_OWNER_RULES,
  ...GROUP_LIST_RULES,
  ...ALONGSIDE_FELLOW_RULES,
  ...FACED_PAIR_RULES,
  ...FACED_EXAMPLE_RULES,
  ...COUNTED_LEADERS_RULES,
  ...COUNTED_FELLOWS_RULES,
  ...QUOTED_FACE_RULES,
  ...DOMINATED_FIELD_RULES,
  ...SECOND_VERB_RULES,
  ...ADJUNCT_OBJECT_RULES,
  ...CUSTOMER_FLOW_RULES,
  ...CHIEF_ON_RULES,
  ...RIVAL_NOUN_RULES,
  ...rules([
    {
      id: 'any.competes.verb',
      type: 'COMPETES_WITH',
      pattern: `@@a ~6!^(${PERSON_SUBJECT_FR.slice(1, -1)}|${ENABLING_VERB.slice(1, -1)}|${DENIED_INTENT_WORDS.slice(1, -1)}) ${RIVAL_VERB} ${HOW_HARD} ?(with|against|à|avec) !>${OBJECT_PRONOUN} ~5! @@b ${NOT_QUALIFYING} !>${OWNER_HYPHEN} ${BIDDING_PURPOSE}`,
      source: 'a',
      target: 'b',
      // "A talonne B et devance C", "A overtook B and trails C": B is an object, C is A's rival, not B's (a verb of
      // buying is not checked here: "Après avoir racheté A, B affronte C" still gives B's rivalry in this match)
      notAfter: OBJECT_OF_RIVALRY,
      confidence: 0.7,
    },
    {
      id: 'any.competes.face-a',
      type: 'COMPETES_WITH',
      // "il s'incline face à Y": a subject pronoun in between is the one facing Y, not the name before it
      // "A a remporté le contrat de C face à B": a contest won is read in frames/rivals-tender-triggers.ts, C is a client
      pattern: `@@a ~10^(${PERSON_SUBJECT_FR.slice(1, -1)}|remporte|remporté|remporter|remportent|décroche|décroché|won|wins) (face|opposé) (à|au|aux) !>{2}${FACED_OBSTACLE} ~3! @@b`,
      source: 'a',
      target: 'b',
      // "l'appel d'offres de la centrale d'achats C face à B": C is the client of the contest, not a contender
      notAfter: CONTEST_CLIENT_CUE,
      confidence: 0.6,
    },
    {
      id: 'any.competes.competition-from',
      type: 'COMPETES_WITH',
      pattern: `@@a ~10 (concurrence|competition) (de|du|d'|des|from) @@b ${NOT_QUALIFYING} !>${OWNER_HYPHEN}`,
      source: 'a',
      target: 'b',
      confidence: 0.65,
    },
    {
      id: 'any.competes.measure-against',
      type: 'COMPETES_WITH',
      pattern: `@@a ~3 (se|s') (mesure|mesurent|mesurer|mesurait|mesuraient) ${HOW_HARD} (à|au|aux|avec) ~4! @@b`,
      source: 'a',
      target: 'b',
      confidence: 0.65,
    },
    {
      id: 'any.competes.cross-swords',
      type: 'COMPETES_WITH',
      pattern: `@@a ~4 (croise|croisent|croisé|croiser|croisaient) ~2! fer (avec|contre) @@b`,
      source: 'a',
      target: 'b',
      confidence: 0.65,
    },
    {
      id: 'any.competes.behind',
      type: 'COMPETES_WITH',
      pattern: `@a ~10 ${RANK} ~8 (derrière|behind|devant|ahead) ?(of) @@b`,
      source: 'a',
      target: 'b',
      confidence: 0.7,
    },
    {
      id: 'any.competes.behind-list',
      type: 'COMPETES_WITH',
      // a ranking names the leaders it places someone behind: "third-largest behind A and B" makes A and B rivals too
      pattern: `${MARKET_RANK} ~8 (derrière|behind|devant|ahead) ?(of) @@a`,
      source: 'a',
      target: 'a',
      confidence: 0.65,
    },
    {
      id: 'any.competes.dispute',
      type: 'COMPETES_WITH',
      // "qui se livraient jusqu'ici une concurrence frontale": the past and future tell the same contest;
      // "se livrent à des rachats" is an activity, not a contest between them
      pattern: `@@a ~2 (se|s') (disputent|livrent|partagent|affrontent|disputaient|affrontaient|livraient|partageaient|disputeront|affronteront|livreront) !>(à|au|aux)`,
      source: 'a',
      target: 'a',
      confidence: 0.75,
    },
    {
      id: 'any.competes.vie',
      type: 'COMPETES_WITH',
      // only the intransitive verb pairs its subjects: "Both compete with X" makes each of them X's rival (read by
      // the verb rules), not one another's
      // "A and B in the fight for budgets": a determiner makes the verb a noun, A and B are someone's objects
      pattern: `@@a ~3^(the|a|an|la|le|une|un) ${VIE_VERB} !>{${VIE_TO_OBJECT_WORDS}}${RIVAL_OBJECT_PARTICLE}`,
      source: 'a',
      target: 'a',
      confidence: 0.7,
    },
    {
      id: 'any.competes.vie-each-other',
      type: 'COMPETES_WITH',
      // "compete with C and with each other": the pair contests one another besides C
      pattern: `@@a ~3 ${VIE_VERB} ~6 ${RIVAL_OBJECT_PARTICLE} (each|one|l'un|l'une) (other|another|l'autre)`,
      source: 'a',
      target: 'a',
      confidence: 0.7,
    },
    {
      id: 'any.competes.other-players',
      type: 'COMPETES_WITH',
      pattern: `@@a (and|et) (other|d'autres|autres) ${LEADERS}`,
      source: 'a',
      target: 'a',
      // "X faces players such as A and B": the players are X's rivals, not each other's
      notAfter: FACING,
      confidence: 0.7,
    },
    {
      id: 'any.competes.relative-verb',
      type: 'COMPETES_WITH',
      pattern: `@@a , (which|who|qui|lequel|laquelle) ~2! ${RIVAL_VERB} ${HOW_HARD} ?(with|against|à|avec) !>${OBJECT_PRONOUN} ~5! @@b ${NOT_QUALIFYING} !>${OWNER_HYPHEN}`,
      source: 'a',
      target: 'b',
      confidence: 0.7,
    },
    {
      id: 'any.competes.verb-infinitive',
      type: 'COMPETES_WITH',
      // "has no plans to compete with A", "n'a plus l'intention de concurrencer A": a denied intent is no rivalry
      pattern: `@@a ~4!^${DENIED_INTENT_WORDS} (to|de|d') ${RIVAL_VERB} ?(with|against|à|avec) ~5! @@b ${NOT_QUALIFYING} !>${OWNER_HYPHEN}`,
      source: 'a',
      target: 'b',
      // "A buys B to take on C": the buyer takes C on, the company bought is no subject of the infinitive
      notAfter: OBJECT_OF_DEAL,
      confidence: 0.65,
    },
    {
      id: 'any.competes.rivals-are',
      type: 'COMPETES_WITH',
      pattern: `@a ~2! ${RIVAL_NOUN} ?(directs|principaux|main) ?(also|aussi|notamment|further) (are|include|includes|sont|comprennent|incluent|:) @@b`,
      source: 'a',
      target: 'b',
      confidence: 0.7,
    },
    {
      id: 'any.competes.rivals-such-as',
      type: 'COMPETES_WITH',
      pattern: `@a ~8 ${RIVALS_OF} ~2! ${SUCH_AS} ?(as|que) @@b`,
      source: 'a',
      target: 'b',
      confidence: 0.65,
    },
    {
      id: 'any.competes.topic-rivals',
      type: 'COMPETES_WITH',
      // "Growth slowed as rivals A and B cut prices": nobody else named first, the rivals are the article's company's
      pattern: `${RIVALS_OF} @@b`,
      source: 'b',
      target: 'topic',
      topicTarget: true,
      firstParty: true,
      confidence: 0.6,
    },
    {
      id: 'any.competes.face-a-fronted',
      type: 'COMPETES_WITH',
      pattern: `(face|opposé|opposée) (à|au|aux) @@b ~8 , @a`,
      source: 'a',
      target: 'b',
      confidence: 0.6,
    },
    {
      id: 'any.competes.apposed-leaders',
      type: 'COMPETES_WITH',
      // the list may follow a preposition ("la bataille est serrée entre A, B et C, les leaders du marché")
      pattern: `?(entre|between|among|parmi) @@a , (les|the) ~2! ${LEADERS}`,
      source: 'a',
      target: 'a',
      confidence: 0.65,
    },
    {
      id: 'any.competes.enters-market',
      type: 'COMPETES_WITH',
      // "X enters a crowded market in which A, B and C already compete": X against each of them
      pattern: `@a ~6 (market|marché|segment|secteur|sector) ~2! (where|which|où|lequel) ?(already|déjà) @@b ~2! (compete|vie|battle|dominate|rivalisent|dominent|s'affrontent)`,
      source: 'a',
      target: 'b',
      confidence: 0.6,
    },
    {
      id: 'any.competes.dominate',
      type: 'COMPETES_WITH',
      pattern: `@@a ~2! (dominate|dominated|dominent|dominaient|dominant) ~3! (the|le|la|les|sales|market|marché|ventes)`,
      source: 'a',
      target: 'a',
      firstParty: true,
      confidence: 0.65,
    },
    {
      id: 'any.competes.leaders-list',
      type: 'COMPETES_WITH',
      pattern: `${LEADERS} ?(are|sont) @@a`,
      source: 'a',
      target: 'a',
      // "X faces players such as A and B": the players are X's rivals, not each other's
      notAfter: FACING,
      confidence: 0.7,
    },
    {
      id: 'any.competes.leaders-such-as',
      type: 'COMPETES_WITH',
      pattern: `${LEADERS} ~10 (que|:|comme|tels|telles|such|including|like|notamment) ?(sont|que|as) @@a`,
      source: 'a',
      target: 'a',
      // "X faces players such as A and B": the players are X's rivals, not each other's
      notAfter: FACING_OR_COMPARED,
      confidence: 0.7,
    },
  ]),
];

/** The rivalry rules; none reads a sports report, where "face à", "devance" and "affronte" tell of matches and races. */
export const COMPETES_RULES = refusingSentencesWith(RIVALRY_RULES, RIVALRY_SPORT_WORDS);
