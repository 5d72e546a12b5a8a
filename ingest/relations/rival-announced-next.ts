import type { Unit } from './pattern';
import type { Sentence } from '../sentences';
import type { ExtractedRelation } from '../types';
import type { EntityIndex } from '../resolve/mentions';
import { subjectOrgBefore } from './sentence-orgs';
import { isFundLikeName } from './salience-cues';
import { openingArrivals, possessorAt } from './rival-arrivals-opening';
import { PLAYER_COUNTS } from './rival-words';
import { plainRelation } from './plain-relation';

/**
 * Rivals announced by one sentence and named by the next: "The company also faces a new threat from Asia.
 * Kanglong and Huaxin opened plants in Hungary …", "Protalert devra aussi compter avec deux nouveaux venus.
 * L'opérateur Telvio …, et l'américain Ringwell …". The press states the rivalry in the first sentence with a
 * threat or newcomer noun and no name, then names the arrivals as the next sentence's subjects, whose own words
 * ("opened plants", "vend ses kits") say nothing of rivalry. The announcing sentence's subject company, else the
 * article's topic, competes with each of them; they are not paired with each other (they are its challengers, not
 * each other's).
 */

/** The id these facts carry. */
export const ANNOUNCED_RIVALS_RULE_ID = 'any.competes.announced-next';
/** Below the pattern rules': the rivalry is read across two sentences. */
export const ANNOUNCED_RIVALS_CONFIDENCE = 0.5;

/**
 * Plural nouns that always announce arrivals on a market: newcomers, challengers, new entrants. The singular
 * mostly tells what the subject itself is ("se pose en challenger", "a newcomer to the market").
 */
const ARRIVAL_NOUNS = new Set([
  'newcomers',
  'entrants',
  'challengers',
  'arrivals',
  'contenders',
  'challengeurs',
  'venus',
  'arrivants',
]);
/** "nouveaux venus", "nouvel entrant", "des acteurs venus de la bière": the French arrival word needs its head. */
const FR_ARRIVAL_NOUNS = new Set(['venus', 'entrants', 'arrivants']);
const FR_ARRIVAL_HEADS = new Set([
  'nouveaux',
  'nouvel',
  'nouveau',
  'nouvelles',
  'nouvelle',
  'acteurs',
  'concurrents',
]);
/**
 * Nouns of threat or rivalry, which announce arrivals only when told as new or as coming from somewhere ("a new
 * threat from Asia", "de nouveaux concurrents", "La pression vient aussi du haut de gamme"); alone they mostly
 * close a sentence about the company's own market or its shareholders ("sous la pression des actionnaires").
 */
const THREAT_NOUNS = new Set([
  'threat',
  'threats',
  'rivals',
  'competitors',
  'menace',
  'menaces',
  'pression',
  'concurrents',
  'rivaux',
]);
/** Adjectives telling a threat or a rival as new. */
const NEW_WORDS = new Set(['new', 'fresh', 'nouveaux', 'nouvel', 'nouveau', 'nouvelles', 'nouvelle']);
/** Words right after a threat noun telling where it comes from ("from Asia", "vient du haut de gamme"). */
const COMING_WORDS = new Set([
  'from',
  'vient',
  'viennent',
  'venue',
  'venues',
  'venant',
  'arrive',
  'arrivent',
]);
/** Words before a threat noun searched for a "new" adjective ("a new threat", "two new Chinese rivals"). */
const NEW_LOOKBACK_TOKENS = 3;
/** Every word a cue may be: the reader leaves a sentence holding none of them at once. */
export const ANNOUNCER_START_WORDS: ReadonlySet<string> = new Set([...ARRIVAL_NOUNS, ...THREAT_NOUNS]);
/** Prepositions opening a fronted phrase before the subject ("Après vingt ans de duel avec A, le groupe …"). */
const FRONTING_WORDS = new Set([
  'après',
  'avant',
  'malgré',
  'outre',
  'after',
  'despite',
  'besides',
  'beyond',
]);
/** Words before the cue that deny the announcement ("sees no threat", "ne craint aucune menace"). */
const DENIAL_WORDS = new Set(['no', 'not', "n't", 'never', 'aucune', 'aucun', 'pas', 'ni', 'jamais', 'sans']);
/** Words before the cue searched for a count or a denial ("deux nouveaux venus", "two Asian newcomers"). */
const CUE_LOOKBACK_TOKENS = 5;
/** Counts a cue may carry: the next sentence must name that many arrivals. */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([...PLAYER_COUNTS, ['2', 2], ['3', 3], ['4', 4]]);
/**
 * Most words after the cue: the announcement closes its sentence ("… faces a new threat from Asia.", "… compter
 * avec deux nouveaux venus."), setting up the next one; a longer tail is a clause of its own.
 */
