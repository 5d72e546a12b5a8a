import { DENIED_INTENT_WORDS } from './frames/rivals-denied-intent';
import { NOT_QUALIFYING, rules } from './rule';
import type { Rule } from './rule';
import { ENABLING_VERB, HOW_HARD, OWNER_HYPHEN, PERSON_SUBJECT_FR } from './rival-words';

/**
 * A company facing examples of a kind of market player: "X faces smaller players such as A and B", "X also faces
 * low-cost makers like A", "X se frotte à des marques comme A et B", "X lutte contre des enseignes telles que A".
 * The verb rules read "competes with" and "affronte"; "face", "se frotter à" and "lutter contre" are no rivalry
 * verbs by themselves ("faces a fine", "lutte contre la fraude"), so here the object must be a plural noun of market
 * players followed by an example word. The examples are the subject's rivals, not one another's (the gold leaves an
 * example list unpaired: see rival-faced-pairs.ts).
 */

/** Verbs of facing that become rivalry only before a kind of market player. */
const FACING_VERB =
  '(face|faces|facing|faced|frotte|frottent|frotter|frottait|frottaient|lutte|luttent|lutter|luttait|luttaient)';
/** The particle the French verbs need ("se frotte à", "lutte contre"); English "face" takes its object bare. */
const FACING_PARTICLE = '?(à|au|aux|contre)';
/** Plural nouns of market players, in both languages: only they make the facing a rivalry. */
const PLAYER_KIND =
  '(players|rivals|competitors|companies|firms|groups|brands|makers|manufacturers|producers|vendors|providers|operators|chains|retailers|banks|lenders|insurers|platforms|startups|start-ups|challengers|incumbents|giants|newcomers|specialists|carriers|airlines|publishers|labels|acteurs|concurrents|rivaux|groupes|marques|enseignes|fabricants|industriels|sociétés|entreprises|start-up|spécialistes|plateformes|banques|assureurs|opérateurs|éditeurs|géants|challengers|nouveaux)';
/** Example words after the kind ("such as", "like", "including", "comme", "tels que"). */
const EXAMPLE_WORD = '(such|like|including|comme|tels|telles|notamment)';
/** Words between the verb and the kind: adjectives and determiners only, no other role's noun. */
const NOT_DESCRIBING =
  '(customers|clients|suppliers|fournisseurs|partners|partenaires|investors|investisseurs)';
/** Adjectives of the kind at most: "smaller", "low-cost Indian", "des acteurs plus petits". */
const DESCRIBING_WORDS = 3;

export const FACED_EXAMPLE_RULES: Rule[] = rules([
  {
    id: 'any.competes.faced-examples',
    type: 'COMPETES_WITH',
    pattern: `@@a ~6!^(${PERSON_SUBJECT_FR.slice(1, -1)}|${ENABLING_VERB.slice(1, -1)}|${DENIED_INTENT_WORDS.slice(1, -1)}) ?(se|s') ${HOW_HARD} ${FACING_VERB} ${FACING_PARTICLE} ~${DESCRIBING_WORDS}!^${NOT_DESCRIBING} ${PLAYER_KIND} ~${DESCRIBING_WORDS}!^${NOT_DESCRIBING} ${EXAMPLE_WORD} ?(as|que|qu') @@b ${NOT_QUALIFYING} !>${OWNER_HYPHEN}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
]);
