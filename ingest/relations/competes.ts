import { rules } from './rule';

const RIVAL_NOUN = '(concurrent|concurrente|concurrents|rival|rivale|rivaux|rivals|competitor|competitors)';
const RIVAL_VERB =
  '(concurrence|concurrencent|concurrencer|concurrencé|compete|competes|competing|competed|affronte|affrontent|affronter|chatouille|chatouiller|chatouillent|titille|titiller|titillent|talonne|talonnent|talonner|trails|trail|trailing|défie|défient|défier|affrontaient|affrontait|affronté|challenges|challenge|rivalise|rivalisent|rivals|overtook|overtakes|dépasse|dépassé|détrône|détrôné)';
const RANK =
  '(largest|biggest|numéro|number|no\\.|leader|player|acteur|deuxième|troisième|second|third|second-largest|third-largest|second-biggest)';
const LEADERS =
  '(leaders|acteurs|players|rivals|rivaux|concurrents|competitors|poids-lourds|géants|giants|ténors)';

/** Rivalry rules, French and English alike (the cue words differ, the shapes do not). */
export const COMPETES_RULES = rules([
  {
    id: 'any.competes.apposition',
    type: 'COMPETES_WITH',
    pattern: `@a , ~3! ${RIVAL_NOUN} ?(direct|principal|historique|main|biggest) (de|du|d'|of|to) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
  {
    id: 'any.competes.possessive',
    type: 'COMPETES_WITH',
    pattern: `@a 's ~2! ${RIVAL_NOUN} @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
  {
    id: 'any.competes.rival-object',
    type: 'COMPETES_WITH',
    pattern: `@a ~8 ${RIVAL_NOUN} @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
  {
    id: 'any.competes.is-rival-of',
    type: 'COMPETES_WITH',
    pattern: `@a ~5 ${RIVAL_NOUN} ~4! (de|du|d'|of|to) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
  {
    id: 'any.competes.apposed-after',
    type: 'COMPETES_WITH',
    pattern: `@a ~6 @b , (son|sa|its|their|leur|un|une|a) ~2! ${RIVAL_NOUN}`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
  {
    id: 'any.competes.are-rivals',
    type: 'COMPETES_WITH',
    pattern: `@@a ~3 (sont|restent|demeurent|are|remain|were|étaient) ?(des|deux|two) ?(direct|directs|directes) ${RIVAL_NOUN}`,
    source: 'a',
    target: 'a',
    confidence: 0.75,
  },
  {
    id: 'any.competes.verb',
    type: 'COMPETES_WITH',
    pattern: `@@a ~6! ${RIVAL_VERB} ?(with|against|à|avec) ~5! @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
  {
    id: 'any.competes.face-a',
    type: 'COMPETES_WITH',
    pattern: `@@a ~10 (face|opposé) (à|au|aux) ~3! @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.competition-from',
    type: 'COMPETES_WITH',
    pattern: `@@a ~10 (concurrence|competition) (de|du|d'|des|from) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.measure-against',
    type: 'COMPETES_WITH',
    pattern: `@@a ~3 (se|s') (mesure|mesurent|mesurer|mesurait|mesuraient) (à|au|aux|avec) @@b`,
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
    pattern: `@a ~10 ${RANK} ~8 (derrière|behind) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
  {
    id: 'any.competes.dispute',
    type: 'COMPETES_WITH',
    pattern: `@@a ~2 (se|s') (disputent|livrent|partagent|affrontent|disputaient|affrontaient)`,
    source: 'a',
    target: 'a',
    confidence: 0.75,
  },
  {
    id: 'any.competes.vie',
    type: 'COMPETES_WITH',
    pattern: `@@a ~3 (vie|vied|compete|competed|competing|battle|battled|fight|fighting|rivalisent)`,
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
    confidence: 0.7,
  },
  {
    id: 'any.competes.leaders-list',
    type: 'COMPETES_WITH',
    pattern: `${LEADERS} ?(are|sont) @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.7,
  },
  {
    id: 'any.competes.leaders-such-as',
    type: 'COMPETES_WITH',
    pattern: `${LEADERS} ~10 (que|:|comme|tels|telles|such|including|like|notamment) ?(sont|que|as) @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.7,
  },
]);
