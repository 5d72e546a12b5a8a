import { NOT_QUALIFYING, rules } from '../rule';
import type { Rule } from '../rule';

/**
 * A market told by its ranking or its incumbents: "A domine, suivi de B et C", "dominated by A, followed by B and
 * C", "A, B et C, les trois poids lourds du secteur", "un marché où évoluent déjà A et B". The firms so ranked or
 * named as one market's players are rivals of one another (GOLD-FORMAT: "lists them together as the key players of
 * the same market"); a newcomer entering that market is the rival of each.
 */

/** Verbs by which one firm holds the top of a market. */
export const DOMINATES =
  '(domine|dominent|dominait|dominaient|dominera|mène|mènent|menait|dominates|dominate|dominated|leads|led|tops|topped)';
/** Any word of dominance in the sentence, active or passive. */
export const DOMINANCE = `${DOMINATES.slice(0, -1)}|dominé|dominée|dominés|dominées)`;
/** "followed by", "suivi de/par", "devant": the firms ranked after the leader. */
const FOLLOWED = '(suivi|suivie|suivis|suivies|followed|talonné|talonnée|talonnés)';
/** The leader's agent after a passive of dominance. */
export const LED_BY =
  '(dominated|dominé|dominée|dominés|dominées|led|mené|menée) ?(largely|largement|still|toujours) (by|par)';
const BY = "(de|du|des|d'|par|by)";
/** Nouns of a market's heavyweights after a list ("A et B, les deux poids lourds du secteur"). */
const HEAVYWEIGHTS =
  '(poids|géants|ténors|cadors|mastodontes|leaders|heavyweights|giants|incumbents|behemoths|titans)';
const HOW_MANY = '(two|three|four|five|deux|trois|quatre|cinq)';
/** French words of a market's established players after their trade noun ("les opérateurs historiques"). */
const INCUMBENT_FR = '(historiques|établis|installés)';
/**
 * A plural trade noun before it, any but the roles whose "historical" holders are someone's partners, not players
 * of a market ("les partenaires historiques", "les actionnaires historiques").
 */
const TRADE_NOUN =
  '(?!(?:partenaires|clients|actionnaires|fournisseurs|investisseurs|financeurs|banques|distributeurs|sous-traitants|historiques|fonds)$)\\p{Ll}[\\p{Ll}-]*s';
/** Words naming a market. */
const MARKET_WORD =
  '(marché|marchés|secteur|segment|créneau|filière|métier|market|markets|sector|segment|industry|field|space)';
/** French verbs of firms being active in a market, inverted after "où" ("un marché où évoluent déjà A et B"). */
const ACTIVE_IN_FR =
  "(évoluent|évoluaient|opèrent|opéraient|officient|officiaient|règnent|régnaient|prospèrent|sévissent|s'affrontent|se)";

/** Reflexive verbs of a crowded market after "où se" ("où se bousculent déjà A, B et C", "où se pressent A et B"). */
const JOSTLE_FR =
  '(affrontent|disputent|bousculent|pressent|côtoient|concurrencent|livrent|battent|bataillent|ferraillent|croisent)';
/** "a market where A, B and C already jostle": English verbs after the list. */
const JOSTLE_EN = '(jostle|jostled|compete|competed|vie|vied|battle|battled|crowd|fight|scramble|scrap)';

/** Most units on each side of the percentage in the leader's share aside ("with about 21% of units sold last year"). */
const SHARE_ASIDE_UNITS = 6;
/** Words of a funding round, whose lead investor is "followed by" co-investors, not rivals. */
export const ROUND_WORDS =
  '(round|rounds|tour|levée|funding|financement|raised|levé|investors|investisseurs)';

