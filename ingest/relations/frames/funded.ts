import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isParty, isTok } from './funded-clause';
import { calledGiver } from './funded-called-giver';
import { BACKED_PARTICIPLE, ROUND_NOUN } from './funded-words';
import { RAISER_CUE } from './funded-raiser';
import { anyWordOf } from './word-cue';
import { readerRules } from '../rule';
import { SUBSCRIBER_FRAMES } from './funded-subscribers';
import { LENDER_VERB_FRAMES } from './funded-lender-verbs';
import { LENDER_GERUND_FRAMES } from './funded-lender-gerund';
import { COUNTED_LIST_FRAMES } from './funded-counted-list';
import { LOAN_PARTICIPLE_FRAMES } from './funded-loan-participle';
import { FOLDED_VEHICLE_FRAMES } from './funded-folded-vehicle';
import type { FundingReading } from './funded-giver';
import { BACKER_CUE, backerReading } from './funded-backer';
import { namedFits, passiveReading, raiserReading, topicFits } from './funded-readings';
import { minorityStakeReading, STAKE_CUE } from './funded-stake';
import { frontedBackingReadings } from './funded-fronted';
import { onDebtSentences } from './funded-debt-topic';
import type { MoneySubject } from './funded-money-subject';
import { backedCompanies } from './funded-object-list';
import { SHARE_LIST_FRAMES } from './funded-share-list';
import { LEAN_MINORITY_FRAMES } from './lean-on-backer';

/** Readings of one sentence, computed once for the rules that share them. */
const readingsCache = new WeakMap<Unit[], { shape: string; reading: FundingReading }[]>();

/** Each shape with the words it can fire on: one regex test per word spares the shape's own dozen on most words. */
const SHAPES: [string, (units: Unit[], t: number) => FundingReading | null, RegExp][] = [
  ['backer', backerReading, BACKER_CUE],
  ['passive', passiveReading, BACKED_PARTICIPLE],
  ['raiser', raiserReading, RAISER_CUE],
  ['stake', minorityStakeReading, STAKE_CUE],
];

/** Every word some shape fires on: a sentence with none has no reading, and rule-screen.ts skips its readers. */
const FUNDING_CUE = anyWordOf(SHAPES.map(([, , cue]) => cue));

function readingsOf(units: Unit[]): { shape: string; reading: FundingReading }[] {
  let out = readingsCache.get(units);
  if (out) return out;
  out = [];
  for (let t = 0; t < units.length; t++) {
    const u = units[t];
    if (u.kind !== 'tok' || u.token.kind !== 'word') continue;
    for (const [shape, read, cue] of SHAPES) {
      if (!cue.test(u.token.lower)) continue;
      const reading = read(units, t);
      if (reading && reading.src.length > 0) out.push({ shape, reading });
    }
  }
  out = out.map(({ shape, reading }) => ({ shape, reading: withSentenceCompany(units, reading, out!) }));
  readingsCache.set(units, out);
  return out;
}

/** "Nouvelle levée pour Y : …", "a new round for Y": the company a round is said to be for. */
function roundFor(units: Unit[]): number | null {
  for (let k = 2; k < units.length; k++) {
    if (!isTok(units, k - 1, /^(pour|for)$/) || !isTok(units, k - 2, ROUND_NOUN)) continue;
    return isParty(units, k, false) && units[k].kind === 'ent' && !(units[k] as { anaphor: boolean }).anaphor
      ? k
      : null;
  }
  return null;
}

/**
 * A reading that names no company takes the one the sentence gives: the round's ("levée pour Y : 6 M€ réunis
 * auprès de A") or the one every other reading of the sentence names ("le tour de Y est mené par A, tandis que
 * B remet au pot"). The article's company would be a guess where the sentence says.
 */
function withSentenceCompany(
  units: Unit[],
  reading: FundingReading,
  all: { reading: FundingReading }[],
): FundingReading {
  // "A, qui avait pris une part dans Y, réinvestit …": Y is the relative clause's deal, not this one's
  if (reading.tgt !== null || reading.afterRelative === true) return reading;
  const givers = new Set(reading.src.flatMap((i) => ids(units, [i])));
  const named = new Set(all.map((r) => r.reading.tgt).filter((t): t is number => t !== null));
  const round = roundFor(units);
  const tgt = round ?? (named.size === 1 ? [...named][0] : null);
  if (tgt === null || ids(units, [tgt]).some((e) => givers.has(e))) return reading;
  return { ...reading, tgt, start: Math.min(reading.start, tgt) };
}

/**
 * A reading that leaves the company to the article, when no other reading of the same givers in the sentence
 * was refused that ("le grossiste a ouvert son capital à A, entré à hauteur de 25 %": the subject is unresolved).
 */
function topicOk(units: Unit[], reading: FundingReading): boolean {
  const all = readingsOf(units);
  const coGivers = all.filter((r) => r.reading.tgt === null).flatMap((r) => r.reading.src);
  if (!topicFits(units, reading, coGivers)) return false;
  return !all.some(
    ({ reading: other }) =>
      other !== reading &&
      other.tgt === null &&
      other.src.some((i) => reading.src.includes(i)) &&
      !topicFits(units, other, coGivers),
  );
}

function ids(units: Unit[], at: number[]): number[] {
  return at.flatMap((i) => {
    const u = units[i];
    return u.kind === 'ent' ? u.ents : [];
  });
}

