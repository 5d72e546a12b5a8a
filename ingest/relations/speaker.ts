import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import {
  CLAUSE_OPENERS,
  FIRST_PERSON_OBJECTS,
  FIRST_PERSON_POSSESSIVES,
  FIRST_PERSON_SUBJECTS,
  FOUNDER_WORDS,
  LEADER_TITLE_WORDS,
  POSSESSIVES,
  SPEAKER_ROLE_WORDS,
  TOGETHER_WORDS,
} from './anaphor-words';
import { rivalNounAt } from './pointing-phrases';
import { FORMER_ADJECTIVE } from './rival-former';

/**
 * Who "nous", "we", "our" stand for in a quote: the company of the person quoted. A person is tied to a company
 * by a role word beside the names ("Nadia Bensalem, présidente de X", "X chief executive P", "P runs X"); a
 * speaker no role ties to anything speaks for the article's company (an interview names its company first).
 */

/** What the speaker resolution keeps from sentence to sentence. */
export interface SpeakerState {
  /** A quote opened in an earlier sentence is still open: its "nous"/"we" is still the speaker's. */
  quoteOpen: boolean;
  /** The company each person named so far was tied to. */
  personOrg: Map<number, number>;
  /** The company of the last quote's speaker, while the quote goes on. */
  speakerOrg: number | null;
  /**
   * The first company the article named as a subject: the one a quote with no speaker tied to a company speaks
   * for. An interview's answers name the companies bought and fought, which draw salience away from it.
   */
  firstOrg: number | null;
  /**
   * The paragraph answers an interview question: the paragraph before ended on "?" ("Pourquoi ce pays ?"), so its
   * "nous"/"we" is the interviewee's company though no quote mark opens it.
   */
  answering: boolean;
  /** The last sentence read ended on a question mark. */
  lastAsked: boolean;
  /**
   * The interviewee's company, fixed at the first answer: later answers name the companies bought and fought,
   * which draw salience away from it.
   */
  interviewOrg: number | null;
}

export function newSpeakerState(): SpeakerState {
  return {
    quoteOpen: false,
    personOrg: new Map(),
    speakerOrg: null,
    firstOrg: null,
    answering: false,
    lastAsked: false,
    interviewOrg: null,
  };
}

/** Most tokens between a person's name and the company a role word ties them to. */
const ROLE_LINK_WINDOW_TOKENS = 8;
const OPENING_QUOTES = new Set(['«', '“']);
const CLOSING_QUOTES = new Set(['»', '”']);
const STRAIGHT_QUOTE = '"';
/** Marks that end the stretch a person's role is read in. */
const LINK_STOPS = new Set(['.', ';', '«', '»', '"', '“', '”', '(', ')']);

function isRoleWord(t: Token): boolean {
  return LEADER_TITLE_WORDS.has(t.lower) || SPEAKER_ROLE_WORDS.has(t.lower) || FOUNDER_WORDS.has(t.lower);
}

function mentionAt(mentions: Mention[], k: number): Mention | undefined {
  return mentions.find((x) => x.from === k);
}

/** The company a role word ties the person mentioned at `m` to, after the name then before it, or null. */
function roleOrg(tokens: Token[], mentions: Mention[], index: EntityIndex, m: Mention): number | null {
  const isOrg = (x: Mention) => index.entities[x.entity].type === 'Organization';
  let role = false;
  for (let k = m.to; k < tokens.length && k < m.to + ROLE_LINK_WINDOW_TOKENS; k++) {
    const x = mentionAt(mentions, k);
    if (x) {
      if (role && isOrg(x)) return x.entity;
      break;
    }
    // "P, ancienne directrice générale de X", "P, a former executive of X": a post left does not make P speak for X
    if (LINK_STOPS.has(tokens[k].text) || FORMER_ADJECTIVE.test(tokens[k].lower)) break;
    role ||= isRoleWord(tokens[k]);
  }
  role = false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - ROLE_LINK_WINDOW_TOKENS; k--) {
    const x = mentions.find((y) => y.to === k + 1 && y.from <= k);
    // "Solenne's Marcus Obi": a possessive right before the name ties them too
    if (x) return (role || k === m.from - 2) && isOrg(x) ? x.entity : null;
    if (LINK_STOPS.has(tokens[k].text) || tokens[k].text === ',') return null;
    role ||= isRoleWord(tokens[k]) || (k === m.from - 1 && tokens[k].lower === "'s");
  }
  return null;
}

