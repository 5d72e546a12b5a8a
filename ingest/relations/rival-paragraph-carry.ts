import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import type { DiscourseState } from './discourse-state';

/**
 * "Nordhang, contrôlé par la famille Huber, a réalisé 410 millions d'euros.¶Le groupe affronte également le
 * français Cimeo", "Brandt Tools was founded in 1961 and employs 900 people.¶The company competes with A and B":
 * a paragraph told of one company by its name, then a paragraph opening on a definite pointer that sets a company
 * against rivals goes on about the same company. The general carry (anaphora-paragraph-subject.ts) keeps only a
 * headline company, since founders, investors and deal terms told after an aside belong to the story's own company
 * again; a rivalry opening the next paragraph is told of the company just described far more often than of the one
 * the story left (an aside's company is rarely set against the headline's own rivals). Only the rivalry rules read
 * this carry, and only for a pointer made of a definite article and one noun opening the sentence ("Le groupe",
 * "L'entreprise", "The company"); a pronoun, a possessive or a descriptor with an origin keeps its reading.
 */

/** `paragraphSentences` while the rules read a paragraph's first sentence: the units pass has counted it already. */
const FIRST_SENTENCE_COUNT = 1;
/** "Le groupe", "L'entreprise", "The company": a definite article and one noun, nothing else. */
const OPENING_POINTER = /^(?:(?:le|la|the)\s+|l['’])\p{L}+(?:-\p{L}+)*$/iu;
/**
 * "Le rachat de Vectis par Transalp donnera naissance au deuxième opérateur, derrière A et B": a deal noun opening
 * the paragraph points at the deal's buyer (the rank reading), never at the company the paragraph before described.
 */
const DEAL_POINTER_NOUN =
  /^(?:rachat|acquisition|reprise|absorption|fusion|rapprochement|cession|opération|transaction|offre|accord|deal|merger|takeover|purchase|sale|offer|bid|agreement|combination|tie-up)$/iu;

/**
 * The captures with the opening pointer's party replaced by the company the paragraph before was about, when the
 * rule tells a rivalry and that company is no party of it yet. `sentenceStart`/`sentenceText` read the pointer.
 */
export function pointedParagraphRival(
  rule: Rule,
  caps: Captures,
  units: Unit[],
  state: DiscourseState,
  sentenceStart: number,
  sentenceText: string,
): Captures {
  const aside = state.previousParagraphAsideSubject;
  if (rule.type !== 'COMPETES_WITH' || aside === null || state.paragraphSentences !== FIRST_SENTENCE_COUNT)
    return caps;
  // a paragraph about a shareholder, a client or a fund is an aside the rivalry does not continue
  if (state.sideParties.has(aside) || state.funds.has(aside)) return caps;
  const roles = [rule.source, rule.target].filter((r): r is string => r !== undefined);
  if (roles.some((r) => (caps[r] ?? []).includes(aside))) return caps;
  // the aside company named anywhere in the sentence is a party of its own, not the pointer's antecedent
  if (units.some((u) => u.kind === 'ent' && !u.anaphor && u.ents.includes(aside))) return caps;
  for (const r of roles) {
    const u = units[caps[`#${r}`]?.[0] ?? -1];
    if (u?.kind !== 'ent' || !u.anaphor || u.ents.length !== 1 || (caps[r] ?? []).length !== 1) continue;
    const from = u.start - sentenceStart;
    const words = sentenceText.slice(from, u.end - sentenceStart);
    if (sentenceText.slice(0, from).trim() !== '' || !OPENING_POINTER.test(words)) continue;
    if (DEAL_POINTER_NOUN.test(words.split(/[\s'’]+/).pop() ?? '')) continue;
    return { ...caps, [r]: [aside] };
  }
  return caps;
}
