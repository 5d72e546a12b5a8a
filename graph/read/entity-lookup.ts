import type { Reader, Row } from './reader';
import { NAME_CANDIDATES, nameLookupParams } from './entities';
import {
  ENTITY_DEALS_PAGE,
  PARTICIPATION_PROJECTION,
  entityDealsParams,
  participationFromRow,
} from './entity-deals';
import type { EntityDealsArgs, ParticipationWithParties } from './entity-deals';
import { FACTS_OF, FACT_WITH_OTHER_PROJECTION, factWithOtherFromRow } from './facts';
import { ENTITY_PROPS, toEntity } from './records';
import type { EntityRecord, FactRecord } from './records';

/** Which of an entity's lists to read along with it (a request's look-ahead decides). */
export interface ListsWanted {
  deals: EntityDealsArgs | null;
  facts: boolean;
}

export interface EntityWithLists {
  entity: EntityRecord;
  /** Null when not asked for. */
  deals: ParticipationWithParties[] | null;
  /** Null when not asked for; `others` are the entities at the far end of the facts. */
  facts: FactRecord[] | null;
  others: EntityRecord[];
}

/**
 * The entity a name refers to (the first of `entitiesByName`) and, in the same round trip, the lists of it
 * the caller will ask for next: a name lookup plus its page of deals or facts is one query, not two.
 */
export async function entityByNameWithLists(
  reader: Reader,
  name: string,
  type: 'Organization' | 'Person' | null,
  wanted: ListsWanted,
): Promise<EntityWithLists | null> {
  const params = nameLookupParams(name, type);
  if (!params) return null;
  // Fixed fragments chosen by what is wanted; every user value travels as a parameter.
  const deals = wanted.deals
    ? `CALL (e) { ${ENTITY_DEALS_PAGE('e', wanted.deals)} RETURN collect(${PARTICIPATION_PROJECTION}) AS deals }`
    : 'WITH e, null AS deals';
  const facts = wanted.facts
    ? `CALL (e) { ${FACTS_OF('e')} RETURN collect(${FACT_WITH_OTHER_PROJECTION}) AS facts }`
    : 'WITH e, deals, null AS facts';
  const rows = await reader.read(
    `${NAME_CANDIDATES}
     LIMIT 1
     ${deals}
     ${facts}
     RETURN ${ENTITY_PROPS('e')} AS props, labels(e) AS labels, deals, facts`,
    { ...params, ...(wanted.deals ? entityDealsParams(wanted.deals) : {}) },
  );
  const row = rows[0];
  if (!row) return null;
  const readFacts = row.facts === null ? null : (row.facts as Row[]).map(factWithOtherFromRow);
  return {
    entity: toEntity(row.props as Record<string, unknown>, row.labels),
    deals: row.deals === null ? null : (row.deals as Row[]).map(participationFromRow),
    facts: readFacts?.map((f) => f.fact) ?? null,
    others: readFacts?.map((f) => f.other) ?? [],
  };
}
