import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';

/** Noun phrases that point back at the company last named ("the company said", "le groupe a annoncé"). */
const ANAPHOR_NOUNS = new Set(['company', 'firm', 'group', 'société', 'groupe', 'entreprise', 'start-up', 'startup', 'concern']);
const ANAPHOR_DETERMINERS = new Set(['the', 'la', 'le', "l'"]);
const PLURAL_PRONOUNS = new Set(['ils', 'they', 'eux']);
const LIST_JOIN = new Set([',', 'et', 'and', '&']);

/** What earlier sentences leave for later ones to point back at. */
export interface DiscourseState {
  lastOrg: number | null;
  /** The last coordinated list of two or more organisations ("respectivement Webhelp et Acticall"). */
  lastOrgList: number[] | null;
}

function entUnit(index: EntityIndex, ents: number[], start: number, end: number, anaphor: boolean): Unit {
  const types = ents.map((e) => index.entities[e].type);
  return {
    kind: 'ent',
    ents,
    orgs: types.every((t) => t === 'Organization'),
    persons: types.every((t) => t === 'Person'),
    anaphor,
    start,
    end,
  };
}

/** The sentence as units; anaphors are resolved from `state`, which is then updated with this sentence. */
export function buildUnits(tokens: Token[], mentions: Mention[], index: EntityIndex, state: DiscourseState): Unit[] {
  const units: Unit[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length; ) {
    while (m < mentions.length && mentions[m].from < i) m++;
    if (m < mentions.length && mentions[m].from === i) {
      const group = mentions.filter((x) => x.from === i);
      const to = Math.max(...group.map((x) => x.to));
      const ents = [...new Set(group.map((x) => x.entity))];
      units.push(entUnit(index, ents, tokens[i].start, tokens[to - 1].end, false));
      i = to;
      continue;
    }
    const t = tokens[i];
    const next = tokens[i + 1];
    const nextIsName = mentions.some((x) => x.from === i + 2);
    if (ANAPHOR_DETERMINERS.has(t.lower) && next && ANAPHOR_NOUNS.has(next.lower) && !nextIsName && state.lastOrg !== null) {
      units.push(entUnit(index, [state.lastOrg], t.start, next.end, true));
      i += 2;
      continue;
    }
    if (PLURAL_PRONOUNS.has(t.lower) && state.lastOrgList) {
      units.push(entUnit(index, state.lastOrgList, t.start, t.end, true));
      i += 1;
      continue;
    }
    units.push({ kind: 'tok', token: t });
    i++;
  }
  updateState(units, state);
  return units;
}

function updateState(units: Unit[], state: DiscourseState): void {
  let list: number[] | null = null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'ent' || !u.orgs || u.anaphor) continue;
    if (state.lastOrg === null || i === firstEnt(units)) state.lastOrg = u.ents[0];
    const run = [...u.ents];
    let j = i + 1;
    for (;;) {
      let k = j;
      while (units[k] && units[k].kind === 'tok' && LIST_JOIN.has((units[k] as { token: Token }).token.lower) && k - j < 2) k++;
      const v = units[k];
      if (k > j && v && v.kind === 'ent' && v.orgs && !v.anaphor) {
        run.push(...v.ents);
        j = k + 1;
      } else break;
    }
    if (run.length >= 2) list = [...new Set(run)];
    i = j - 1;
  }
  state.lastOrgList = list;
}

function firstEnt(units: Unit[]): number {
  return units.findIndex((u) => u.kind === 'ent' && u.orgs && !u.anaphor);
}