const MAX_TAIL_WORDS = 7;
/** Punctuation opening a clause after the cue. */
const TAIL_CLAUSE = new Set([',', ';', ':', '(']);
/** Most names an uncounted announcement is taken to cover; a longer list is a market survey, not arrivals. */
const MAX_UNCOUNTED_RIVALS = 3;
/** What an announcing sentence leaves for the next one: the company the arrivals compete with. */
export interface Announcement {
  anchor: number;
  /** The count the cue carried, or null. */
  count: number | null;
}

function wordOf(u: Unit | undefined): string | null {
  return u?.kind === 'tok' ? u.token.lower : null;
}

/** The cue noun's index in the units, or -1. */
function cueAt(units: Unit[]): number {
  return units.findIndex((u, k) => {
    if (u.kind !== 'tok' || !ANNOUNCER_START_WORDS.has(u.token.lower)) return false;
    const w = u.token.lower;
    if (FR_ARRIVAL_NOUNS.has(w)) return FR_ARRIVAL_HEADS.has(wordOf(units[k - 1]) ?? '');
    if (ARRIVAL_NOUNS.has(w)) return true;
    if (COMING_WORDS.has(wordOf(units[k + 1]) ?? '')) return true;
    for (let j = Math.max(0, k - NEW_LOOKBACK_TOKENS); j < k; j++)
      if (NEW_WORDS.has(wordOf(units[j]) ?? '')) return true;
    return false;
  });
}

/**
 * The announcement a sentence makes, or null: a cue noun, no name after it (the arrivals are named later), no
 * denial before it. The company is the sentence's subject before the cue, else a pointer there, else the topic.
 */
export function announcementIn(
  units: Unit[],
  topic: number | null,
  current: number | null,
): Announcement | null {
  const cue = cueAt(units);
  if (cue < 0 || heldBy(units, cue)) return null;
  const tail = units.slice(cue + 1);
  const tailWords = tail.filter((u) => u.kind !== 'tok' || u.token.kind !== 'punct').length;
  if (tailWords > MAX_TAIL_WORDS || tail.some((u) => u.kind === 'tok' && TAIL_CLAUSE.has(u.token.text)))
    return null;
  if (units.some((u, k) => k > cue && u.kind === 'ent' && !u.anaphor)) return null;
  let count: number | null = null;
  for (let k = Math.max(0, cue - CUE_LOOKBACK_TOKENS); k < cue; k++) {
    const w = wordOf(units[k]);
    if (w === null) continue;
    if (DENIAL_WORDS.has(w)) return null;
    count = COUNT_WORDS.get(w) ?? count;
  }
  const told = frontedSubject(units, cue, topic) ?? subjectOrgBefore(units, cue) ?? pointerBefore(units, cue);
  // no company told before the cue: the topic is the one threatened only when the sentence opens on a common
  // noun ("La pression vient …", "Two Chinese makers are …"), not on a place or a person ("Europe has its own …"),
  // and when the text is about it right then (the last company told as a subject); after a paragraph on another
  // company the threat is that one's or the market's
  const anchor = told ?? (opensOnCommonNoun(units) && current === topic ? topic : null);
  return anchor === null ? null : { anchor, count };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'le', 'la', "l'", 'les', 'un', 'une']);

