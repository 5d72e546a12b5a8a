import type { Unit } from '../pattern';

/**
 * A name the sentence itself calls one of the money's givers: "son actionnaire minoritaire A", "existing backers
 * A and B", "ses investisseurs historiques, A et B", "its lender A". Such a name is never the company funded in
 * that clause, whatever slot a reading found it in: in full articles the company is usually pointed at or left
 * to the article, and the investor named with its role was the commonest wrong recipient.
 */

/** Nouns of a giver's role (not "fonds"/"fund": "A invests in the fund B" funds B). */
const GIVER_ROLE_NOUN =
  /^(backer|backers|investor|investors|investisseur|investisseurs|actionnaire|actionnaires|shareholder|shareholders|lender|lenders|prêteur|prêteurs|bailleur|bailleurs|financeur|financeurs)$/;

/** Words that end the descriptor run before a name: a preposition or a verb makes the noun someone else's
 * ("investors in A", "les investisseurs de A", "shareholders approved A"). */
const NOT_DESCRIPTOR =
  /^(in|into|dans|de|du|d'|des|of|à|au|aux|to|chez|for|pour|with|avec|par|by|from|auprès|is|are|was|were|est|sont|a|ont|have|has|had|et|and|ou|or|like|comme|including|dont|such|as|than|que|qui|which|who|that)$/;

/** Lower-case words read back from the name to the role noun ("existing", "minoritaire", "historiques"). */
const MAX_DESCRIPTOR_UNITS = 3;

/** The name at `k` (or the list it closes) is called a giver by a role noun just before it. */
export function calledGiver(units: Unit[], k: number): boolean {
  let seenComma = false;
  for (let j = k - 1; j >= 0 && k - j <= MAX_DESCRIPTOR_UNITS + 1; j--) {
    const u = units[j];
    if (u.kind !== 'tok') return false;
    // "ses investisseurs historiques, A et B": one comma may set the names off from their role
    if (u.token.text === ',' && j === k - 1 && !seenComma) {
      seenComma = true;
      continue;
    }
    if (u.token.kind !== 'word' || u.token.text !== u.token.lower) return false;
    if (GIVER_ROLE_NOUN.test(u.token.lower)) return true;
    if (NOT_DESCRIPTOR.test(u.token.lower)) return false;
  }
  return false;
}
