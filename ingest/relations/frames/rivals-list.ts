import type { Unit } from '../pattern';
import { isModifier } from '../syntax';
import { CLAUSE_STOPS, isStop, LIST_JOIN, typed, wordAt } from './rivals-clause';
import { rankApposedMember } from './rivals-rank-apposed';
import { headOfPackMember, opensDescriptor } from './rivals-list-openers';
import { placeBefore, placePossessiveAt } from './rivals-place-possessive';

/** The list of rivals after a trigger: its members, their descriptors and the connectors between them. */

/** Nouns of what a name may hold rather than be a rival in: "the X offer", "Y's contract", clients, backers. */
const NOT_RIVAL_NOUN_WORDS = [
  'clients?|customers?|clientèle|partenaires?|partners?|partenariats?|partnerships?|alliances?|alliés?|allies',
  'fournisseurs?|suppliers?|distributeurs?|distributors?|investisseurs?|investors?|actionnaires?|shareholders?',
  'backers?|conseils?|conseillé|conseillée|advisers?|advisors?|advised|avocats?|lawyers?|filiales?|subsidiary',
  'subsidiaries|marques?|contrats?|contracts?|accords?|agreements?|deals?|commandes?|orders?|licences?|licenses?',
  "joint-venture|tender|tenders|appel|appels|d'offres|offres|offers?|bids?|opa|rachats?|acquisitions?|acquis",
  'acquired|mergers?|fusions?|rapprochement|combinations?|takeovers?',
].join('|');
const NOT_RIVAL_NOUNS = new RegExp(`^(${NOT_RIVAL_NOUN_WORDS})$`, 'u');
/** Words before a name that make it no rival: those nouns, and prepositions of another role ("between", "by"). */
export const NOT_RIVALS = new RegExp(
  `^(${NOT_RIVAL_NOUN_WORDS}|entre|between|pour|for|by|par|behalf|compte)$`,
  'u',
);
/** Connectors that carry a list of rivals on ("as well as", "ainsi que", "mais aussi"). */
const CONTINUERS =
  /^(,|et|and|&|ou|or|as|well|ainsi|que|qu'|mais|but|also|aussi|with|avec|à|au|aux|face|against|contre|to|de|d'|du|des|of|the|le|la|les|l'|a|an|un|une|its|son|sa|ses)$/u;
/** Most plain words read before a member ("the German vendor B", "la gamme végétale de B"). */
export const MAX_DESCRIPTOR_WORDS = 6;

/** Plural nouns of a kind of firm or product: a name right before one qualifies it ("Thai exporters"). */
const KIND_AFTER_NAME =
  /^(exporters|importers|producers|makers|manufacturers|firms|companies|carmakers|growers|farmers|models|products|computers|pcs|exportateurs|producteurs|fabricants)$/u;
/** Words after "to" that open a noun phrase, not an infinitive ("to the German B"). */
const NOUN_OPENER = /^(the|a|an|its|their|his|her|this|that|these|those)$/u;

/** The unit at `i` is a plain lower-case word other than a determiner: "to supply", read as an infinitive. */
function infinitiveAt(units: Unit[], i: number): boolean {
  const u = units[i];
  return (
    u?.kind === 'tok' &&
    u.token.kind === 'word' &&
    u.token.text === u.token.lower &&
    !NOUN_OPENER.test(u.token.lower)
  );
}

/** A member of a list of rivals starts at `k` after a few descriptor words; its index, or -1. */
export function memberAfter(units: Unit[], k: number, end: number, agent = false): number {
  let words = 0;
  for (let j = k; j < end && words <= MAX_DESCRIPTOR_WORDS; j++) {
    const u = units[j];
    if (u.kind === 'ent') {
      // "Majorel's successor B": the possessor only says whose successor B is
      const owned = ownedAfter(units, j);
      if (owned >= 0) return owned;
      // "the X offer", "Y's bid": the name only says whose offer it is
      const after = wordAt(units, afterPossessed(units, j) === j + 1 ? j + 1 : j + 2);
      if (after !== null && NOT_RIVAL_NOUNS.test(after)) return -1;
      // "Thai exporters", "U.S. car producers": a name before a plural kind noun only says whose they are
      if (KIND_AFTER_NAME.test(wordAt(units, j + 1) ?? '')) return -1;
      return u.orgs && typed(units, j) && !isModifier(units, j, false) ? j : -1;
    }
    if (CLAUSE_STOPS.has(u.token.text)) return -1;
    // "competing with B to supply C": an infinitive of purpose names whom they contest, not a rival
    if (u.token.lower === 'to' && infinitiveAt(units, j + 1)) return -1;
    if (NOT_RIVALS.test(u.token.lower) && !(agent && AGENT.test(u.token.lower))) return -1;
    // "South Korea's Kyoren": a place's possessive mark before the member is part of its descriptor
    if (/^('s|’s)$/u.test(u.token.lower) && placeBefore(units, j)) {
      words++;
      continue;
    }
    if (u.token.kind !== 'word' && u.token.text !== ',') return -1;
    if (u.token.text === ',' && words > 0) return -1;
    words++;
  }
  return -1;
}

/** Words that join two members of a list; the conjunctions among them close a list ("A, B et C"). */
const JOINS = /^(,|et|and|&|ou|or|ainsi|well|aussi|also)$/u;
const CONJUNCTIONS = /^(et|and|&|ou|or|ainsi|well|aussi|also)$/u;

/** The list without its last members joined by a bare comma only. */
function settled(got: number[], pending: number): number[] {
  return got.slice(0, got.length - pending);
}

/** "A, B and other players": the list closes on others of its kind, so members after bare commas are kept. */
function closesOnOthers(units: Unit[], k: number): boolean {
  return (
    /^(and|et)$/u.test(wordAt(units, k) ?? '') &&
    /^(other|others|d'autres|autres|several|plusieurs)$/u.test(wordAt(units, k + 1) ?? '')
  );
}

/** Plain words read between a possessor and the name it owns ("A's gaming unit B"); more is no naming. */
const MAX_POSSESSED_WORDS = 3;

/**
 * "A's successor B", "Spotify-owned B": B, the name the possessor's words lead to, or -1 ("A's outsourcing arm": A
 * itself).
 */
function ownedAfter(units: Unit[], i: number): number {
  if (!/^('s|'|-owned|-backed|-controlled|-funded)$/u.test(wordAt(units, i + 1) ?? '')) return -1;
  for (let k = i + 2; k < units.length && k <= i + 2 + MAX_POSSESSED_WORDS; k++) {
    const u = units[k];
    // "B's Nordic business": a name followed by a plain noun only qualifies it
    if (u.kind === 'ent') return u.orgs && typed(units, k) && !plainWordAt(units, k + 1) ? k : -1;
    if (u.token.kind !== 'word' || CONTINUERS.test(u.token.lower)) return -1;
  }
  return -1;
}

function plainWordAt(units: Unit[], i: number): boolean {
  const u = units[i];
  return (
    u?.kind === 'tok' &&
    u.token.kind === 'word' &&
    u.token.text === u.token.lower &&
    !CONTINUERS.test(u.token.lower)
  );
}

/** The unit after a member and the words it possesses ("A's gaming division"). */
function afterPossessed(units: Unit[], i: number): number {
  if (!/^('s|')$/u.test(wordAt(units, i + 1) ?? '')) return i + 1;
  let k = i + 2;
  while (k <= i + 1 + MAX_POSSESSED_WORDS) {
    const u = units[k];
    if (u?.kind !== 'tok' || u.token.kind !== 'word' || CONTINUERS.test(u.token.lower)) break;
    k++;
  }
  return k;
}

/** The comma closing a side remark after a member (", qui lui dispute le segment,", ", né de …,"), or -1. */
function sideRemarkEnd(units: Unit[], comma: number, end: number): number {
  const first = units[comma + 1];
  if (first?.kind !== 'tok' || first.token.kind !== 'word' || first.token.text !== first.token.lower)
    return -1;
  for (let j = comma + 2; j < end; j++) {
    const u = units[j];
    if (u.kind === 'tok' && u.token.text === ',') return j;
    if (u.kind === 'tok' && CLAUSE_STOPS.has(u.token.text)) return -1;
  }
  return -1;
}

/**
 * Words that say the names after them are examples of a kind ("des acteurs comme B", "vendors such as B", "a
 * dozen apps, among them B", "des concurrents de taille, à commencer par B", "plusieurs réseaux, parmi lesquels B").
 */
const SUCH_AS = /^(comme|notamment|including|like|tels|telles|such|among|commencer|parmi)$/u;
/** The word after such an opener that belongs to it ("such as", "among them", "à commencer par", "parmi eux"). */
const SUCH_AS_SECOND = /^(as|que|them|these|those|par|eux|elles|lesquels|lesquelles|ceux-ci)$/u;
/** Plain words of a kind phrase before its examples ("les poids moyens de l'édition française, comme B"). */
const KIND_PHRASE_WORDS = 10;
/** Plain words of an elided clause between a list and its next particle (", et sur les grands comptes contre C"). */
const RESUME_WORDS = 6;
/** Plain words of a phrase closing a list before it is picked up again ("at the upper end of the market"). */
const CLOSING_PHRASE_WORDS = 8;
/** The agent preposition of a passive, which may repeat inside the list ("par A et par B"). */
const AGENT = /^(par|by)$/u;
/** Particles that open the rivals again after an elided verb. */
const PARTICLES = /^(with|against|avec|contre|à|au|aux)$/u;

/** A lower-case word of no role ("at the upper end of the market"). */
function plainLower(units: Unit[], j: number): boolean {
  const u = units[j];
  return (
    u?.kind === 'tok' &&
    u.token.kind === 'word' &&
    u.token.text === u.token.lower &&
    !NOT_RIVALS.test(u.token.lower) &&
    !/^(et|and|mais|but|qui|which|who|que|that|où|where)$/u.test(u.token.lower)
  );
}

/** The first example after a kind phrase and "comme"/"such as" (no name and no role word before it), or -1. */
function exampleAfter(units: Unit[], from: number, end: number): number {
  for (let k = from; k < end && k <= from + KIND_PHRASE_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent' || CLAUSE_STOPS.has(u.token.text) || NOT_RIVALS.test(u.token.lower)) return -1;
    if (!SUCH_AS.test(u.token.lower)) continue;
    const second = SUCH_AS_SECOND.test(wordAt(units, k + 1) ?? '');
    // "among"/"parmi"/"commencer" open examples only with their second word ("among other things" does not)
    if (!second && /^(among|commencer|parmi)$/u.test(u.token.lower)) continue;
    const after = second ? k + 2 : k + 1;
    return memberAfter(units, after, Math.min(end, after + 3));
  }
  return -1;
}

/** A member of the list the first particle opened: at once, after a few descriptors, or after "comme". */
function memberOrExample(units: Unit[], from: number, end: number, lead: number, agent: boolean): number {
  const direct = memberAfter(
    units,
    from,
    Math.min(end, from + lead + 1 + placePossessiveAt(units, from, lead)),
    agent,
  );
  if (direct >= 0) return direct;
  const apposed = lead > 0 ? rankApposedMember(units, from, end, NOT_RIVALS) : -1;
  if (apposed >= 0) return apposed;
  const example = exampleAfter(units, from, end);
  if (example >= 0 || lead === 0) return example;
  const headed = headOfPackMember(units, from, end, NOT_RIVALS);
  if (headed >= 0) return headed;
  // "Face à la licorne, mais aussi à B": a rival told by a descriptor only, the list goes on with names
  return opensDescriptor(units, from) ? resumedMember(units, from, end) : -1;
}

/**
 * The list picked up again after an elided verb: ", and with C", ", et sur les grands comptes contre C",
 * ", sans compter les géants comme C". Returns the member's index, or -1.
 */
function resumedMember(units: Unit[], k: number, end: number): number {
  let j = k;
  // "competes with A and B at the upper end of the market, and with C": a short phrase may close the list
  while (j < end && j - k < CLOSING_PHRASE_WORDS && plainLower(units, j)) j++;
  if (j > k && wordAt(units, j) !== ',') return -1;
  if (wordAt(units, j) === ',') j++;
  if (wordAt(units, j) === 'sans' && wordAt(units, j + 1) === 'compter')
    return memberOrExample(units, j + 2, end, MAX_DESCRIPTOR_WORDS, false);
  if (!/^(et|and|mais|but)$/u.test(wordAt(units, j) ?? '')) return -1;
  for (let n = j + 1; n < end && n <= j + 1 + RESUME_WORDS; n++) {
    const u = units[n];
    if (u.kind === 'ent' || CLAUSE_STOPS.has(u.token.text) || NOT_RIVALS.test(u.token.lower)) return -1;
    if (u.token.kind !== 'word') return -1;
    if (PARTICLES.test(u.token.lower)) return memberOrExample(units, n + 1, end, MAX_DESCRIPTOR_WORDS, false);
  }
  return -1;
}

/**
 * The rivals after a trigger: the first organisation after at most `lead` plain words (or the examples after a
 * kind phrase and "comme"/"such as"), then every member joined by a comma, a conjunction or a connector, with
 * descriptors ("et la gamme de B", "as well as the German B"), and the list picked up after an elided verb
 * (", and with C"). `agent`: the rivals follow "par"/"by", which may repeat. Returns unit indexes; empty when
 * the first name is not reached or a word says they are no rivals.
 */
export function rivalsAfter(
  units: Unit[],
  from: number,
  lead: number,
  stepRemarks = true,
  agent = false,
): number[] {
  let end = units.length;
  // "affronte des poids lourds bien plus gros que lui : A et B": a colon may open the list the lead words announce
  const colon = lead > 0 ? colonAfter(units, from) : -1;
  if (colon >= 0) {
    from = colon + 1;
    lead = Math.max(0, lead - 1);
  }
  for (let k = from; k < units.length; k++) {
    if (isStop(units, k)) {
      end = k;
      break;
    }
  }
  // a list read at no distance (market overviews) takes no kind phrase: its first name is given
  const first =
    lead === 0 ? memberAfter(units, from, from + 1) : memberOrExample(units, from, end, lead, agent);
  if (first < 0) return [];
  const got = [first];
  let pending = 0;
  let k = afterPossessed(units, first);
  for (;;) {
    if (stepRemarks && wordAt(units, k) === ',' && !LIST_JOIN.test(wordAt(units, k + 1) ?? '')) {
      const close = sideRemarkEnd(units, k, end);
      // the remark is only stepped over when the list goes on after it ("…, et C")
      if (
        close > 0 &&
        (/^(et|and|mais|but|ainsi|as|sans)$/u.test(wordAt(units, close + 1) ?? '') || namedOn(units, close))
      )
        k = close;
    }
    let j = k;
    while (j < end && continues(units, j, agent) && j - k <= MAX_DESCRIPTOR_WORDS) j++;
    const joins = units.slice(k, j).map((u) => (u.kind === 'tok' ? u.token.lower : ''));
    // ", and with C", ", sans compter C": a member after an elided verb is as sure as one after a conjunction
    const resumed = stepRemarks && lead > 0 ? resumedMember(units, k, end) : -1;
    let next = j > k && joins.some((w) => JOINS.test(w)) ? memberAfter(units, j, end, agent) : -1;
    if (resumed >= 0) {
      next = resumed;
      pending = 0;
    } else if (next < 0) return closesOnOthers(units, k) ? got : settled(got, pending);
    // "Face à A, B mise …": a member after a bare comma may open the next clause, until a conjunction follows
    else if (joins.some((w) => CONJUNCTIONS.test(w))) pending = 0;
    else pending++;
    got.push(next);
    k = afterPossessed(units, next);
  }
}

/** Plain words of a lead phrase a colon may close ("des poids lourds bien plus gros que lui :"). */
const COLON_LEAD_WORDS = 9;

/** The colon closing a lead phrase of plain words after `from` (no name, no stop before it), or -1. */
function colonAfter(units: Unit[], from: number): number {
  for (let k = from; k < units.length && k <= from + COLON_LEAD_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    if (u.token.text === ':') return k;
    if (CLAUSE_STOPS.has(u.token.text) || NOT_RIVALS.test(u.token.lower)) return -1;
  }
  return -1;
}

/**
 * After a remark's closing comma the list goes on with a name and a conjunction (", B et C"), or with a name and a
 * remark of its own (", B, passé sous le contrôle de H, et C"): a member joined by a bare comma is only kept when a
 * conjunction follows later (`settled`), so the list "A, filiale de H, B, passé …, et C" reads its three members.
 */
function namedOn(units: Unit[], close: number): boolean {
  const u = units[close + 1];
  return u?.kind === 'ent' && u.orgs && /^(et|and|,)$/u.test(wordAt(units, close + 2) ?? '');
}

/** A connector word at `j`; "par"/"by" too in a passive's list ("par A et par B"). */
function continues(units: Unit[], j: number, agent: boolean): boolean {
  const w = wordAt(units, j) ?? '';
  return CONTINUERS.test(w) || (agent && AGENT.test(w));
}
