import type { Token } from '../tokens';

/**
 * A business of a company told without a name, as the subject of its own change of hands: "En 2023, sa branche
 * d'entreposage était passée sous le contrôle de la foncière Y", "Fastcharge UK collapsed in January, and its 300
 * sites were bought by Y", "its valves unit was sold to Y". GOLD-FORMAT counts a business of an organisation as
 * that organisation, so the phrase stands for the possessive's company — but only before such a passive: "sa
 * filiale a racheté Y" makes the unit, not its parent, the buyer, and is left alone.
 */

/** Nouns of a part of a company that changes hands unnamed. */
const BUSINESS_NOUNS =
  /^(branche|branches|activité|activités|division|divisions|pôle|filiale|usine|usines|site|sites|magasins|actifs|business|businesses|unit|units|arm|operations|plant|plants|stores|assets|subsidiary)$/u;
/** Most plain words between the possessive and its noun ("sa petite branche", "its 300 sites"). */
const MAX_WORDS_BEFORE_NOUN = 2;
/** Most tokens of the noun's complement before the verb ("d'emballages plastiques", "in northern England"). */
const MAX_COMPLEMENT_TOKENS = 5;
/** Auxiliaries of the passive (and of French "est passée"). */
const PASSIVE_AUX =
  /^(a|avait|ont|avaient|aura|été|est|était|sont|étaient|sera|seront|has|had|have|been|was|were|is|are|will|be)$/u;
/** Participles of a change of owner whose agent or recipient is the new owner. */
const DEAL_PARTICIPLE =
  /^(rachet[ée]e?s?|reprise?s?|acquise?s?|c[ée]d[ée]e?s?|vendue?s?|absorb[ée]e?s?|bought|acquired|purchased|sold|taken|absorbed)$/u;
/** French "passé(e)(s) sous le contrôle de Y": a passage of control. */
const PASSED = /^pass[ée]e?s?$/u;

const plainWord = (t: Token | undefined): boolean =>
  t !== undefined && ((t.kind === 'word' && t.text === t.lower) || t.kind === 'number');

/** Index of the business noun after the possessive at `i`, or -1. */
function businessNounAfter(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k - i - 1 <= MAX_WORDS_BEFORE_NOUN; k++) {
    if (BUSINESS_NOUNS.test(tokens[k].lower)) return k;
    if (!plainWord(tokens[k])) return -1;
  }
  return -1;
}

/** Whether a passive change of owner (or a French passage of control) opens at auxiliary `k`. */
function passiveDealAt(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && PASSIVE_AUX.test(tokens[j].lower)) j++;
  if (j === k) return false;
  const w = tokens[j]?.lower ?? '';
  if (PASSED.test(w)) return tokens[j + 1]?.lower === 'sous';
  // "taken over by": the particle comes before the agent
  if (w === 'taken') return tokens[j + 1]?.lower === 'over';
  return DEAL_PARTICIPLE.test(w);
}

/**
 * The last token of a possessed business phrase opened by the possessive at `i` and followed by its passive change
 * of owner ("sa branche d'entreposage" before "était passée sous le contrôle"), or -1.
 */
export function possessedBusinessEnd(tokens: readonly Token[], i: number): number {
  const noun = businessNounAfter(tokens, i);
  if (noun < 0) return -1;
  for (let k = noun + 1; k < tokens.length && k - noun - 1 <= MAX_COMPLEMENT_TOKENS; k++) {
    if (passiveDealAt(tokens, k)) return k - 1;
    // a name or a clause break: the phrase is a named unit or ends before any passive
    const t = tokens[k];
    if (t.kind === 'punct' || (t.kind === 'word' && t.text !== t.lower)) return -1;
  }
  return -1;
}
