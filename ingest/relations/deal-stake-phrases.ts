import { memoByText } from '../values/text-memo';

/** Phrases of the share bought: a stake of unstated size, and a share that completes ownership. */

/**
 * "bought a stake in Y", "a pris une participation dans Y": a share of unstated size is a minority investment
 * (GOLD-FORMAT's FUNDED), so a buying verb that may be about a few shares is not read as a takeover. Headlines
 * drop the article ("HECLA BUYS STAKE IN GREENS CREEK VENTURE"): a bare stake right after the buying verb is one too.
 */
export const UNSIZED_STAKE =
  /(?<![\p{L}\p{N}])(?:(?:a|an|small|minority|une|petite)\s+(?:[\p{L}-]+\s+){0,2}(?:stake|shareholding|holding|participation)\s+(?:in|dans|au capital)|(?:buys?|bought|takes?|took|acquires?|acquired|purchases?|purchased)\s+(?:stake|shareholding|holding)\s+in|entr\p{L}*\s+au\s+capital)(?![\p{L}\p{N}])/iu;

/** A percentage as wire copy and French press write it ("15 pct", "two pct", "45 %", "20 per cent"). */
const PERCENT = String.raw`(?:\d{1,3}(?:[.,]\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[\p{L}]+)?)\s?(?:%|pct|per\s?cent|pour\s?cent)`;
/** One word qualifying a stake ("the 16 pct voting interest in Y that it does not already own"). */
const STAKE_QUALIFIER = String.raw`(?:voting|equity|common|minority|remaining|outstanding)\s+`;
/**
 * The share bought is what the buyer did not own yet: "the remaining 15 pct", "the outstanding 25 pct",
 * "the 45 pct of Y it does not already own", "les 40 % restants", "le solde du capital". A minority share that
 * completes ownership is a takeover, not an investment. ("15 pct of the outstanding stock" is no such phrase.)
 */
const COMPLETING_STAKE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:the|its|their)\s+(?:remaining|outstanding|other|last)\s+${PERCENT}`,
    String.raw`${PERCENT}(?:\s+(?:${STAKE_QUALIFIER})?(?:stake|interest|holding))?\s+(?:(?:of|in)\s+(?:[^\s;]+\s+){1,8})?(?:that\s+|which\s+)?(?:it|they|he|she|we|\p{Lu}[\p{L}.&'’-]*)\s+(?:does|do|did)\s*(?:not|n['’]t)\s+(?:already\s+)?own`,
    String.raw`${PERCENT}(?:\s+(?:${STAKE_QUALIFIER})?(?:stake|interest|holding))?\s+(?:(?:of|in)\s+(?:[^\s;]+\s+){1,8})?not\s+(?:already\s+)?(?:owned|held)`,
    String.raw`(?<![\p{L}\p{N}])(?:les|des)\s+${PERCENT}\s+restants?`,
    String.raw`(?<![\p{L}\p{N}])(?:le\s+solde|le\s+reste)\s+du\s+capital`,
    String.raw`${PERCENT}[^.;]{0,60}qu['’](?:il|elle|ils|elles)\s+ne\s+(?:détenai|possédai)\p{L}*\s+pas`,
  ].join('|'),
  'iu',
);
/** Any percentage; no 'g' flag, so exec keeps no state between calls. */
const FIRST_PERCENT = new RegExp(PERCENT, 'iu');
/**
 * The deal's own share (the clause's first percentage, the one findStake reads) completes ownership: "takes 20 pct,
 * with Z taking the remaining 80 pct" tells of Z's share, not of this buyer's.
 */
export const completingStake = memoByText((text: string): boolean => {
  const completing = COMPLETING_STAKE.exec(text);
  if (!completing) return false;
  const first = FIRST_PERCENT.exec(text);
  const at = first?.index ?? completing.index;
  return at >= completing.index && at < completing.index + completing[0].length;
});

/**
 * The deal's result told after it: "sold its 40% stake in Y to its partner X, making the insurer the sole owner",
 * "… to X, which now owns all of the business", "… à son coactionnaire X, qui en détiendra désormais la totalité".
 * A minority share whose buyer ends up owning the whole company is a takeover, however small the share. Only a
 * result clause counts ("making", "which now owns", "qui détiendra"): "Y, whose sole shareholder is Z, sold …"
 * describes an owner, not what the deal made.
 */
const OWNERSHIP_RESULT = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:making|leaving|to\s+make|becoming|to\s+become)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:sole|only)\s+(?:owner|shareholder)`,
    String.raw`(?<![\p{L}\p{N}])(?:which|that|who)\s+(?:now\s+|will\s+(?:now\s+)?|thus\s+)?owns?\s+(?:all|100\s?%|the\s+whole|the\s+entire)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:qui|laquelle|lequel)\s+(?:en\s+)?(?:détiendra|détient|possédera|possède)\s+(?:désormais\s+|ainsi\s+|alors\s+)?(?:la\s+totalité|l['’]intégralité|100\s?%)`,
    String.raw`(?<![\p{L}\p{N}])(?:devenant|qui\s+devient|qui\s+deviendra|faisant\s+de\s+(?:[\p{L}'’-]+\s+){1,3}?)(?:ainsi\s+)?(?:l['’]|le\s+)?(?:seul|unique)\s+(?:actionnaire|propriétaire)`,
  ].join('|'),
  'iu',
);

/** The sentence tells that the deal left its buyer owning the whole company. */
export const ownershipResult = memoByText((text: string): boolean => OWNERSHIP_RESULT.test(text));
