import type { Token } from '../tokens';
import { isFilingLeadWord } from './generic-names';
import type { TypedCandidate } from './collect';
import { LEGAL_FORMS } from './lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';
import { shoutedAndStart } from './shouted-and-names';

/** Most words kept before a legal form in an all-caps headline ("NATIONAL WESTMINSTER BANK PLC"). */
const MAX_SHOUTED_NAME_WORDS = 4;
/** Headline verbs that never belong to a name. */
const HEADLINE_VERBS = new Set([
  'says',
  'said',
  'to',
  'buys',
  'buy',
  'sells',
  'sell',
  'acquires',
  'acquire',
  'agrees',
  'completes',
  'sets',
  'ups',
  'cuts',
  'in',
  'bid',
  'for',
  'stake',
  'unit',
  'rachète',
  'cède',
  'lève',
  'offer',
  'merger',
  'talks',
]);

/** A headline word that never belongs to a name: a verb of the headline, a filing lead or a function word. */
function isHeadlineStop(p: Token): boolean {
  return (
    HEADLINE_VERBS.has(p.lower) ||
    isFilingLeadWord(p.lower) ||
    FR_STOPWORDS.has(p.lower) ||
    EN_STOPWORDS.has(p.lower)
  );
}

function bare(t: Token): string {
  return t.lower.replace(/\.$/, '');
}

/**
 * In an all-caps sentence case says nothing, so only names closed by a legal form are taken here; names met
 * elsewhere in the article are found again by the resolver.
 */
export function shoutedCandidates(tokens: Token[], sentence: number, text: string): TypedCandidate[] {
  const out: TypedCandidate[] = [];
  let lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!LEGAL_FORMS.has(bare(tokens[i])) || tokens[i].kind !== 'word') continue;
    let a = i;
    while (a > lastEnd && i - a < MAX_SHOUTED_NAME_WORDS) {
      const p = tokens[a - 1];
      if (p.kind !== 'word' || isHeadlineStop(p)) break;
      a--;
    }
    if (a === i) continue;
    a = shoutedAndStart(tokens, a, lastEnd, text, isHeadlineStop);
    const start = tokens[a].start;
    const end = tokens[i].end;
    out.push({
      sentence,
      from: a,
      to: i + 1,
      start,
      end,
      text: text.slice(start, end),
      initial: a === 0,
      kind: 'org',
      aliasOf: null,
    });
    lastEnd = i + 1;
  }
  return out;
}
