import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLType,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import type { Limits } from './config';

/** Cost multiplier of a list field with no `first` argument (or `first` given by a variable, see below). */
export const LIST_COST_FACTOR = 5;

export interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * Measures an operation before it runs: nesting depth, aliased fields, and an estimated cost where each
 * field costs 1 times the sizes of the lists above it. A list's size is its `first` argument, its default,
 * or — when `first` comes from a variable, unknown at validation — the largest `first` allowed.
 */
export function measure(
  schema: GraphQLSchema,
  selection: SelectionSetNode,
  rootType: GraphQLNamedType,
  fragments: Map<string, FragmentDefinitionNode>,
  firstMax: number,
): Measure {
  const out: Measure = { depth: 0, cost: 0, aliases: 0 };
  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    depth: number,
    factor: number,
    seen: Set<string>,
  ): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue;
        const type = schema.getType(frag.typeCondition.name.value) ?? parent;
        walk(frag.selectionSet, type, depth, factor, new Set([...seen, frag.name.value]));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
        walk(sel.selectionSet, type, depth, factor, seen);
      } else {
        fieldCost(sel, parent, depth, factor, seen);
      }
    }
  };
  const fieldCost = (
    field: FieldNode,
    parent: GraphQLNamedType,
    depth: number,
    factor: number,
    seen: Set<string>,
  ): void => {
    if (field.alias) out.aliases += 1;
    out.cost += factor;
    out.depth = Math.max(out.depth, depth);
    if (!field.selectionSet) return;
    const def =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
    if (!def) return;
    // A connection's `first` already sized its edges list; counting the list again would square it.
    const inConnection = field.name.value === 'edges' && parent.name.endsWith('Connection');
    const size = inConnection
      ? 1
      : listSize(def.type, field, def.args.find((a) => a.name === 'first')?.defaultValue, firstMax);
    walk(field.selectionSet, getNamedType(def.type), depth + 1, factor * size, seen);
  };
  walk(selection, rootType, 1, 1, new Set());
  return out;
}

function listSize(type: GraphQLType, field: FieldNode, firstDefault: unknown, firstMax: number): number {
  const first = field.arguments?.find((a) => a.name.value === 'first');
  let size: number | null = null;
  if (first?.value.kind === Kind.INT) size = Number(first.value.value);
  else if (first?.value.kind === Kind.VARIABLE) size = firstMax;
  else if (typeof firstDefault === 'number') size = firstDefault;
  const inner = isNonNullType(type) ? type.ofType : type;
  // Connections are objects holding a list; their size is still set by `first`.
  if (size !== null) return Math.max(1, size);
  return isListType(inner) ? LIST_COST_FACTOR : 1;
}

/** A validation rule rejecting operations over the configured depth, cost or alias limits. */
export function limitsRule(limits: Limits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document: {
      leave(doc) {
        const schema = context.getSchema();
        const fragments = new Map<string, FragmentDefinitionNode>();
        for (const def of doc.definitions)
          if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
        for (const def of doc.definitions) {
          if (def.kind !== Kind.OPERATION_DEFINITION) continue;
          const root =
            def.operation === 'mutation'
              ? schema.getMutationType()
              : def.operation === 'query'
                ? schema.getQueryType()
                : schema.getSubscriptionType();
          if (!root) continue;
          const m = measure(schema, def.selectionSet, root, fragments, limits.first);
          const fail = (limit: string, value: number, max: number): void =>
            context.reportError(
              new GraphQLError(`Query ${limit} ${value} is over the limit of ${max}.`, {
                nodes: [def],
                extensions: { limit, value, max },
              }),
            );
          if (m.depth > limits.depth) fail('depth', m.depth, limits.depth);
          if (m.cost > limits.cost) fail('cost', m.cost, limits.cost);
          if (m.aliases > limits.aliases) fail('aliases', m.aliases, limits.aliases);
        }
      },
    },
  });
}
