import { rules } from './rule';

const RIVAL_NOUN = '(concurrent|concurrente|concurrents|rival|rivale|rivaux|rivals|competitor|competitors)';
const RIVAL_VERB = '(concurrence|concurrencent|concurrencer|concurrencé|compete|competes|competing|competed|affronte|affrontent|affronter|chatouille|chatouiller|chatouillent|titille|titiller|titillent|talonne|talonnent|talonner|trails|trail|trailing|défie|défient|défier|challenges|challenge|rivalise|rivalisent|rivals|overtook|overtakes|dépasse|dépassé|détrône|détrôné)';
const LEADERS = '(leaders|acteurs|players|rivals|rivaux|concurrents|competitors|poids-lourds|géants|giants|ténors)';

/** Rivalry rules, French and English alike (the cue words differ, the shapes do not). */
export const COMPETES_RULES = rules([
  { id: 'any.competes.apposition', type: 'COMPETES_WITH', pattern: `@a , ~3! ${RIVAL_NOUN} ?(direct|principal|historique|main|biggest) (de|du|d'|of|to) @b`, source: 'a', target: 'b', confidence: 0.8 },
  { id: 'any.competes.possessive', type: 'COMPETES_WITH', pattern: `@a 's ~2! ${RIVAL_NOUN} @b`, source: 'a', target: 'b', confidence: 0.8 },
  { id: 'any.competes.verb', type: 'COMPETES_WITH', pattern: `@@a ~6! ${RIVAL_VERB} ?(with|against|à|avec) ~3! @@b`, source: 'a', target: 'b', confidence: 0.7 },
  { id: 'any.competes.face-a', type: 'COMPETES_WITH', pattern: `@a ~4! (face|opposé) (à|au|aux) ~2! @b`, source: 'a', target: 'b', confidence: 0.6 },
  { id: 'any.competes.behind', type: 'COMPETES_WITH', pattern: `@a ~4 (numéro|number|no\\.) \\S+ ~3! (derrière|behind) @b`, source: 'a', target: 'b', confidence: 0.75 },
  { id: 'any.competes.dispute', type: 'COMPETES_WITH', pattern: `@@a ~2 (se|s') (disputent|livrent|partagent|affrontent)`, source: 'a', target: 'a', confidence: 0.75 },
  { id: 'any.competes.vie', type: 'COMPETES_WITH', pattern: `@@a ~2 (vie|compete|battle|fight)`, source: 'a', target: 'a', confidence: 0.7 },
  { id: 'any.competes.leaders-list', type: 'COMPETES_WITH', pattern: `${LEADERS} ~4 ?(que|:|comme|tels|such|including) ?(sont|que|as) @@a`, source: 'a', target: 'a', confidence: 0.7 },
]);
