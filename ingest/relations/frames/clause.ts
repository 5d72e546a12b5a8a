import type { Unit } from '../pattern';
import { isAddressee, isModifier, isOblique } from '../syntax';
import { possessorInApposition } from '../apposed-possessor';
import { asideOpenBefore } from './clause-aside';

/**
 * Clause bounds and grammatical roles for the frame readers. A clause here runs between strong punctuation,
 * relative pronouns and reporting words ("said", "que"); commas do not end it (appositions and fronted
 * phrases sit inside a clause), but they end an object search unless a short comma-enclosed insert follows.
 * Every function takes unit indices and returns unit indices (-1 when nothing fits), so readers can build
 * captures from them directly.
 */

/** Punctuation that always ends a clause. */
const STRONG_STOPS = new Set([';', ':', '(', ')', '«', '»', '"', '.', '?', '!', '–', '—']);
/** Words that open a new clause whose subject is not the one before them. */
export const CLAUSE_OPENERS =
  /^(which|who|whose|that|said|says|while|whereas|although|because|since|qui|dont|lequel|laquelle|lesquels|que|qu'|tandis|alors|lorsque|quand|selon|according|indique|précise|explique|affirme|souligne)$/;
/** Relative pronouns whose antecedent is the subject of the clause they open. */
const RELATIVE_SUBJECT = /^(which|who|qui|lequel|laquelle)$/;
/** Words meaning negation just before a trigger ("n'a pas racheté", "did not buy"). */
const NEGATIONS = /^(not|n't|never|no|pas|jamais|ni|ne|n'|plus|aucun|aucune|sans|without|failed)$/;
/** Words that put the next name in an adviser's role ("conseillé par X", "advised by X", "Conseils : X"). */
const ADVISER_WORDS =
  /^(conseil|conseils|conseillé|conseillée|conseillés|conseillées|conseiller|advised|adviser|advisers|advisor|advisors|counsel|avocat|avocats|lawyers|banker|bankers|arrangeur|arranger|auditeur|auditor)$/;

/** Confidence of the ACQUIRED and MERGED_WITH readers: below every pattern rule's, so a pattern's reading of
 * the same fact wins. */
export const DEAL_READER_CONFIDENCE = 0.5;
/** Longest comma-enclosed insert ("a repris, en 2023, X") an object search steps over, in units. */
export const MAX_INSERT_UNITS = 6;
/** Units before a trigger looked at for a negation. */
export const NEGATION_WINDOW_UNITS = 3;
/** A participle of advising opening the sentence ("Conseillé par A et la banque B, X …", "Advised by A, X …"). */
const FRONTED_ADVISER = /^(conseillé|conseillée|conseillés|conseillées|advised)$/;

/** Unit `i` stands in a fronted adviser phrase, before the comma that closes it: every name there advises. */
function inFrontedAdviserPhrase(units: Unit[], i: number): boolean {
  if (!FRONTED_ADVISER.test(wordAt(units, 0)) || !/^(par|by)$/.test(wordAt(units, 1))) return false;
  for (let k = 2; k < i; k++) if (wordAt(units, k) === ',' || isStrongStop(units, k)) return false;
  return true;
}

/** Units before a name looked at for an adviser's word. */
export const ADVISER_WINDOW_UNITS = 4;

/** The lower-case word of unit `i`, or null for an entity or a missing unit (for readers that tell the two apart). */
export function wordOrNullAt(units: readonly Unit[], i: number): string | null {
  const u = units[i];
  return u?.kind === 'tok' ? u.token.lower : null;
}

/** The lower-case word of unit `i`, or '' for an entity or a missing unit. */
export function wordAt(units: readonly Unit[], i: number): string {
  return wordOrNullAt(units, i) ?? '';
}

/**
 * The lower-case word of unit `i`, counting a lone capitalised word taken for a name as a word ("Fondée en 2012
 * par", "Backed by"): a trigger may stand there. Null for a real name or a missing unit.
 */
export function wordOrLoneNameAt(units: Unit[], i: number): string | null {
  const u = units[i];
  if (u?.kind === 'tok') return u.token.lower;
  return u?.word?.lower ?? null;
}

/** Unit `i` is a named or pointed-at organisation. */
export function isOrgAt(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.orgs;
}

/** The entity ids of unit `i` (empty for a word). */
export function entsAt(units: Unit[], i: number): number[] {
  const u = units[i];
  return u?.kind === 'ent' ? u.ents : [];
}

/** Unit `i` ends a clause outright (strong punctuation). */
export function isStrongStop(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'tok' && STRONG_STOPS.has(u.token.text);
}

/** Auxiliaries after which "since" is an adverb of time ("Halden has since grown", "which had since 2020 …"). */
const AUXILIARIES_BEFORE_ADVERB = /^(has|had|have|having)$/;

/** Unit `k` opens a clause: a clause opener, but not the adverb "since" of "has since bought". */
function opensClauseAt(units: Unit[], k: number): boolean {
  const w = wordAt(units, k);
  return CLAUSE_OPENERS.test(w) && !(w === 'since' && AUXILIARIES_BEFORE_ADVERB.test(wordAt(units, k - 1)));
}

/** Index of the first unit of the clause holding unit `i`. */
export function clauseStart(units: Unit[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    if (isStrongStop(units, k) || opensClauseAt(units, k)) return k + 1;
  }
  return 0;
}

/** Words that, after a comma, coordinate a second clause ("…, and Z merged with W", "…, et Z a racheté W"). */
const CLAUSE_COORDINATORS = /^(and|but|et|mais)$/;

/**
 * The start of the coordinated clause holding unit `i` when a comma and "and/et/but/mais" open one with a company
 * of its own before `i` ("A bought B last year, and Swiss forwarder C merged with D": C merges, not A); else
 * clauseStart. Without a company of its own the second clause shares the first one's subject ("…, and merged").
 */
export function coordinatedClauseStart(units: Unit[], i: number): number {
  const start = clauseStart(units, i);
  for (let k = i - 1; k > start; k--) {
    if (!CLAUSE_COORDINATORS.test(wordAt(units, k)) || wordAt(units, k - 1) !== ',') continue;
    for (let j = k + 1; j < i; j++) if (standsAlone(units, j)) return k + 1;
    return start;
  }
  return start;
}

/**
 * The antecedent of a relative clause starting at `start` ("X, which bought Y": X), or -1. Only subject
 * relatives count: in "X, dont …" X is no subject.
 */
export function relativeAntecedent(units: Unit[], start: number): number {
  if (!RELATIVE_SUBJECT.test(wordAt(units, start - 1))) return -1;
  let k = start - 2;
  if (wordAt(units, k) === ',') k--;
  // "X, the country's biggest publisher, which bought Y": an apposition without a name tells of X
  if (!isOrgAt(units, k)) return appositionHead(units, k + 1);
  const u = units[k];
  // a pointer ("du groupe") holds its own preposition, so it counts as a complement too
  const complement =
    isOblique(units, k) ||
    (u.kind === 'ent' && u.anaphor) ||
    /^(of|de|du|d'|des)$/.test(wordAt(units, k - 1));
  const head = complement ? appositionHead(units, k) : -1;
  return head >= 0 ? head : k;
}

/** Most words of an apposition before the name it ends on ("la filiale spécialisée du groupe"). */
const MAX_APPOSITION_UNITS = 8;
/** Determiners opening an apposition's head noun. */
const APPOSITION_DETERMINERS = /^(the|a|an|le|la|l'|les|un|une)$/;

/**
 * "X, la filiale spécialisée du groupe, qui a racheté Y", "X, a unit of Z, which bought Y": a relative after
 * an apposition tells of the apposition's head noun, that is of X, not of the name closing its complement.
 */
function appositionHead(units: Unit[], last: number): number {
  for (let k = last - 1; k >= 0 && last - k <= MAX_APPOSITION_UNITS; k--) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    if (u.token.lower !== ',') continue;
    return APPOSITION_DETERMINERS.test(wordAt(units, k + 1)) && isOrgAt(units, k - 1) ? k - 1 : -1;
  }
  return -1;
}

/** A lone capitalised word opening the sentence, seen once: maybe no name at all ("Additional shares …"). */
export function isDoubtfulName(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && !u.anaphor && u.word !== undefined;
}

/** The name is a party of its own: not a preposition's object, not a word that only qualifies another. */
export function standsAlone(units: Unit[], i: number): boolean {
  return (
    isOrgAt(units, i) &&
    !isOblique(units, i) &&
    !isAddressee(units, i) &&
    !isModifier(units, i, false) &&
    !isDoubtfulName(units, i)
  );
}

/**
 * The subject of the clause holding unit `trigger`: the first organisation standing alone between the clause
 * start and the trigger, or the antecedent of the relative pronoun opening the clause. -1 when none.
 */
export function subjectBefore(units: Unit[], trigger: number): number {
  const start = clauseStart(units, trigger);
  for (let k = start; k < trigger; k++) {
    if (standsAlone(units, k) && !inAdviserPhrase(units, k)) {
      // "X, A's rival, bought Y": A only describes X
      if (possessorInApposition(units, k)) continue;
      const head = describedHead(units, k);
      const later = coordinatedClauseSubject(units, k, trigger);
      if (later >= 0) return later;
      return head < trigger ? head : k;
    }
  }
  // "le groupe X (560 salariés) s'est adossé à …": the clause began before the aside
  const aside = asideOpenBefore(units, start);
  if (aside >= 0) return subjectBefore(units, aside);
  const antecedent = relativeAntecedent(units, start);
  if (antecedent >= 0) return antecedent;
  const reporter = reportingSubject(units, start);
  return reporter >= 0 ? reporter : subjectBeforeColon(units, start);
}

/** Words that start a verb group right after a subject ("B est tombée", "B was sold", "B a été cédée"). */
const VERB_GROUP_START =
  /^(est|était|sera|a|avait|aura|sont|étaient|ont|avaient|vient|va|is|was|were|are|has|had|have|will|would)$/;

/** The name at `i` is followed by its own verb group: a new clause's subject, not a list member or an object. */
export function opensOwnClause(units: Unit[], i: number): boolean {
  return VERB_GROUP_START.test(wordAt(units, i + 1));
}

/**
 * "X a absorbé A, et B est tombée dans l'escarcelle de C": after ", et/and" a name with its own verb is the
 * subject of the clause the trigger stands in, not the first subject. Its index, or -1.
 */
function coordinatedClauseSubject(units: Unit[], first: number, trigger: number): number {
  let found = -1;
  for (let m = first + 3; m < trigger; m++) {
    if (wordAt(units, m - 2) !== ',' || !/^(et|and|mais|but)$/.test(wordAt(units, m - 1))) continue;
    if (standsAlone(units, m) && opensOwnClause(units, m)) found = m;
  }
  return found;
}

/** Punctuation after which a clause goes on telling of the same subject ("X a grandi : il a racheté …"). */
const SAME_SUBJECT_STOPS = /^(:|;)$/;

/**
 * "X s'est développée par croissance externe : elle a repris Y": a clause opened by a subject pronoun after a
 * colon or semicolon speaks of the subject before it. -1 unless that subject stands alone there.
 */
function subjectBeforeColon(units: Unit[], start: number): number {
  if (!SAME_SUBJECT_STOPS.test(wordAt(units, start - 1)) || !SELF_PRONOUNS.test(wordAt(units, start)))
    return -1;
  const outer = clauseStart(units, start - 1);
  for (let k = outer; k < start - 1; k++) if (standsAlone(units, k) && !inAdviserPhrase(units, k)) return k;
  return -1;
}

/** Words that report what their subject says, and the pronouns by which it then speaks of itself. */
const REPORTING = /^(said|says|que|qu')$/;
const SELF_PRONOUNS = /^(it|il|elle)$/;

/** "X said it had completed …", "X a indiqué qu'il avait racheté …": the reporter is the clause's subject. */
function reportingSubject(units: Unit[], start: number): number {
  if (!REPORTING.test(wordAt(units, start - 1))) return -1;
  // a time phrase may come first ("said on Tuesday it had …")
  let p = start;
  while (p - start < MAX_INSERT_UNITS && units[p]?.kind === 'tok' && !SELF_PRONOUNS.test(wordAt(units, p)))
    p++;
  if (!SELF_PRONOUNS.test(wordAt(units, p))) return -1;
  const outer = clauseStart(units, start - 1);
  for (let k = outer; k < start - 1; k++) if (standsAlone(units, k) && !inAdviserPhrase(units, k)) return k;
  return -1;
}

/** Most lower-case words of a descriptor between a qualifying name and its head ("Kent cold-store operator X"). */
export const MAX_DESCRIPTOR_WORDS = 3;

/**
 * "the Mersey bakery X", "Kent cold-store operator X": a name followed by a few lower-case words and another
 * name only places or qualifies that second name, which is the head. Returns the head's index, else `i`.
 */
export function describedHead(units: Unit[], i: number): number {
  const u0 = units[i];
  if (u0?.kind === 'ent' && u0.anaphor) return namedAfterPointer(units, i);
  for (let k = i + 1; k < units.length && k - i <= MAX_DESCRIPTOR_WORDS + 1; k++) {
    const u = units[k];
    if (u.kind === 'ent') return k > i + 1 && u.orgs ? k : i;
    if (u.token.kind !== 'word' || !/^\p{Ll}/u.test(u.token.text) || PLAIN_STOPS.test(u.token.lower))
      return i;
  }
  return i;
}

/** Most words of a descriptor noun phrase opened by a pointer ("le fabricant lyonnais d'aliments pour chiens X"). */
const MAX_POINTER_DESCRIPTOR_WORDS = 8;
/** Words that end a pointer's descriptor: a verb, a relative, or a possessive that makes the name another party. */
const POINTER_DESCRIPTOR_STOPS =
  /^(a|ont|est|sont|avait|avaient|était|sera|va|vient|has|had|have|is|was|were|will|said|says|qui|que|qu'|dont|which|that|who|its|his|her|their|sa|son|ses|leur|leurs)$/;

/**
 * "Le fabricant lyonnais d'aliments pour chiens et chats X a annoncé …": a pointer opening a descriptor that ends on
 * a name is that name, the descriptor's head. The word right before the name must be a plain one: after "de",
 * "et" or "of" the name is an owner or a second party ("la filiale de X", "le groupe et X").
 */
function namedAfterPointer(units: Unit[], i: number): number {
  for (let k = i + 1; k < units.length && k - i <= MAX_POINTER_DESCRIPTOR_WORDS + 1; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      const before = units[k - 1];
      const plain = before.kind === 'tok' && !PLAIN_STOPS.test(before.token.lower);
      return k > i + 1 && u.orgs && !u.anaphor && plain ? k : i;
    }
    if (
      u.token.kind !== 'word' ||
      !/^\p{Ll}/u.test(u.token.text) ||
      POINTER_DESCRIPTOR_STOPS.test(u.token.lower)
    )
      return i;
  }
  return i;
}

/** Words that end a descriptor: a verb's auxiliary or a link word means the second name is another party. */
const PLAIN_STOPS =
  /^(and|et|or|ou|of|de|du|des|d'|to|à|au|by|par|from|with|avec|for|pour|in|dans|on|sur|through|via|is|was|has|had|a|est|était|sont|ont|said|says|which|that|qui|que|its|his|her|their|sa|son|ses|leur|the|le|la|les|l'|a|an|un|une)$/;

/** The organisations coordinated with the one at `i` ("X et Y", "A, B and C"): their unit indices, `i` first. */
export function coordinated(units: Unit[], i: number): number[] {
  const out = [i];
  let k = i + 1;
  for (;;) {
    const w = wordAt(units, k);
    // "A et B, et C": the conjunction closed the list; what follows starts another phrase
    if (out.length > 1 && /^(et|and)$/.test(wordAt(units, out[out.length - 1] - 1))) break;
    if (w === ',' && isOrgAt(units, k + 1)) k += 1;
    else if ((w === 'et' || w === 'and') && isOrgAt(units, k + 1)) k += 1;
    else if (w === ',' && /^(et|and)$/.test(wordAt(units, k + 1)) && isOrgAt(units, k + 2)) {
      // "a absorbé A, et B est tombée dans …": a name after ", et" with its own verb opens another clause
      if (out.length === 1 && opensOwnClause(units, k + 2)) break;
      k += 2;
    } else break;
    // "and Britain's Y": the possessor only places the member named after it
    if (/^('s|')$/.test(wordAt(units, k + 1)) && isOrgAt(units, k + 2)) k += 2;
    out.push(k);
    k++;
  }
  // "A, B" without a closing "et/and" is more often a name and its apposition than a list
  const last = out[out.length - 1];
  if (out.length > 1 && !/^(et|and)$/.test(wordAt(units, last - 1))) return [i];
  return out;
}

/** A negation stands just before the trigger at `i`. */
export function negatedBefore(units: Unit[], i: number): boolean {
  for (let k = Math.max(0, i - NEGATION_WINDOW_UNITS); k < i; k++)
    if (NEGATIONS.test(wordAt(units, k))) return true;
  return false;
}

/** The name at `i` stands in an adviser phrase ("conseillé par X", "X's lawyers", "Conseils : X"). */
export function inAdviserPhrase(units: Unit[], i: number): boolean {
  if (inFrontedAdviserPhrase(units, i)) return true;
  for (let k = Math.max(0, i - ADVISER_WINDOW_UNITS); k < i; k++)
    if (ADVISER_WORDS.test(wordAt(units, k))) return true;
  return ADVISER_WORDS.test(wordAt(units, i + 1)) || ADVISER_WORDS.test(wordAt(units, i + 2));
}
