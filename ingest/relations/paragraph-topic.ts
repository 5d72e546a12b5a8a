import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { salientOrg } from './discourse';
import { isOblique } from './syntax';
import { isApposedAgent } from './apposed-agent';
import type { DiscourseState } from './discourse';
import { paragraphOpeningTopic } from './anaphora-topic';
import { frontedAgentSubject } from './anaphora-fronted-agent';
import { topicSubjectAt } from './anaphora-topic-subject';
import { apposedHeadOfPossessed } from './anaphora-possessed-subject';
import { previousParagraphSubject } from './anaphora-paragraph-subject';

/** Which company a pointer opening a sentence stands for once a round-up has turned to a new company. */

/**
 * The company the paragraph's last sentence was about, when the article's most salient company has not been
 * named in this paragraph: a round-up turns to a new company with each paragraph, named once (often after
 * "pour"), so an earlier paragraph's company would otherwise still win "L'entreprise" opening the next sentence.
 * While the salient company is named in the paragraph, it keeps the pointer (the last subject may be an investor).
 */
export function paragraphTopicOrg(state: DiscourseState): number | null {
  const salient = salientOrg(state);
  if (salient === null || state.paragraphOrgs.has(salient)) return null;
  if (state.lastSubjectOrg !== null)
    return state.paragraphOrgs.has(state.lastSubjectOrg) ? state.lastSubjectOrg : null;
  // the last sentence named a person ("…, souligne P, directrice générale de X"): the paragraph's own most
  // salient company, when one stands out — counting a company its sentences opened on by a pointer ("Fondé par P,
  // le groupe … a ouvert son capital à X": the paragraph is the group's, X a side party)
  const weights = new Map(state.paragraphOrgs);
  for (const [e, w] of state.paragraphPointed) weights.set(e, (weights.get(e) ?? 0) + w);
  return paragraphLeader(weights);
}

/**
 * The organisation that weighs most in the paragraph; among equals the first named, as for the article's
 * company ("l'arrivée de X, fondé par deux anciens de Y": X is told of, Y is where its founders worked).
 */
function paragraphLeader(weights: Map<number, number>): number | null {
  let best: number | null = null;
  let bestWeight = 0;
  for (const [e, w] of weights) {
    if (w > bestWeight) {
      best = e;
      bestWeight = w;
    }
  }
  return best;
}

/** "Le groupe", not "Son groupe": a possessive's owner is read from the sentence before, not the paragraph. */
const DEFINITE_ARTICLES = new Set(['le', 'la', "l'", 'les', 'the']);

/**
 * The antecedent of a pointer opening a sentence ("Le groupe avait déjà…", "L'entreprise, créée…") when the
 * paragraph turned to a new company: see `paragraphTopicOrg`.
 */
export function openingPointerOrg(
  article: Token,
  state: DiscourseState,
  namedLater: ReadonlySet<number>,
): number | null {
  const definite = DEFINITE_ARTICLES.has(article.lower);
  // "Skyrift was founded … The Aarhus-based firm employs …¶The company raised …": the paragraph before's company
  const continued = definite ? previousParagraphSubject(state, namedLater) : null;
  if (continued !== null) return continued;
  // a paragraph opening on "The company …" or "It …" before naming any company is about the article's own one
  const topic = definite || article.lower === 'it' ? paragraphOpeningTopic(state, namedLater) : null;
  return topic ?? (definite ? paragraphTopicOrg(state) : null);
}

/** Words that may stand before a subject name within its own phrase ("La société X", "le groupe lyonnais X"). */
const SUBJECT_DETERMINERS = /^(le|la|les|l'|un|une|ce|cette|the|a|an|this)$/;
/**
 * Words that make the phrase before a name something other than its subject's descriptor: the name then belongs
 * to a noun's complement ("la victoire de l'intelligence artificielle X", "face aux X"). "de"/"en" before a bare
 * noun only classify the descriptor ("L'opérateur de fibre X", "le négociant en vins X").
 */
const NOT_SUBJECT_PHRASE =
  /^(du|des|of|à|au|aux|dans|par|pour|avec|sur|contre|face|chez|selon|by|to|in|with|against|for|on|at)$/;
const CLASSIFYING_PREPOSITIONS = /^(de|d'|en)$/;
const DETERMINER_AFTER_PREPOSITION = /^(le|la|l'|les|un|une|son|sa|ses|leur|leurs)$/;
/** "les Spurs …, il …": a plural subject is "ils", never the "il"/"elle" of the next sentence. */
const PLURAL_DETERMINERS = /^(les|ces|des)$/;
/** Longest descriptor before a subject name, in words ("La jeune société lyonnaise X"). */
const MAX_SUBJECT_DESCRIPTOR_WORDS = 5;

/**
 * The sentence's first organisation when it is the subject: first among the parties, a pointer ("Elle", "la
 * société") or a name opening its phrase (sentence start or after a comma), bar a determiner and a few words that
 * describe it. "contre les Kings, il devient …", "est fondée X", "la victoire de X" have no company as subject.
 */
export function subjectOrgOpening(units: Unit[]): number | null {
  // "Créée en 2020 par P, la jeune pousse …": the founders named in the fronted phrase are not the subject
  const fronted = frontedAgentSubject(units);
  const after = units[fronted];
  if (after?.kind === 'ent')
    return units.slice(fronted).some((u) => u.kind === 'ent' && !u.orgs) ? null : after.ents[0];
  if (units.some((u, k) => u.kind === 'ent' && !u.orgs && !isApposedAgent(units, k))) return null;
  const i = units.findIndex((u) => u.kind === 'ent' && u.word === undefined);
  const u = units[i];
  if (!u || u.kind !== 'ent' || !u.orgs) return null;
  if (u.anaphor) return u.ents[0];
  // "X's closest rival, Y, has …": the apposed company is the subject
  const head = units[apposedHeadOfPossessed(units, i)];
  if (head?.kind === 'ent') return head.ents[0];
  // "Pour X, …" / "For X, …": the topic the sentence is about (anaphora-topic-subject.ts)
  if (topicSubjectAt(units) === i) return u.ents[0];
  if (isOblique(units, i)) return null;
  const phrase: string[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const w = units[k];
    if (w.kind !== 'tok') return null;
    if (w.token.text === ',') break;
    phrase.unshift(w.token.lower);
  }
  if (phrase.length === 0) return u.ents[0];
  const described =
    phrase.length <= MAX_SUBJECT_DESCRIPTOR_WORDS &&
    !PLURAL_DETERMINERS.test(phrase[0]) &&
    SUBJECT_DETERMINERS.test(phrase[0]) &&
    !phrase.some(
      (w, k) =>
        NOT_SUBJECT_PHRASE.test(w) ||
        (CLASSIFYING_PREPOSITIONS.test(w) && DETERMINER_AFTER_PREPOSITION.test(phrase[k + 1] ?? '')),
    );
  return described ? u.ents[0] : null;
}