/** Possessives before a cue: "its challenger", "ses nouveaux concurrents" stand for a company already told. */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'son', 'sa', 'ses', 'leur', 'leurs']);

/**
 * Whether the cue belongs to a company already told: a possessive before it ("its American challenger", "Acme's
 * challengers") or an apposition to a name ("Norbank, the Norwegian challenger that …").
 */
function heldBy(units: Unit[], cue: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - CUE_LOOKBACK_TOKENS; k--) {
    const u = units[k];
    // a name before the cue holds it only as its possessor ("Acme's new challengers"); else it is the subject
    if (u.kind === 'ent') return possessorAt(units, k);
    if (POSSESSIVES.has(u.token.lower)) return true;
    if (u.token.text === ',') return units[k - 1]?.kind === 'ent';
    if (u.token.kind !== 'word') return false;
  }
  return false;
}

/** A sentence opening on a determiner or a count ("La pression", "Two Chinese manufacturers", "Le marché"). */
function opensOnCommonNoun(units: Unit[]): boolean {
  const w = wordOf(units[0]);
  return w !== null && (DETERMINERS.has(w) || COUNT_WORDS.has(w));
}

/** The first pointer to a company before the cue ("Chief executive P said the company faces …"), or null. */
function pointerBefore(units: Unit[], cue: number): number | null {
  const u = units.find((x, k) => k < cue && x.kind === 'ent' && x.orgs && x.anaphor);
  return u?.kind === 'ent' ? (u.ents[0] ?? null) : null;
}

/**
 * "Après vingt ans de duel avec A, le groupe devra compter avec …": a sentence opening on a prepositional phrase
 * has its subject right after the phrase's comma; the name inside the phrase is no subject.
 */
function frontedSubject(units: Unit[], cue: number, topic: number | null): number | null {
  if (!FRONTING_WORDS.has(wordOf(units[0]) ?? '')) return null;
  const comma = units.findIndex((u, k) => k < cue && u.kind === 'tok' && u.token.text === ',');
  const u = comma < 0 ? undefined : units[comma + 1];
  if (u?.kind !== 'ent' || !u.orgs || u.persons) return null;
  // "Après vingt ans de duel avec A, le groupe …": the pointer is not A, the other party of its own phrase
  const inPhrase = units.some((x, k) => k < comma && x.kind === 'ent' && x.ents.includes(u.ents[0]));
  return u.anaphor && inPhrase ? (topic !== u.ents[0] ? topic : null) : u.ents[0];
}

/** The rivals of the announcement the sentence before made, read in this sentence: pairs anchor → arrival. */
export function announcedRivals(units: Unit[], told: Announcement, index: EntityIndex, s: number): number[] {
  // arrivals are introduced here: a company the article told of before the announcement is no newcomer
  const earlier = new Set(
    index.bySentence
      .slice(0, s)
      .flat()
      .map((m) => m.entity),
  );
  const names = openingArrivals(units).filter(
    (e) =>
      e !== told.anchor &&
      !earlier.has(e) &&
      index.entities[e].type === 'Organization' &&
      !index.entities[e].surfaces.some(isFundLikeName),
  );
  if (names.length === 0) return [];
  if (told.count !== null ? names.length !== told.count : names.length > MAX_UNCOUNTED_RIVALS) return [];
  return names;
}

/** The COMPETES_WITH fact an announced rival gives, keyed as the rule loop keys its facts. */
export function announcedRivalFact(
  a: number,
  b: number,
  names: readonly string[],
  sentence: Sentence,
): { key: string; fact: ExtractedRelation; ents: [number, number] } {
  const [src, tgt] = names[a] > names[b] ? [b, a] : [a, b];
  return {
    key: `COMPETES_WITH:${src}:${tgt}`,
    ents: [a, b],
    fact: plainRelation(
      'COMPETES_WITH',
      names[src],
      names[tgt],
      sentence,
      ANNOUNCED_RIVALS_RULE_ID,
      ANNOUNCED_RIVALS_CONFIDENCE,
    ),
  };
}
