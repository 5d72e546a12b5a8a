import { rules } from '../rule';
import type { Rule } from '../rule';
import { LEADERS, RIVAL_NOUN } from '../rival-words';

/**
 * A market's leading group named as a group and then listed, or a list placed among a market's players: every
 * member competes with every other. "The big three, A, B and C,", "A, B and C, the so-called big three,", "le trio
 * de tête, A, B et C", "les quatre premiers acteurs, A, B, C et D", "Parmi les autres acteurs du marché figurent A,
 * B et C", "Among the leading players are A and B", "A et B figurent parmi les leaders du secteur". A group without a
 * rank ("the three companies, A, B and C", "les deux fonds") is no market group: buyers, backers and partners are
 * listed that way too.
 */

/** Counts of a leading group. */
const COUNT = '(two|three|four|five|deux|trois|quatre|cinq)';
/** A leading group named by its size alone ("the big three", "the top four"). */
const BIG_COUNT = `(big|top) ${COUNT}`;
/** Nouns of a set of firms; only ranked ones name a market's leading group ("tandem" is also a partnership). */
const SET_NOUN = '(trio|duo|quatuor|triumvirat)';
/** Words that rank a set of firms first after its noun ("le trio leader", "le duo dominant"). */
const SET_RANK_AFTER = '(leader|leaders|dominant|gagnant)';
/** Words that rank it before its noun ("the leading duo", "the top trio"). */
const SET_RANK_BEFORE = '(leading|dominant|top)';
/** Rank words of a counted group ("les quatre premiers acteurs", "the three largest players"). */
const GROUP_RANK =
  '(premiers|premières|principaux|principales|grands|largest|biggest|leading|main|major|top|dominant|dominants)';
/** Nouns of the firms of a counted group once it is ranked ("the three largest groups"). */
const GROUP_NOUN = `(${LEADERS.slice(1, -1)}|groupes|groups|opérateurs|operators|majors|enseignes|chains|providers|fournisseurs|vendors|éditeurs)`;
/** Words between the group and its list: the market it leads ("du secteur", "in Europe"), never a deal's words. */
const MARKET_PHRASE =
  '~4^(tour|round|rounds|financement|funding|deal|deals|opération|consortium|offre|offer|bid|qui|which|that|et|and|,)';
/** What opens the listed members after the group: a comma, a colon or a dash of an aside. */
const LIST_OPENER = '(,|:|—|–|-)';
/** Verbs that list the members after "parmi les acteurs" ("figurent", "on trouve", "are"). */
const LISTING_VERB = '(figurent|figure|trouve|trouvent|comptent|compte|are|is|include|includes|were|sont)';

/** Nouns of a market's leading firms; "acteurs"/"players" name any firm of the market. */
const GIANTS = '(géants|leaders|poids-lourds|ténors|mastodontes)';

export const GROUP_LIST_RULES: Rule[] = rules([
  {
    id: 'any.competes.giants-that-are',
    type: 'COMPETES_WITH',
    // "face aux géants du secteur que sont A, B et C": the relative defines the leading group, whoever faces it,
    // unlike examples ("face à des acteurs comme A et B", rivals of the subject only)
    pattern: `(les|aux|des) ${GIANTS} ${MARKET_PHRASE} (que|qu') (sont|étaient|restent|seront) @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.big-count-list',
    type: 'COMPETES_WITH',
    // "the big three, A, B and C", "the top four: A, B, C and D", "the big three of baby food — A, B and C —"
    pattern: `${BIG_COUNT} ${MARKET_PHRASE} ${LIST_OPENER} @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.set-noun-list',
    type: 'COMPETES_WITH',
    // "le trio de tête, A, B et C", "le trio de tête du secteur : A, B et C"
    pattern: `${SET_NOUN} de tête ${MARKET_PHRASE} (,|:) @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.set-noun-list',
    type: 'COMPETES_WITH',
    // "le duo dominant du marché, A et B", "le trio leader : A, B et C"
    pattern: `${SET_NOUN} ${SET_RANK_AFTER} ${MARKET_PHRASE} (,|:) @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.set-noun-list',
    type: 'COMPETES_WITH',
    // "the leading duo, A and B", "the top trio in the market: A, B and C"
    pattern: `${SET_RANK_BEFORE} ${SET_NOUN} ${MARKET_PHRASE} (,|:) @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.ranked-count-list',
    type: 'COMPETES_WITH',
    // "les quatre premiers acteurs, A, B, C et D", "the three largest players in Europe, A, B and C"
    pattern: `${COUNT} ${GROUP_RANK} ${GROUP_NOUN} ${MARKET_PHRASE} (,|:) @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.list-then-group',
    type: 'COMPETES_WITH',
    // "A, B and C, the so-called big three, hold 45 %"
    pattern: `@@a , (the|les) ?(so-called) ${BIG_COUNT}`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.list-then-group',
    type: 'COMPETES_WITH',
    // "A, B et C, le trio de tête du secteur,"
    pattern: `@@a , (le|ce) ${SET_NOUN} de tête`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.list-then-group',
    type: 'COMPETES_WITH',
    // "A et B, le duo dominant du secteur,"
    pattern: `@@a , (le|ce) ${SET_NOUN} ${SET_RANK_AFTER}`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.list-then-group',
    type: 'COMPETES_WITH',
    // "A and B, the leading duo,"
    pattern: `@@a , the ${SET_RANK_BEFORE} ${SET_NOUN}`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.list-then-group',
    type: 'COMPETES_WITH',
    // "A, B et C, les trois premiers acteurs du marché,", "A and B, the two largest groups"
    pattern: `@@a , (the|les) ${COUNT} ${GROUP_RANK} ${GROUP_NOUN}`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.among-players-are',
    type: 'COMPETES_WITH',
    // "Parmi les autres acteurs du marché figurent A, B et C", "Among the leading players are A and B"
    pattern: `(parmi|among) (les|the) ?(autres|other) ?(${GROUP_RANK}) ${LEADERS} ${MARKET_PHRASE} ?(,) ${LISTING_VERB} ?(on) @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.list-among-players',
    type: 'COMPETES_WITH',
    // "A, B et C figurent parmi les principaux acteurs du secteur", "A and B are among the largest players"
    pattern: `@@a ~2! (parmi|among) (les|the) ?(${GROUP_RANK}) ?(${GROUP_RANK}) ${LEADERS}`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.rival-of-is',
    type: 'COMPETES_WITH',
    // "Le principal concurrent de A en France est B", "The main rivals of A are B and C"
    pattern: `(le|la|les|the|l') ~2! ${RIVAL_NOUN} ~2! (de|du|d'|of) @a ~5^(qui|que|qu'|which|who|that|et|and|,) (est|sont|reste|restent|demeure|demeurent|is|are|remains|remain|include|includes|comprennent) ?(le|la|l'|the) ~2! @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
]);
