import { NOT_QUALIFYING, rules } from '../rule';
import type { Rule } from '../rule';
import { OWNER_HYPHEN, PURCHASE_VERB } from '../rival-words';

/**
 * Rivalry said through a market's shape rather than a rivalry word: a market dominated by a list, firms chasing
 * the same customers as another, an alternative to a firm, taking on "the likes of" firms, two firms going
 * head-to-head, "A and B, the two leading …". Pattern rules (fixed word order), both languages.
 */

/** Nouns of what one market's players fight over ("les mêmes clients que X", "the same accounts as X"). */
const CONTESTED =
  '(clients|customers|marchés|markets|market|marché|contrats|contracts|comptes|accounts|budgets|users|utilisateurs|acheteurs|buyers|consommateurs|consumers|segment|segments|niche|créneau|cible|audience|audiences|patients|abonnés|subscribers|shoppers|advertisers|annonceurs)';
/** Words naming a market before "dominated by". */
const MARKET_WORD =
  '(market|markets|marché|marchés|secteur|sector|segment|industry|industrie|rayon|field|business|space|niche|créneau|filière)';
const DOMINATED = '(dominated|dominé|dominée|dominés|dominées)';
/** Participles of a market split among its holders ("partagé entre A et B", "split between A and B"). */
const SPLIT =
  '(partagé|partagée|partagés|partagées|réparti|répartie|répartis|split|shared|divided|divisé|divisée)';
/** A split of ownership or seats, told with the same words, names no market's holders. */
const NOT_OWNERSHIP_SPLIT =
  '!!(capital|stake|stakes|shares|actions|participation|participations|equity|seats|sièges|board|conseil|dividend|dividende|proceeds|produit|heirs|héritiers|family|famille|fonds|funds|investors|investisseurs|actionnaires|shareholders)';
/** One lower-case word qualifying a market ("a crowded market", "un marché français"). */
const PLAIN_ADJECTIVE = '\\p{Ll}[\\p{Ll}-]+';
/** Adverbs between "dominé" and "par" ("largement dominé par"). */
const HOW_MUCH =
  '?(largely|mostly|still|heavily|largement|essentiellement|surtout|toujours|encore|désormais)';
/** Lower-case adjectives between a rival noun and the name: "son rival belge X", "its direct rival X". */
const RIVAL_ADJECTIVE =
  '(direct|directe|principal|principale|historique|traditionnel|traditionnelle|\\p{Ll}+(ais|aise|ois|oise|ain|aine|ien|ienne|and|ande|ol|ole|ique|lge|sse|ois))';
/** What a list of firms "the two leading …" may be besides rivals: holders, lenders, clients. */
const NOT_PLAYERS =
  '(shareholders|actionnaires|investors|investisseurs|clients|customers|lenders|prêteurs|banks|banques|partners|partenaires|advisers|advisors|conseils|backers|suppliers|fournisseurs|bidders|candidats|buyers|acquéreurs)';
/** Where players stand together: a market, its leaders, its top. */
const PLAYING_FIELD =
  '(market|markets|marché|marchés|leaders|players|acteurs|secteur|sector|segment|field|top|tête|race|course|podium)';
/** "aux côtés de A" is also said of co-investors: a sentence about a round is not read by the rule. */
const NOT_FUNDING =
  '!!(round|rounds|levée|tour|financement|financing|funding|raised|raise|levé|invested|investit|investissement|investment|capital)';
const HOW_MANY = '(two|three|four|deux|trois|quatre)';
const LEADING =
  '(leading|biggest|largest|dominant|main|top|principaux|principales|premiers|premières|grands|grandes|leaders)';

/**
 * "alternatives to Coke as acquirers", "an alternative to Dome's plan": a role after the name ("as buyers") or the
 * name's own plan or offer is what the alternative replaces, not a rival company.
 */
const NOT_ALTERNATIVE_ROLE =
  "!>as !>('s|’s)_(plan|plans|offer|offers|proposal|proposals|bid|bids|deal|terms|restructuring) !>(de|d')_(reprise|restructuration)";

