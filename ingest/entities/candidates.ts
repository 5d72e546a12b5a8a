import { elidedParticleJoin } from './elided-particle';
import { tradeNounComplementJoin } from './trade-noun-names';
import { isAllCaps } from '../tokens';
import { afterLocativeCountry } from './locative-country';
import type { Token } from '../tokens';
import { isRankAbbreviation } from './rank-abbreviation';
import { LEGAL_FORMS, NATIONALITIES, ORG_HEAD_WORDS, PLACES } from './lexicon-common';
import {
  LOWER_CASE_LEGAL_FORMS,
  OF_PARTICLES,
  bracketedQualifier,
  commaLegalForm,
  headOnlyTail,
  hasHead,
  isNameToken,
  particleJoins,
} from './name-joins';
import { dedicationAt, institutionTail, lowerCaseHeadStart, teamOfPlace } from './institution-span';
import { nameNumberSuffix } from './number-suffix';
import { leadingNumberStart, numberBeforeHeadWord } from './name-numbers';
import { englishInstitutionTail } from './english-institution';
import { isNationalTeam, nationalTeamTail, teamNounBefore } from './national-team';
import { knownSpanAt, monthAsName, placeNumberInKnownName, partyOfKnownRun } from './known-span';
import {
  isGerundClause,
  isMostlyCapitalisedLine,
  isTitleCaseLine,
  splitAtHeadlineWords,
} from './headline-case';
import { ownsPossessive, pluralPossessiveJoin } from './possessive-names';
import { ROLE_WORDS } from './lexicon-roles';
import { ARTICLES, isInitialPosition, stripEdges } from './run-edges';
import { isPeoplePluralPossessive } from './people-plural-possessive';
import { possessiveOwnsGenericTail } from './possessive-generic-tail';
import { exchangePlaceTail } from './exchange-names';
import { portfolioAndJoin } from './portfolio-names';
import { frenchPortfolioAndJoin } from './coordinated-portfolio';
import { bodyFieldAndJoin } from './body-complement-and';
import { gluedDigitBrandStart } from './glued-digit-brand';
import { isHolidayName } from './holiday-names';
import { gluedSlashJoin, savingsAndLoanLetters } from './wire-name-joins';
import { repeatedComplementJoin } from './repeated-complement-names';
import { titledComplementJoin } from './titled-names';
import { isHeadingBreak } from './heading-lines';
import { personAfterKnownName, personAfterPostOf } from './glued-person';
import { personAfterAcronym, personAfterOutletTitle } from './outlet-before-person';
import { regionBodyAt, regionHeadedBodyAt } from './region-body';
import { bankNetworkRegionJoin } from './bank-network-region';
import { isAgencyExecutive } from './executive-body';
import { secretaryRankAt } from './secretary-title';
import { multiWordLegalFormTail } from './multiword-legal-forms';
import { personAfterTitle } from './title-before-person';
import { ofPlaceBeforeForm } from './of-place-form';
import { possessiveBeforePublicBody } from './possessed-public-body';
import { clauseSubjectAfterName } from './clause-subject-after-name';

/** A run of name-like tokens in one sentence: tokens [from, to) of that sentence. */
export interface Candidate {
  sentence: number;
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** The run begins the sentence (or follows an opening quote or colon), where any word is capitalised. */
  initial: boolean;
  /** Surnames joined by "and" into one partnership name ("A and B and Acme Inc"), see firm-name-joins.ts. */
  firmName?: boolean;
}

/** Nordic legal forms written after a first generic word ("Telefon AB X", "Förvaltnings AB Y"). */
const NORDIC_OPENING_FORMS = new Set(['ab', 'oy', 'oyj']);

/** Splits a run where a role word or a legal form ends one name and another begins. */
function splitRun(tokens: Token[], from: number, to: number, out: Array<[number, number]>): void {
  let a = from;
  for (let i = from; i < to; i++) {
    const l = tokens[i].lower.replace(/\.$/, '');
    const rank = secretaryRankAt(tokens, i);
    if (rank > 0 && i > a) {
      out.push([a, i]);
      a = i + rank;
      i += rank - 1;
      continue;
    }
    if (ROLE_WORDS.has(l) && i > a && !isAgencyExecutive(tokens, i, to)) {
      out.push([a, i]);
      a = i;
      continue;
    }
    const nxt = tokens[i + 1];
    const joins =
      nxt &&
      (LEGAL_FORMS.has(nxt.lower.replace(/\.$/, '')) ||
        ORG_HEAD_WORDS.has(nxt.lower) ||
        OF_PARTICLES.has(nxt.lower) ||
        // "X (Pty) Ltd": a legal form in brackets qualifies the one after them
        nxt.text === ')' ||
        // "X GmbH and Co KG": a tail of legal forms after "and" belongs to the same name
        ((nxt.lower === 'and' || nxt.text === '&') && headOnlyTail(tokens, i + 1, true)));
    // "Telefon AB L.M. Ericsson": a Nordic form after one generic word opens the name rather than ending one
    const opening = NORDIC_OPENING_FORMS.has(l) && i - a === 1;
    if (LEGAL_FORMS.has(l) && i + 1 < to && i > a && !joins && !opening) {
      out.push([a, i + 1]);
      a = i + 1;
    }
  }
  if (a < to) out.push([a, to]);
}

