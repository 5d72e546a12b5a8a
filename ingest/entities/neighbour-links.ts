import type { Token } from '../tokens';
import type { TypedCandidate } from './collect';
import { NATIONALITIES } from './lexicon-common';
import { isCompanyNoun } from './lexicon-words';
import { isBusinessSentence } from './verb-cues';
import { isPlainPersonName } from './person-name-origins';
import { isAcronym, mayBeAliases } from './bracket-aliases';
import { acronymFitsName } from './acronym-initials';
import { isDroppedNationality, isQualifiedListGap } from './qualified-list-member';

// Links between neighbouring candidates of one sentence (called from collect.ts): a bracketed alias, a rename, the
// members of a list sharing a type, people coordinated with a person.

/** Words between two names that a rename cue may span (", which rebranded from"). */
const MAX_RENAME_GAP_TOKENS = 4;
export const LIST_JOINERS = new Set([',', 'et', 'and', 'ou', 'or', '&']);
/** Singular articles a list member may carry ("Natixis et la Société Générale", "A or the B"). */
const LIST_ARTICLES = new Set(['la', 'le', "l'", 'the']);
export const DE_PARTICLES = new Set(['de', 'du', 'des', "d'", 'of']);
/** Rename cues after which the second name is the new one ("devenu Y"). */
const RENAMED_TO_CUES = new Set([
  'devenu',
  'devenue',
  'rebaptisé',
  'rebaptisée',
  'renommé',
  'renommée',
  'rebranded',
  'renamed',
]);
/** Words that say the name after them is a former or new name of the one before; those not in RENAMED_TO_CUES
 * give a former name ("anciennement Y"). */
const RENAME_CUES = new Set([...RENAMED_TO_CUES, 'anciennement', 'formerly', 'ex', 'ex-', 'née', 'known']);

/** The tokens between two candidates of one sentence. */
export function between(tokens: Token[], a: TypedCandidate, b: TypedCandidate): Token[] {
  return tokens.slice(a.to, b.from);
}

/**
 * "Banque publique d'investissement (Bpifrance)": a one-word brand in brackets after a longer name opening with
 * the same letter is its short form, even when the brand is known on its own.
 */
function isShortFormOf(short: TypedCandidate, full: TypedCandidate): boolean {
  return (
    !/\s/.test(short.text) &&
    /\s/.test(full.text) &&
    short.text[0].toLowerCase() === full.text[0].toLowerCase()
  );
}

/** "Groupe Bruxelles Lambert (GBL)", "DJ (Daniel Julien)": one entity, typed by the fuller side. */
function linkBracketed(a: TypedCandidate, b: TypedCandidate, aIndex: number): void {
  if (!mayBeAliases(a, b)) return;
  const known = (c: TypedCandidate) => c.kind === 'org' || c.kind === 'person';
  if (known(a) && (b.kind === 'unknown' || (isAcronym(b.text) && b.kind !== 'drop'))) {
    b.kind = a.kind;
    b.aliasOf = aIndex;
  } else if (known(b) && isAcronym(a.text) && a.kind !== 'drop') {
    a.kind = b.kind;
    b.aliasOf = aIndex;
  } else if (a.kind === 'org' && b.kind === 'org' && isShortFormOf(b, a)) {
    b.aliasOf = aIndex;
  } else if (
    a.kind === 'unknown' &&
    b.kind === 'org' &&
    isAcronym(b.text) &&
    acronymFitsName(b.text, a.text)
  ) {
    // "Vautrin Mécanique (VTM)": the acronym's letters, in order, spell the name
    a.kind = 'org';
    b.aliasOf = aIndex;
  }
}