/** The people of this sentence tied to a company, in order of mention. */
function personLinks(tokens: Token[], mentions: Mention[], index: EntityIndex): [number, number][] {
  const links: [number, number][] = [];
  for (const m of mentions) {
    if (index.entities[m.entity].type !== 'Person') continue;
    const org = roleOrg(tokens, mentions, index, m);
    if (org !== null) links.push([m.entity, org]);
  }
  return links;
}

/** The sentence holds a quote, or goes on with one opened before. */
export function inQuote(tokens: Token[], state: SpeakerState): boolean {
  return (
    state.quoteOpen ||
    state.answering ||
    tokens.some((t) => t.text === STRAIGHT_QUOTE || OPENING_QUOTES.has(t.text))
  );
}

/**
 * A speaker introduced by a possessive and a role ("explique son fondateur, P", "said its chief executive, P"):
 * the possessive points at the company the text was just about, which then speaks.
 */
function possessiveRoleSpeaker(tokens: Token[], mentions: Mention[], index: EntityIndex): boolean {
  return tokens.some((t, k) => {
    if (!POSSESSIVES.has(t.lower) || tokens[k + 1] === undefined || !isRoleWord(tokens[k + 1])) return false;
    return mentions.some(
      (m) =>
        m.from > k && m.from <= k + ROLE_LINK_WINDOW_TOKENS && index.entities[m.entity].type === 'Person',
    );
  });
}

/**
 * The company "nous"/"we" stands for in this sentence: the company of a person named here (as the speaker of
 * "« … », estime P"), else the ongoing quote's speaker, else the last sentence's company when a possessive
 * introduces the speaker (`previousSubject`), else the company a merger told of makes (`born`: its executives
 * speak for it), else the article's first company, else `fallback`.
 */
export function speakerOrgFor(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: SpeakerState,
  born: number | null,
  fallback: number | null,
  previousSubject: number | null,
): number | null {
  const here = personLinks(tokens, mentions, index)[0];
  if (here) return here[1];
  for (const m of mentions) {
    const known = state.personOrg.get(m.entity);
    if (known !== undefined) return known;
  }
  if (state.answering && !state.quoteOpen) return (state.interviewOrg ??= state.firstOrg ?? fallback);
  const ongoing = state.quoteOpen ? state.speakerOrg : null;
  const owner = possessiveRoleSpeaker(tokens, mentions, index) ? previousSubject : null;
  return ongoing ?? owner ?? born ?? state.firstOrg ?? fallback;
}

/** Records the sentence's person-company ties and whether a quote is still open after it. */
export function updateSpeakerState(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: SpeakerState,
  speaker: number | null,
): void {
  // a name the text never typed ("Marcus Obi runs …" taken for a company) does not speak for the article
  const named = mentions.find((m) => {
    const e = index.entities[m.entity];
    return e.type === 'Organization' && !e.tentative;
  });
  state.firstOrg ??= named?.entity ?? null;
  for (const [person, org] of personLinks(tokens, mentions, index))
    if (!state.personOrg.has(person)) state.personOrg.set(person, org);
  let open = state.quoteOpen;
  for (const t of tokens) {
    if (OPENING_QUOTES.has(t.text)) open = true;
    else if (CLOSING_QUOTES.has(t.text)) open = false;
    else if (t.text === STRAIGHT_QUOTE) open = !open;
  }
  state.speakerOrg = open ? (speaker ?? state.speakerOrg) : null;
  state.quoteOpen = open;
  state.lastAsked = tokens[tokens.length - 1]?.text === '?';
}