/** Lower-case nouns of a company's part written right after its name ("X's Y unit"). */
const OWNED_PART_NOUNS = new Set(['unit', 'subsidiary', 'division', 'arm', 'affiliate', 'business', 'brand']);

/** A possessive inside a run stays only when the run is a company name ("Scott's Hospitality Inc"). */
function splitPossessive(
  tokens: Token[],
  from: number,
  to: number,
  out: Array<[number, number]>,
  text: string,
): void {
  for (let i = from; i < to; i++) {
    const placeBefore =
      i - from === 1 && (PLACES.has(tokens[from].lower) || NATIONALITIES.has(tokens[from].lower));
    // "Kettleby's, the dessert maker": a possessive that owns nothing ends the name it is part of
    if (i === to - 1 && !placeBefore && ownsPossessive(tokens, i, text)) break;
    // "Chevron's Gulf Oil unit": a part noun after the run says the possessive names the owner
    const ownerOfPart = i - from === 1 && OWNED_PART_NOUNS.has(tokens[to]?.text ?? '');
    // "The People's Bank of China": a plural of people owns no company, the possessive is inside the name
    if (!ownerOfPart && isPeoplePluralPossessive(tokens, i, to)) continue;
    if (tokens[i].lower === "'s" && !placeBefore && possessiveOwnsGenericTail(tokens, i, to)) break;
    const bodyOwner = possessiveBeforePublicBody(tokens, i);
    if (
      tokens[i].lower === "'s" &&
      (!hasHead(tokens, i, to) || i - from > 1 || placeBefore || ownerOfPart || bodyOwner)
    ) {
      out.push([from, i]);
      out.push([i + 1, to]);
      return;
    }
  }
  out.push([from, to]);
}

