import type { Token } from '../tokens';
import { servedAsAdviserAfter } from './adviser-role';
import { partyCueBefore } from './party-cues';
import { partnershipSlotBefore } from './partnership-slot';
import { isModifierOfDescribedName } from './place-modifier-descriptor';

/**
 * Weak cues from the business verbs around a name with no other evidence. In trade press the subject of "rachète",
 * "a levé", "competes" and the object of "a repris", "absorbing" are companies; a lone surname is the one thing
 * that shares those slots, so these cues only type a name once the article-level pass has ruled out that it is the
 * surname of a person named elsewhere (see `settleUnknowns` in resolve/cluster.ts).
 */

/** Finite or participle forms of deal, funding, rivalry and ranking verbs whose subject is a business. */
const SUBJECT_VERBS = new Set([
  // French, present
  'annonce',
  'rachète',
  'rachètent',
  'acquiert',
  'lève',
  'lèvent',
  'mène',
  'mènent',
  'affronte',
  'affrontent',
  'rivalise',
  'rivalisent',
  'concurrence',
  'devance',
  'devancent',
  'cède',
  'cèdent',
  'reprend',
  'investit',
  'réinvestit',
  'emploie',
  'exploite',
  'détient',
  'fusionne',
  'conserve',
  'domine',
  'dominent',
  // French participles after an auxiliary ("a racheté", "ont levé")
  'annoncé',
  'racheté',
  'acquis',
  'levé',
  'cédé',
  'repris',
  'investi',
  'réinvesti',
  'bouclé',
  'finalisé',
  'absorbé',
  // French funding verbs whose subject lends or puts in money ("X apporte un prêt", "X accorde une avance")
  'apporte',
  'apportent',
  'accorde',
  'accordent',
  'injecte',
  'prête',
  'octroie',
  // English
  'acquires',
  'acquired',
  'buys',
  'bought',
  'raises',
  'raised',
  'competes',
  'vies',
  'announced',
  'announces',
  'sells',
  'sold',
  'tops',
  'invested',
  'invests',
  'employs',
  'operates',
  'overtook',
  'trails',
  'merged',
  'absorbed',
  'lends',
  'lent',
  // advisers and administrators are firms too ("X is advising Y", "X acted as adviser")
  'advising',
  'advises',
  'conseille',
  'injects',
  'injected',
]);

/** Auxiliaries and adverbs that may stand between the name and its verb ("X a racheté", "X again tops"). */
const BETWEEN_NAME_AND_VERB = new Set([
  'a',
  'ont',
  'avait',
  'vient',
  'aussi',
  'déjà',
  'également',
  'encore',
  'enfin',
  'has',
  'have',
  'had',
  'is',
  'was',
  'été',
  'again',
  'also',
  'already',
  'recently',
  'quietly',
  'finally',
  'now',
]);
/** "X, qui mène le tour", "X, which raised …": a relative pronoun after a comma keeps X the subject. */
const RELATIVE_PRONOUNS = new Set(['qui', 'which']);
/** Most auxiliaries and adverbs skipped between the name and its verb. */
const MAX_WORDS_BEFORE_VERB = 2;

/** True when a business verb follows the name, maybe after an auxiliary, an adverb or ", qui". */
export function businessVerbAfter(tokens: Token[], to: number): boolean {
  let i = to;
  if (tokens[i]?.text === ',' && tokens[i + 1] && RELATIVE_PRONOUNS.has(tokens[i + 1].lower)) i += 2;
  for (let n = 0; n <= MAX_WORDS_BEFORE_VERB && i < tokens.length; n++, i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (SUBJECT_VERBS.has(t.lower)) return true;
    if (!BETWEEN_NAME_AND_VERB.has(t.lower)) return false;
  }
  return false;
}

/** Verb forms whose object is a business that changes hands ("racheter X", "after absorbing X"). */
const TAKEOVER_VERBS = new Set([
  'racheter',
  'rachète',
  'rachètent',
  'racheté',
  'rachetée',
  'reprendre',
  'repris',
  'acquérir',
  'acquiert',
  'absorber',
  'absorbé',
  'absorbe',
  'absorbing',
  'absorbed',
  'absorbs',
  'acquire',
  'acquires',
  'acquired',
  'acquiring',
  'buy',
  'buys',
  'bought',
  'buying',
]);
/** Nouns that, with "de", name who makes an offer or who is folded in ("l'offre de X", "l'intégration de X"). */
const DEAL_NOUNS_OF = new Set(['offre', 'intégration', 'absorption', 'auprès']);
const DE_WORDS = new Set(['de', 'du', "d'"]);

