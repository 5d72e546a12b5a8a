import type { Sentence } from '../sentences';
import type { Money } from './money';
import { notTheRoundFigure, talksOfRound } from './round-figures';

/**
 * The amount of a funding round for each investor of it: a follow-up sentence ("The round was led by X", "Existing
 * investors A and B also took part, bringing its total funding to N") lends the round's figure, not its own.
 */

/** Sentences before a funding's own searched for the round it joins ("The round was led by X" after "Y raised N"). */
const ROUND_LOOKBACK_SENTENCES = 3;

/** The sentence of `sentences` that holds absolute offset `at`. */
function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((n) => at >= n.start && at < n.end);
}

function roundFigure(sentences: Sentence[], m: Money): boolean {
  const home = sentenceAt(sentences, m.start);
  if (!home) return true;
  return !notTheRoundFigure(home.text.slice(0, m.start - home.start), home.text.slice(m.end - home.start));
}

/** A sentence listing what an investor already holds ("among its investments", "parmi ses participations"). */
const PORTFOLIO_WORDS =
  /\b(portefeuille|portfolio)\b|\b(among|in)\s+(its|their)\s+(investments|holdings)\b|\bparmi\s+(ses|leurs)\s+participations\b/iu;
/** A sentence saying an investor stays out of the round ("ne participe pas à ce tour", "did not take part"). */
const STAYS_OUT =
  /\b(ne|n')\s*(participe|participent|participera|participeront|suit|suivent|suivra|remet|remettent)\s+pas\b|\b(did|does|do|will)\s+not\s+(take\s+part|participate|join|invest)\b|\b(didn't|doesn't|won't)\s+(take\s+part|participate|join|invest)\b/iu;

/**
 * A sentence telling a holder's exit ("A cède l'intégralité de ses titres à B", "A sold its entire holding to B"):
 * the holding sold was paid for in an earlier round, so neither the seller nor the buyer of those shares takes the
 * figure of the round told before it.
 */
const EXIT_SALE =
  /\b(cède|cèdent|cédé|cédera|céder|vend|vendent|vendu|vendra|vendre|revend|revendu)\s+([\p{L}'’ ]{0,25}?\s)?(sa|ses|leur|leurs)\s+(participation|participations|parts|titres|actions)\b|\b(sold|sells|sell|selling)\s+((all|part|half|most|some)\s+of\s+)?(its|their)\s+([\w%-]+\s+){0,2}?(stake|holding|holdings|shares|shareholding)\b/iu;

/**
 * A sentence telling an investor's record ("The fund has also backed A", "Le fonds a déjà financé A", "X had
 * previously invested in A"): its companies were funded before, in rounds of their own, not in the one told
 * before it.
 */
const PAST_RECORD =
  /\b(has|have|had)\s+(also\s+|already\s+|previously\s+)+(backed|invested|funded|financed|supported)\b|\b(a|ont|avait|avaient)\s+(déjà|également|aussi|notamment|précédemment)(\s+(déjà|également|aussi|notamment))?\s+(investi|financé|soutenu|accompagné|misé|parié)\b/iu;

/**
 * A funding's amount is the round's: a valuation, a running total or a fund's size is none. With no figure of its
 * own, a funding takes the round of a sentence shortly before that tells of one as news (not "avait levé").
 */
export function roundMoney(
  money: readonly Money[],
  sentences: Sentence[],
  s: number,
  moneyOf: (sentence: Sentence) => readonly Money[],
  toldAsHistory: (text: string) => boolean,
): readonly Money[] {
  const kept = money.filter((m) => m.amount === null || roundFigure(sentences, m));
  if (kept.some((m) => m.amount !== null)) return kept;
  // holdings a portfolio already counts join no round told before them
  // nor does an investor the sentence keeps out of it
  // nor do the companies of an investor's record
  const text = sentences[s].text;
  if (PORTFOLIO_WORDS.test(text) || STAYS_OUT.test(text) || PAST_RECORD.test(text)) return kept;
  // nor the seller or the buyer of a holding that changes hands
  if (EXIT_SALE.test(text)) return kept;
  for (let k = s - 1; k >= Math.max(0, s - ROUND_LOOKBACK_SENTENCES); k--) {
    const before = sentences[k];
    if (!talksOfRound(before.text) || toldAsHistory(before.text)) continue;
    const round = moneyOf(before).filter((m) => m.amount !== null && roundFigure(sentences, m));
    if (round.length > 0) return round.slice(0, 1);
  }
  return kept;
}
