import type { Sentence } from '../sentences';
import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import type { ExtractedRelation } from '../types';
import { pairKey } from './merger-also-takeover';
import { plainRelation } from './plain-relation';

/**
 * A market ranking told over two sentences: the first names the leader ("X installed 41 lifts, more than any other
 * maker", "X reste le premier fabricant", "X kept its place as Europe's biggest maker, ahead of Y"), the next goes
 * on down the table by ordinal ("A came second with 27 and B third", "Derrière lui, A remonte à la deuxième place,
 * devant B", "C came third with 14%, followed by D"). GOLD-FORMAT pairs the ranked key players of one market, so
 * each company the second sentence ranks is the rival of each one the first ranked. The second sentence's own
 * readings tell which of its companies it ranks; the first sentence gives its subject and the companies its
 * readings already paired with that subject.
 */

export const RANKING_NEXT_RULE = 'any.competes.ranking-next';
/** Below a rivalry read inside one sentence: the pair rests on two sentences read together. */
const RANKING_NEXT_CONFIDENCE = 0.5;
/** Ordinals of a place in a table below the first. */
const ORDINALS = new Set([
  'second',
  'third',
  'fourth',
  'fifth',
  'seconde',
  'deuxième',
  'troisième',
  'quatrième',
  'cinquième',
]);
/** Words after an ordinal that make it a rank ("third with 19", "deuxième place", "second, behind"). */
const AFTER_RANK = new Set([
  'with',
  'on',
  'place',
  'spot',
  'position',
  'rang',
  'avec',
  'behind',
  'derrière',
  'devant',
  ',',
  '(',
  '.',
  ';',
]);
/** Words of the first sentence that make its subject a leader ("biggest", "premier", "more than any other"). */
const LEADER_CUES = new Set([
  'biggest',
  'largest',
  'leading',
  'leader',
  'top',
  'first',
  'ahead',
  'premier',
  'première',
  'leader',
  'tête',
  'devant',
  'dominant',
  'numéro',
]);
/** Words between a ranked name and its ordinal ("remonte à la"). */
const MAX_WORDS_BEFORE_ORDINAL = 3;
/** Dashes closing a dateline ("INNSBRUCK, March 9 (Reuters) - X"): a name before one is the dateline's. */
const DATELINE_DASHES = new Set(['-', '—', '–']);
/** Tokens of the first sentence its subject must stand within (a dateline and a descriptor come first). */
const SUBJECT_WINDOW_TOKENS = 12;

/** Token indexes of the ordinals that rank a company below the first ("came second", "à la troisième place"). */
function rankOrdinals(tokens: Token[]): number[] {
  // a loop, not flatMap: every sentence of every article is asked, and most tokens are no ordinal
  const out: number[] = [];
  for (let k = 0; k < tokens.length; k++)
    if (ORDINALS.has(tokens[k].lower) && AFTER_RANK.has(tokens[k + 1]?.lower ?? '.')) out.push(k);
  return out;
}

/**
 * Companies named right before an ordinal of the sentence ("A came second", "B third", "A remonte à la deuxième"):
 * the ordinal types the name as a ranked company, even one the text gives no legal form.
 */
function rankedByOrdinal(s: number, ordinals: number[], index: EntityIndex, names: string[]): string[] {
  return index.bySentence[s]
    .filter(
      (m) =>
        index.entities[m.entity].type === 'Organization' &&
        ordinals.some((k) => k >= m.to && k - m.to <= MAX_WORDS_BEFORE_ORDINAL),
    )
    .map((m) => names[m.entity]);
}

/** Whether the sentence tells its subject as the leader ("the biggest", "more than any other", "le premier"). */
function tellsLeader(tokens: Token[]): boolean {
  return tokens.some(
    (t, k) => LEADER_CUES.has(t.lower) || (t.lower === 'other' && tokens[k - 1]?.lower === 'any'),
  );
}

/**
 * The organisation the sentence opens on, named near its start, else null; only a name the text types as a company
 * or some relation of the article holds counts, so a dateline's city, an agency or a capitalised opening word is
 * never the subject; nor is a name in brackets ("(Reuters)") or before the dateline's dash.
 */
function namedSubject(
  s: number,
  tokens: Token[][],
  index: EntityIndex,
  names: string[],
  known: Set<string>,
): number | null {
  const words = tokens[s];
  const first = [...index.bySentence[s]]
    .filter(
      (m) =>
        index.entities[m.entity].type === 'Organization' &&
        known.has(names[m.entity]) &&
        words[m.from - 1]?.text !== '(' &&
        !words.slice(m.to, SUBJECT_WINDOW_TOKENS).some((t) => DATELINE_DASHES.has(t.text)),
    )
    .sort((x, y) => x.from - y.from)[0];
  return first !== undefined && first.from < SUBJECT_WINDOW_TOKENS ? first.entity : null;
}

/**
 * Companies sentence `s` names that the article already pairs as rivals with one of `anchors` (`pairs` holds the
 * rivalry pairs): a pair read with a surer evidence elsewhere still tells who this sentence ranks.
 */
function pairedIn(
  s: number,
  anchors: readonly string[],
  pairs: Set<string>,
  index: EntityIndex,
  names: string[],
): string[] {
  return index.bySentence[s]
    .map((m) => names[m.entity])
    .filter((n) => anchors.some((a) => a !== n && pairs.has(pairKey(a, n))));
}

/**
 * Adds the pairs a ranking continued from the previous sentence of the same paragraph implies; `opensParagraph`
 * tells, per sentence, whether it starts a paragraph; the paired entities join `used`.
 */
export function withRankingCarriedOver(
  relations: ExtractedRelation[],
  sentences: Sentence[],
  tokens: Token[][],
  index: EntityIndex,
  names: string[],
  opensParagraph: (s: number) => boolean,
  used: Set<number>,
): ExtractedRelation[] {
  const out = [...relations];
  const inRelations = new Set(relations.flatMap((r) => [r.source, r.target]));
  const known = new Set(
    index.entities.filter((e) => !e.tentative || inRelations.has(names[e.id])).map((e) => names[e.id]),
  );
  const has = new Set(out.filter((r) => r.type === 'COMPETES_WITH').map((r) => pairKey(r.source, r.target)));
  for (let s = 1; s < sentences.length; s++) {
    const ordinals = rankOrdinals(tokens[s]);
    if (opensParagraph(s) || ordinals.length === 0 || !tellsLeader(tokens[s - 1])) continue;
    const leader = namedSubject(s - 1, tokens, index, names, known);
    if (leader === null) continue;
    // the leader and the companies this sentence names that the article pairs with it ("ahead of Y")
    const first = new Set([names[leader], ...pairedIn(s - 1, [names[leader]], has, index, names)]);
    // the names the ordinals rank, and those the sentence's own readings rank beside them ("followed by D")
    const ranked = rankedByOrdinal(s, ordinals, index, names);
    const second = new Set([...ranked, ...pairedIn(s, ranked, has, index, names)]);
    for (const a of first)
      for (const b of second) {
        const key = pairKey(a, b);
        if (a === b || has.has(key)) continue;
        has.add(key);
        used.add(names.indexOf(a)).add(names.indexOf(b));
        const [source, target] = a < b ? [a, b] : [b, a];
        out.push(
          plainRelation(
            'COMPETES_WITH',
            source,
            target,
            sentences[s],
            RANKING_NEXT_RULE,
            RANKING_NEXT_CONFIDENCE,
          ),
        );
      }
  }
  return out;
}
