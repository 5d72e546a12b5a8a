import type { Token } from '../tokens';
import type { Unit } from './pattern';
import type { UnitContext } from './unit-context';
import { foundVerb } from './frames/founders-founded';
import { ADVERB, AUXILIARY, LEAD_EN, LEAD_FR, NOT_LEAD_VERB } from './frames/founders-words';
import { namedInClauseAfter } from './anaphora-clause-names';
import { previousParagraphSubject } from './anaphora-paragraph-subject';
import { salientOrg } from './discourse-state';
import { FOUNDER, TITLE_WORD } from './people-words';
import { outletAt } from './frames/funded-told-outlet';

/**
 * "L'entreprise vendéenne emploie 420 salariés. Gérard Piveteau, qui avait créé la société en 1987, en cède …",
 * "The Wisconsin company sells its pies in 6,000 stores. Mark Cellini, who has run the company since 2009, …", "Ce
 * dernier avait créé l'entreprise": a company pointer that is the object of a person's founding or heading verb
 * stands for the company the story is telling of at that point — the company subject of the sentence before — and
 * not for the article's most salient company, which in a deal story is the buyer while the text has turned to the
 * target's history. A person's own post or founding is told about the company just described; the founder of a
 * buyer is told in a sentence about the buyer. The subject must be a person right before the verb (a relative
 * pronoun, auxiliaries and adverbs between), so "X, which founded the company" or a company subject is left alone.
 */

