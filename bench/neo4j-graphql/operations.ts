import { DEALS_PAGE_SIZE, type QueryParameters } from '../query-operations';

/**
 * The operations @neo4j/graphql can express, written in its generated API, asking for the same fields as
 * ours (bench/query-operations.ts, same names). `path_4hop` (shortest path) and `search` (full-text with
 * prefix and fuzzy terms) have no counterpart in its generated API, so they are not compared.
 *
 * Two honest differences: it finds an organisation by exact name (ours folds the name through the Alias
 * nodes), and it cannot hide facts a curator rejected (no Curation lookup); a bench graph has no curation,
 * so the answers are the same.
 */

export interface Neo4jGraphqlOperation {
  /** Same name as our operation it is compared with. */
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Deals in one entity's list, as in ours. */
const ENTITY_DEALS_COUNT = 20;

const PARTIES = 'partiesConnection { edges { properties { role } node { id name } } }';
const DEAL_FIELDS = `id kind status date amount currency ${PARTIES}`;
const ACQUISITIONS_BY_AMOUNT =
  'where: { kind: { eq: "ACQUISITION" } }, sort: [{ amount: DESC }, { id: ASC }]';

/** First page of acquisitions by amount: its endCursor is where the measured (second) page starts. */
export const FIRST_DEALS_PAGE_QUERY = `{ dealsConnection(${ACQUISITIONS_BY_AMOUNT}, first: ${DEALS_PAGE_SIZE}) { pageInfo { endCursor } } }`;

export function neo4jGraphqlOperations(
  p: Pick<QueryParameters, 'hubName' | 'competitorName'>,
  dealsAfter: string | null,
): Neo4jGraphqlOperation[] {
  return [
    {
      name: 'entity_deals',
      query: `query ($name: String!) { organizations(where: { name: { eq: $name } }, limit: 1) { id name aliases
        dealsConnection(first: ${ENTITY_DEALS_COUNT}, sort: [{ node: { date: DESC } }]) {
          edges { properties { role } node { ${DEAL_FIELDS} } } } } }`,
      variables: { name: p.hubName },
    },
    {
      name: 'deals_page',
      query: `query ($after: String) { dealsConnection(${ACQUISITIONS_BY_AMOUNT}, first: ${DEALS_PAGE_SIZE}, after: $after) {
        totalCount edges { cursor node { ${DEAL_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      variables: { after: dealsAfter },
    },
    {
      name: 'competitors',
      query: `query ($name: String!) { organizations(where: { name: { eq: $name } }, limit: 1) { id
        competitorsConnection { edges { properties { id firstReported } node { id name } } } } }`,
      variables: { name: p.competitorName },
    },
  ];
}

type Json = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Json)[key] : undefined;

/**
 * How many items an answer holds (deals of the entity, deals on the page, competitors), read from our
 * server's response or @neo4j/graphql's; null when the organisation was not found. Comparing the two
 * catches a comparison that times a cheap empty answer on one side.
 */
export function answerSize(operation: string, side: 'ours' | 'neo4j_graphql', data: Json): number | null {
  const org = side === 'ours' ? field(data, 'organization') : list(field(data, 'organizations'))[0];
  switch (operation) {
    case 'entity_deals':
      if (org === undefined || org === null) return null;
      return side === 'ours'
        ? list(field(org, 'deals')).length
        : list(field(field(org, 'dealsConnection'), 'edges')).length;
    case 'competitors':
      if (org === undefined || org === null) return null;
      return side === 'ours'
        ? list(field(org, 'competitors')).length
        : list(field(field(org, 'competitorsConnection'), 'edges')).length;
    case 'deals_page':
      return list(field(field(data, side === 'ours' ? 'deals' : 'dealsConnection'), 'edges')).length;
    default:
      return null;
  }
}