/** The readings of one shape whose company is named (`named`) or left to the article (`!named`); `money`: only
 * those whose clause has that kind of subject (the money, or a deal it pays for). */
function reader(shape: string, named: boolean, money?: MoneySubject) {
  return (units: Unit[]): Captures[] =>
    readingsOf(units)
      .filter((r) => r.shape === shape && (r.reading.tgt !== null) === named)
      .filter((r) => money === undefined || r.reading.moneySubject === money)
      .filter((r) => (named ? namedFits(units, r.reading, shape) : topicOk(units, r.reading)))
      // "apportés par son actionnaire minoritaire A": a name called a giver is never the company funded
      .filter((r) => r.reading.tgt === null || !calledGiver(units, r.reading.tgt))
      .map(({ reading }) => {
        const caps: Captures = {
          src: ids(units, reading.src),
          '#src': [reading.src[0]],
          [MATCH_START]: [reading.start],
        };
        if (reading.tgt !== null) {
          // an investor's verb may name several companies at once ("has backed B and C")
          caps.tgt = shape === 'backer' ? backedCompanies(units, reading.tgt) : ids(units, [reading.tgt]);
          caps['#tgt'] = [reading.tgt];
        }
        return caps;
      });
}

/** Confidence of a frame reading: below every pattern rule's, so a pattern's reading of a fact wins. */
const NAMED_CONFIDENCE = 0.6;
/** The company funded is guessed from the article: less sure still. */
const TOPIC_CONFIDENCE = 0.55;

/** FUNDED read from the clause's shape (both languages); see README.md. */
const CLAUSE_FRAMES = readerRules([
  {
    id: 'any.funded.frame-backer',
    type: 'FUNDED',
    neededWordPattern: FUNDING_CUE,
    read: reader('backer', true),
    source: 'src',
    target: 'tgt',
    confidence: NAMED_CONFIDENCE,
    stake: 'minority',
  },
  {
    id: 'any.funded.frame-backer-topic',
    type: 'FUNDED',
    neededWordPattern: FUNDING_CUE,
    read: onDebtSentences(reader('backer', false), false),
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: TOPIC_CONFIDENCE,
    stake: 'minority',
  },
  {
    // a lender told with no company lends to the article's round company (funded-debt-topic.ts)
    id: 'any.funded.frame-backer-debt-topic',
    type: 'FUNDED',
    neededWordPattern: FUNDING_CUE,
    read: onDebtSentences(reader('backer', false), true),
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: TOPIC_CONFIDENCE,
    stake: 'minority',
  },
  {
    id: 'any.funded.frame-passive',
    type: 'FUNDED',
    neededWordPattern: FUNDING_CUE,
    read: reader('passive', true),
    source: 'src',
    target: 'tgt',
    confidence: NAMED_CONFIDENCE,
    stake: 'minority',
  },
  {
    id: 'any.funded.frame-raiser',
    type: 'FUNDED',
    neededWordPattern: FUNDING_CUE,
    read: reader('raiser', true),
    source: 'src',
    target: 'tgt',
    confidence: NAMED_CONFIDENCE,
  },
  {
    id: 'any.funded.frame-fronted-backing',
    type: 'FUNDED',
    read: frontedBackingReadings,
    source: 'src',
    target: 'tgt',
    confidence: NAMED_CONFIDENCE,
    stake: 'minority',
  },
  {
    id: 'any.funded.frame-passive-money-topic',
    type: 'FUNDED',
    neededWordPattern: FUNDING_CUE,
    read: reader('passive', false, 'money'),
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: TOPIC_CONFIDENCE,
  },
  {
    id: 'any.funded.frame-passive-deal-topic',
    type: 'FUNDED',
    neededWordPattern: FUNDING_CUE,
    read: reader('passive', false, 'deal'),
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: TOPIC_CONFIDENCE,
  },
  {
    id: 'any.funded.frame-raiser-money-topic',
    type: 'FUNDED',
    neededWordPattern: FUNDING_CUE,
    read: reader('raiser', false, 'money'),
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: TOPIC_CONFIDENCE,
  },
  {
    id: 'any.funded.frame-raiser-deal-topic',
    type: 'FUNDED',
    neededWordPattern: FUNDING_CUE,
    read: reader('raiser', false, 'deal'),
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: TOPIC_CONFIDENCE,
  },
  {
    id: 'any.funded.frame-minority-stake',
    type: 'FUNDED',
    neededWordPattern: FUNDING_CUE,
    read: reader('stake', true),
    source: 'src',
    target: 'tgt',
    confidence: NAMED_CONFIDENCE,
    stake: 'minority',
  },
]);

/** The clause readers, the subscribers of a company's new shares or bonds (`funded-subscribers.ts`), the
 * lenders told by a verb of lending (`funded-lender-verbs.ts`) or its gerund (`funded-lender-gerund.ts`) and the vehicles named after "via son fonds"
 * (`funded-folded-vehicle.ts`). */
export const FUNDED_FRAMES = [
  ...CLAUSE_FRAMES,
  ...SUBSCRIBER_FRAMES,
  ...LENDER_VERB_FRAMES,
  ...LENDER_GERUND_FRAMES,
  ...COUNTED_LIST_FRAMES,
  ...LOAN_PARTICIPLE_FRAMES,
  ...FOLDED_VEHICLE_FRAMES,
  ...SHARE_LIST_FRAMES,
  ...LEAN_MINORITY_FRAMES,
];
