import type { Sentence } from '../sentences';
import type { DealStatus } from '../types';
import { dealStatus } from '../modality';

/**
 * A deal told inside a relative or participle clause hung on one of its parties ("Thalmont, which bought Skagen in
 * 2023, …", "Y, qui a été racheté par X en 2019, …", "Y, acquired by X in 2019, …") is a fact of its own: the
 * main clause's talk, doubt or plans ("could attract interest", "ahead of a possible listing", "compte désormais
 * 1 400 salariés") are about something else. Only a clause whose verb tells the purchase as done reads apart, so
 * "X, which had agreed to buy Y, walked away" keeps the main clause's verdict.
 */

/**
 * A holding told as a participle on a party ("Skyplate, majority-owned by Temasek, had earlier walked away",
 * "Sorel Capital, entré au capital de Paylane en 2021, pourrait céder"): the ownership is a fact of its own, as a
 * purchase told in a relative clause is; the main clause's walk-away or doubt is the party's next move.
 */
const HOLDING_PARTICIPLE = String.raw`(?:(?:majority|wholly|jointly|partly)-)?owned|controlled|d[ée]tenu\p{L}*|contr[ôo]l(?:é|ée|és|ées)|entr(?:é|ée|és|ées)\s+au\s+capital`;

/** A side clause opened by a holding participle (read apart from the purchase openers). */
const HOLDING_OPENER = new RegExp(String.raw`^,\s+(?:${HOLDING_PARTICIPLE})\s`, 'iu');

/** A holding or a stake told as held or taken, in a participle or a relative clause ("which also owns Y"). */
const DONE_HOLDING = String.raw`${HOLDING_PARTICIPLE}|built\s+(?:a|an|up)|took\s+(?:a|an)`;

/** What opens the side clause: a comma then a relative pronoun or a purchase participle. */
const SIDE_OPENER = new RegExp(
  String.raw`,\s+(?:which|who|that|qui|lequel|laquelle|(?:acquired|bought|purchased|taken\s+over|rachet\p{L}*|repris\p{L}*|acquis\p{L}*|absorb\p{L}*|${HOLDING_PARTICIPLE})\s)`,
  'giu',
);

/**
 * A funding told as done ("Roadsurfer, qui avait levé 54 M€ auprès de Permira en 2022, serait en discussions …",
 * "Medvise, which raised $54 million from Permira, could list"): the raise is a fact of its own as a purchase is.
 */
const DONE_FUNDING = String.raw`raised|invested|backed|financed|funded|lev(?:é|ée|és|ées)|investi|investis|financ(?:é|ée|és|ées)`;

/**
 * A contest for a company won by a bidder ("Granite, qui avait finalement emporté l'affaire"): the winner bought it
 * (deal-contest-winner.ts).
 */
const WON_DEAL = String.raw`(?:emport|remport)(?:é|ée)\s+(?:l['’]affaire|la\s+mise)`;

/** A purchase told as done: a past form of a buying verb, its passive, a past merger, or a contest won. */
const DONE_DEAL_VERB = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${WON_DEAL}|acquired|bought|purchased|took\s+(?:over|control|\p{L}+\s+private)|taken\s+(?:over|private)|snapped\s+up|picked\s+up|merged|absorbed|rachet(?:é|ée|és|ées)|repris\p{L}*|acquis\p{L}*|absorb(?:é|ée|és|ées)|aval(?:é|ée|és|ées)|fusionn(?:é|ée|és|ées)|${DONE_FUNDING}|${DONE_HOLDING})(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * A verb before the purchase that makes it less than done ("which had agreed to buy", "qui devait racheter"), or a
 * French future ("qui sera absorbée par le nouvel ensemble", "qui devra être cédée").
 */
const NOT_YET_DONE =
  /(?<![\p{L}\p{N}])(?:agreed|agrees|plans?|planned|intends?|wants?|wanted|sought|seeks?|tried|tries|offered|would|could|may|might|will|devait|devaient|voulait|souhaitait|projetait|envisag\p{L}*|pourrait|va|vont|sera|seront|devra|devront)(?![\p{L}\p{N}])/iu;

/** Where the side clause stops: the next comma or the end of the sentence. */
const SIDE_END = /,\s/u;

/**
 * The side clause of `sentence` that states the deal matched over [matchStart, matchEnd) (absolute offsets), or
 * null when the deal is told in the main clause: the opener must stand inside the match, after its first party.
 */
function sideClauseOf(sentence: Sentence, matchStart: number, matchEnd: number): string | null {
  const from = matchStart - sentence.start;
  const to = matchEnd - sentence.start;
  if (from < 0 || to <= from) return null;
  let opener: RegExpExecArray | null = null;
  for (const m of sentence.text.matchAll(SIDE_OPENER)) {
    if (m.index > from && m.index < to) opener = m;
  }
  if (!opener) return null;
  const start = opener.index + 1;
  // "Fastvolt, détenu par Meridiam, a racheté Y": a holding aside closed before the last party is not the deal's
  if (HOLDING_OPENER.test(opener[0]) && SIDE_END.test(sentence.text.slice(start, to))) return null;
  const rest = sentence.text.slice(to);
  const stop = SIDE_END.exec(rest);
  const end = to + (stop ? stop.index : rest.length);
  return sentence.text.slice(start, end).trim();
}

/** The winner's relative clause right after its name ("…, Z, qui avait finalement emporté l'affaire"). */
const WON_RELATIVE = new RegExp(String.raw`^,\s+(?:qui|which|who)\s+(?:\p{L}+\s+){0,3}?${WON_DEAL}`, 'iu');

/**
 * A deal whose last party, the winner of a contest, says in its own relative clause that it won the deal ("son
 * offre sur Y avait échoué face à la surenchère de Z, qui avait finalement emporté l'affaire"): the failure before
 * it is the other bidder's, the deal is done.
 */
function wonRightAfter(sentence: Sentence, matchEnd: number): DealStatus | null {
  const to = matchEnd - sentence.start;
  if (to < 0 || to > sentence.text.length) return null;
  return WON_RELATIVE.test(sentence.text.slice(to)) ? 'completed' : null;
}

/**
 * 'completed' when the deal lives in a side clause that tells it as done with no doubt of its own, else null
 * (the caller keeps the sentence's status).
 */
export function sideClauseStatus(
  sentence: Sentence,
  matchStart: number,
  matchEnd: number,
): DealStatus | null {
  const side = sideClauseOf(sentence, matchStart, matchEnd);
  if (side === null) return wonRightAfter(sentence, matchEnd);
  const verb = DONE_DEAL_VERB.exec(side);
  if (!verb || NOT_YET_DONE.test(side.slice(0, verb.index))) return null;
  const own = dealStatus(side);
  return own === 'completed' || own === 'announced' ? 'completed' : null;
}
