import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import { ORG_CUES_EN, ORG_CUES_FR } from '../entities/lexicon-words';
import { NATIONALITIES } from '../entities/lexicon-common';

/** Rivalry nouns stay words: rules read them ("Movira's rival Caminito"). */
const RIVAL_NOUNS = new Set(['rival', 'rivals', 'rivaux', 'competitor', 'competitors', 'concurrent', 'concurrents', 'leader', 'leaders', 'numéro']);
const CUE_NOUNS = new Set([...ORG_CUES_FR, ...ORG_CUES_EN, 'investment', 'private-equity', 'venture', 'coopérative', 'cooperative', 'courtier', 'courtiers', 'cabinets', 'mutuelles'].filter((w) => !RIVAL_NOUNS.has(w)));

/** Noun phrases that point back at the company last named ("the company said", "le groupe a annoncé"). */
const ANAPHOR_NOUNS = new Set(['company', 'firm', 'group', 'société', 'groupe', 'entreprise', 'start-up', 'startup', 'concern']);
const ANAPHOR_DETERMINERS = new Set(['the', 'la', 'le', "l'"]);
const PLURAL_PRONOUNS = new Set(['ils', 'they']);
const LIST_JOIN = new Set([',', 'et', 'and', '&']);

/** Determiners that open "la société X", "the firm X". */
/** Most cue words folded into a name ("le groupe japonais", "the venture firm"). */
const MAX_CUE_WORDS = 3;
const CUE_DETERMINERS = new Set(['le', 'la', "l'", 'les', 'the', 'its', 'son', 'sa', 'ses', 'leur', 'their', 'a', 'an', 'un', 'une']);

/**
 * "le groupe Maviel", "the investment firm Accel": the cue words before a name belong to it, so rules see
 * "par le groupe Maviel" as "par Maviel".
 */
function absorbCuePhrase(units: Unit[]): void {
  const isTok = (u: Unit | undefined, set: Set<string>) => u?.kind === 'tok' && set.has(u.token.lower);
  let popped = 0;
  while (popped < MAX_CUE_WORDS && (isTok(units[units.length - 1], CUE_NOUNS) || (popped === 0 && isTok(units[units.length - 1], NATIONALITIES)) || (popped > 0 && isTok(units[units.length - 1], NATIONALITIES)))) {
    units.pop();
    popped++;
  }
  if (popped === 0) return;
  if (isTok(units[units.length - 1], CUE_DETERMINERS)) units.pop();
}

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
      absorbCuePhrase(units);
      const unit = entUnit(index, ents, tokens[i].start, tokens[to - 1].end, false);
      if (unit.kind === 'ent' && to - i === 1 && ents.every((e) => index.entities[e].tentative)) unit.word = tokens[i];
      units.push(unit);
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
