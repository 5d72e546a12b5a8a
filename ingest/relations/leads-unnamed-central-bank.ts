import type { ExtractedRelation } from '../types';
import { foldText } from '../resolve/normalize';

/**
 * Wire copy writes a country's central bank with capitals but no name of its own ("Central Bank President P",
 * "le gouverneur de la Banque centrale, P"): the gold keeps the body as an organisation but gives its head no LEADS,
 * since the relation would tie P to no particular bank (GOLD-FORMAT: a leader of a named organisation). A bank named
 * by its country or its own word ("Central Bank of Ireland", "Banque centrale européenne", "Bank Negara") is another
 * name and keeps its leader.
 */

/** Folded names that say "central bank" and nothing else. */
const UNNAMED_CENTRAL_BANK_NAMES: ReadonlySet<string> = new Set(['central bank', 'banque centrale']);

/** Articles the cutter may leave at a name's start ("the Central Bank", "la Banque centrale"). */
const LEADING_ARTICLE = /^(the|la|le) /;

/** The name says only "central bank", with no country or name word of its own. */
export function isUnnamedCentralBank(name: string): boolean {
  return UNNAMED_CENTRAL_BANK_NAMES.has(foldText(name).replace(LEADING_ARTICLE, ''));
}

/** The facts without a LEADS of an unnamed central bank. */
export function withoutUnnamedCentralBankLeads(relations: ExtractedRelation[]): ExtractedRelation[] {
  return relations.filter((r) => r.type !== 'LEADS' || !isUnnamedCentralBank(r.target));
}
