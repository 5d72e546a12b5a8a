import type { ExtractedRelation } from '../types';
import type { EntityDraft } from '../resolve/mentions';
import type { Sentence } from '../sentences';
import { escapeRegExp } from '../escape-regexp';
import { plainRelation } from './plain-relation';

/**
 * A founder who stays in post with no company named by the post: "Weber, who remains chief executive, said Veloxa
 * was not looking for a buyer", "Caremetric will keep the brand and its staff, including Tran, who will stay on as
 * chief executive", "Servant, qui reste directrice générale, rejoint le comité exécutif". Told after a takeover, the
 * post is rarely at the sentence's subject (often the buyer) or at the article's company: it is the one the person
 * founded, which the article told earlier ("Veloxa was founded in 2015 by Jonas Weber and Lena Brandt"). So once
 * every sentence is read, a founder of exactly one company whose name is followed by a verb of staying and a
 * leader's title (and no company after it) leads that company; a reader's guess of another company for the same
 * person in that sentence (the subject's, the topic's) is dropped. A founder of two companies is left alone.
 */

export const STAYING_FOUNDER_RULE_ID = 'any.leads.staying-founder';
/** Read from another sentence's founding: below the frame readers. */
const STAYING_FOUNDER_CONFIDENCE = 0.6;

/** Verbs of staying in post, with the English "as" of the post ("will stay on as", a headline's "stays as"). */
const STAY = String.raw`(?:remains(?:\s+as)?|will\s+remain(?:\s+as)?|stays\s+(?:on\s+)?as|will\s+stay\s+(?:on\s+)?as|will\s+continue\s+as|reste|restera|demeure|demeurera)`;
/** Leaders' titles, the last word closing the title (CEO, P-dg, managing director, directrice générale…). */
const TITLE = String.raw`(?:chief\s+executive(?:\s+officer)?|ceo|managing\s+director|chairman|chairwoman|chair|president|executive\s+chairman|directeur\s+général|directrice\s+générale|président(?:e)?(?:-directeur\s+général|-directrice\s+générale)?|pdg|p-dg|gérant(?:e)?)`;
/** A noun pointing at the company the person founded ("chief executive of the unit", "de la filiale"). */
const FOUNDED_POINTER = String.raw`(?:of\s+the\s+(?:unit|business|company|brand|firm|start-?up)|de\s+(?:l['’]entreprise|la\s+société|la\s+filiale|la\s+marque|la\s+start-?up))`;
/**
 * Between the name and the verb of staying: a space, a comma ("whose founder, P, remains chief executive"), a
 * relative "who/qui", or a relative aside closed by its comma ("P, who co-founded the brand with her brother, will
 * stay on as its chief executive").
 */
const BEFORE_STAY = String.raw`(?:\s*,\s*(?:who|qui)\s+|\s*,\s*(?:who|qui)\s[^,;.!?]{1,100},\s*|\s*,\s*|\s+)`;
/**
 * After the person's name: the verb of staying, an optional possessive or article, the title, and then no
 * complement naming whose post it is ("remains chief executive of Y" is read by the pattern rules), unless the
 * complement points at the company founded.
 */
const STAYS_AFTER_NAME = new RegExp(
  String.raw`^${BEFORE_STAY}${STAY}\s+(?:(?:its|son|sa|le|la|l['’])\s*)?${TITLE}(?![\p{L}-])(?:\s+${FOUNDED_POINTER}(?![\p{L}])|(?!\s+(?:of|at|de|du|des|d['’]|chez)(?![\p{L}])))`,
  'iu',
);

/** The one company each person founded, by the facts read; people who founded two or more are left out. */
function soleFoundings(relations: readonly ExtractedRelation[], isPerson: (name: string) => boolean) {
  const founded = new Map<string, Set<string>>();
  for (const r of relations) {
    if (r.type !== 'FOUNDED' || !isPerson(r.source)) continue;
    const set = founded.get(r.source) ?? new Set<string>();
    set.add(r.target);
    founded.set(r.source, set);
  }
  const sole = new Map<string, string>();
  for (const [person, set] of founded) if (set.size === 1) sole.set(person, [...set][0]);
  return sole;
}