export const RANKED_RIVAL_RULES: Rule[] = rules([
  {
    id: 'any.competes.market-where-active-fronted',
    type: 'COMPETES_WITH',
    // "Sur ce segment où se bousculent déjà A, B et C, l'éditeur mise …": the subject after the list enters it
    pattern: `${MARKET_WORD} ~2! (où|where) ${ACTIVE_IN_FR} ?${JOSTLE_FR} ?(déjà|aussi|également|notamment) @@b ${NOT_QUALIFYING} , @a`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.market-where-jostle-en',
    type: 'COMPETES_WITH',
    // "a crowded market where A, B and C already compete": the players named there are one another's rivals
    pattern: `${MARKET_WORD} ~2! (where|in) ?(which) @@b ?(already|all|now) ${JOSTLE_EN} ${NOT_QUALIFYING}`,
    source: 'b',
    target: 'b',
    confidence: 0.55,
  },
  {
    id: 'any.competes.dominates-followed-by',
    type: 'COMPETES_WITH',
    // "l'américain A domine le marché, suivi de B et de C", "A leads the market, followed by B and C"
    pattern: `@a ~5! ${DOMINATES} ~4! , ${FOLLOWED} ?(de|par|by|of) ?(près|closely) ${BY} @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.dominated-by-followed-by',
    type: 'COMPETES_WITH',
    // "The market is dominated by A, followed by B and C", "le secteur est dominé par A, suivi de B"
    pattern: `(dominated|dominé|dominée|dominés|dominées|led|mené|menée) ?(largely|largement|still|toujours) (by|par) @a , ${FOLLOWED} ?(closely|de) ?(près) ${BY} @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.dominated-by-aside-followed-by',
    type: 'COMPETES_WITH',
    // "dominated by A, which holds roughly 18% of it, followed by B and C", "dominé par A, qui revendique 40 %
    // des ventes, suivi de B": the leader's own remark sits between it and the ranking
    pattern: `(dominated|dominé|dominée|dominés|dominées|led|mené|menée) ?(largely|largement|still|toujours) (by|par) @a , (which|that|qui) ~9 , ${FOLLOWED} ?(de|par|by|of) ?(près|closely) ${BY} @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.led-by-share-followed-by',
    type: 'COMPETES_WITH',
    // "led by A, with an 18% share of devices, followed by B and C", "dominé par A, avec 40 % des volumes, suivi de
    // B": the leader's market share sits between it and the ranking; a round's lead and its followers are no
    // market, so a sentence telling of a round is not read
    pattern: `(dominated|dominé|dominée|dominés|dominées|led|mené|menée) ?(largely|largement|still|toujours) (by|par) @a , (with|avec) ~${SHARE_ASIDE_UNITS} (%|percent|cent) ~${SHARE_ASIDE_UNITS} , ${FOLLOWED} ?(de|par|by|of) ?(près|closely) ${BY} @@b ${NOT_QUALIFYING} !!${ROUND_WORDS}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.followed-by-list',
    type: 'COMPETES_WITH',
    // the firms ranked after the leader, one another's rivals: "…, suivi de B et de C"
    pattern: `, ${FOLLOWED} ?(de|par|by|of) ?(près|closely) ${BY} @@b ${NOT_QUALIFYING} &&${DOMINANCE}`,
    source: 'b',
    target: 'b',
    confidence: 0.55,
  },
  {
    id: 'any.competes.list-the-heavyweights',
    type: 'COMPETES_WITH',
    // "A, B et C, les trois poids lourds du secteur, …", "A and B, the two industry giants"
    pattern: `@@a , (les|the) ?${HOW_MANY} ?(grands|principaux|big|main|major|industry|véritables) ${HEAVYWEIGHTS} ?(lourds) ~2! (du|de|des|of|in|on|sur) ?(la|le|l'|the) ~1 ${MARKET_WORD}`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.list-the-n-heavyweights',
    type: 'COMPETES_WITH',
    // "A, B et C, les trois poids lourds" with no market after it: the number tells a ranking of one field
    pattern: `@@a , (les|the) ${HOW_MANY} ?(grands|principaux|big|main|major|industry) ${HEAVYWEIGHTS}`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.incumbents-named',
    type: 'COMPETES_WITH',
    // "les éditeurs historiques A et B": a market's established players named together; the trade noun is
    // needed, as "les historiques A et B" alone are a round's earlier investors
    pattern: `(les|des) ?${HOW_MANY} ${TRADE_NOUN} ${INCUMBENT_FR} @@a ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.incumbents-named-en',
    type: 'COMPETES_WITH',
    // "the incumbents A and B", "the two industry incumbents A and B"
    pattern: `the ?${HOW_MANY} ?(industry|market|sector) (incumbents|incumbent) @@a ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.market-where-active',
    type: 'COMPETES_WITH',
    // "X s'attaque à un marché où évoluent déjà A et B": X against each incumbent
    pattern: `@a ~8 ${MARKET_WORD} ~2! (où|where) ${ACTIVE_IN_FR} ?${JOSTLE_FR} ?(déjà|aussi|également|notamment) @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.market-where-active-list',
    type: 'COMPETES_WITH',
    // the incumbents named together in that market are one another's rivals
    pattern: `${MARKET_WORD} ~2! (où|where) ${ACTIVE_IN_FR} ?${JOSTLE_FR} ?(déjà|aussi|également|notamment) @@b ${NOT_QUALIFYING}`,
    source: 'b',
    target: 'b',
    confidence: 0.55,
  },
]);
