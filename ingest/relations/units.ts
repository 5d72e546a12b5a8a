import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import { EN_STOPWORDS, FR_STOPWORDS, ORG_CUES_EN, ORG_CUES_FR } from '../entities/lexicon-words';
import { NATIONALITIES } from '../entities/lexicon-common';
import {
  ANAPHOR_DETERMINERS,
  ANAPHOR_NOUNS,
  COMPANY_ATTRIBUTES,
  EXPLETIVE_FOLLOWERS,
  FACT_PARTICIPLES,
  FOUNDER_WORDS,
  ENGLISH_DETERMINERS,
  FRENCH_SUBJECT_PRONOUNS,
  IMPERSONAL_FOLLOWERS_FR,
  REPORTING_BEFORE_IT,
  SUBORDINATORS_BEFORE_IT,
  INTENSIFIERS,
  LEADER_TITLE_WORDS,
  RIVAL_NOUNS,
  PLURAL_PRONOUNS,
  POSSESSIVES,
  SUBJECT_PRONOUNS,
} from './anaphor-words';
import {
  firstOrgIn,
  firstOrgOrPointer,
  lastOrgIn,
  openingPointerOrg,
  salientOrg,
  updateState,
} from './discourse';
import {
  honorificLength,
  isAnaphorAdjective,
  isNewEntityPhrase,
  namedSoon,
  listPhraseLength,
  opensMainClause,
  pairPhraseLength,
  rivalNounAt,
} from './pointing-phrases';
import type { DiscourseState } from './discourse';

const CUE_NOUNS = new Set(
  [
    ...ORG_CUES_FR,
    ...ORG_CUES_EN,
    'investment',
    'private-equity',
    'venture',
    'coopérative',
    'cooperative',
    'courtier',
    'courtiers',
    'cabinets',
    'mutuelles',
  ].filter((w) => !RIVAL_NOUNS.has(w)),
);

/** Determiners that open "la société X", "the firm X". */
const MAX_CUE_ADJECTIVES = 2;
/** Lower-case words that can qualify a cue noun; function words and verbs-like cue words cannot. */
function isAdjective(u: Unit | undefined): boolean {
  if (u?.kind !== 'tok' || u.token.kind !== 'word') return false;
  const w = u.token.lower;
  if (
    u.token.text !== w ||
    CUE_NOUNS.has(w) ||
    CUE_DETERMINERS.has(w) ||
    FR_STOPWORDS.has(w) ||
    EN_STOPWORDS.has(w)
  )
    return false;
  return (
    NATIONALITIES.has(w) ||
    /(ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|ique|ish|ese|ian|an|al|ale|é|ée)$/u.test(w)
  );
}

/** Most cue words folded into a name ("le groupe japonais", "the venture firm"). */
const MAX_CUE_WORDS = 3;
const CUE_DETERMINERS = new Set([
  'le',
  'la',
  "l'",
  'les',
  'the',
  'its',
  'son',
  'sa',
  'ses',
  'leur',
  'their',
  'a',
  'an',
  'un',
  'une',
]);

/**
 * "le groupe Maviel", "the investment firm Accel": the cue words before a name belong to it, so rules see
 * "par le groupe Maviel" as "par Maviel".
 */
