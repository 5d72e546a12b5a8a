import { SPORT_WORDS } from './rule';

/**
 * The word classes of the rivalry rules (pattern alternations and one-word tests): rival nouns and verbs, rank
 * words, market-leader nouns and the words that place a list against someone.
 */

export const RIVAL_NOUN =
  '(concurrent|concurrente|concurrents|concurrentes|rival|rivale|rivaux|rivals|competitor|competitors|arch-rival|arch-rivals|archrival|archrivals)';
export const RIVAL_VERB =
  '(concurrence|concurrencent|concurrencer|concurrencé|compete|competes|competing|competed|affronte|affrontent|affronter|chatouille|chatouiller|chatouillent|titille|titiller|titillent|talonne|talonnent|talonner|rivaliser|rivalisera|concurrencera|trails|trail|trailing|défie|défient|défier|affrontaient|affrontait|affronté|challenges|challenge|rivalise|rivalisent|rivals|overtook|overtakes|dépasse|dépassé|détrône|détrôné|devance|devancent|devançait|devancé|outpaces|outpaced|outsells|outsold|vies|vying|battles|battling)';
/** How hard a rivalry is fought, between the verb and its object ("competes head-on with", "concurrence directement"). */
export const HOW_HARD =
  "?([a-z]+ly|[a-zéèê]+ment|head-on|frontalement|already|déjà|notamment|désormais|also|aussi|still|toujours|now|encore|d'ailleurs|only|surtout|mainly|notably|especially)";
export const RANK =
  '(largest|biggest|numéro|number|no\\.|no\\.\\d+|leader|player|acteur|deuxième|troisième|second|third|[a-z]+-largest|[a-z]+-biggest|tops|top|topped|first|premier|première)';
/** Rank words of a market, not of a league table ("third-largest", "numéro deux", not "troisième buteur"). */
export const MARKET_RANK =
  '([a-z]+-largest|[a-z]+-biggest|largest|biggest|numéro|number|no\\.|no\\.\\d+|leader|leaders|player|acteur|rang|rank|ranks|ranked)';
/** Nouns naming the key players of one market: a list of them are rivals of one another. */
export const LEADERS = '(leaders|acteurs|players|poids-lourds|géants|giants|ténors)';
/** Rivals of someone: a list of them compete with that one, not with one another ("rivals such as A and B"). */
export const RIVALS_OF = '(rivals|rivaux|concurrents|competitors|peers|challengers)';
/** Words that make the list after them someone's rivals ("face à des acteurs comme A et B"). */
export const FACING =
  /^(face|faces|facing|faced|à|au|aux|with|against|contre|avec|compet(e|es|ing|ed)|affront\p{L}*|mesur\p{L}*|rivalis\p{L}*|heurt\p{L}*|concurren[cç]\p{L}*)$/u;
/**
 * "Larger players such as A and B", "d'autres acteurs comme A": players measured against the article's company
 * are its rivals, not (as the article says it) one another's.
 */
export const FACING_OR_COMPARED = new RegExp(
  `${FACING.source.slice(0, -2)}|larger|bigger|smaller|other|others|rival|competing|grands|petits|autres|plus)$`,
  'u',
);
/** One lower-case word that opens no other role (a name, a preposition, a conjunction or a possessive stops it). */
export const PLAIN_WORD =
  "((?!(among|of|de|du|des|d'|parmi|with|avec|and|et|or|ou|by|par|for|pour|its|their|his|her|our|ses|leurs|son|sa|nos|notre|leur)$)[\\p{Ll}-]+)";
/** French subject pronouns that open a new clause between a name and a rivalry word ("X … où il affronte Y"). */
export const PERSON_SUBJECT_FR = '(il|elle)';
/** Verbs of a contest whose subjects, with no object, contest one another ("A and B vie for …"). */
export const VIE_VERB = '(vie|vied|compete|competed|competing|battle|battled|fight|fighting|rivalisent)';
/** Particles that give such a verb an object ("compete with X", "rivalisent avec X", "face à X"). */
export const RIVAL_OBJECT_PARTICLE = '(with|against|avec|contre|face)';
/** Units looked ahead of the verb for its particle: up to three plain words may come first ("compete directly in Europe with"). */
export const VIE_TO_OBJECT_WORDS = 4;
export const SUCH_AS = '(such|like|including|comme|tels|telles|notamment|dont|:)';
/**
 * The prizes of a market fight ("fights for players with A", "vie for catalogs against B"); a fight "for survival" or
 * "for control" with someone is no rivalry.
 */
export const MARKET_PRIZE =
  '(players|customers|clients|users|subscribers|buyers|shoppers|readers|viewers|listeners|advertisers|budgets|share|shares|market|contracts|orders|accounts|business|deals|attention|catalogs|catalogues|rights|tenders|routes|passengers|patients|guests|talent|listings)';
/**
 * Obstacles a company may give up or stand firm before ("renoncer face aux exigences du vendeur", "face à l'opposition
 * de l'actionnaire"): the firm named after them makes demands, it is no rival.
 */
export const FACED_OBSTACLE =
  '(exigences|conditions|difficultés|réticences|refus|opposition|objections|incertitudes|contraintes|demandes|critiques|autorités|régulateur|régulateurs|prétentions|revendications|surenchère|surenchères|contre-offre|contre-offres)';

/**
 * Verbs of buying right before a rivalry rule's first party make it the object of a purchase ("X buys Y to take on
 * A"): the buyer takes A on, not Y.
 */
export const PURCHASE_VERB =
  /^(buys|buy|bought|buying|acquires|acquire|acquired|acquiring|rachète|rachètent|racheter|racheté|acquiert|acquérir|absorbe|absorbs|absorbed|snaps)$/u;

/**
 * Verbs of enabling between a name and a verb of rivalry: the enabled one competes, not the name before ("Lumetric
 * would help it compete with A", "le rachat permettra à X de concurrencer A"); frames/rivals-enabled-subject.ts
 * finds who is enabled.
 */
export const ENABLING_VERB =
  '(help|helps|helped|helping|allow|allows|allowed|allowing|enable|enables|enabled|enabling|permet|permettent|permettra|permettront|permettrait|permettre|aide|aidera|aider)';

/** "Spotify-owned Megaphone", "SoftBank-backed B": the name before the hyphen owns or backs the rival, it is none. */
export const OWNER_HYPHEN = '(-owned|-backed|-controlled|-funded)';

/**
 * Words of a sports report for the rivalry rules: SPORT_WORDS less "quart", since "un quart du marché" is a market
 * share ("quart de finale" still holds "finale").
 */
export const RIVALRY_SPORT_WORDS = new RegExp(SPORT_WORDS.source.replace('|quart|quarts|', '|'), 'u');

/** Counts of a small group of players ("the two dominant platforms", "trois acteurs"), in both languages. */
export const PLAYER_COUNTS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['deux', 2],
  ['trois', 3],
  ['quatre', 4],
]);

/**
 * A purpose of buying right after the rivals ("competed against A to acquire C", "en concurrence avec A pour
 * racheter C"): two bidders for one target, which GOLD-FORMAT leaves out of COMPETES_WITH. Look-ahead refusals.
 */
export const BIDDING_PURPOSE = [
  '!>to_(acquire|buy|purchase|take)',
  '!>for_control',
  '!>pour_(racheter|reprendre|acquérir)',
  '!>pour_(le|la)_(rachat|reprise|contrôle)',
].join(' ');
