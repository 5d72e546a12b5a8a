import type { ExtractedEvent, ExtractedRelation } from '../../types';
import type { Rule } from '../rule';
import { parentOfVehicle } from './funded-vehicle';

/**
 * A round told over two sentences: "Redshift Games has led a $15m Series A in Pixelforge. Also participating were
 * A and B." The second sentence names no company, so its rule guesses the article's most salient one, here the
 * lead investor. A guessed company that is an investor of the round just told cannot be the company funded: that
 * round's company is.
 */

/** Characters back from a guessed fact's sentence within which the round it continues must have been told. */
const MAX_CHARS_TO_ROUND = 600;

/** Passes over the facts: a guess that leans on another guess needs that one set straight first. */
const PASSES = 2;

export function pairKey(r: ExtractedRelation): string {
  return `${r.type}\u0000${r.source}\u0000${r.target}`;
}

/** Ids of the FUNDED rules that take their company from the article rather than from the sentence. */
export function topicRuleIds(rules: readonly Rule[]): Set<string> {
  return new Set(
    rules
      .filter((r) => r.type === 'FUNDED' && (r.topicTarget === true || r.target === 'topic'))
      .map((r) => r.id),
  );
}

/** The last FUNDED fact with a named company told before (or in) the sentence at `start`, or null. */
function roundBefore(anchored: readonly ExtractedRelation[], start: number): ExtractedRelation | null {
  let best: ExtractedRelation | null = null;
  for (const r of anchored) {
    if (r.evidence.start > start || start - r.evidence.start > MAX_CHARS_TO_ROUND) continue;
    if (best === null || r.evidence.start > best.evidence.start) best = r;
  }
  return best;
}

/** Guessed FUNDED facts whose company is an investor of their own sentence or of the round just told take that
 * round's company. */
export function withRoundCompany(
  relations: ExtractedRelation[],
  guessed: ReadonlySet<string>,
  events: readonly ExtractedEvent[] = [],
): ExtractedRelation[] {
  const raises = raisesTold(events);
  // a guess may take its company from another guess of its sentence ("A and B took part, as did P"), set
  // straight only in the first pass
  let out = relations;
  for (let pass = 0; pass < PASSES; pass++) out = roundCompanyPass(out, guessed, raises);
  return out;
}

/** A company told raising money, and where: a named round or a raise with no investor named. */
interface RaiseTold {
  target: string;
  start: number;
}

/** "Perfulink lève 9 M€", "X has raised $18m": raises told with no investor named, which a later round
 * sentence naming only investors continues. */
function raisesTold(events: readonly ExtractedEvent[]): RaiseTold[] {
  const out: RaiseTold[] = [];
  for (const e of events)
    if (e.type === 'FUNDED' && e.source === null && e.target !== null)
      out.push({ target: e.target, start: e.evidence.start });
  return out;
}

/**
 * The company of the last raise told before (or in) the sentence at `start`, named round or bare raise:
 * "Voltmesh has raised $18m in a round led by A. Existing backer B also took part." / "La start-up lève 9 M€.
 * Le tour de table est mené par A." The article's most salient company may be another (a founder's former
 * employer), but a round sentence naming no company continues the raise just told.
 */
function lastRaiseBefore(
  anchored: readonly ExtractedRelation[],
  raises: readonly RaiseTold[],
  start: number,
): RaiseTold | null {
  let best: RaiseTold | null = null;
  const told = [...anchored.map((r) => ({ target: r.target, start: r.evidence.start })), ...raises];
  for (const t of told) {
    if (t.start > start || start - t.start > MAX_CHARS_TO_ROUND) continue;
    if (best === null || t.start > best.start) best = t;
  }
  return best;
}

/**
 * Sentences that carry on a round already told and name no company of their own: the round as subject ("The
 * round was led by A", "Le tour de table est mené par A") or investors joining it ("A and B also took part",
 * "A a également participé"). Other guessed sentences (a loan, a holder, a founder's raise told through a
 * possessive) may be about another company than the last raise.
 */
const ROUND_GOES_ON =
  /^(?:the |this |le |la |l'|cette |ce )(?:\S+ ){0,2}?(?:round|financing|funding|raise|tour de table|levée|financement|opération)\b|\b(?:took part|take part|participated|participate|participé|participe|participent|participaient|joined the round)\b/i;

function roundCompanyPass(
  relations: ExtractedRelation[],
  guessed: ReadonlySet<string>,
  raises: readonly RaiseTold[],
): ExtractedRelation[] {
  const isGuess = (r: ExtractedRelation): boolean => r.type === 'FUNDED' && guessed.has(r.rule);
  // with no named round, a guess may still lean on another guess of its own sentence (below)
  const anchored = relations.filter((r) => r.type === 'FUNDED' && !guessed.has(r.rule));
  const keys = new Set(relations.filter((r) => !isGuess(r)).map(pairKey));
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    if (!isGuess(r)) {
      out.push(r);
      continue;
    }
    // "A and B also took part, as did angel investor P": an investor of this sentence funds no one here either
    const here = relations.find(
      (a) => a.type === 'FUNDED' && a.evidence.start === r.evidence.start && a.source === r.target,
    );
    const round = here ?? roundBefore(anchored, r.evidence.start);
    const investors = round === null ? [] : anchored.filter((a) => a.evidence.start === round.evidence.start);
    // "Existing backers A and B also took part, alongside a new investor, C": the subject before the match, A, is
    // an investor of the article's rounds (the pair may be kept with another sentence's evidence), not a company
    const investorBefore = relations.some(
      (a) => a.type === 'FUNDED' && !isGuess(a) && a.source === r.target && a.target !== r.target,
    );
    // "A joined through its venture arm, V": V's guessed company is never A, whose vehicle it is
    const parent = parentOfVehicle(r);
    if (parent && round === null) continue;
    const wrong =
      here !== undefined ||
      investorBefore ||
      parent ||
      (round !== null && investors.some((a) => a.source === r.target && a.target !== r.target));
    const told =
      here === undefined && ROUND_GOES_ON.test(r.evidence.sentence.trim())
        ? lastRaiseBefore(anchored, raises, r.evidence.start)
        : null;
    const fixed =
      wrong && round !== null
        ? { ...r, target: round.target }
        : told !== null && told.target !== r.source
          ? { ...r, target: told.target }
          : r;
    if (fixed.source === fixed.target || keys.has(pairKey(fixed))) continue;
    keys.add(pairKey(fixed));
    out.push(fixed);
  }
  return out;
}

