import { memoByText } from '../values/text-memo';
import { rules } from './rule';

/**
 * A shareholder that already holds part of a company and now buys the rest: "X, which already owns 18% of Y, will
 * pay 265 pence a share for the rest", "X, qui détient déjà 35 % de Y, va racheter le solde du capital". The figure
 * the sentence gives first is the holding it starts from, not the share the deal moves, so neither the holder
 * rules (a minority FUNDED) nor the purchase rules (`mayBeMinority`) may read it as an investment: the deal ends
 * with the holder owning the whole company, a takeover (GOLD-FORMAT's ACQUIRED).
 */

/** A percentage as the press writes it ("18%", "45 percent", "35 %", "30 pct"). */
const PERCENT = String.raw`\d{1,3}(?:[.,]\d+)?\s?(?:%|pct\b|per\s?cent\b|pour\s?cent\b)`;

/**
 * The holding told as already there, in a relative on the holder: "which already owns 18% of", "that held 40
 * percent of", "qui détient déjà 35 % de", "qui en détenait déjà 21 %" (French puts "déjà" after the verb).
 */
const HELD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:which|that|who)\s+(?:already\s+|also\s+)?(?:owns|owned|holds|held|controls|controlled)\s+(?:(?:about|some|roughly|around|nearly|almost|just|over)\s+)?${PERCENT}` +
    String.raw`|(?<![\p{L}])qui\s+(?:en\s+)?(?:détient|détenait|possède|possédait|contrôle|contrôlait)\s+(?:déjà\s+)?(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?${PERCENT}`,
  'iu',
);

/**
 * What the deal buys is what the holder lacked: "the rest", "the remainder", "the remaining shares / 60%", "the
 * shares it does not already own / hold", "le solde (du capital)", "le reste du capital", "les 65 % restants", "la
 * totalité du capital", "l'intégralité du capital".
 */
const REST_BOUGHT = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:the|its)\s+(?:rest|remainder|balance)(?![\p{L}])`,
    String.raw`(?<![\p{L}])the\s+remaining\s+(?:shares|stake|equity|capital|interest|${PERCENT})`,
    String.raw`(?<![\p{L}])(?:shares|stock|stake)\s+(?:that\s+)?(?:it|they)\s+(?:does|do|did)\s*(?:not|n['’]t)\s+(?:already\s+)?(?:own|hold)`,
    String.raw`(?<![\p{L}])(?:le\s+solde|le\s+reste)(?![\p{L}])`,
    String.raw`(?<![\p{L}])les\s+${PERCENT}\s+restants?`,
    String.raw`(?<![\p{L}])(?:la\s+totalité|l['’]intégralité)\s+du\s+capital`,
    String.raw`(?<![\p{L}])(?:actions|titres|parts)\s+qu['’](?:il|elle|ils|elles)\s+ne\s+(?:détien|possèd|détenai|possédai)\p{L}*\s+pas`,
  ].join('|'),
  'iu',
);

/** The sentence tells a holder that already held part of a company buying what it lacked. */
export const restAfterHolding = memoByText((text: string): boolean => {
  const held = HELD_BEFORE.exec(text);
  if (!held) return false;
  // the rest is bought after the holding is told: "the rest" before it belongs to another clause
  return REST_BOUGHT.test(text.slice(held.index + held[0].length));
});

/**
 * The first word of what is bought, read before any pronoun ("the shares it does not hold"): a gap does not cross a
 * pronoun's unit. They only find the clause; `restAfterHolding` (through `stake: 'majority'`) decides it is the rest.
 */
const REST_WORDS_EN = '(rest|remainder|balance|remaining|shares|stock)';
const REST_WORDS_FR = '(solde|reste|restant|restants|totalité|intégralité|actions|titres|parts)';

/**
 * The rules below read a takeover only when the sentence tells the rest bought (values.ts asks `restAfterHolding`
 * for them): a holder of a majority that sells "its shares" of another company is no buyer of the rest.
 */
export const HOLDER_BUYS_REST_RULE_IDS: ReadonlySet<string> = new Set([
  'en.acquired.holder-buys-rest',
  'fr.acquired.holder-buys-rest',
]);

export const DEAL_HOLDER_BUYS_REST_RULES = rules([
  {
    id: 'en.acquired.holder-buys-rest',
    type: 'ACQUIRED',
    // control comes from values.ts's completesOwnership (restAfterHolding), not from the figure held before
    stake: 'majority',
    pattern: `@@src , (which|that) ?(already|also) (owns|owned|holds|held|controls|controlled) ~3! (of|in) ~3! @tgt ~24 ${REST_WORDS_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.holder-buys-rest',
    type: 'ACQUIRED',
    stake: 'majority',
    pattern: `@@src , qui (détient|détenait|possède|possédait|contrôle|contrôlait) ?(déjà) ~3! (de|du|d'|des) ~3! @tgt ~24 ${REST_WORDS_FR}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);
