import { AUX_EN, rules } from './rule';

/**
 * A company's history told in one passive with two participles sharing the subject: "Sunvale was founded in 1994 by
 * P and sold to Kellan in 2008", "Y was set up by P and later acquired by X", "Y a été fondée en 1994 par P et
 * rachetée par X en 2008", "Y, créée par P, puis cédée à X". The founding verb's agent is a founder (founded.ts);
 * the buyer is the agent of the second participle ("by"/"par") or the one sold to ("to"/"à"). The plain passive
 * rules stop at the founder's "by", so this one steps over the founding phrase to the second participle.
 */

/** Participles of founding that open the history. */
const FOUNDED_EN = '(founded|created|established|started|launched|set)';
const FOUNDED_FR = '(fondé|fondée|fondés|fondées|créé|créée|créés|créées|lancé|lancée)';
/** Words between the founding participle and "and" when no founder is named ("in 1994 in Duluth"). */
const FOUNDING_PHRASE_GAP = 10;
/** Words around the founder ("in 1994 by Minnesota dairy farmer P", "par l'agriculteur P"): a name stops a gap. */
const FOUNDER_GAP = 4;
/** Adverbs after "and" ("and later sold", "et finalement rachetée"). */
const THEN_EN = '?(later|then|subsequently|eventually)';
const THEN_FR = '?(ensuite|finalement|plus) ?(tard)';
/** French participles of a purchase told of the company bought ("rachetée par X") or sold ("cédée à X"). */
const BOUGHT_FR = '(racheté|rachetée|repris|reprise|acquis|acquise|absorbé|absorbée)';
const SOLD_FR = '(cédé|cédée|vendu|vendue)';

export const DEAL_FOUNDED_THEN_SOLD_RULES = rules([
  {
    id: 'en.acquired.founded-then-bought-by',
    type: 'ACQUIRED',
    pattern: `@tgt ${AUX_EN} ${FOUNDED_EN} ~${FOUNDING_PHRASE_GAP} and ${THEN_EN} (acquired|bought|purchased|taken) ?over ?(in|last|earlier) ?(\\d{4}|year|month) by ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.founded-then-bought-by',
    type: 'ACQUIRED',
    pattern: `@tgt ${AUX_EN} ${FOUNDED_EN} ~${FOUNDER_GAP} by ~${FOUNDER_GAP} **who ~${FOUNDER_GAP} and ${THEN_EN} (acquired|bought|purchased|taken) ?over ?(in|last|earlier) ?(\\d{4}|year|month) by ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.founded-then-sold-to',
    type: 'ACQUIRED',
    pattern: `@tgt ${AUX_EN} ${FOUNDED_EN} ~${FOUNDING_PHRASE_GAP} and ${THEN_EN} sold ?(in|last|earlier) ?(\\d{4}|year|month) to ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.founded-then-sold-to',
    type: 'ACQUIRED',
    pattern: `@tgt ${AUX_EN} ${FOUNDED_EN} ~${FOUNDER_GAP} by ~${FOUNDER_GAP} **who ~${FOUNDER_GAP} and ${THEN_EN} sold ?(in|last|earlier) ?(\\d{4}|year|month) to ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.founded-then-bought-by',
    type: 'ACQUIRED',
    pattern: `@tgt (a|avait|est|était) ?été ${FOUNDED_FR} ~${FOUNDING_PHRASE_GAP} (et|puis) ${THEN_FR} ${BOUGHT_FR} ?(en) ?(\\d{4}) par ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.founded-then-bought-by',
    type: 'ACQUIRED',
    pattern: `@tgt (a|avait|est|était) ?été ${FOUNDED_FR} ~${FOUNDER_GAP} par ~${FOUNDER_GAP} **who ~${FOUNDER_GAP} (et|puis) ${THEN_FR} ${BOUGHT_FR} ?(en) ?(\\d{4}) par ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.founded-then-sold-to',
    type: 'ACQUIRED',
    pattern: `@tgt (a|avait|est|était) ?été ${FOUNDED_FR} ~${FOUNDING_PHRASE_GAP} (et|puis) ${THEN_FR} ${SOLD_FR} ?(en) ?(\\d{4}) (à|au) ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.founded-then-sold-to',
    type: 'ACQUIRED',
    pattern: `@tgt (a|avait|est|était) ?été ${FOUNDED_FR} ~${FOUNDER_GAP} par ~${FOUNDER_GAP} **who ~${FOUNDER_GAP} (et|puis) ${THEN_FR} ${SOLD_FR} ?(en) ?(\\d{4}) (à|au) ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);