/** A sentence opening on the deal as subject ("L'opération, financée par …", "The acquisition will be …"). */
const DEAL_SUBJECT_OPENING =
  /^(?:l'|le |la |the )(?:opération|acquisition|rachat|transaction|reprise|deal|purchase|takeover)\b/i;
/** Loan words: a deal paid with a loan funds its buyer; a round told as "l'opération" is the company's own. */
const LOAN_WORD =
  /\b(?:crédit|crédits|prêt|prêts|dette|emprunt|bancaire|bancaires|loan|loans|debt|facility|credit)\b/i;

/**
 * "Ce dernier financera la reprise aux côtés de A", "to pay for the acquisition, …", "le financement de
 * l'acquisition est assuré par A", "the financing of the takeover": money said to pay for a
 * purchase, which the buyer receives, whatever company the article is mostly about.
 */
const PAYS_FOR_DEAL =
  /\b(?:financ\w*|payer|pay for|paying for|to fund|to finance)\s+(?:of |de |du |d')?(?:l'|le |la |the |its |son |sa |cette |this )?(?:reprise|rachat|acquisition|achat|purchase|takeover|buyout)\b/i;

/** "L'opération, financée par un crédit de A, …": a guessed company whose sentence tells a deal paid by a loan. */
function dealLoan(r: ExtractedRelation): boolean {
  const s = r.evidence.sentence.trim();
  return DEAL_SUBJECT_OPENING.test(s) && LOAN_WORD.test(s);
}

/** Statuses of a purchase that is no fact. */
const NO_PURCHASE: ReadonlySet<string> = new Set(['abandoned', 'rumoured']);

/**
 * "L'opération a été financée par un crédit de A" in a story of X buying Y: the money of a deal goes to the buyer,
 * though the article may be more about the company bought (or a name misread as a company). Facts of the rules in
 * `dealMoney` take the article's buyer when it names one only, and are dropped when it names none (the deal's
 * payer is then unknown); facts of the rules in `money` ("la dette est apportée par A") take that buyer too, and
 * so do guessed facts (`guessed`) of a sentence whose subject is the deal and whose money a loan.
 */
export function withBuyerFunded(
  relations: ExtractedRelation[],
  dealMoney: ReadonlySet<string>,
  money: ReadonlySet<string>,
  guessed: ReadonlySet<string> = new Set(),
): ExtractedRelation[] {
  const buyers = madePurchaseBuyers(relations);
  const buyer = buyers.size === 1 ? [...buyers][0] : null;
  // "L'opération est complétée par un prêt de A" after "Y lève 18 M€ auprès de B": with no purchase in the
  // article, the operation is Y's round, and a company funded by a named round of its own keeps the loan
  const roundCompanies = new Set(
    relations
      .filter((r) => r.type === 'FUNDED' && !dealMoney.has(r.rule) && (!guessed.has(r.rule) || !dealLoan(r)))
      .map((r) => r.target),
  );
  const keys = new Set(relations.map(pairKey));
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    const deal = r.type === 'FUNDED' && (dealMoney.has(r.rule) || (guessed.has(r.rule) && dealLoan(r)));
    // no purchase read: the deal's payer is unknown; several: the article's company is the best guess left
    if (deal && buyers.size === 0 && (dealMoney.has(r.rule) || !roundCompanies.has(r.target))) continue;
    // a guess whose money pays for a purchase goes to the buyer when the article names one (kept as it is else)
    const paysFor = r.type === 'FUNDED' && guessed.has(r.rule) && PAYS_FOR_DEAL.test(r.evidence.sentence);
    // the money for buying the guessed company goes to its first-told buyer, however many buyers the article has
    const payer = (paysFor ? firstBuyerOf(relations, r.target) : null) ?? buyer;
    if (
      !(deal || paysFor || (r.type === 'FUNDED' && money.has(r.rule))) ||
      payer === null ||
      r.target === payer
    ) {
      out.push(r);
      continue;
    }
    const fixed = { ...r, target: payer };
    if (fixed.source === fixed.target || keys.has(pairKey(fixed))) continue;
    keys.add(pairKey(fixed));
    out.push(fixed);
  }
  return out;
}

/** The buyers of the purchases the article tells as made (no rumour or abandoned bid). */
export function madePurchaseBuyers(relations: readonly ExtractedRelation[]): Set<string> {
  return new Set(
    relations
      .filter((r) => r.type === 'ACQUIRED' && (r.status === null || !NO_PURCHASE.has(r.status)))
      .map((r) => r.source),
  );
}

/** The buyer of the earliest purchase of `target` the article tells (no rumour or abandoned bid), or null. */
export function firstBuyerOf(relations: readonly ExtractedRelation[], target: string): string | null {
  let first: ExtractedRelation | null = null;
  for (const r of relations) {
    if (r.type !== 'ACQUIRED' || r.target !== target || (r.status !== null && NO_PURCHASE.has(r.status)))
      continue;
    if (first === null || r.evidence.start < first.evidence.start) first = r;
  }
  return first === null ? null : first.source;
}