function absorbCuePhrase(units: Unit[]): void {
  const isTok = (u: Unit | undefined, set: Set<string>) => u?.kind === 'tok' && set.has(u.token.lower);
  // up to two adjectives may stand between the cue noun and the name ("le groupe toulousain Valmont")
  let k = units.length - 1;
  let adjectives = 0;
  while (adjectives < MAX_CUE_ADJECTIVES && isAdjective(units[k])) {
    k--;
    adjectives++;
  }
  let nouns = 0;
  while (nouns < MAX_CUE_WORDS && isTok(units[k], CUE_NOUNS)) {
    k--;
    nouns++;
  }
  if (nouns === 0) return;
  if (isTok(units[k], CUE_DETERMINERS)) k--;
  units.length = k + 1;
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
export function buildUnits(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: DiscourseState,
): Unit[] {
  const units: Unit[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length;) {
    while (m < mentions.length && mentions[m].from < i) m++;
    if (m < mentions.length && mentions[m].from === i) {
      const group = mentions.filter((x) => x.from === i);
      const to = Math.max(...group.map((x) => x.to));
      const ents = [...new Set(group.map((x) => x.entity))];
      absorbCuePhrase(units);
      const unit = entUnit(index, ents, tokens[i].start, tokens[to - 1].end, false);
      const initial = i === 0 || /^[«"“:(\-–—]$/.test(tokens[i - 1].text);
      const lone = ents.every((e) => index.entities[e].tentative && index.entities[e].mentions.length === 1);
      if (unit.kind === 'ent' && to - i === 1 && initial && lone) unit.word = tokens[i];
      units.push(unit);
      i = to;
      continue;
    }
    const t = tokens[i];
    const next = tokens[i + 1];
    const english = ENGLISH_DETERMINERS.has(t.lower);
    const nextIsName = namedSoon(tokens, mentions, i + 2, english);
    const antecedent =
      firstOrgIn(units) ?? (units.length === 0 ? openingPointerOrg(t, state) : null) ?? salientOrg(state);
    if (
      ANAPHOR_DETERMINERS.has(t.lower) &&
      next &&
      ANAPHOR_NOUNS.has(next.lower) &&
      !nextIsName &&
      // "la PME Fontis" read as one name: the noun is the name's first word, not a pointer
      !mentions.some((x) => x.from === i + 1) &&
      antecedent !== null
    ) {
      units.push(entUnit(index, [antecedent], t.start, next.end, true));
      i += 2;
      continue;
    }
    if (INTENSIFIERS.has(t.lower) && i > 0) {
      i++;
      continue;
    }
    const honorific = honorificLength(tokens, mentions, index, i);
    if (honorific > 0) {
      // "Lumenra's president, Dr. Alicia Grant": the title is no word between the roles
      i += honorific;
      continue;
    }
    const third = tokens[i + 2];
    if (isNewEntityPhrase(t, next, third) && state.bornOrg !== null) {
      // "le nouveau groupe": the company the deal creates, when the article named it
      units.push(entUnit(index, [state.bornOrg], t.start, third.end, true));
      i += 3;
      continue;
    }
    if (
      ANAPHOR_DETERMINERS.has(t.lower) &&
      next &&
      isAnaphorAdjective(
        next,
        mentions.some((x) => x.from === i + 1),
      ) &&
      third &&
      ANAPHOR_NOUNS.has(third.lower) &&
      !namedSoon(tokens, mentions, i + 3, english) &&
      antecedent !== null
    ) {
      // "the combined group", "the Paris-based company", "la jeune entreprise": one descriptive word between
      units.push(entUnit(index, [antecedent], t.start, third.end, true));
      i += 3;
      continue;
    }
    const opensMain = opensMainClause(tokens, units, i);
    const before = i > 0 ? tokens[i - 1].lower : '';
    const afterReport = REPORTING_BEFORE_IT.has(before);
    const afterSubordinator = t.text === 'it' && (SUBORDINATORS_BEFORE_IT.has(before) || afterReport);
    if (
      (opensMain || afterSubordinator) &&
      SUBJECT_PRONOUNS.has(t.lower) &&
      next &&
      next.kind === 'word' &&
      (!EXPLETIVE_FOLLOWERS.has(next.lower) || FACT_PARTICIPLES.has(tokens[i + 2]?.lower ?? '')) &&
      antecedent !== null
    ) {
      // "X, a provider of …, announced that it has acquired Y": inside the sentence the pronoun is the company
      // just named (the reporter of its own news), not a dateline's wire service named first
      const it = afterReport
        ? (lastOrgIn(units) ?? antecedent)
        : afterSubordinator
          ? (firstOrgOrPointer(units) ?? antecedent)
          : antecedent;
      units.push(entUnit(index, [it], t.start, t.end, true));
      i += 1;
      continue;
    }
    if (
      opensMain &&
      FRENCH_SUBJECT_PRONOUNS.has(t.lower) &&
      next?.kind === 'word' &&
      !(t.lower === 'il' && IMPERSONAL_FOLLOWERS_FR.has(next.lower)) &&
      state.lastSubjectOrg !== null
    ) {
      units.push(entUnit(index, [state.lastSubjectOrg], t.start, t.end, true));
      i += 1;
      continue;
    }
    const listPhrase = listPhraseLength(tokens, i);
    if (listPhrase > 0 && state.lastOrgList) {
      units.push(entUnit(index, state.lastOrgList, t.start, tokens[i + listPhrase - 1].end, true));
      i += listPhrase;
      continue;
    }
    if (
      opensMain &&
      POSSESSIVES.has(t.lower) &&
      COMPANY_ATTRIBUTES.has(next?.lower ?? '') &&
      antecedent !== null
    ) {
      units.push(entUnit(index, [antecedent], t.start, next.end, true));
      i += 2;
      continue;
    }
    const nearest = lastOrgIn(units) ?? antecedent;
    if (POSSESSIVES.has(t.lower) && next && FOUNDER_WORDS.has(next.lower) && nearest !== null) {
      units.push(entUnit(index, [nearest], t.start, t.end, true));
      i += 1;
      continue;
    }
    if (POSSESSIVES.has(t.lower) && next && LEADER_TITLE_WORDS.has(next.lower) && antecedent !== null) {
      // "son PDG, Nicolas Berger", "its chief executive, Helen Ward": the possessive names the company
      units.push(entUnit(index, [antecedent], t.start, t.end, true));
      i += 1;
      continue;
    }
    // "Its main rivals are A and B", "Ses concurrents sont A et B": with no company named before in the sentence
    // the possessive names the one the text is about; after a name, rules read "X … ses rivaux A et B" themselves
    if (
      POSSESSIVES.has(t.lower) &&
      lastOrgIn(units) === null &&
      rivalNounAt(tokens, i + 1) &&
      antecedent !== null
    ) {
      units.push(entUnit(index, [antecedent], t.start, t.end, true));
      i += 1;
      continue;
    }
    const pair = pairPhraseLength(tokens, i);
    if (pair > 0 && state.lastPair) {
      units.push(entUnit(index, state.lastPair, t.start, tokens[i + pair - 1].end, true));
      i += pair;
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
