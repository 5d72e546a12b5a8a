import type { ExtractedRelation } from '../types';
import { escapeRegExp } from '../escape-regexp';
import { pairKey } from './merger-also-takeover';
import { plainRelation } from './plain-relation';
import { isFundLikeName } from './salience-cues';

/**
 * A deal whose counterparty the sentence names as a rival: "Ocelot merged with German rival Fahrwerk AG", "in June
 * it completed the purchase of German rival Lohnwerk", "Halverson's takeover of Canadian rival Maplecrest",
 * "Comptalis a fusionné avec son concurrent belge Payroll Nova", "French rivals A and B agreed to combine". The deal
 * readers already found who buys or merges (through pointers, possessives and clauses the rivalry rules do not
 * follow), so the rivalry is read off their fact: the buyer and the target named right after the rival noun are
 * rivals, and so are two merging companies either of which is. Whether the deal is done, pending or only talked
 * of does not matter: the sentence calls them rivals either way.
 */

/** Deal types whose counterparty a rival noun may describe. */
const DEAL_TYPES: ReadonlySet<string> = new Set(['ACQUIRED', 'MERGED_WITH']);
/** Rival nouns, singular and plural ("rivals A and B agreed to merge"), in both languages. */
const RIVAL_WORD =
  '(?:rival|rivals|rivale|rivaux|competitor|competitors|concurrent|concurrente|concurrents|arch-?rival)';
/**
 * Lower-case words between the rival noun and the name: adjectives and a trade noun ("rival printer", "concurrent
 * belge"). A linking word or a bid word ends it: "le concurrent de Y, Z" is Y's rival; "rival bidder Z" bids.
 */
const BETWEEN_WORD =
  "(?!(?:of|de|du|des|d'|to|à|au|aux|for|pour|and|et|or|ou|bid|bids|bidder|bidders|offer|offre|suitor|suitors|candidat|repreneur|former|ancien|ex)(?![\\p{L}'-]))\\p{Ll}[\\p{L}'-]*";
/** Words allowed between the rival noun and the name. */
const BETWEEN_WORDS = 2;
/** A possessive right before the rival noun makes the rival someone else's ("bought Y's rival Z"). */
const POSSESSED = /(?:'s|’s|\bof|\bde|\bdu|\bd')\s*$/u;
/** The rival noun and the words after it, ending right where the name starts (an apposition's comma allowed). */
const RIVAL_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}-])${RIVAL_WORD}((?:\\s+${BETWEEN_WORD}){0,${BETWEEN_WORDS}})\\s*,?\\s+(?:the\\s+|le\\s+|la\\s+|l')?$`,
  'iu',
);
/**
 * A rival noun anywhere in the sentence, the same words with the same flags: a sentence without one holds no
 * `RIVAL_BEFORE_NAME` in any prefix, so its deals are passed over before their names' patterns are built and every
 * prefix is searched (that search was the costliest step of an article's passes).
 */
const RIVAL_ANYWHERE = new RegExp(RIVAL_WORD, 'iu');

/** A name's surfaces as a pattern that no letter or digit touches. */
function surfacePattern(surfaces: readonly string[]): RegExp {
  const names = [...surfaces].sort((x, y) => y.length - x.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * The words right before a news source's name ("a report in business daily Y", "according to Y", "told Y", "selon le
 * quotidien Y"): a company named only there is who told the deal, which the deal readers may take for its party
 * through the "it" after it.
 */
const NEWS_SOURCE_BEFORE =
  /(?:\b(?:report|reports|reported|article|story|interview)\s+(?:in|by)|\baccording\s+to|\btold|\bselon|\bd'après)\s+(?:the\s+|le\s+|la\s+|l')?(?:\p{Ll}+\s+){0,2}$/iu;

/** Plural rival nouns: "rivals A and B" names both as rivals of each other. */
const PLURAL_RIVAL = /^(rivals|rivaux|competitors|concurrents|concurrentes)/iu;
/** The second member right after the first in "rivals A and B". */
const AND = /^\s+(?:and|et)\s+/u;

/**
 * Whether `sentence` names the counterparty (`named`) right after a rival noun that no possessive owner qualifies,
 * with the dealer (`dealer`) named before that noun: "A merged with German rival B", "A's takeover of rival B". A
 * rival noun before both ("Its main rival, B, was bought by A"; "rival B agreed to merge with A") describes B
 * against someone else, unless it is plural and names the pair ("French rivals A and B agreed to combine").
 */
function namedAsDealersRival(sentence: string, named: readonly string[], dealer: readonly string[]): boolean {
  if (named.length === 0 || dealer.length === 0) return false;
  const dealerAt = surfacePattern(dealer);
  const dealerMentions = [...sentence.matchAll(dealerAt)];
  // "denied a report in Y that it was exploring a bid for smaller rival B": the news source is no party
  if (
    dealerMentions.length > 0 &&
    dealerMentions.every((m) => NEWS_SOURCE_BEFORE.test(sentence.slice(0, m.index)))
  )
    return false;
  const firstDealer = dealerMentions[0]?.index ?? -1;
  for (const m of sentence.matchAll(surfacePattern(named))) {
    const before = sentence.slice(0, m.index);
    const rival = RIVAL_BEFORE_NAME.exec(before);
    if (!rival || POSSESSED.test(before.slice(0, rival.index))) continue;
    if (firstDealer >= 0 && firstDealer < rival.index) return true;
    const after = sentence.slice(m.index + m[0].length);
    const and = AND.exec(after);
    if (PLURAL_RIVAL.test(rival[0]) && and && after.slice(and[0].length).search(dealerAt) === 0) return true;
  }
  return false;
}

/** Confidence of a rivalry read off a deal: the deal reader's party finding plus a rival noun next to the name. */
const DEALT_RIVAL_CONFIDENCE = 0.6;
const DEALT_RIVAL_RULE_ID = 'any.competes.dealt-rival';

/**
 * Adds COMPETES_WITH for each deal whose target (for a merger, either party) its sentence names right after a
 * rival noun, unless the pair is already read as rivals. `surfacesOf`: the surface forms of an entity's name.
 */
export function withDealtRivals(
  relations: ExtractedRelation[],
  surfacesOf: (name: string) => string[],
): ExtractedRelation[] {
  const known = new Set(
    relations.filter((r) => r.type === 'COMPETES_WITH').map((r) => pairKey(r.source, r.target)),
  );
  const added: ExtractedRelation[] = [];
  for (const r of relations) {
    if (!DEAL_TYPES.has(r.type) || r.source === r.target) continue;
    // an investment firm buys into a market, it sells in none: no rival ("Propriété du fonds X, le concurrent B")
    if (isFundLikeName(r.source) || isFundLikeName(r.target)) continue;
    const key = pairKey(r.source, r.target);
    if (known.has(key)) continue;
    const sentence = r.evidence.sentence;
    if (!RIVAL_ANYWHERE.test(sentence)) continue;
    const [sourceSurfaces, targetSurfaces] = [surfacesOf(r.source), surfacesOf(r.target)];
    const told =
      namedAsDealersRival(sentence, targetSurfaces, sourceSurfaces) ||
      (r.type === 'MERGED_WITH' && namedAsDealersRival(sentence, sourceSurfaces, targetSurfaces));
    if (!told) continue;
    known.add(key);
    const [source, target] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    const stating = { text: sentence, start: r.evidence.start, end: r.evidence.end };
    added.push(
      plainRelation('COMPETES_WITH', source, target, stating, DEALT_RIVAL_RULE_ID, DEALT_RIVAL_CONFIDENCE),
    );
  }
  return added.length === 0 ? relations : [...relations, ...added];
}
