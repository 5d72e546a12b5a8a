import { Kind, getArgumentValues, getNamedType, isInterfaceType, isObjectType } from 'graphql';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { ListsWanted } from '../../graph/read/entity-lookup';
import type { RequestContext } from '../context';
import { entityDealsArgs } from './entity';
import type { DealArgs } from './entity';

/** Entity fields answered from the entity's fact relationships (the `facts` loader). */
const FACT_FIELDS = new Set(['facts', 'competitors', 'people', 'organizations']);

/** Every field selected directly under the current field, through inline fragments and fragment spreads. */
function childFields(info: GraphQLResolveInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        visit(info.fragments[sel.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, new Set());
  return out;
}

/**
 * Which lists of the entity being resolved the request will read next, so the lookup can fetch them in the
 * same query. Only the unambiguous case is looked ahead: one `deals` selection whose arguments are valid.
 * Directives (@skip/@include) are ignored: reading a list that goes unused costs time, never correctness.
 */
export function entityListsWanted(info: GraphQLResolveInfo, ctx: RequestContext): ListsWanted {
  const fields = childFields(info);
  const wanted: ListsWanted = { deals: null, facts: fields.some((f) => FACT_FIELDS.has(f.name.value)) };
  const dealNodes = fields.filter((f) => f.name.value === 'deals');
  const type = getNamedType(info.returnType);
  if (dealNodes.length !== 1 || !(isObjectType(type) || isInterfaceType(type))) return wanted;
  const def = type.getFields().deals;
  if (!def) return wanted;
  try {
    const args = getArgumentValues(def, dealNodes[0], info.variableValues) as DealArgs;
    wanted.deals = entityDealsArgs(args, ctx);
  } catch {
    // The field's own resolver reports bad arguments; the look-ahead just does not prefetch.
  }
  return wanted;
}
