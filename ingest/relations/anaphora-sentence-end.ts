import type { Token } from '../tokens';
import { isPublicBodyName } from './public-body-side';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse';
import { updateState } from './discourse';
import { recordFunds } from './anaphora-fund';
import { rememberPluralGroups } from './anaphora-plural-state';
import { rememberPersons } from './anaphora-person-pronoun';
import { tellsMerger } from './plural-pointers';
import { rememberApposedNouns } from './described-heads';
import { subjectOrgOpening } from './paragraph-topic';
import { apposedAgentGender } from './apposed-agent';
import { frontedAgentGender } from './anaphora-fronted-agent';
import { companySubjectIgnoringPersons } from './company-pronoun';
import { possessiveOwnerAfter } from './anaphora-possessive-owner';
import { updateSpeakerState } from './speaker';
import { recordTopic } from './anaphora-topic';
import { isInvestorName, recordInvestedNames } from './anaphora-invested-name';
import { staffEmployerIn } from './anaphora-staff-employer';
import { lastRivalNamed } from './anaphora-pointed-rival';
import { isLinkLine } from './anaphora-link-line';
import { rememberFrontNouns } from './anaphora-attached-noun';
import { carryTopicCompany } from './anaphora-topic-carry';
import { recordFrontedSeat } from './anaphora-fronted-seat';
import { recordParagraphSubject } from './anaphora-paragraph-subject';
import { bareDescriptorSubject } from './anaphora-bare-descriptor';
import { recordFoldedUnitOwners, recordUnitOwners } from './anaphora-unit-owner';
import { recordUnitOfOwners } from './anaphora-unit-of-owner';
import { recordLoneNamedOrg } from './anaphora-lone-named-owner';
import { describedObjectIn } from './anaphora-described-object';

/**
 * What a sentence leaves the next ones once its units are built (moved out of units.ts): salience and subjects,
 * funds, apposed nouns, the pronoun's company and gender, the speaker, the article's topic, the staff's employer.
 * `possessives`: pointer units standing for a possessive; `speaker`: the quoted speaker's company, if any.
 */
export function closeSentence(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  units: Unit[],
  state: DiscourseState,
  possessives: Set<Unit>,
  speaker: number | null,
): void {
  // a link to another story ("Lire aussi : …") is no part of the discourse: the next sentences point past it
  if (isLinkLine(tokens)) return;
  const quoted = quotedTokens(tokens);
  recordInvestedNames(units, state);
  recordFrontedSeat(tokens, units, state.origins);
  // a company a speaker names inside a quote ("not Cargonic," Wrona said) is a side party, unless the story is
  // about it (its headline or topic company: « Feedlink complète notre offre »)
  const own = (e: number) => e === state.topicOrg || (state.title?.orgs.includes(e) ?? false);
  for (const x of mentions) if (isPublicBodyName(index, x.entity)) state.publicBodies.add(x.entity);
  const sideOrgs = new Set(
    mentions
      .filter(
        (x) =>
          (quoted[x.from] && !own(x.entity)) ||
          isInvestorName(index, state, x.entity) ||
          // a regulator named beside the story's company ("FDA Commissioner X said") is no topic of its own, nor is a
          // court or a region, even the one opening the story ("Le Tribunal de commerce de Nantes a retenu …")
          state.publicBodies.has(x.entity),
      )
      .map((x) => x.entity),
  );
  // before the update: a possessive unit noun ("Sa filiale, X") belongs to the subject the last sentence left
  recordUnitOwners(units, state);
  recordFoldedUnitOwners(tokens, units, state);
  recordUnitOfOwners(tokens, units, state);
  updateState(units, state, possessives, sideOrgs);
  rememberPluralGroups(units, state);
  rememberPersons(units, state);
  recordFunds(tokens, units, index, state);
  if (state.lastOrgList?.length === 2 && tellsMerger(tokens)) state.mergingPair = state.lastOrgList;
  // names after a possessive pointer ("Its rivals include A, …") and known rivals are side parties
  const owned = units.findIndex((u) => possessives.has(u));
  rememberApposedNouns(
    units,
    state.described,
    (e, k) => state.rivals.has(e) || (owned >= 0 && k > owned),
    tokens,
  );
  rememberFrontNouns(units, state.described);
  // "Buyout firm X, which …, said …": wire copy's bare descriptor opens on the subject (anaphora-bare-descriptor.ts)
  state.pronounOrg =
    state.lastSubjectOrg === null ? null : (subjectOrgOpening(units) ?? bareDescriptorSubject(units));
  const hasPerson = units.some((x) => x.kind === 'ent' && !x.orgs);
  state.pronounGender = hasPerson ? (apposedAgentGender(units) ?? frontedAgentGender(units)) : 'none';
  state.companyVerbPronounOrg = companySubjectIgnoringPersons(units);
  const subject = state.pronounOrg ?? state.companyVerbPronounOrg;
  const named = units.some(
    (x) => x.kind === 'ent' && x.orgs && !x.anaphor && subject !== null && x.ents.includes(subject),
  );
  recordParagraphSubject(state, subject, named);
  state.carriedPossessiveOwner = null;
  carryTopicCompany(units, state);
  state.possessiveOwner = possessiveOwnerAfter(units, state.pronounOrg ?? state.companyVerbPronounOrg);
  recordLoneNamedOrg(tokens, units, index, state);
  state.describedObject = describedObjectIn(units);
  updateSpeakerState(tokens, mentions, index, state.speaker, speaker);
  recordTopic(tokens, units, state);
  state.paragraphSentences++;
  state.sentencesRead++;
  state.lastNamedPerson = hasPerson;
  if (units.some((x) => x.kind === 'ent')) state.lastSentencePersons = namedPersons(units);
  state.staffEmployer = staffEmployerIn(tokens, units);
  state.lastRival = lastRivalNamed(units);
}

/** The people the sentence names (no pronoun), in order; a loop, as every sentence asks. */
function namedPersons(units: Unit[]): number[] {
  const out: number[] = [];
  for (const x of units) if (x.kind === 'ent' && x.persons && !x.anaphor) out.push(...x.ents);
  return out;
}

const OPENING = new Set(['«', '“']);
const CLOSING = new Set(['»', '”']);

/** Whether each token stands between quotation marks of the sentence. */
function quotedTokens(tokens: Token[]): boolean[] {
  let open = false;
  return tokens.map((t) => {
    if (OPENING.has(t.text) || (t.text === '"' && !open)) {
      open = true;
      return false;
    }
    if (CLOSING.has(t.text) || t.text === '"') {
      open = false;
      return false;
    }
    return open;
  });
}
