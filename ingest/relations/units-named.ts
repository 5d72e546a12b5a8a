import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse';
import { absorbCuePhrase } from './pointing-phrases';
import { entUnit } from './entity-unit';
import { isDescriptorNoun } from './described-heads';
import { rememberCompoundDescriptor } from './anaphora-compound-descriptor';
import { rememberNameHead } from './anaphora-name-head';

const OPENING_PUNCTUATION = /^[«"“:(\-–—]$/;
/** Determiners opening an apposition that describes the name before it ("X, the British rival of Y,"). */
const APPOSITION_DETERMINERS = /^(the|a|an|le|la|l'|un|une)$/;
/** Most tokens of such an apposition before its closing comma. */
const MAX_APPOSITION_TOKENS = 10;

/** The name ending at `to` is followed by an apposition opened by a determiner and closed by a comma. */
function describedByApposition(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ',' || !APPOSITION_DETERMINERS.test(tokens[to + 1]?.lower ?? '')) return false;
  for (let k = to + 2; k < tokens.length && k <= to + 1 + MAX_APPOSITION_TOKENS; k++)
    if (tokens[k].text === ',') return true;
  return false;
}

/**
 * Places the name (or the overlapping names) mentioned from token `i`, whose first mention is `mentions[m]`, and
 * remembers the descriptor nouns said of a company ("le distributeur X"). Returns the token after the name.
 */
export function placeNamed(
  tokens: Token[],
  mentions: Mention[],
  m: number,
  index: EntityIndex,
  state: DiscourseState,
  units: Unit[],
): number {
  const i = mentions[m].from;
  // mentions are sorted by start: the group starting here is a run
  let to = mentions[m].to;
  const ents: number[] = [mentions[m].entity];
  for (let k = m + 1; k < mentions.length && mentions[k].from === i; k++) {
    if (mentions[k].to > to) to = mentions[k].to;
    if (!ents.includes(mentions[k].entity)) ents.push(mentions[k].entity);
  }
  const unit = entUnit(index, ents, tokens[i].start, tokens[to - 1].end, false);
  const head = absorbCuePhrase(units, unit.kind === 'ent' && unit.persons);
  const oneOrg = unit.kind === 'ent' && unit.orgs && ents.length === 1;
  if (head !== null && oneOrg && isDescriptorNoun(head)) state.described.set(head, ents[0]);
  if (oneOrg) rememberCompoundDescriptor(tokens, i, ents[0], state.described);
  if (oneOrg) rememberNameHead(tokens, i, to, ents[0], state.described, isDescriptorNoun);
  const initial = i === 0 || OPENING_PUNCTUATION.test(tokens[i - 1].text);
  // "Qwilo, l'alternative française à Slack, revendique …": a lone opening word that an apposition describes is a
  // name, the subject of the clause the apposition's comma closes
  if (unit.kind === 'ent' && to - i === 1 && initial && !describedByApposition(tokens, to)) {
    const lone = ents.every((e) => index.entities[e].tentative && index.entities[e].mentions.length === 1);
    if (lone) unit.word = tokens[i];
  }
  units.push(unit);
  return to;
}