/**
 * Whether the text at `at` (of `length` characters) lies inside another person's longer name: "Ortiz" in "Maya
 * Ortiz stays as chief executive" is Maya's, not her brother Daniel Ortiz's, whose bare surname it also is.
 */
function insideOtherName(text: string, at: number, length: number, others: readonly string[]): boolean {
  for (const o of others) {
    if (o.length <= length) continue;
    for (let i = text.indexOf(o); i >= 0; i = text.indexOf(o, i + 1))
      if (i <= at && i + o.length >= at + length) return true;
  }
  return false;
}

/**
 * A verb of staying anywhere in a sentence: every sentence `STAYS_AFTER_NAME` reads holds one, so a sentence
 * without one is passed over before any name is looked for in it (most sentences of most articles).
 */
const STAY_ANYWHERE = new RegExp(STAY, 'iu');

/** A person's surfaces as whole-word patterns, built once per person rather than once per sentence. */
function surfacePatterns(surfaces: readonly string[]): { surface: string; at: RegExp }[] {
  return surfaces.map((surface) => ({
    surface,
    at: new RegExp(`(?<![\\p{L}])${escapeRegExp(surface)}(?![\\p{L}])`, 'gu'),
  }));
}

/** Whether a surface of the person in `text` is followed by a verb of staying and a title with no company. */
function staysInPost(
  text: string,
  patterns: readonly { surface: string; at: RegExp }[],
  others: readonly string[],
): boolean {
  if (!STAY_ANYWHERE.test(text)) return false;
  for (const { surface, at } of patterns) {
    at.lastIndex = 0;
    for (let m = at.exec(text); m; m = at.exec(text))
      if (
        STAYS_AFTER_NAME.test(text.slice(m.index + surface.length)) &&
        !insideOtherName(text, m.index, surface.length, others)
      )
        return true;
  }
  return false;
}

export function withStayingFoundersLeading(
  relations: ExtractedRelation[],
  sentences: readonly Sentence[],
  entities: readonly EntityDraft[],
  names: readonly string[],
): ExtractedRelation[] {
  const isPerson = (name: string) => entities.some((e, i) => names[i] === name && e.type === 'Person');
  const sole = soleFoundings(relations, isPerson);
  if (sole.size === 0) return relations;
  const surfacesOf = (name: string) =>
    entities.filter((_e, i) => names[i] === name).flatMap((e) => e.surfaces);
  const added: ExtractedRelation[] = [];
  const dropped = new Set<ExtractedRelation>();
  for (const [person, company] of sole) {
    const patterns = surfacePatterns(surfacesOf(person));
    const others = entities
      .filter((e, i) => e.type === 'Person' && names[i] !== person)
      .flatMap((e) => e.surfaces);
    const told = sentences.filter((s) => staysInPost(s.text, patterns, others));
    for (const s of told) {
      // a reader's guess of another company for the same post, from the same sentence
      for (const r of relations)
        if (
          r.type === 'LEADS' &&
          r.source === person &&
          r.target !== company &&
          r.evidence.start === s.start &&
          r.rule.startsWith('frame.')
        )
          dropped.add(r);
    }
    const known = relations.some((r) => r.type === 'LEADS' && r.source === person && r.target === company);
    if (known || told.length === 0) continue;
    added.push(
      plainRelation('LEADS', person, company, told[0], STAYING_FOUNDER_RULE_ID, STAYING_FOUNDER_CONFIDENCE),
    );
  }
  if (added.length === 0 && dropped.size === 0) return relations;
  return [...relations.filter((r) => !dropped.has(r)), ...added];
}
