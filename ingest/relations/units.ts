import { rememberCompoundDescriptor } from './anaphora-compound-descriptor';
import { apposedDescriptionOrg } from './anaphora-apposed-description';
import { opensOnFrontedPhrase } from './anaphora-fronted-agent';
import { frontedPurchaseBuyer } from './deal-fronted-purchase';
import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import {
  ANAPHOR_DETERMINERS,
  ANAPHOR_NOUNS,
  BARE_ANAPHOR_NOUNS,
  COMPANY_ATTRIBUTES,
  EXPLETIVE_FOLLOWERS,
  FACT_PARTICIPLES,
  FOUNDER_WORDS,
  ENGLISH_DETERMINERS,
  FRENCH_SUBJECT_PRONOUNS,
  REPORTING_BEFORE_IT,
  SUBORDINATORS_BEFORE_IT,
  INTENSIFIERS,
  LEADER_TITLE_WORDS,
  PLURAL_PRONOUNS,
  POSSESSIVES,
  SUBJECT_PRONOUNS,
} from './anaphor-words';
import { firstOrgIn, firstOrgOrPointer, lastOrgIn, salientOrg } from './discourse';
import {
  honorificLength,
  absorbCuePhrase,
  isAnaphorAdjective,
  isNewEntityPhrase,
  namedSoon,
  listPhraseLength,
  opensMainClause,
  pairPhraseLength,
  rivalNounAt,
} from './pointing-phrases';
import type { DiscourseState } from './discourse';
import { openingPointerOrg } from './paragraph-topic';
import { inQuote, speakerOrgFor } from './speaker';
import { isDescriptorNoun } from './described-heads';
import { rememberNameHead } from './anaphora-name-head';
import { passiveDealSubject } from './anaphora-passive-owner';
import { companyVerbAt } from './company-pronoun';
import { isFundLikeName } from './salience-cues';
import { OWNER_NOUNS } from './anaphor-words';
import { entUnit } from './entity-unit';
import { pointerAt } from './pointer-at';
import { PLURAL_POSSESSIVES } from './plural-pointers';
import { countedList, severalPointerAt } from './several-pointer';
import { isDealBeneficiary } from './deal-beneficiary';
import { pronounAgrees } from './apposed-agent';
import { afterReportAndTime } from './anaphora-report';
import { subjectChainOrg } from './anaphora-subject-chain';
import { groupSizedAntecedent } from './anaphora-group-size';
import { keptLeaderCompany } from './anaphora-kept-leader';
import { companyVerbTopic, paragraphPronounTopic } from './anaphora-topic';
import { isImpersonalIl } from './anaphora-impersonal';
import { namedInClauseAfter } from './anaphora-clause-names';
import { closeSentence } from './anaphora-sentence-end';
import { staffEmployerPointer } from './anaphora-staff-employer';
import { ownerDealNounAt } from './anaphora-owner-deal';
import { coordinatedPronounOrg } from './anaphora-coordinated-it';
import { standaloneRivalLength } from './anaphora-pointed-rival';
import { personPronounAt } from './anaphora-person-pronoun';

