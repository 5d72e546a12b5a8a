import type { Token } from '../tokens';
import { wordSet } from './lexicon-common';
import { knownOrganisation } from './known-organisations';
import { escapeRegExp } from '../escape-regexp';

/**
 * "The Westland company, which employs 420 people, …", "The Falkirk manufacturer has long competed …": English
 * press calls a company by the town or region it sits in, between "the" and a lower-case trade noun, when the town
 * was never said before. The town is then no company: the phrase is a pointer, read as "the Wisconsin company" is.
 * A real name written that way ("the Tata group") is most often also written bare elsewhere in the article, so the
 * word is dropped only when every one of its uses in the text has that shape; "group" is left out of the trade nouns
 * and a known organisation is never dropped, since a short wire may name a company once as "the Volkswagen group".
 */

/** Trade nouns that English puts after a town to name a company sitting there. */
const TRADE_NOUNS = wordSet(`
company | firm | manufacturer | maker | producer | business | supplier | retailer | lender | insurer
| operator | builder | start-up | startup | brewer | brewery | distiller | distillery | cheesemaker | bakery
`);
/** Nouns of a company's sites: "its Falkirk plant" says the same town again, as a place. */
const SITE_NOUNS = wordSet(
  `plant | site | factory | facility | warehouse | headquarters | office | works | depot`,
);
const DEFINITE = /^the$/i;
/** A town's spelling: one capital then lower case ("Falkirk"); an acronym ("the STB business") names a unit. */
const TOWN_SPELLING = /^\p{Lu}\p{Ll}+$/u;
/** The noun ends the phrase: a comma, a relative, a verb or a full stop follows, not a name or "'s". */
const PHRASE_GOES_ON = /^('s|’s|of|and|&)$/;

/** Every use of `word` in `text` stands between "the"/"its" and a trade or site noun. */
function onlyInTownShape(word: string, text: string): boolean {
  const w = escapeRegExp(word);
  const all = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}-])`, 'gu'))?.length ?? 0;
  const shaped = [
    ...text.matchAll(new RegExp(`\\b(?:[Tt]he|[Ii]ts|[Tt]heir) ${w} (\\p{Ll}[\\p{Ll}-]*)`, 'gu')),
  ].filter((m) => TRADE_NOUNS.has(m[1]) || SITE_NOUNS.has(m[1])).length;
  return all > 0 && all === shaped;
}

/** The one-word candidate [from, to) is a town naming where "the … company" sits ("The Falkirk manufacturer"). */
export function isTownBeforeTradeNoun(tokens: Token[], from: number, to: number, text: string): boolean {
  if (to - from !== 1 || !TOWN_SPELLING.test(tokens[from].text) || knownOrganisation(tokens[from].text))
    return false;
  const det = tokens[from - 1];
  const noun = tokens[to];
  if (!det || !DEFINITE.test(det.text) || !noun || noun.text !== noun.lower || !TRADE_NOUNS.has(noun.lower))
    return false;
  const after = tokens[to + 1];
  if (after && PHRASE_GOES_ON.test(after.lower)) return false;
  return !knownOrganisation(tokens[from].text) && onlyInTownShape(tokens[from].text, text);
}
