import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import { LATTER_WORDS } from './anaphor-words';
import { cliticObject, lastOrgIn, salientOrg } from './discourse';
import type { DiscourseState } from './discourse';
import { cliticVerbLength, descriptorPhraseLength, latterPhrase } from './pointing-phrases';
import { firstPersonOrg } from './speaker';
import { describedPointer } from './described-heads';
import { entUnit } from './entity-unit';

/**
 * Pointers read since round four: the quoted speaker's "nous"/"we"/"us"/"nos concurrents", a French object
 * clitic before a deal verb ("le groupe l'avait rachetée"), "ce dernier"/"the latter", and a trade descriptor
 * with no name ("le grossiste niortais"). Pushes the units and returns the tokens used, or 0.
 */
export function pointerAt(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: DiscourseState,
  units: Unit[],
  i: number,
  speaker: number | null,
): number {
  const t = tokens[i];
  const point = (ent: number, to: number) => units.push(entUnit(index, [ent], t.start, tokens[to].end, true));
  const firstPerson = speaker === null ? null : firstPersonOrg(tokens, i, units, speaker, state.bornOrg);
  if (firstPerson !== null) {
    point(firstPerson, i);
    return 1;
  }
  const verbGroup = cliticVerbLength(tokens, i);
  // cliticObject may re-point the subject before it: only asked once a clitic and its verb are there
  const object = verbGroup === 0 ? null : t.lower === 'nous' ? speaker : cliticObject(units, state);
  if (object !== null && lastOrgIn(units) !== null) {
    // the verb group first, then the party the clitic stands for: "X l'avait rachetée" reads "X avait rachetée Y"
    for (let k = i + 1; k <= i + verbGroup; k++) units.push({ kind: 'tok', token: tokens[k] });
    point(object, i);
    return verbGroup + 1;
  }
  if (LATTER_WORDS.has(t.lower) && tokens[i + 1]?.kind === 'word') {
    const last = units.flatMap((u) => (u.kind === 'ent' ? u.ents : [])).pop() ?? state.previousNamed.at(-1);
    if (last === undefined) return 0;
    point(last, i);
    return 1;
  }
  const latter = latterPhrase(tokens, i);
  if (latter !== null) {
    const here = units.flatMap((u) => (u.kind === 'ent' ? u.ents : []));
    const pool = here.length > 0 ? here : state.previousNamed;
    const ent = latter === 'last' ? pool[pool.length - 1] : pool[0];
    // "le PDG …, ce dernier" is the person: only a company named there is taken
    if (ent === undefined || index.entities[ent].type !== 'Organization') return 0;
    point(ent, i + 1);
    return 2;
  }
  const subjectPlace =
    i === 0 || (tokens[i - 1].text === ',' && !units.some((u) => u.kind === 'ent' && u.orgs));
  const described = state.lastSubjectOrg ?? salientOrg(state);
  const trade = describedPointer(tokens, mentions, i, subjectPlace, described, units, state);
  if (trade !== null) {
    point(trade.ent, i + trade.length - 1);
    return trade.length;
  }
  const descriptor = descriptorPhraseLength(tokens, mentions, i);
  if (descriptor > 0 && subjectPlace && described !== null) {
    point(described, i + descriptor - 1);
    return descriptor;
  }
  return 0;
}
