import type { Token } from '../tokens';
import { NATIONALITIES } from './lexicon-common';

/**
 * "U.S. Officials said", "Japanese Negotiators", "U.K. Ambassador": a country's abbreviation or adjective before a
 * noun of people in office or in a trade names a group of people, capitalised by the desk's headline habit or its
 * place, never an organisation.
 */
const PEOPLE_TAILS = new Set([
  'officials',
  'official',
  'sources',
  'ambassador',
  'ambassadors',
  'envoy',
  'envoys',
  'negotiators',
  'negotiator',
  'diplomats',
  'lawmakers',
  'legislators',
  'delegates',
  'economists',
  'analysts',
  'bankers',
  'traders',
  'spokesman',
  'spokeswoman',
  'officers',
  'subsidiary',
]);

function bare(t: Token): string {
  return t.lower.replace(/\.$/, '');
}

/** A dotted country abbreviation ("U.S.", "U.K.") or a nationality ("Japanese", "West German"). */
function isNationWord(t: Token): boolean {
  return /^\p{Lu}\.(\p{Lu}\.)+$/u.test(t.text) || NATIONALITIES.has(bare(t)) || t.lower === 'west';
}

/** Tokens [from, to) are nation words and then one noun of people ("U.S. Officials"). */
export function isNationalPeople(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !PEOPLE_TAILS.has(tokens[to - 1].lower)) return false;
  for (let i = from; i < to - 1; i++) if (!isNationWord(tokens[i])) return false;
  return true;
}

/** Peoples whose adjective the nationality list leaves out (the desk's "the Soviets" for Moscow's buyers). */
const PEOPLES_BEYOND_NATIONALITIES = new Set(['soviets']);

/**
 * "extending to the Soviets a subsidy", "the Americans rejected the offer": a nation's people in the plural, one
 * word, stands for its government or its buyers and names no organisation.
 */
export function isNationalPlural(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const w = bare(tokens[from]);
  return PEOPLES_BEYOND_NATIONALITIES.has(w) || (w.endsWith('s') && NATIONALITIES.has(w.slice(0, -1)));
}