export const RIVAL_SHAPE_RULES: Rule[] = rules([
  {
    id: 'any.competes.apposed-dominant',
    // "A, B and C, the three independents that dominate the segment": a counted list said to lead one market
    type: 'COMPETES_WITH',
    pattern: `?(entre|between|among|parmi) @@a , (les|the) (two|three|four|five|deux|trois|quatre|cinq) ~2! (that|which|qui) ?(together|ensemble) (dominate|dominent|lead|mènent|control|contrôlent|dominated|dominaient)`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.dominated-by',
    type: 'COMPETES_WITH',
    // "The market for X is dominated by A, B and C", "le marché est dominé par A, B et C"
    pattern: `${MARKET_WORD} ~8 ${DOMINATED} ${HOW_MUCH} (by|par) @@a ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.market-split-between',
    type: 'COMPETES_WITH',
    // "Le marché … est partagé entre A, B et C", "the market is split between A and B": its holders, all pairs;
    // a split of capital, seats or a stake is an ownership, not a market
    pattern: `${MARKET_WORD} ~8 ${SPLIT} ${HOW_MUCH} (entre|between|among) @@a ${NOT_QUALIFYING} ${NOT_OWNERSHIP_SPLIT}`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.market-shares-itself-between',
    type: 'COMPETES_WITH',
    // "le marché se partage entre A et B", "le marché se répartit entre A, B et C"
    pattern: `${MARKET_WORD} ~8 (se|s') (partage|partageait|répartit|répartissait) ${HOW_MUCH} (entre) @@a ${NOT_QUALIFYING} ${NOT_OWNERSHIP_SPLIT}`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.in-dominated-market',
    type: 'COMPETES_WITH',
    // "X s'attaque à un marché dominé par A et B", "X is entering a market dominated by A": X in it against them
    pattern: `@a ~8! ?(à|au|into|in|on|onto|sur|dans) (un|une|a|an) ?(${PLAIN_ADJECTIVE}) ${MARKET_WORD} ?(${PLAIN_ADJECTIVE}) ${DOMINATED} ${HOW_MUCH} (by|par) @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.same-customers',
    type: 'COMPETES_WITH',
    // "A et B se disputent les mêmes clients que C", "A targets the same customers as C"
    pattern: `@@a ~6 (mêmes|même|same) ~2! ${CONTESTED} (que|qu'|as) ?(the|le|la|l'|les) @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.alternative-to',
    type: 'COMPETES_WITH',
    // "X se présente comme l'alternative européenne à Y", "X pitches itself as a cheaper alternative to Y"
    pattern: `@a ~8 (alternative|alternatives) ~2! (à|au|aux|to) @@b ${NOT_QUALIFYING} ${NOT_ALTERNATIVE_ROLE}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.alternative-to-relative',
    type: 'COMPETES_WITH',
    pattern: `@a , (qui|which|that|who) ~6 (alternative|alternatives) ~2! (à|au|aux|to) @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.take-on',
    type: 'COMPETES_WITH',
    // "help X take on the likes of A and B": taking on firms in a market is competing with them
    pattern: `@a ~4 (take|takes|taking|took|taken) on ?(the) ?(likes) ?(of) @@b !>as ${NOT_QUALIFYING} !>${OWNER_HYPHEN}`,
    source: 'a',
    target: 'b',
    notAfter: PURCHASE_VERB,
    confidence: 0.6,
  },
  {
    id: 'any.competes.the-likes-of',
    type: 'COMPETES_WITH',
    // "X competes with the likes of A", "X rivalise avec des géants comme A": the list after "the likes of"
    pattern: `@a ~6 (compete|competes|competing|competed|battles|battling|rivals|challenges|against) ?(with) the likes of @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.head-to-head',
    type: 'COMPETES_WITH',
    // "A and B are going head-to-head for drivers", "A et B sont au coude-à-coude"
    pattern: `@@a ?(,) ~3 (go|goes|going|went|gone|are|were|sont|étaient|restent) ?(au) (head-to-head|coude-à-coude)`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.the-two-leading',
    type: 'COMPETES_WITH',
    // "A and B, the two leading grocery apps in Poland", "A et B, les deux grands du secteur"
    pattern: `@@a , (the|les) ${HOW_MANY} ${LEADING} !>{3}${NOT_PLAYERS}`,
    source: 'a',
    target: 'a',
    confidence: 0.6,
  },
  {
    id: 'any.competes.rival-adjective',
    type: 'COMPETES_WITH',
    // "X a racheté son rival belge Y", "X bought its direct rival Y"
    pattern: `@a ~8! (rival|rivale|concurrent|concurrente|competitor) ${RIVAL_ADJECTIVE} @b`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.alongside-in-market',
    type: 'COMPETES_WITH',
    // "X sits alongside A and B in the market for …", "X se hisse aux côtés de A et B parmi les leaders"
    pattern: `@a ~4 (alongside|côtés) ?(de|d'|du|des|of) @@b ~2! (in|on|among|sur|dans|parmi) ~3! ${PLAYING_FIELD} ${NOT_FUNDING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.positions-against',
    type: 'COMPETES_WITH',
    // "X se positionne contre A", "X positions itself against A"
    pattern: `@a ~3 ?(se|s') (positionne|positionnent|positionnait|positionner|positions|positioned|positioning) ?(itself|themselves) (contre|against|face) ?(à|au|aux) @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.counts-among-rivals',
    type: 'COMPETES_WITH',
    // "X counts A and B among its main competitors", "X compte A et B parmi ses concurrents"
    pattern: `@a ~3 (counts|count|counted|compte|comptent|comptait|cite|cites|names) @@b (among|parmi) ?@x ~2! (rivals|competitors|concurrents|rivaux|challengers)`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.are-its-rivals',
    type: 'COMPETES_WITH',
    // "A et B sont ses principaux concurrents", "A and B are its main rivals", "… are Acme's rivals"
    pattern: `@@b ~3 (sont|restent|demeurent|are|remain|were|étaient) ?(also|aussi|désormais|now|still|toujours) @a ?('s|') ~2! (rivals|rivaux|concurrents|concurrentes|competitors|challengers)`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
  {
    id: 'any.competes.are-topic-rivals',
    type: 'COMPETES_WITH',
    // "A et B sont ses principaux concurrents" with "ses" left unresolved: the article's company's rivals
    pattern: `@@b ~3 (sont|restent|demeurent|are|remain|were|étaient) ?(also|aussi|désormais|now|still|toujours) (its|their|ses|leurs|son|sa) ~2! (rivals|rivaux|concurrents|concurrentes|competitors|challengers)`,
    source: 'b',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.rivals-of-apposed',
    type: 'COMPETES_WITH',
    // "Les concurrents de la start-up, A et B, …", "The rivals of Acme, A and B, …"
    pattern: `(concurrents|rivaux|rivals|competitors) ?(directs|principaux|main|closest) (de|du|d'|of) @a , @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.pits-against',
    type: 'COMPETES_WITH',
    // "The acquisition pits A against B", "the purchase positions A against B", "oppose A à B"
    pattern: `(pits|pit|pitted|pitting|positions|positioned|oppose|opposera|opposent) @a (against|face|à|au|aux) ?(à|au|aux) @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.pits-against-kind',
    type: 'COMPETES_WITH',
    // "The deal pits A against larger yogurt makers such as B and C", "oppose A à des groupes comme B": the rivals
    // named as examples of the kind A is set against
    pattern: `(pits|pit|pitted|pitting|oppose|opposera|opposent) @a (against|à|aux) ~4^(,|;|which|who|qui|dont|and|et) (such|like|including|comme|tels|telles) ?(as|que|qu') @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.whose-rival-is',
    type: 'COMPETES_WITH',
    // "A, whose biggest rival in wound care is B", "A, dont le principal concurrent est B"
    pattern: `@a , (whose|dont) ~4 (rival|rivals|competitor|competitors|concurrent|concurrents|rivaux) ~4 (is|are|was|were|include|includes|est|sont|reste|restent) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.helps-it-compete',
    type: 'COMPETES_WITH',
    // "Cette acquisition lui permet de rivaliser avec A", "the deal will help it compete with A": the article's company
    pattern: `(lui|leur|it|them) ~1 (permet|permettra|permettrait|permettront|permettent|help|helps|helped|allow|allows|allowed|enable|enables|enabled) ?(de|d'|to) ?(mieux|better) (rivaliser|concurrencer|affronter|contrer|compete|rival|challenge) ?(avec|with|against|à|au|aux) @@b ${NOT_QUALIFYING}`,
    source: 'b',
    target: 'topic',
    topicTarget: true,
    confidence: 0.55,
  },
]);
