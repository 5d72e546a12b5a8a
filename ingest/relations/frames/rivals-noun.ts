import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { typed, wordAt } from './rivals-clause';
import { NOT_RIVALS } from './rivals-list';

/**
 * A rival named by the noun before it: "Bangalore-based A rival B" (A and B), and with nobody named before it in
 * its clause, "Belgian rival B has moved into claims", "Le concurrent B a levé" — the rival of the company the
 * article is about (the rule's topic target).
 */

/** A singular rival noun right before a name (a plural lists someone's rivals: read by the pattern rules). */
const RIVAL_NOUN = /^(rival|competitor|concurrent|concurrente|arch-rival|archrival)$/u;
/** Words that may stand before the noun in a clause naming nobody else ("US-based", "Belgian", "its larger"). */
const QUALIFIER =
  /^(\p{Lu}[\p{L}-]*|[\p{Ll}-]+(-based|ian|ish|ese|an|er|ais|aise|ois|oise|ain|aine|en|enne|ois))$/u;
const DETERMINER = /^(a|the|le|la|l'|un|une)$/u;
/** Words that open a clause before the noun phrase. */
const CLAUSE_OPENER = /^(,|;|and|but|while|whereas|et|mais|tandis|alors|que)$/u;
/** Words looked back from the noun for the start of its clause. */
const QUALIFIER_WORDS = 3;

function org(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.orgs && u.ents.length === 1;
}

/** The rival name after the noun at `k`, unless a noun after it makes it something else ("rival B's offer"). */
function rivalAfter(units: Unit[], k: number): number {
  if (!RIVAL_NOUN.test(wordAt(units, k) ?? '') || !org(units, k + 1) || !typed(units, k + 1)) return -1;
  const next = wordAt(units, k + 1 + 1);
  if (next !== null && (next === "'s" || NOT_RIVALS.test(next))) return -1;
  return k + 1;
}

/** "A rival B": a name right before the noun, not after a preposition of another role ("for A rival B"). */
function readNamedRival(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let k = 1; k < units.length; k++) {
    const b = rivalAfter(units, k);
    if (b < 0 || !org(units, k - 1)) continue;
    const a = units[k - 1];
    const r = units[b];
    if (a.kind !== 'ent' || r.kind !== 'ent' || a.ents[0] === r.ents[0]) continue;
    if (NOT_RIVALS.test(wordAt(units, k - 2) ?? '')) continue;
    out.push({ a: a.ents, b: r.ents, '#a': [k - 1], '#b': [b], [MATCH_START]: [k - 1] });
  }
  return out;
}

/** "Belgian rival B has moved …": the noun phrase opens its clause, and B is its subject (a verb follows). */
function readTopicRival(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let k = 0; k < units.length; k++) {
    const b = rivalAfter(units, k);
    if (b < 0) continue;
    let j = k - 1;
    while (j >= 0 && k - j <= QUALIFIER_WORDS && units[j].kind === 'tok') {
      const w = (units[j] as { token: { text: string } }).token.text;
      if (CLAUSE_OPENER.test(w.toLowerCase()) || !QUALIFIER.test(w) || DETERMINER.test(w.toLowerCase()))
        break;
      j--;
    }
    if (DETERMINER.test(wordAt(units, j) ?? '')) j--;
    if (j >= 0 && !CLAUSE_OPENER.test(wordAt(units, j) ?? '')) continue;
    // the rival is the subject: a plain word (its verb) follows, not a list or a preposition
    const next = wordAt(units, b + 1);
    if (next === null || !/^\p{Ll}/u.test(next) || /^(and|et|or|ou|of|de|du|des)$/u.test(next)) continue;
    const r = units[b];
    if (r.kind === 'ent') out.push({ b: r.ents, '#b': [b], [MATCH_START]: [k] });
  }
  return out;
}

/** "B, qui était son principal concurrent", "A and B, which were its two main rivals". */
const RELATIVE = /^(qui|which|who)$/u;
const COPULA = /^(est|était|sont|étaient|reste|restait|restent|demeure|is|was|are|were|remains|remained)$/u;
const RIVAL_NOUNS =
  /^(concurrent|concurrents|rival|rivaux|rivals|competitor|competitors|arch-rival|arch-rivals|archrival|archrivals)$/u;
/** Words between the possessor and the noun ("nos deux principaux concurrents", "its main rival"). */
const NOUN_QUALIFIER_WORDS = 3;
/** Units walked back from the relative for its antecedents ("A, à Madrid, puis B, à Valence, qui …"). */
const ANTECEDENT_WINDOW_UNITS = 12;

/** The antecedent names of a relative at `rel`: a list, stepping over places (", à Madrid ,") and "puis". */
function antecedents(units: Unit[], rel: number): number[] {
  const got: number[] = [];
  for (let k = rel - 1; k >= 0 && k >= rel - ANTECEDENT_WINDOW_UNITS; k--) {
    const u = units[k];
    if (u.kind === 'ent') {
      // "A, à Madrid, …": a place after a preposition is no antecedent
      if (/^(à|in|en|at|au)$/u.test(wordAt(units, k - 1) ?? '')) {
        k--;
        continue;
      }
      if (!u.orgs) return [];
      got.push(k);
      continue;
    }
    // "…, à Valence, qui": a place told in plain words
    if (/^\p{Lu}/u.test(u.token.text) && /^(à|in|en|at|au)$/u.test(wordAt(units, k - 1) ?? '')) {
      k--;
      continue;
    }
    if (!/^(,|et|and|puis|then)$/u.test(u.token.lower)) break;
  }
  return got.reverse();
}

/** The possessor standing for "son/nos/its" (resolved by the units) and the antecedents it has as rivals. */
function readRelativeRival(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let k = 1; k < units.length; k++) {
    if (!RELATIVE.test(wordAt(units, k) ?? '') || wordAt(units, k - 1) !== ',') continue;
    if (!COPULA.test(wordAt(units, k + 1) ?? '')) continue;
    const owner = units[k + 2];
    if (owner?.kind !== 'ent' || !owner.orgs || !owner.anaphor) continue;
    let noun = -1;
    for (let j = k + 3; j <= k + 3 + NOUN_QUALIFIER_WORDS && j < units.length; j++) {
      const w = wordAt(units, j);
      if (w === null) break;
      if (RIVAL_NOUNS.test(w)) {
        noun = j;
        break;
      }
    }
    if (noun < 0) continue;
    const ante = antecedents(units, k - 1).filter((a) => a !== k + 2);
    const rivals = ante
      .flatMap((a) => (units[a] as { ents: number[] }).ents)
      .filter((e) => !owner.ents.includes(e));
    if (rivals.length > 0)
      out.push({ a: owner.ents, b: rivals, '#a': [k + 2], '#b': [ante[0]], [MATCH_START]: [ante[0]] });
  }
  return out;
}

export const RIVAL_NOUN_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-rival-noun',
    type: 'COMPETES_WITH',
    read: readNamedRival,
    // rivalAfter reads only this noun
    neededWordPattern: RIVAL_NOUN,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-relative-rival',
    type: 'COMPETES_WITH',
    read: readRelativeRival,
    neededWordPattern: RIVAL_NOUNS,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-rival-noun-topic',
    type: 'COMPETES_WITH',
    read: readTopicRival,
    neededWordPattern: RIVAL_NOUN,
    source: 'b',
    // the target is the article's company (topicTarget), not a capture
    target: 'topic',
    topicTarget: true,
    confidence: 0.5,
  },
];
