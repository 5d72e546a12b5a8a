import type { Token } from '../tokens';
import { NATIONALITIES, PLACES, wordSet } from './lexicon-common';
import { isKnownPlace } from './world-lexicon';

/**
 * Wire copy capitalises a currency after its country ("two billion U.S. Dlrs", "against the U.S. Dollar",
 * "the Taiwan Dollar"): a place or a nationality followed by a currency noun names money, not a company.
 * A business word before the currency ("Family Dollar") keeps the name, since only places qualify a currency.
 */

const CURRENCY_NOUNS = wordSet(`
dollar | dollars | dlr | dlrs | yen | yuan | ringgit | peso | pesos | franc | francs | euro | euros | rupee | rupees
rand | won | baht | rupiah | dinar | dinars | riyal | riyals | lira | lire | guilder | guilders | schilling
schillings | krona | kronor | krone | kroner | escudo | escudos | peseta | pesetas | cents | cts
`);

const bare = (t: Token) => t.lower.replace(/\.$/, '');

function isPlaceWord(t: Token): boolean {
  const l = t.lower;
  return (
    PLACES.has(l) ||
    NATIONALITIES.has(l) ||
    isKnownPlace(l) ||
    isKnownPlace(bare(t)) ||
    /^(u\.?s|u\.?k)\.?$/.test(l)
  );
}

/** True when tokens [from, to) are place words followed by a currency noun ("U.S. Dlrs", "Hong Kong Dollar"). */
export function isCurrencyName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !CURRENCY_NOUNS.has(tokens[to - 1].lower)) return false;
  const qualifier = tokens
    .slice(from, to - 1)
    .map((t) => t.lower)
    .join(' ');
  if (isKnownPlace(qualifier)) return true;
  for (let i = from; i < to - 1; i++) if (!isPlaceWord(tokens[i])) return false;
  return true;
}