/**
 * A new paragraph closes any quote left open (an unclosed quote mark does not run on past its paragraph); it is
 * an interview answer when the paragraph before ended on a question.
 */
export function endQuote(state: SpeakerState): void {
  state.answering = state.lastAsked;
  state.quoteOpen = false;
  state.speakerOrg = null;
}

/** The words at `i` without which `firstPersonOrg` reads nothing (pointer-screen.ts skips it elsewhere). */
export const FIRST_PERSON_START_WORDS: ReadonlySet<string> = new Set([
  ...FIRST_PERSON_SUBJECTS,
  ...FIRST_PERSON_OBJECTS,
  ...FIRST_PERSON_POSSESSIVES,
]);

/** A French "nous" at `i` opens its clause (subject), rather than standing before its verb as an object. */
function opensClauseAt(tokens: Token[], i: number): boolean {
  return i === 0 || CLAUSE_OPENERS.has(tokens[i - 1].lower);
}

/**
 * The company a first-person word at `i` stands for in a quote — "nous avons", "we", "us", "nos concurrents",
 * "our founders" — or null; `speaker` is `speakerOrgFor`'s answer, `born` the company a merger makes.
 */
export function firstPersonOrg(
  tokens: Token[],
  i: number,
  units: Unit[],
  speaker: number,
  born: number | null,
): number | null {
  const w = tokens[i].lower;
  const subject = w === 'we' || (w === 'nous' && opensClauseAt(tokens, i));
  const possessive =
    FIRST_PERSON_POSSESSIVES.has(w) &&
    (rivalNounAt(tokens, i + 1) || FOUNDER_WORDS.has(tokens[i + 1]?.lower ?? ''));
  if (!(FIRST_PERSON_SUBJECTS.has(w) && subject) && !FIRST_PERSON_OBJECTS.has(w) && !possessive) return null;
  // a capitalised opening word before the pronoun ("Ensemble, nous") is an adverb, no name
  units.forEach((u, k) => {
    if (subject && u.kind === 'ent' && u.word !== undefined) units[k] = { kind: 'tok', token: u.word };
  });
  // "Ensemble, nous …", "Together we …": the company the merger makes speaks
  const together = tokens.slice(Math.max(0, i - 2), i).some((x) => TOGETHER_WORDS.has(x.lower));
  return together && born !== null ? born : speaker;
}

/** Most tokens of a title between a possessive and the name it introduces ("its chief executive officer, P"). */
const OWNED_TITLE_TOKENS = 4;

/** "Son président, P", "its chief executive P": a possessive and a role word just before the name. */
function ownedTitleBefore(tokens: Token[], m: Mention): boolean {
  let role = false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - OWNED_TITLE_TOKENS - 1; k--) {
    const t = tokens[k];
    if (POSSESSIVES.has(t.lower)) return role;
    if (isRoleWord(t) || /^(executive|officer|général|générale|délégué|déléguée|du|of)$/u.test(t.lower))
      role = true;
    else if (!(t.text === ',' && k === m.from - 1)) return false;
  }
  return false;
}

/**
 * A person introduced by a possessive title ("Son président, Erwan Le Goff, revient sur …", "said its chief
 * executive, P") speaks for the company the possessive points at, the one the text was just about (`owner`):
 * the tie holds for the person's later quotes (« Notre vrai rival, c'est X », explique P).
 */
export function recordOwnedSpeakers(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: SpeakerState,
  owner: number | null,
): void {
  // in a quote's attribution ("», glisse P, son directeur général") the possessive is the speaker's own company,
  // which speakerOrgFor weighs; the previous subject is only trusted in a sentence that tells of the person
  if (owner === null || index.entities[owner]?.type !== 'Organization' || inQuote(tokens, state)) return;
  for (const m of mentions) {
    if (index.entities[m.entity].type !== 'Person' || state.personOrg.has(m.entity)) continue;
    if (roleOrg(tokens, mentions, index, m) !== null) continue;
    if (ownedTitleBefore(tokens, m)) state.personOrg.set(m.entity, owner);
  }
}