/** "qui"/"who" opening the person's relative clause. */
const RELATIVE = /^(qui|who)$/;
/** A year phrase between the verb and its object: "a créé en 1987 la société". */
const YEAR = /^(1[89]|20)\d\d$/;
const YEAR_PREPOSITION = /^(en|in)$/;
/** A person's age told between the name and the verb: "Karim Benali, 39 ans, avait lancé la société". */
const AGE = /^(\d{2}|ans)$/;
/** Most words read back from the verb to the person (auxiliaries, adverbs, a relative pronoun, an age). */
const MAX_WORDS_TO_PERSON = 6;
/** "lancé", "launched": a founding when a person launches a company ("avait lancé la société en 2016"). */
const LAUNCHED = /^(lancé|lancée|launched)$/;
/** Quote marks: a speaker's clause after a quote tells of the speaker's company, which the other readings find. */
const QUOTE = /^[«»"“”]$/u;
/**
 * Words telling a post left or a career step before a name: "l'ancienne directrice financière de X", "Ingénieur
 * passé par X", "former Caterpillar executive". The company named after them is where the person worked before.
 */
const FORMER =
  /^(ancien|ancienne|anciens|anciennes|former|ex|passé|passée|onetime|previously|auparavant|left|quit|quitté|quittée)$/;
/** Most tokens between such a word and the former employer ("l'ancienne directrice financière de X"). */
const MAX_FORMER_REACH_TOKENS = 8;

/** A verb of founding or heading in the sentence's language (the two-word "set up" is told by its "up"). */
function careerVerbAt(tokens: Token[], k: number, fr: boolean): boolean {
  const w = tokens[k]?.lower ?? '';
  if (NOT_LEAD_VERB.test(w)) return false;
  if (!fr && w === 'up' && /^(set|sets)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  if (fr && w === 'pied' && tokens[k - 1]?.lower === 'sur' && /^(mis|mise)$/.test(tokens[k - 2]?.lower ?? ''))
    return true;
  if (LAUNCHED.test(w)) return true;
  return foundVerb(w, fr ? 'fr' : 'en') || (fr ? LEAD_FR.test(w) : LEAD_EN.test(w) || w === 'run');
}

/** Tokens the verb group spans back from its last word (2 for "set up", 3 for "mis sur pied", else 1). */
function verbLength(tokens: Token[], k: number): number {
  const w = tokens[k].lower;
  if (w === 'up') return 2;
  if (w === 'pied') return 3;
  return 1;
}

/** Whether the units end on a person subject of the verb that ends at token `verbEnd`. */
function personSubjectBefore(units: readonly Unit[], tokens: Token[], verbEnd: number): boolean {
  let k = units.length - 1;
  // the units hold one token unit per token up to the pointer: walk back past the verb group and the year phrase
  let skipped = 0;
  for (; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'ent') return u.persons && !u.orgs && skipped > 0;
    if (u.token.end > tokens[verbEnd].end) continue;
    if (skipped++ === 0) continue;
    const w = u.token.lower;
    if (skipped > MAX_WORDS_TO_PERSON + 1) return false;
    const passable = AUXILIARY.test(w) || ADVERB.test(w) || RELATIVE.test(w) || AGE.test(w) || w === ',';
    // the verb group's own words ("set" of "set up", "mis sur" of "mis sur pied")
    const groupWord = /^(set|sets|mis|mise|sur)$/.test(w);
    if (!passable && !groupWord) return false;
  }
  return false;
}

/** A pointer object of a career verb that stands for a company the text never names: no pointer is placed. */
export const UNNAMED_COMPANY = -1;

/**
 * The company the pointer at `c.i` stands for when it is the object of a person's founding or heading verb,
 * `UNNAMED_COMPANY` when it stands for none the text names, or null (the other readings then decide).
 */
export function careerObjectOrg(c: UnitContext): number | null {
  const { tokens, i, state } = c;
  // after a quote the speaker's clause tells of the company named there ("», explique P, directrice de X et
  // petite-fille de Q, qui avait créé l'entreprise"); none named there: the other readings decide
  let lastQuote = -1;
  for (let k = 0; k < i; k++) if (QUOTE.test(tokens[k].text)) lastQuote = k;
  if (lastQuote >= 0)
    return (
      c.mentions.find((m) => m.from > lastQuote && m.to <= i && isOrg(c, m.entity) && !toldOutlet(c, m.from))
        ?.entity ?? null
    );
  const fr = !c.english;
  let k = i - 1;
  if (YEAR.test(tokens[k]?.lower ?? '') && YEAR_PREPOSITION.test(tokens[k - 1]?.lower ?? '')) k -= 2;
  if (k < 1 || !careerVerbAt(tokens, k, fr)) return null;
  if (k - verbLength(tokens, k) < 0 || !personSubjectBefore(c.units, tokens, k)) return null;
  const later = namedInClauseAfter(tokens, c.mentions, i);
  // a company named before in the sentence is the pointer's ("Son homologue chez X, P, qui avait fondé l'entreprise")
  // unless it is where someone worked before ("l'ancienne directrice de X succède à P, qui avait fondé l'entreprise")
  // "Son homologue chez X, P, qui avait créé la société": the company named right before the person is theirs
  const beside = orgBesidePerson(c) ?? possessorOfPerson(c.units);
  if (beside !== null && !formerEmployer(c, beside)) return beside;
  const before = c.orgBefore();
  if (before !== null && !formerEmployer(c, before)) return null;
  // a new paragraph opening on the person still tells of the company the paragraph before was about
  const told =
    state.paragraphSentences === 0
      ? previousParagraphSubject(state, later)
      : (state.companyVerbPronounOrg ?? state.lastSubjectOrg);
  // the company the story was about is where the newcomer worked before ("Ancien patron de la filiale de X, il
  // succède à P, qui avait fondé l'entreprise"): P founded another company, which the sentence does not name
  if (told !== null && formerEmployer(c, told)) return UNNAMED_COMPANY;
  if (told !== null && !later.has(told)) return told;
  if (before === null) return null;
  // the company named before is only where someone worked ("P left X and teamed up with Q, who had founded the
  // company"): the one founded is another, unnamed unless the story was about one
  return salientOrg(state, new Set([...later, before])) ?? UNNAMED_COMPANY;
}

/** The name starting at token `from` is the outlet the speaker told ("», a confié à l'AFP P, …"): no company of P's. */
function toldOutlet(c: UnitContext, from: number): boolean {
  const at = c.units.findIndex((u) => u.kind === 'ent' && u.start === c.tokens[from].start);
  return at >= 0 && outletAt(c.units, at);
}

/** Prepositions that make the company before a person another party to the person ("from P", "par P", "à P"). */
const PARTY_PREPOSITIONS = /^(from|by|to|against|than|par|à|au|aux|auprès|contre|que)$/;
/** Most tokens between a company's name and the person it qualifies ("chez X, P", "de X et petite-fille de P"). */
const MAX_TOKENS_COMPANY_TO_PERSON = 4;

/** The company named right before the last person named before the pointer, or null. */
function orgBesidePerson(c: UnitContext): number | null {
  const { mentions, i } = c;
  let person: (typeof mentions)[number] | undefined;
  for (const m of mentions) if (m.to <= i && !isOrg(c, m.entity)) person = m;
  if (person === undefined) return null;
  const from = person.from;
  const org = mentions.find(
    (m) => m.to <= from && from - m.to <= MAX_TOKENS_COMPANY_TO_PERSON && isOrg(c, m.entity),
  );
  // "bought by X from P", "cédée par X à P": a preposition between them makes the company another party of P's
  if (org === undefined || c.tokens.slice(org.to, from).some((t) => PARTY_PREPOSITIONS.test(t.lower)))
    return null;
  return org.entity;
}

/** Founder nouns and heads' titles a possessive stands before ("Son fondateur, P", "Its chief executive, P"). */
const POSSESSED_POST = new RegExp(`^(${FOUNDER.slice(1, -1)}|${TITLE_WORD.slice(1, -1)}|et|and|executive)$`);
/** Most words between the possessive and the comma before the person ("Son PDG et fondateur, P"). */
const MAX_POST_WORDS = 4;

/**
 * "Son fondateur, P, qui avait créé le laboratoire en 1994": the company the possessive before the person's post
 * stood for (a pointer unit the sentence has already placed) is the one the person founded or runs.
 */
function possessorOfPerson(units: readonly Unit[]): number | null {
  const isPerson = (u: Unit) => u.kind === 'ent' && u.persons;
  let k = units.length - 1;
  while (k >= 0 && !isPerson(units[k])) k--;
  const comma = units[k - 1];
  if (k < 2 || comma?.kind !== 'tok' || comma.token.text !== ',') return null;
  for (let j = k - 2; j >= 0 && k - 2 - j <= MAX_POST_WORDS; j--) {
    const u = units[j];
    if (u.kind === 'ent') return u.anaphor && u.orgs && !u.persons && j < k - 2 ? u.ents[0] : null;
    if (!POSSESSED_POST.test(u.token.lower)) return null;
  }
  return null;
}

function isOrg(c: UnitContext, ent: number): boolean {
  return c.index.entities[ent].type === 'Organization';
}

/** Whether every mention of `ent` before the pointer follows a word of a post left ("ancien … de X", "passé par X"). */
function formerEmployer(c: UnitContext, ent: number): boolean {
  const { tokens, mentions, i } = c;
  const named = mentions.filter((m) => m.entity === ent && m.to <= i);
  return (
    named.length > 0 &&
    named.every((m) => {
      for (let k = m.from - 1; k >= 0 && k >= m.from - MAX_FORMER_REACH_TOKENS; k--)
        if (FORMER.test(tokens[k].lower)) return true;
      return false;
    })
  );
}