/** The sentence as units; anaphors are resolved from `state`, which is then updated with this sentence. */
export function buildUnits(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: DiscourseState,
): Unit[] {
  const units: Unit[] = [];
  const quoted = inQuote(tokens, state.speaker);
  const speaker = quoted
    ? speakerOrgFor(
        tokens,
        mentions,
        index,
        state.speaker,
        state.bornOrg,
        salientOrg(state),
        state.lastSubjectOrg,
      )
    : null;
  // "Ses cofondateurs …", "Son PDG …": a possessive points at a company but the sentence is not about it
  const possessives = new Set<Unit>();
  const pointPossessive = (ent: number | number[], start: number, end: number) => {
    const unit = entUnit(index, typeof ent === 'number' ? [ent] : ent, start, end, true);
    possessives.add(unit);
    units.push(unit);
  };
  let m = 0;
  for (let i = 0; i < tokens.length;) {
    while (m < mentions.length && mentions[m].from < i) m++;
    if (m < mentions.length && mentions[m].from === i) {
      const group = mentions.filter((x) => x.from === i);
      const to = Math.max(...group.map((x) => x.to));
      const ents = [...new Set(group.map((x) => x.entity))];
      const head = absorbCuePhrase(units);
      const unit = entUnit(index, ents, tokens[i].start, tokens[to - 1].end, false);
      if (head !== null && unit.kind === 'ent' && unit.orgs && ents.length === 1 && isDescriptorNoun(head))
        state.described.set(head, ents[0]);
      if (unit.kind === 'ent' && unit.orgs && ents.length === 1)
        rememberCompoundDescriptor(tokens, i, ents[0], state.described);
      if (unit.kind === 'ent' && unit.orgs && ents.length === 1)
        rememberNameHead(tokens, i, to, ents[0], state.described, isDescriptorNoun);
      const initial = i === 0 || /^[«"“:(\-–—]$/.test(tokens[i - 1].text);
      const lone = ents.every((e) => index.entities[e].tentative && index.entities[e].mentions.length === 1);
      if (unit.kind === 'ent' && to - i === 1 && initial && lone) unit.word = tokens[i];
      units.push(unit);
      i = to;
      continue;
    }
    const t = tokens[i];
    const pointer = pointerAt(tokens, mentions, index, state, units, i, speaker);
    if (pointer > 0) {
      i += pointer;
      continue;
    }
    if (state.lastSubjectOrg !== null && isDealBeneficiary(tokens, i)) {
      units.push(entUnit(index, [state.lastSubjectOrg], t.start, t.end, true));
      i++;
      continue;
    }
    const several = severalPointerAt(tokens, i, state, units);
    if (several !== null) {
      units.push(entUnit(index, several.ents, t.start, tokens[i + several.length - 1].end, true));
      i += several.length;
      continue;
    }
    const next = tokens[i + 1];
    const english = ENGLISH_DETERMINERS.has(t.lower);
    const nextIsName = namedSoon(tokens, mentions, i + 2, english);
    // "Spécialisée dans …, la société": after a fronted phrase naming nobody the pointer still opens the clause
    // after a fronted founding phrase ("Créée en 2018 par P, deux anciens de Y, la plateforme") the people and
    // employers it named are no antecedent: the pointer opens the clause as if nothing came before
    const afterFounding =
      tokens[i - 1]?.text === ',' &&
      opensOnFrontedPhrase(tokens) &&
      units.every((u) => u.kind === 'tok' || !u.anaphor);
    const opening =
      units.length === 0 ||
      afterFounding ||
      (tokens[i - 1].text === ',' && units.every((u) => u.kind === 'tok'));
    const orgBefore = (): number | null => (afterFounding ? null : firstOrgIn(units));
    // read only when a pointer shape needs it: units and state do not change before this token is placed
    let antecedentRead = false;
    let antecedentOrg: number | null = null;
    const antecedent = (): number | null => {
      if (!antecedentRead) {
        antecedentOrg =
          orgBefore() ??
          frontedPurchaseBuyer(tokens, i, state) ??
          (opening ? openingPointerOrg(t, state, namedInClauseAfter(tokens, mentions, i)) : null) ??
          salientOrg(state, namedInClauseAfter(tokens, mentions, i));
        antecedentRead = true;
      }
      return antecedentOrg;
    };
    if (
      ANAPHOR_DETERMINERS.has(t.lower) &&
      next &&
      (ANAPHOR_NOUNS.has(next.lower) || (english && BARE_ANAPHOR_NOUNS.has(next.lower))) &&
      !nextIsName &&
      // "la PME Fontis" read as one name: the noun is the name's first word, not a pointer
      !mentions.some((x) => x.from === i + 1) &&
      antecedent() !== null
    ) {
      // a group noun passes over the companies the article called small ("la PME" bought is not "le groupe")
      const ent =
        apposedDescriptionOrg(tokens, units, i, i + 2) ??
        orgBefore() ??
        staffEmployerPointer(next.lower, i === 0, state.staffEmployer) ??
        keptLeaderCompany(tokens, i, state.firstDeal, antecedent()!) ??
        groupSizedAntecedent(next.lower, antecedent()!, state, namedInClauseAfter(tokens, mentions, i));
      units.push(entUnit(index, [ent], t.start, next.end, true));
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
      antecedent() !== null
    ) {
      // "the combined group", "the Paris-based company", "la jeune entreprise": one descriptive word between
      const ent = apposedDescriptionOrg(tokens, units, i, i + 3) ?? antecedent()!;
      units.push(entUnit(index, [ent], t.start, third.end, true));
      i += 3;
      continue;
    }
    const opensMain = opensMainClause(tokens, units, i);
    const person = personPronounAt(tokens, units, index, state, i, opensMain);
    if (person !== null) {
      // "Il avait cofondé X", "She previously ran Y": a person's career verb after the pronoun (anaphora-person-pronoun.ts)
      units.push(entUnit(index, [person], t.start, t.end, true));
      i += 1;
      continue;
    }
    const before = i > 0 ? tokens[i - 1].lower : '';
    // "said on Tuesday it": only when no company is named before it — the wire rules read "X said on Tuesday it
    // agreed to buy Y" themselves, and the rivalry frames take the named X, not a pointer, as the clause subject
    const afterReport =
      REPORTING_BEFORE_IT.has(before) || (afterReportAndTime(tokens, i) && lastOrgIn(units) === null);
    const afterSubordinator = t.text === 'it' && (SUBORDINATORS_BEFORE_IT.has(before) || afterReport);
    if (
      (opensMain || afterSubordinator) &&
      SUBJECT_PRONOUNS.has(t.lower) &&
      next &&
      next.kind === 'word' &&
      (!EXPLETIVE_FOLLOWERS.has(next.lower) || FACT_PARTICIPLES.has(tokens[i + 2]?.lower ?? '')) &&
      antecedent() !== null
    ) {
      // "X, a provider of …, announced that it has acquired Y": inside the sentence the pronoun is the company
      // just named (the reporter of its own news), not a dateline's wire service named first
      const it = afterReport
        ? (lastOrgIn(units, true) ?? lastOrgIn(units) ?? antecedent()!)
        : afterSubordinator
          ? (firstOrgOrPointer(units) ?? antecedent()!)
          : (subjectChainOrg(tokens, i, units, state, (e) =>
              isFundLikeName(index.entities[e].surfaces[0] ?? ''),
            ) ?? antecedent()!);
      units.push(entUnit(index, [it], t.start, t.end, true));
      i += 1;
      continue;
    }
    const coordinated = coordinatedPronounOrg(tokens, units, i);
    if (coordinated !== null) {
      units.push(entUnit(index, [coordinated], t.start, t.end, true));
      i += 1;
      continue;
    }
    const companyVerb = companyVerbAt(tokens, i + 1);
    const agreed = companyVerb || pronounAgrees(t.lower, state.pronounGender) ? state.pronounOrg : null;
    const pronounOrg = agreed ?? (companyVerb ? state.companyVerbPronounOrg : null);
    const frenchPronoun =
      opensMain &&
      FRENCH_SUBJECT_PRONOUNS.has(t.lower) &&
      next?.kind === 'word' &&
      !isImpersonalIl(tokens, i);
    // a paragraph opening on "Il"/"Elle" before naming any company, or one before a verb only a company takes
    // that no sentence before gave a company subject: the article's own company
    const frenchPronounOrg = frenchPronoun
      ? (pronounOrg ??
        paragraphPronounTopic(tokens, i, state) ??
        (companyVerb ? companyVerbTopic(state) : null))
      : null;
    if (frenchPronounOrg !== null) {
      units.push(entUnit(index, [frenchPronounOrg], t.start, t.end, true));
      i += 1;
      continue;
    }
    const listPhrase = listPhraseLength(tokens, i);
    const listed = listPhrase > 0 ? countedList(tokens, i, listPhrase, state, index) : null;
    if (listed !== null) {
      units.push(entUnit(index, listed, t.start, tokens[i + listPhrase - 1].end, true));
      i += listPhrase;
      continue;
    }
    if (
      opensMain &&
      POSSESSIVES.has(t.lower) &&
      COMPANY_ATTRIBUTES.has(next?.lower ?? '') &&
      antecedent() !== null
    ) {
      pointPossessive(antecedent()!, t.start, next.end);
      i += 2;
      continue;
    }
    if (POSSESSIVES.has(t.lower) && next && FOUNDER_WORDS.has(next.lower)) {
      // "X était passé sous le contrôle de Y. Son fondateur, P, …": the company the last sentence was about, when
      // it was one company alone (a list of rivals as subject leaves "son" to the article's company)
      const lastSubject = state.lastOrgList === null ? state.pronounOrg : null;
      const nearest =
        passiveDealSubject(units) ??
        lastOrgIn(units) ??
        (opening ? (state.lastNamedTarget ?? lastSubject) : null) ??
        antecedent();
      if (nearest !== null) {
        pointPossessive(nearest, t.start, t.end);
        i += 1;
        continue;
      }
    }
    if (
      POSSESSIVES.has(t.lower) &&
      ownerDealNounAt(tokens, i + 1) &&
      lastOrgIn(units) === null &&
      antecedent() !== null
    ) {
      // "Its 2023 purchase of Y", "The deal follows its purchase of Y": the possessive is the buyer
      // (anaphora-owner-deal.ts); after a name the deal rules read "X has completed its acquisition of Y" themselves
      pointPossessive(antecedent()!, t.start, t.end);
      i += 1;
      continue;
    }
    const leaderPossessive = POSSESSIVES.has(t.lower) && next && LEADER_TITLE_WORDS.has(next.lower);
    // "« … nous … », souligne sa directrice générale, P": after the quote the possessive is the speaker's company
    const quoteOwner =
      leaderPossessive && speaker !== null && tokens.slice(0, i).some((x) => /^[»”"]$/.test(x.text))
        ? speaker
        : null;
    const owner = (opening && firstOrgIn(units) === null ? state.possessiveOwner : null) ?? quoteOwner;
    if (leaderPossessive && (owner ?? antecedent()) !== null) {
      // "son PDG, Nicolas Berger", "its chief executive, Helen Ward": the possessive names the company
      pointPossessive((owner ?? antecedent())!, t.start, t.end);
      i += 1;
      continue;
    }
    const group = state.lastOrgList ?? state.lastPair;
    if (
      PLURAL_POSSESSIVES.has(t.lower) &&
      group !== null &&
      lastOrgIn(units) === null &&
      (rivalNounAt(tokens, i + 1) || OWNER_NOUNS.has(next?.lower ?? ''))
    ) {
      // "Their biggest rival, X", "Leurs actionnaires": the companies just named together own the rivals
      pointPossessive(group, t.start, t.end);
      i += 1;
      continue;
    }
    const standaloneRival = POSSESSIVES.has(t.lower) ? standaloneRivalLength(tokens, mentions, i + 1) : 0;
    if (standaloneRival > 0 && opensMain && lastOrgIn(units) === null) {
      // "Its rival was itself acquired by Z": the rival the last sentence named, or nobody (anaphora-pointed-rival.ts)
      const rival = state.lastRival;
      if (rival !== null) units.push(entUnit(index, [rival], t.start, tokens[i + standaloneRival].end, true));
      else for (let k = i; k <= i + standaloneRival; k++) units.push({ kind: 'tok', token: tokens[k] });
      i += standaloneRival + 1;
      continue;
    }
    // "Its main rivals are A and B", "Ses concurrents sont A et B": with no company named before in the sentence
    // the possessive names the one the text is about; after a name, rules read "X … ses rivaux A et B" themselves.
    // So do "Its backers, A and B", "Sa maison mère, X", "Ses investisseurs": the company's own backers.
    if (
      POSSESSIVES.has(t.lower) &&
      lastOrgIn(units) === null &&
      (rivalNounAt(tokens, i + 1) || OWNER_NOUNS.has(next?.lower ?? '')) &&
      antecedent() !== null
    ) {
      pointPossessive(antecedent()!, t.start, t.end);
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
  closeSentence(tokens, mentions, index, units, state, possessives, speaker);
  return units;
}
