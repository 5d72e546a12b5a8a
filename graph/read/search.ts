import { aliasKey, foldText } from '../../ingest/resolve/normalize';
import type { Reader } from './reader';
import { cypherInt } from './reader';
import { ENTITY_PROPS, toEntity } from './records';
import type { EntityRecord } from './records';

/** Name of the full-text index over entity names and aliases (see schema/README.md). */
export const ENTITY_NAMES_INDEX = 'entity_names';
/** Terms shorter than this get no fuzzy variant: "ab~" would match half the index. */
export const FUZZY_MIN_TERM_CHARS = 4;
/** Query terms beyond this many are ignored, which keeps the Lucene query small. */
export const SEARCH_TERMS_MAX = 8;
/** Score given to an exact alias-key match, above any full-text score seen in practice. */
export const EXACT_MATCH_SCORE = 100;
/**
 * Score range of a folded-prefix match on Alias keys ("teleperf" → "teleperformance"): the base plus a share
 * growing with how much of the key was typed. This works whatever analyzer the full-text index uses.
 */
export const PREFIX_MATCH_BASE_SCORE = 10;
export const PREFIX_MATCH_SPAN_SCORE = 10;
/** Shortest folded query tried as an alias prefix; shorter ones match too much to rank. */
export const PREFIX_MIN_CHARS = 3;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Backslash-escapes every character Lucene's classic query parser treats as syntax. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Turns what a user typed into a Lucene query: each word as itself (boosted), as a prefix and, when long
 * enough, fuzzily; both the accent-folded and the lower-cased spelling are tried because the index may or
 * may not fold accents. User text is only ever a term, never syntax.
 */
export function luceneQueryFor(query: string): string | null {
  const words = new Set<string>();
  for (const w of foldText(query).split(' ')) if (w) words.add(w);
  for (const w of query
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u))
    if (w) words.add(w);
  const terms = [...words].slice(0, SEARCH_TERMS_MAX).map((w) => {
    const t = escapeLucene(w);
    const parts = [`${t}^3`, `${t}*`];
    if (w.length >= FUZZY_MIN_TERM_CHARS) parts.push(`${t}~`);
    return `(${parts.join(' OR ')})`;
  });
  return terms.length > 0 ? terms.join(' OR ') : null;
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
}

export async function searchEntities(
  reader: Reader,
  query: string,
  first: number,
  type: 'Organization' | 'Person' | null,
): Promise<SearchHitRecord[]> {
  const lucene = luceneQueryFor(query);
  if (!lucene) return [];
  const rows = await reader.read(
    `CALL {
       CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
       RETURN node, score
       UNION
       MATCH (:Alias {key: $key})-[:ALIAS_OF]->(node:Entity)
       RETURN node, $exact AS score
       UNION
       MATCH (a:Alias)-[:ALIAS_OF]->(node:Entity)
       WHERE size($key) >= $prefixMin AND a.key STARTS WITH $key
       RETURN node, $prefixBase + $prefixSpan * toFloat(size($key)) / size(a.key) AS score
     }
     WITH node, max(score) AS score
     WHERE $label IS NULL OR $label IN labels(node)
     RETURN ${ENTITY_PROPS('node')} AS props, labels(node) AS labels, score
     ORDER BY score DESC, node.id
     LIMIT $first`,
    {
      index: ENTITY_NAMES_INDEX,
      lucene,
      key: aliasKey(query),
      exact: EXACT_MATCH_SCORE,
      prefixMin: PREFIX_MIN_CHARS,
      prefixBase: PREFIX_MATCH_BASE_SCORE,
      prefixSpan: PREFIX_MATCH_SPAN_SCORE,
      label: type,
      first: cypherInt(first),
    },
  );
  return rows.map((row) => ({
    entity: toEntity(row.props as Record<string, unknown>, row.labels),
    score: Number(row.score),
  }));
}