/** True when a takeover verb, or "l'offre/l'intégration/auprès de", stands right before the name. */
export function takeoverCueBefore(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  if (!prev) return false;
  if (TAKEOVER_VERBS.has(prev.lower)) return true;
  const noun = tokens[from - 2];
  return DE_WORDS.has(prev.lower) && !!noun && DEAL_NOUNS_OF.has(noun.lower);
}

/** Lower-case nouns that, owned by a name, describe a company's parts or numbers ("X's Spanish arm"). */
const OWNED_BUSINESS_NOUNS = new Set([
  'arm',
  'unit',
  'subsidiary',
  'division',
  'business',
  'operations',
  'shares',
  'shareholders',
  'revenue',
  'revenues',
  'customers',
  'clients',
  'board',
  'acquisition',
  'takeover',
  'brand',
  'platform',
  'offices',
  'headquarters',
]);
/** Most lower-case or capitalised qualifiers between the possessive and the noun ("X's former Nordic business"). */
const MAX_QUALIFIERS_AFTER_POSSESSIVE = 2;

/** True for "X's [qualifiers] arm/business/operations…". */
export function ownedBusinessAfter(tokens: Token[], to: number): boolean {
  const s = tokens[to];
  if (!s || (s.lower !== "'s" && s.lower !== '’s')) return false;
  for (let i = to + 1, n = 0; i < tokens.length && n <= MAX_QUALIFIERS_AFTER_POSSESSIVE; i++, n++) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (t.text === t.lower && OWNED_BUSINESS_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Money and market words that make a sentence a business one, besides the company nouns themselves. */
const BUSINESS_CONTEXT_WORDS = new Set([
  'euros',
  'dollars',
  'millions',
  'million',
  'milliards',
  'billion',
  'bn',
  'm',
  '€',
  '$',
  '£',
  'tour',
  'round',
  'clients',
  'customers',
  'marché',
  'market',
  'revenue',
  'revenues',
  'chiffre',
  'offre',
  'offer',
  'bid',
  'deal',
  'plan',
  'contrat',
  'contract',
  'concurrents',
  'concurrent',
  'rivaux',
  'rivals',
  'competitors',
  'investors',
  'investisseurs',
  'stake',
  'participation',
  'actionnaire',
  'shareholder',
  // plural and deal nouns of trade press ("appels d'offres", "a term loan", "the acquisition")
  'offres',
  'offers',
  'contrats',
  'contracts',
  'acquisition',
  'rachat',
  'cession',
  'fusion',
  'merger',
  'loan',
  'facility',
  'purchase',
  'prêt',
  'funding',
  'financement',
  'investment',
  'investissement',
  'opérateurs',
  'montant',
  'amount',
]);

/**
 * "X a annoncé", "X domine" open encyclopaedic sentences about people and places too, so the subject cue needs a
 * sentence that speaks of business: a lower-case company noun or a money or market word.
 */
export function isBusinessSentence(tokens: Token[], isCompanyNoun: (lower: string) => boolean): boolean {
  return tokens.some(
    (t) => t.text === t.lower && (BUSINESS_CONTEXT_WORDS.has(t.lower) || isCompanyNoun(t.lower)),
  );
}

/** Past and present forms of advising a party on a deal. */
const ADVISED_VERBS = new Set(['advised', 'advises', 'counselled', 'counseled', 'conseillait']);

/**
 * "Lazard advised MedLedger.": the adviser of a named party is a firm even in a sentence with no money word, the
 * short line that closes a deal release; an adviser advising people ("advised him to") names no party.
 */
function advisedNameAfter(tokens: Token[], to: number): boolean {
  const verb = tokens[to];
  const object = tokens[to + 1];
  return (
    !!verb &&
    !!object &&
    verb.text === verb.lower &&
    ADVISED_VERBS.has(verb.lower) &&
    /^\p{Lu}/u.test(object.text)
  );
}

/** Any of the weak business-verb cues around the name `from…to`. */
export function weakBusinessCue(
  tokens: Token[],
  from: number,
  to: number,
  isCompanyNoun: (lower: string) => boolean,
): boolean {
  // "bought Vermont goat-cheese producer X": the slot's party is X, the modifier only says where it sits
  if (isModifierOfDescribedName(tokens, from, to)) return false;
  if (takeoverCueBefore(tokens, from) || ownedBusinessAfter(tokens, to) || advisedNameAfter(tokens, to))
    return true;
  const slot = partnershipSlotBefore(tokens, from);
  if (servedAsAdviserAfter(tokens, to) || slot === 'partner') return true;
  return (
    (businessVerbAfter(tokens, to) || partyCueBefore(tokens, from) || slot === 'talks') &&
    isBusinessSentence(tokens, isCompanyNoun)
  );
}
