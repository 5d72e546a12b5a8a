import { rules } from './rule';

/**
 * Rivalry told by an idiom or a figure rather than a rivalry word: a chase, a head-to-head, lost ground, a clash
 * with someone's offensive, hunting on someone's grounds, being one of the rivals named. Each reads a family of
 * phrasings (tense, voice, French and English) rather than one sentence.
 */

/** Words for "chasing" a leader ("is chasing Y", "pourchasse Y"). */
const CHASE = '(chasing|chases|chase|chased|pourchasse|pourchassent)';
/**
 * The first half of a French negation: the gap before a reflexive verb may not cross it ("X ne se heurte pas encore
 * à Y"). The verb follows the gap at once, so a "ne" of the verb's own negation always stands in it.
 */
const NE = "(ne|n')";
/** "head to head", "head-to-head", "tête-à-tête" after go/goes/went/going. */
const GO = '(go|goes|going|went|gone)';

export const RIVAL_IDIOM_RULES = rules([
  {
    id: 'any.competes.chasing',
    type: 'COMPETES_WITH',
    // "X, ranked fourth, is chasing Y for the top spot"
    pattern: `@@a ~6! ?(is|are|was|were|been|still) ${CHASE} ~2! @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.head-to-head',
    type: 'COMPETES_WITH',
    // "X's shops go head to head with A and B", "X went head-to-head against Y"
    pattern: `@@a ~6 ${GO} (head|head-to-head) ?(to) ?(head) (with|against) ~3! @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.65,
  },
  {
    id: 'any.competes.lost-ground-to',
    type: 'COMPETES_WITH',
    // "X has lost ground to A", "X a perdu du terrain face à A", "X cède du terrain à A"
    pattern: `@@a ~8 (lost|losing|lose|loses|perdu|perd|perdre|cède|cédé) ?(du|much|some|further) (ground|terrain|share|parts) ~3! (to|face|à|au|aux|sur) ?(à|au|aux) ~3! @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.clashes-with',
    type: 'COMPETES_WITH',
    // "X se heurte à l'offensive de l'espagnol Y", "X se heurte à Y"; "X ne se heurte pas encore à Y" is no clash
    pattern: `@@a ~3^${NE} (se|s') (heurte|heurtent|heurtait|heurtera) ~6 (à|au|aux) ~5 @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.hunts-on-grounds',
    type: 'COMPETES_WITH',
    // "X chasse sur les terres de Y", "X marche sur les plates-bandes d'Y", "… des grossistes comme Y"
    pattern: `@@a ~6 (chasse|chassent|chasser|marche|marchent|empiète|empiètent) ?(aussi|désormais|déjà|également|donc) sur (les|le) (terres|terrain|plates-bandes|platebandes|pré) ~6! @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.among-the-rivals',
    type: 'COMPETES_WITH',
    // "Y fait également partie des rivaux cités", "Y is also among its rivals": Y against the article's company
    pattern: `@@b ~8 (fait|font|faisait|is|are|was|were|remains|reste) ~2 (partie|among|parmi) (des|its|ses|the|les) ?(main|principaux|direct|directs) (rivaux|concurrents|rivals|competitors)`,
    source: 'b',
    target: 'topic',
    topicTarget: true,
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.whose-rivals',
    type: 'COMPETES_WITH',
    // "X, whose rivals include A and B, …", "X, dont les concurrents sont A et B, …"
    pattern: `@a , (whose|dont) ?(les) ~1 (rivals|competitors|rivaux|concurrents) ?(directs|principaux|main) (include|includes|included|are|were|sont|comprennent|incluent|:) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
  {
    id: 'any.competes.list-neck-and-neck',
    type: 'COMPETES_WITH',
    // "A and B are neck and neck", "A et B sont au coude-à-coude"
    pattern: `@@a (are|were|remain|sont|étaient|restent) ?(au|still|toujours) (neck|neck-and-neck|coude-à-coude)`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.face-rivals-such-as-fronted',
    type: 'COMPETES_WITH',
    // "Face à des concurrents plus gros comme A ou B, X mise …": the fronted rivals are the main clause subject's
    pattern: `(face|opposé|opposée|against|facing) ?(à|au|aux) ~5 (rivaux|concurrents|acteurs|rivals|competitors|players) ~4 (comme|tels|telles|such|like|including) ?(que|qu'|as) @@b ~8 , @a`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
]);
