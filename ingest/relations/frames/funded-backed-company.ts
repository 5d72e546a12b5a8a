import type { Unit } from '../pattern';
import { isParty, isTok } from './funded-clause';
import { hasWord } from './funded-giver';

/**
 * "A backed Y" is political or moral support as often as money; a company named just after the verb, by a kind
 * noun or a description, makes it an investment when the backer is named as the subject. Read by
 * `funded-backer.ts`.
 */

/**
 * A kind of company just after the verb makes the backing an investment ("has backed the expense management
 * startup Y", "also backs garden-centre group Y", "backed climate companies such as Y"): a plan or a person is
 * supported, a startup is funded.
 */
const BACKED_COMPANY_NOUN =
  /^(startup|startups|start-up|start-ups|company|companies|firm|firms|group|maker|makers|brand|brands|platform|developer|developers|chain|business|businesses|jeune|pousse|entreprise|entreprises|société|sociétés|pme|marque|éditeur)$/;
/** Units after the verb read for `BACKED_COMPANY_NOUN` (article, adjectives, the noun). */
const BACKED_COMPANY_WINDOW_UNITS = 5;
/** Words of a description before a backed company's name ("the expense management [startup] Y"). */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * A named entity (no pointer such as "the group"), not a name qualifying a title before a person's name ("former
 * Goldman Sachs banker P").
 */
export function namedHead(units: Unit[], i: number): boolean {
  const u = units[i];
  if (u.kind !== 'ent' || u.anaphor) return false;
  const next = units[i + 1];
  const lowerNoun =
    next?.kind === 'tok' && next.token.kind === 'word' && next.token.text === next.token.lower;
  return !(lowerNoun && units[i + 2]?.kind === 'ent');
}

/**
 * "has backed the expense management startup Y", "also backs scheduling software maker Y": lower-case words that
 * describe the name just after the verb (the kind noun itself is folded into the name's unit).
 */
function describedCompanyAfter(units: Unit[], t: number): boolean {
  let k = t + 1;
  if (isTok(units, k, /^(the|a|an|le|la|l'|les|un|une)$/)) k++;
  const first = k;
  while (k - first < MAX_DESCRIPTION_WORDS && isTok(units, k, /^[a-zà-ÿ][a-zà-ÿ-]*$/)) k++;
  const name = units[k];
  const last = units[k - 1];
  if (k === first || name?.kind !== 'ent' || last?.kind !== 'tok' || !isParty(units, k, false)) return false;
  // the kind noun ("startup", "maker") is folded into the name's unit: text stands between the last word and
  // the name ("the ruling Centre Party" folds nothing: a party is backed, not a company)
  return name.start - last.token.end > 1;
}

/** The verb at `t` backs a company: a kind noun shortly after it, or a described name right after it. */
export function companyBackedAfter(units: Unit[], t: number, clauseEnd: number): boolean {
  const window = Math.min(clauseEnd, t + 1 + BACKED_COMPANY_WINDOW_UNITS);
  return hasWord(units, t + 1, window, BACKED_COMPANY_NOUN) || describedCompanyAfter(units, t);
}
