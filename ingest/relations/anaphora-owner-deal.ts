import type { Language } from '../types';
import type { Token } from '../tokens';
import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';

/**
 * "Its 2023 purchase of Y", "son rachat de Y en 2021", "its recent acquisition of the Lyon maker Y": a possessive
 * before a deal noun names the buyer, like "X's purchase of Y" does. units.ts turns the possessive into a pointer
 * (`ownerDealNounAt`); `OWNER_DEAL_RULES` then read the pointer as buyer and the company after "of"/"de" as target.
 * "son rachat par X", "its sale of Y" are other relations: the noun must be a buying noun and "of"/"de" must lead to
 * a company with no "by"/"par" or figure between ("son rachat de 60 % par X" is bought, not buying) and not
 * followed by "'s" ("its acquisition of X's coal properties" buys a unit of X).
 */

/** Nouns of buying a company, shared with the topic reader (`anaphora-topic-deal.ts`). */
export const BUYING_NOUNS: ReadonlySet<string> = new Set([
  'acquisition',
  'purchase',
  'takeover',
  'buyout',
  'rachat',
  'reprise',
  'absorption',
]);
export const OF_WORDS: ReadonlySet<string> = new Set(['of', 'de', 'du', "d'", 'des']);
/** Qualifiers between the possessive and the noun ("its 2023 purchase", "its recent acquisition", "son récent rachat"). */
const MAX_QUALIFIERS = 2;
/** Words after "of"/"de" before the target ("of the Lyon maker Y", "de la fromagerie Y"). */
const MAX_WORDS_BEFORE_TARGET = 3;
/** Words that make the company after the noun no target of the possessor. */
const GAP_STOPS = new Set(['by', 'par', 'stake', 'participation', 'shares', 'actions', 'part', 'parts']);

/** Whether tokens from `from` are a possessive's deal noun phrase: qualifiers, a buying noun, then "of"/"de". */
export function ownerDealNounAt(tokens: Token[], from: number): boolean {
  for (let k = from; k <= from + MAX_QUALIFIERS && k < tokens.length; k++) {
    const t = tokens[k];
    if (BUYING_NOUNS.has(t.lower)) return OF_WORDS.has(tokens[k + 1]?.lower ?? '');
    const qualifier = /^(19|20)\d\d$/.test(t.text) || (t.kind === 'word' && t.text === t.lower);
    if (!qualifier) return false;
  }
  return false;
}

function tokenAt(units: Unit[], k: number): string | null {
  const u = units[k];
  return u?.kind === 'tok' ? u.token.lower : null;
}

/** Readings of a possessive pointer before a buying noun and the company after "of"/"de". */
function readOwnerDeal(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (let j = 0; j < units.length; j++) {
    const src = units[j];
    if (src.kind !== 'ent' || !src.anaphor || !src.orgs) continue;
    let k = j + 1;
    while (k <= j + 1 + MAX_QUALIFIERS && tokenAt(units, k) !== null && !BUYING_NOUNS.has(tokenAt(units, k)!))
      k++;
    if (!BUYING_NOUNS.has(tokenAt(units, k) ?? '') || !OF_WORDS.has(tokenAt(units, k + 1) ?? '')) continue;
    let t = k + 2;
    while (t <= k + 1 + MAX_WORDS_BEFORE_TARGET && tokenAt(units, t) !== null) {
      const w = tokenAt(units, t)!;
      if (GAP_STOPS.has(w) || /\d|%|[,;:]/.test(w)) break;
      t++;
    }
    const tgt = units[t];
    if (tgt?.kind !== 'ent' || !tgt.orgs || tgt.anaphor || tgt.ents.some((e) => src.ents.includes(e)))
      continue;
    // "its acquisition of Eastern's coal properties": what is bought is the owner's unit (possessed-unit.ts)
    if (
      units
        .slice(t + 1, t + 1 + MAX_WORDS_BEFORE_TARGET + 1)
        .some((u) => u.kind === 'tok' && /^['’]s$/.test(u.token.text))
    )
      continue;
    out.push({ src: src.ents, tgt: tgt.ents, '#src': [j], '#tgt': [t], '#': [j] });
  }
  return out;
}

function ownerDealRule(lang: Language): Rule {
  return {
    id: `${lang}.acquired.owner-possessive`,
    type: 'ACQUIRED',
    pattern: null,
    read: readOwnerDeal,
    neededWords:
      lang === 'en'
        ? ['acquisition', 'purchase', 'takeover', 'buyout']
        : ['acquisition', 'rachat', 'reprise', 'absorption'],
    source: 'src',
    target: 'tgt',
    // the buyer is a pointer: below a named buyer the sentence gives
    confidence: 0.7,
  };
}

export const EN_OWNER_DEAL_RULES: Rule[] = [ownerDealRule('en')];
export const FR_OWNER_DEAL_RULES: Rule[] = [ownerDealRule('fr')];