/** Finds the capitalised runs of one sentence; all-caps sentences are left to the known-name pass. */
export function findCandidates(tokens: Token[], sentence: number, text: string): Candidate[] {
  const out: Candidate[] = [];
  const nameAt = (k: number) => isNameToken(tokens[k]) || monthAsName(tokens, k);
  const headline = isTitleCaseLine(tokens);
  const looseHeadline = !headline && isMostlyCapitalisedLine(tokens);
  let i = 0;
  while (i < tokens.length) {
    const known = knownSpanAt(tokens, i, text) || regionBodyAt(tokens, i) || regionHeadedBodyAt(tokens, i);
    if ((!nameAt(i) && known === 0) || isRankAbbreviation(tokens, i)) {
      i++;
      continue;
    }
    const runFrom = i;
    let j = i + Math.max(1, known);
    for (;;) {
      if (
        j < tokens.length &&
        (nameAt(j) || tokens[j].lower === "'s") &&
        !isHeadingBreak(tokens, j, text) &&
        !isRankAbbreviation(tokens, j)
      ) {
        j++;
        continue;
      }
      if (j < tokens.length) {
        // a form in several pieces ("Sp. z o.o.") closes the name: a capital after it starts another
        const form = multiWordLegalFormTail(tokens, j);
        if (form > 0) {
          j += form;
          break;
        }
        const take =
          nationalTeamTail(tokens, runFrom, j) ||
          exchangePlaceTail(tokens, runFrom, j) ||
          englishInstitutionTail(tokens, runFrom, j) ||
          titledComplementJoin(tokens, runFrom, j) ||
          portfolioAndJoin(tokens, runFrom, j) ||
          frenchPortfolioAndJoin(tokens, runFrom, j) ||
          bodyFieldAndJoin(tokens, runFrom, j) ||
          tradeNounComplementJoin(tokens, runFrom, j) ||
          elidedParticleJoin(tokens, runFrom, j) ||
          repeatedComplementJoin(tokens, runFrom, j, text) ||
          bankNetworkRegionJoin(tokens, runFrom, j) ||
          particleJoins(tokens, runFrom, j) ||
          teamOfPlace(tokens, runFrom, j) ||
          bracketedQualifier(tokens, j) ||
          commaLegalForm(tokens, j) ||
          pluralPossessiveJoin(tokens, runFrom, j) ||
          savingsAndLoanLetters(tokens, runFrom, j) ||
          ofPlaceBeforeForm(tokens, runFrom, j) ||
          gluedSlashJoin(tokens, runFrom, j, text) ||
          numberBeforeHeadWord(tokens, j) ||
          placeNumberInKnownName(tokens, runFrom, j, text) ||
          nameNumberSuffix(tokens, runFrom, j) ||
          (LOWER_CASE_LEGAL_FORMS.has(tokens[j].text.replace(/\.$/, '')) ? 1 : 0);
        if (take > 0) {
          j += take;
          continue;
        }
        const tail = institutionTail(tokens, runFrom, j);
        if (tail > 0) {
          j += tail;
          // after a lower-case tail a capitalised word starts another name ("Ligue … de hockey Kevin X")
          if (
            isNameToken(tokens[j - 1]) ||
            ARTICLES.has(tokens[j - 1].lower) ||
            OF_PARTICLES.has(tokens[j - 1].lower)
          )
            continue;
          if (tokens[j - 1].lower === "l'") continue;
          if (dedicationAt(tokens, j)) j++;
        }
      }
      break;
    }
    const parts: Array<[number, number]> = [];
    const pieces: Array<[number, number]> = [];
    const party = partyOfKnownRun(tokens, runFrom, known, j);
    const glued = personAfterKnownName(tokens, runFrom, known, j);
    const postOf = glued > 0 ? glued : personAfterPostOf(tokens, runFrom, j);
    const acronym = postOf > 0 ? postOf : personAfterAcronym(tokens, runFrom, j);
    const outletTitle = acronym > 0 ? acronym : personAfterOutletTitle(tokens, runFrom, j);
    const person = outletTitle > 0 ? outletTitle : clauseSubjectAfterName(tokens, runFrom, known, j);
    const titled = known > 0 || person > 0 ? null : personAfterTitle(tokens, runFrom, j);
    // a known name the run is exactly ("Slaughter and May", "L'Oréal") is kept whole, past the cutter's rules
    if (known > 1 && j === runFrom + known) parts.push([runFrom, j]);
    else if (person > 0) parts.push([runFrom, person], [person, j]);
    // "House Speaker Jim Wright": a glued title is left out, a glued body is a name of its own
    else if (titled)
      parts.push(...(titled.body ? [[runFrom, titled.bodyEnd ?? titled.person] as [number, number]] : []), [
        titled.person,
        j,
      ]);
    // the rest only qualifies the party (a dealer's brand, a programme's name): left out, so that the noun before
    // points at the party
    else if (party) parts.push(party);
    else {
      splitPossessive(tokens, runFrom, j, pieces, text);
      const spans: Array<[number, number]> = [];
      for (const [a, b] of pieces) {
        if (headline) splitAtHeadlineWords(tokens, a, b, spans);
        else if (!looseHeadline || !isGerundClause(tokens, a, b)) spans.push([a, b]);
      }
      for (const [a, b] of spans) splitRun(tokens, a, b, parts);
    }
    for (const [a0, b0] of parts) {
      const whole = known > 1 && a0 === runFrom && b0 === runFrom + known;
      const [a2, b] = whole ? [a0, b0] : stripEdges(tokens, a0, b0, text);
      const a1 = whole ? a2 : afterLocativeCountry(tokens, a2, b, text);
      if (b <= a1 || isHolidayName(tokens, a1, b)) continue;
      // "équipe du Japon de baseball": the lower-case team noun belongs to a national side's name
      const sideFrom = teamNounBefore(tokens, a1);
      const side = !whole && sideFrom < a1 && isNationalTeam(tokens, sideFrom, b);
      const a = gluedDigitBrandStart(
        tokens,
        leadingNumberStart(tokens, whole ? a1 : side ? sideFrom : lowerCaseHeadStart(tokens, a1), b),
      );
      const start = tokens[a].start;
      const last = tokens[b - 1];
      // "Acme Inc." is named "Acme Inc": the dot is the abbreviation's, not the name's; a dotted form ("N.V.")
      // keeps its last dot with the others
      const form = last.lower.slice(0, -1);
      const end =
        last.text.endsWith('.') && LEGAL_FORMS.has(form) && !form.includes('.') ? last.end - 1 : last.end;
      out.push({
        sentence,
        from: a,
        to: b,
        start,
        end,
        text: text.slice(start, end),
        initial: isInitialPosition(tokens, a),
      });
    }
    i = j;
  }
  return out;
}

/** True when most letters of the sentence are capitals: wire headlines, where case says nothing. */
export function isShouting(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    if (isAllCaps(t)) caps++;
  }
  return words >= 3 && caps / words > 0.7;
}