/** Bracketed aliases, renames and coordinated lists within one sentence. */
export function linkNeighbours(tokens: Token[], cs: TypedCandidate[], base: number): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i];
    const b = cs[i + 1];
    if (a.from === b.from) continue;
    const gap = between(tokens, a, b);
    const gapText = gap.map((t) => t.lower).join(' ');
    if (gapText === '(' && tokens[b.to] && tokens[b.to].text === ')') {
      linkBracketed(a, b, base + i);
      continue;
    }
    if (gap.length <= MAX_RENAME_GAP_TOKENS && gap.some((t) => RENAME_CUES.has(t.lower))) {
      if (gap.some((t) => RENAMED_TO_CUES.has(t.lower))) b.newName = true;
      if (a.kind === 'org' || b.kind === 'org') {
        a.kind = 'org';
        b.kind = 'org';
        b.aliasOf = base + i;
      } else if (a.kind === 'unknown' && b.kind === 'unknown' && isBusinessSentence(tokens, isCompanyNoun)) {
        // "X, devenu Y en 2022" in a business sentence: a company renamed, unless the article names a person so
        a.verbCue = true;
        b.verbCue = true;
        b.aliasOf = base + i;
      }
    }
  }
  // lists: "A, B et C" share a type when at least one member is known and none is a person
  const members = cs.filter((c) => !isDroppedNationality(c));
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i + 1 < members.length; i++) {
      const a = members[i];
      const b = members[i + 1];
      const gap = between(tokens, a, b);
      const repeated = repeatsOfParticle(tokens, a, gap);
      if (!isListGap(gap) && !repeated && !isQualifiedListGap(gap)) continue;
      const bare = repeated || gap.every((t) => LIST_JOINERS.has(t.lower));
      if (a.kind === 'org' && b.kind === 'unknown' && (bare || isBareWordMember(tokens, b))) {
        b.kind = 'org';
        changed = true;
      } else if (b.kind === 'org' && a.kind === 'unknown' && (bare || isBareWordMember(tokens, a))) {
        a.kind = 'org';
        changed = true;
      }
    }
  }
  linkPersonPairs(tokens, cs);
}

/**
 * "A, B et C", "A et la B", "Zendesk ou la française B": joiners, then at most an article and a nationality
 * adjective before the next member.
 */
export function isListGap(gap: Token[]): boolean {
  if (gap.length === 0 || gap.length > 3) return false;
  let k = 0;
  while (k < gap.length && LIST_JOINERS.has(gap[k].lower)) k++;
  if (k === 0 || k > 2) return false;
  // ", the …" after a name is an apposition ("Acme, the Paris-based maker"); a list says "and the"
  const conjunction = gap.slice(0, k).some((t) => t.text !== ',');
  if (k < gap.length && LIST_ARTICLES.has(gap[k].lower) && conjunction) k++;
  if (k < gap.length && gap[k].text === gap[k].lower && NATIONALITIES.has(gap[k].lower)) k++;
  return k === gap.length;
}

/**
 * "d'Airbus et de Safran", "of Siemens and of Alstom": the particle before the first member is repeated before the
 * second, so both fill the same slot.
 */
function repeatsOfParticle(tokens: Token[], a: TypedCandidate, gap: Token[]): boolean {
  if (gap.length !== 2 || gap[0].text === ',' || !LIST_JOINERS.has(gap[0].lower)) return false;
  const before = tokens[a.from - 1];
  return !!before && DE_PARTICLES.has(gap[1].lower) && DE_PARTICLES.has(before.lower);
}

/**
 * A member after an article is a name of its own only as one word standing free: "la Matmut", not "la Tour de
 * Londres", "la Corée du Sud" or "le Centre spatial" (a common noun capitalised inside a longer phrase).
 */
function isBareWordMember(tokens: Token[], c: TypedCandidate): boolean {
  if (c.to - c.from !== 1) return false;
  const prev = tokens[c.from - 1];
  const next = tokens[c.to];
  return !(prev && DE_PARTICLES.has(prev.lower)) && !(next && DE_PARTICLES.has(next.lower));
}

/**
 * "founded by Oliver Grant and Nisha Patel": two-to-three-word names joined by "and"/"et" to a person are people
 * too, unless their own shape says company (typed "org" by a legal form, a cue noun…, which this leaves alone
 * only when the evidence is the shape itself).
 */
function linkPersonPairs(tokens: Token[], cs: TypedCandidate[]): void {
  const personLike = (c: TypedCandidate) => isPlainPersonName(tokens, c.from, c.to);
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i];
    const b = cs[i + 1];
    const gap = between(tokens, a, b);
    if (gap.length !== 1 || (gap[0].lower !== 'and' && gap[0].lower !== 'et')) continue;
    if (a.kind === 'person' && b.kind === 'unknown' && personLike(b)) b.kind = 'person';
    else if (b.kind === 'person' && a.kind === 'unknown' && personLike(a)) a.kind = 'person';
  }
}
