import type { Token } from '../tokens';
import type { Unit } from './pattern';

/** Words opening a relative clause that tells more about the description before it. */
const RELATIVE_AFTER_DESCRIPTION = /^(that|which|who|whose|qui|dont|lequel|laquelle)$/u;

/**
 * "Y, the Italian operator run by P", "Y, la PME dirigée par P": a participle with its agent or place after the
 * description restates the name as a relative would.
 */
const PARTICIPLE_AFTER_DESCRIPTION =
  /^(run|owned|led|headed|chaired|controlled|founded|based|dirigé|dirigée|détenu|détenue|présidé|présidée|contrôlé|contrôlée|fondé|fondée|basé|basée)$/u;
const PARTICIPLE_COMPLEMENTS = /^(by|in|par|à|en)$/u;

/**
 * A relative clause without its pronoun ("Y, the pet-food maker it bought in 2021", "Y, l'usine qu'il a rachetée"
 * needs "que" and is read above): a subject pronoun, then a past verb.
 */
const CONTACT_CLAUSE_SUBJECT = /^(it|they|he|she|we)$/u;
const PAST_VERB = /^\p{Ll}+ed$|^(bought|sold|took|won|built|made|set|spun|got|paid)$/u;

/**
 * French puts a description's adjectives and complements after its noun ("Y, la jeune pousse nantaise de maintenance
 * prédictive qui vient de lever …"): up to this many lower-case words may stand between the pointer and the relative.
 */
const MAX_FR_TRAILING_WORDS = 4;
/** Articles of a French description. */
const FR_ARTICLE = /^(la|le|l'|une|un)$/u;
/** A lower-case word that may trail a French noun ("nantaise", "de", "maintenance"). */
const FR_TRAILING_WORD = /^[\p{Ll}'-]+$/u;
/** Verbs, auxiliaries and clause words that end the stretch: "Y, la société a indiqué …" is a reporting clause. */
const FR_NOT_TRAILING =
  /^(a|ont|est|sont|sera|seront|était|avait|va|vient|qui|que|qu'|dont|et|ou|mais|selon|précise|indique|explique|souligne)$/u;

/** The relative after a French description's trailing adjectives and complements, or `to` itself. */
function afterFrenchTrailingWords(tokens: Token[], from: number, to: number): number {
  if (!FR_ARTICLE.test(tokens[from]?.lower ?? '')) return to;
  for (let k = to; k <= to + MAX_FR_TRAILING_WORDS; k++) {
    const w = tokens[k]?.text ?? '';
    if (RELATIVE_AFTER_DESCRIPTION.test(w)) return k;
    if (!FR_TRAILING_WORD.test(w) || FR_NOT_TRAILING.test(w)) return to;
  }
  return to;
}

/** True when the words at `to` open a clause that tells more about the description before them. */
function opensDescriptionClause(tokens: Token[], to: number): boolean {
  if (RELATIVE_AFTER_DESCRIPTION.test(tokens[to]?.lower ?? '')) return true;
  if (CONTACT_CLAUSE_SUBJECT.test(tokens[to]?.lower ?? '') && PAST_VERB.test(tokens[to + 1]?.lower ?? ''))
    return true;
  return (
    PARTICIPLE_AFTER_DESCRIPTION.test(tokens[to]?.lower ?? '') &&
    PARTICIPLE_COMPLEMENTS.test(tokens[to + 1]?.lower ?? '')
  );
}

/**
 * "Y, the UK group that was taken over by X": a description set off by a comma right after a company's name and
 * carrying its own relative clause restates that name, it does not point back to the sentence's subject. Returns
 * the named company when the description spans tokens `from`..`to` (exclusive) in that shape, else null.
 *
 * A relative opener is required after a name inside the sentence, because a description closed by a comma or
 * followed by a verb there is as often the subject's reporting tag ("X bought Y, the company said") as an
 * apposition of Y; a sentence's opening name set off by two commas ("X, the Bristol-based installer, …") is the
 * description's own.
 */
export function apposedDescriptionOrg(
  tokens: Token[],
  units: Unit[],
  from: number,
  to: number,
): number | null {
  if (tokens[from - 1]?.text !== ',') return null;
  const named = units[units.length - 1];
  if (named?.kind !== 'tok' || named.token.text !== ',') return null;
  const before = units[units.length - 2];
  if (before?.kind !== 'ent' || !before.orgs || before.anaphor || before.ents.length !== 1) return null;
  const clause = afterFrenchTrailingWords(tokens, from, to);
  if (!opensDescriptionClause(tokens, clause) && !(tokens[to]?.text === ',' && opensSentence(units)))
    return null;
  return before.ents[0];
}

/** Dashes that close a wire dateline ("DENVER, Nov 23 (Reuters) - X, …"). */
const DATELINE_DASH = /^[-–—]$/u;

/**
 * The name before the description's comma opens the sentence, or the text after a dateline: "Heatwell, the
 * Bristol-based installer, has agreed to buy Y", "DENVER (Reuters) - X, a Colorado-based builder …, said". A
 * description between two commas there is the subject's apposition; deeper in the sentence ("After buying A, the
 * group, …") the comma may close a fronted phrase instead, so only the sentence's opening name is restated.
 */
function opensSentence(units: Unit[]): boolean {
  const head = units.slice(0, -2);
  const last = head[head.length - 1];
  return last === undefined || (last.kind === 'tok' && DATELINE_DASH.test(last.token.text));
}
