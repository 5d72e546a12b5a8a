import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import type { DiscourseState } from './discourse';
import { companyVerbAt } from './company-pronoun';
import { givenNameGender } from './anaphora-person-pronoun';

/**
 * French "il"/"elle" before a buying verb ("Elle avait déjà racheté Y", "Il a absorbé Y") after a sentence that
 * named a person as well as a company: a person may buy too, so the pronoun is the company only when every person
 * named there has a given name of the other gender ("X, dirigé par Sandrine K, … Il a racheté Y"). A name of
 * unknown gender, or one that agrees, leaves the pronoun unread.
 */

/** Buying and merging verbs; "reprendre" is left out, since a person "reprend la direction". */
const DEAL_VERB = /^(rachet|rachèt|acquis|acquiert|absorb|fusionn)/;

const PRONOUN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['il', 'm'],
  ['elle', 'f'],
]);

/** Whether the pronoun at `i` can only be the company before the buying verb after it. */
export function dealPronounIsCompany(
  tokens: Token[],
  i: number,
  index: EntityIndex,
  state: DiscourseState,
): boolean {
  const gender = PRONOUN_GENDER.get(tokens[i].lower);
  const persons = state.lastSentencePersons;
  if (gender === undefined || persons.length === 0 || !companyVerbAt(tokens, i + 1, DEAL_VERB)) return false;
  return persons.every((p) => {
    const g = givenNameGender(index.entities[p].surfaces[0] ?? '');
    return g !== null && g !== gender;
  });
}
