import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { NATIONALITIES, PLACES } from './lexicon-common';
import { isKnownPlace } from './world-lexicon';

/**
 * Legislatures and supranational bodies that business news names by a bare institution word ("Congress", "the
 * Senate", "la Diète"). GOLD-FORMAT counts public bodies as organisations; with no legal form or head word of their
 * own these names are otherwise left untyped and dropped. The words are general knowledge, not names of parties.
 */
const LEGISLATURE_WORDS = new Set([
  'congress',
  'senate',
  'parliament',
  'bundestag',
  'bundesrat',
  'knesset',
  'duma',
  'sénat',
  'parlement',
  'congrès',
]);

/**
 * Central banks that wire copy names by one word of their own, with no "Bank of" head ("the Bundesbank's half-point
 * cuts", "in conjunction with the Bundesbank", "Sweden's Riksbank"); "Federal Reserve" is the two-word one ("the
 * Federal Reserve is expected to").
 */
const CENTRAL_BANK_WORDS = new Set(['bundesbank', 'riksbank', 'nationalbank']);
const CENTRAL_BANK_PAIRS = new Set(['federal reserve']);

/** Assembly words that are also common nouns ("a diet"): a body only inside a sentence, not when opening it. */
const AMBIGUOUS_LEGISLATURE_WORDS = new Set(['diet', 'diète']);

/** Bodies of the European institutions, named "European X" or "X européen(ne)". */
const EUROPEAN_BODY_HEADS = new Set(['community', 'commission', 'parliament', 'council', 'union']);
const EUROPEAN_FR_HEADS = new Set(['commission', 'parlement', 'conseil', 'union', 'communauté']);

/** Chambers named "House of <something>" ("House of Representatives", "House of Commons"). */
const HOUSE_CHAMBERS = new Set(['representatives', 'commons', 'lords']);

/**
 * A state mint is named after its country or its crown ("U.S. Mint", "Royal Canadian Mint") or, in French, its town
 * ("Monnaie de Paris"); a brand's mint ("Polo Mint") has no such word before it.
 */
const MINT_CROWN_WORDS = new Set(['royal']);
/** A country written in dotted capitals ("U.S.", "U.K."). */
const DOTTED_COUNTRY = /^(?:\p{Lu}\.){2,}$/u;

function isMintQualifier(t: Token): boolean {
  const l = t.lower;
  return (
    DOTTED_COUNTRY.test(t.text) ||
    MINT_CROWN_WORDS.has(l) ||
    PLACES.has(l) ||
    NATIONALITIES.has(l) ||
    isKnownPlace(l)
  );
}

/** "U.S. Mint", "Royal Canadian Mint", "Monnaie de Paris": capitalised words of a state mint's name. */
function isStateMint(tokens: Token[], c: Candidate): boolean {
  const span = tokens.slice(c.from, c.to).filter((t) => t.lower !== 'the');
  if (span.length < 2 || !span.every((t) => /^\p{Lu}/u.test(t.text) || t.lower === 'de')) return false;
  const last = span[span.length - 1];
  if (last.text === 'Mint') return span.slice(0, -1).every(isMintQualifier);
  return span.length === 3 && span[0].text === 'Monnaie' && span[1].lower === 'de' && isMintQualifier(last);
}

function words(tokens: Token[], c: Candidate): string[] {
  const out: string[] = [];
  for (let i = c.from; i < c.to; i++) out.push(tokens[i].lower);
  if (out[0] === 'the') out.shift();
  return out;
}

/** True when the candidate names a legislature, a European institution or a state mint by its institution word(s). */
export function isPublicBody(tokens: Token[], c: Candidate): boolean {
  const w = words(tokens, c);
  if (isStateMint(tokens, c)) return true;
  if (w.length === 1) {
    if (!/^\p{Lu}/u.test(tokens[c.to - 1].text)) return false;
    if (LEGISLATURE_WORDS.has(w[0]) || CENTRAL_BANK_WORDS.has(w[0])) return true;
    return AMBIGUOUS_LEGISLATURE_WORDS.has(w[0]) && !c.initial;
  }
  if (w.length === 2 && CENTRAL_BANK_PAIRS.has(w.join(' '))) return true;
  if (w.length === 2 && w[0] === 'european' && EUROPEAN_BODY_HEADS.has(w[1])) return true;
  if (w.length === 2 && EUROPEAN_FR_HEADS.has(w[0]) && /^européenn?e$/.test(w[1])) return true;
  if (w.length === 3 && w[0] === 'house' && w[1] === 'of' && HOUSE_CHAMBERS.has(w[2])) return true;
  return w.length === 2 && w[0] === 'assemblée' && w[1] === 'nationale';
}
