import { rules } from '../rule';
import { controlOrMinorityReadings } from '../stake-readings';

/**
 * The company bought told first by what it is, its name set off after a comma, as wire copy and the trade press
 * write it: "X acquired a small Dutch software maker, Kestrel BV, for 20 mln dlrs", "the central bank bought a
 * 49.4 pct stake in another troubled commercial bank, Perwira Habib Bank", "X a racheté un petit éditeur
 * néerlandais, Kestrel BV". The deal verb's object is the description, so the readers that want the name right
 * after the verb or after "stake in" miss it; the name apposed to the description is the company. A name followed
 * by a reporting verb is the speaker of the sentence, not the apposition ("…, a Texas oil company, Lomas said").
 */

/** Confidence of an object named only after its description. */
const DESCRIBED_OBJECT_CONFIDENCE = 0.65;

/** English verbs whose object is the company bought. */
const BUY_EN =
  '(bought|buys|buy|buying|acquired|acquires|acquire|acquiring|purchased|purchases|purchase|purchasing)';
/** English verbs whose object is a stake. */
const STAKE_VERB_EN =
  '(bought|buys|buy|acquired|acquires|acquire|purchased|purchases|purchase|took|take|takes|taken|taking|holds|raised|raises|increased)';
/** English nouns heading the description of a company. */
const COMPANY_EN =
  '(company|firm|bank|maker|manufacturer|producer|concern|group|insurer|chain|operator|distributor|retailer|publisher|developer|carrier|airline|utility|refiner|brokerage|subsidiary|unit|startup|supplier|thrift|builder)';
/** French verbs whose object is the company bought. */
const BUY_FR =
  '(racheté|rachète|rachètent|racheter|acquis|acquiert|acquièrent|acquérir|repris|reprend|reprennent|reprendre|acheté|achète|acheter)';
/** French verbs whose object is a stake. */
const STAKE_VERB_FR = '(pris|prend|prennent|prendre|acquis|acquiert|acquérir|racheté|rachète|racheter)';
/** French nouns heading the description of a company. */
const COMPANY_FR =
  '(société|entreprise|groupe|éditeur|fabricant|producteur|banque|assureur|chaîne|distributeur|opérateur|filiale|spécialiste|fournisseur|compagnie|constructeur|start-up)';
/** Reporting verbs after which the name is the sentence's speaker. */
const NOT_SPEAKER = '!>(said|says|told|reported|announced|a|indique|précise|annonce)';

/** Most words of the description between its determiner and its head noun ("small Dutch software"). */
const DESCRIPTION_WORDS = 4;
/** Most words after a French head noun before the comma ("néerlandais", "de logiciels néerlandaise"). */
const FR_TAIL_WORDS = 4;

export const EN_DESCRIBED_OBJECT_RULES = rules([
  {
    id: 'en.acquired.described-object-apposed',
    type: 'ACQUIRED',
    pattern: `@src ~6 ${BUY_EN} (a|an|another) ~${DESCRIPTION_WORDS}! ${COMPANY_EN} , @tgt ${NOT_SPEAKER}`,
    source: 'src',
    target: 'tgt',
    confidence: DESCRIBED_OBJECT_CONFIDENCE,
    mayBeMinority: true,
  },
  ...controlOrMinorityReadings(
    'en',
    'stake-in-described-apposed',
    `@src ~6 ${STAKE_VERB_EN} ~6! (stake|interest|holding) in (a|an|another) ~${DESCRIPTION_WORDS}! ${COMPANY_EN} , @tgt ${NOT_SPEAKER}`,
    DESCRIBED_OBJECT_CONFIDENCE,
  ),
]);

export const FR_DESCRIBED_OBJECT_RULES = rules([
  {
    id: 'fr.acquired.described-object-apposed',
    type: 'ACQUIRED',
    pattern: `@src ~6 ${BUY_FR} (un|une) ~2! ${COMPANY_FR} ~${FR_TAIL_WORDS} , @tgt ${NOT_SPEAKER}`,
    source: 'src',
    target: 'tgt',
    confidence: DESCRIBED_OBJECT_CONFIDENCE,
    mayBeMinority: true,
  },
  ...controlOrMinorityReadings(
    'fr',
    'stake-in-described-apposed',
    `@src ~6 ${STAKE_VERB_FR} ~6 (participation|part|%) ~3 (dans|de|du|d') (un|une) ~2! ${COMPANY_FR} ~${FR_TAIL_WORDS} , @tgt ${NOT_SPEAKER}`,
    DESCRIBED_OBJECT_CONFIDENCE,
  ),
]);
