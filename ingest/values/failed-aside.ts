import type { Sentence } from '../sentences';
import { dealIntent } from '../deal-intent';
import { dealStatus } from '../modality';
import type { ClauseParties } from './own-clause-status';

/**
 * A buyer's history told in an aside on its name ("Delorme, qui avait tenté en vain de racheter Kessel, a
 * finalement acquis Vannex", "Brenwick, which had tried to buy Oakdale in 2023, agreed to acquire Stourton",
 * "After failing to buy Oakdale, Brenwick bought Stourton") is a fact of its own: its attempt, talks or failure
 * are not the main deal's. The deal's status is read with such an aside blanked out (same length, so every
 * offset still holds), provided the aside names none of the deal's parties: an aside that names one ("X, which had
 * tried for years to buy Y, finally acquired it") speaks of this deal and keeps its cue.
 */

/** What opens an aside after a comma: a relative pronoun or a participle of the party's past. */
const ASIDE_OPENER =
  /,\s+(?:which|who|that|having|after|qui|lequel|laquelle|lesquels|lesquelles|ayant|après)(?![\p{L}\p{N}])/giu;

/** A fronted phrase of the party's past, closed by a comma: "After failing to buy Y, X …", "Après avoir tenté …". */
const FRONTED_PAST = /^(?:after|having|après|ayant)(?![\p{L}\p{N}])[^,;:]*,\s/iu;

/** Where an aside stops: the next comma, before the deal's last party. */
const ASIDE_END = /,\s/u;

interface Span {
  start: number;
  end: number;
}

/** The asides of `sentence` (absolute offsets, comma to comma) that close before `before`. */
function asidesBefore(sentence: Sentence, before: number): Span[] {
  const out: Span[] = [];
  const fronted = FRONTED_PAST.exec(sentence.text);
  if (fronted && sentence.start + fronted[0].length <= before)
    out.push({ start: sentence.start, end: sentence.start + fronted[0].length - 2 });
  for (const m of sentence.text.matchAll(ASIDE_OPENER)) {
    const from = m.index + 1;
    const stop = ASIDE_END.exec(sentence.text.slice(m.index + m[0].length));
    if (!stop) continue;
    const end = sentence.start + m.index + m[0].length + stop.index;
    if (end <= before) out.push({ start: sentence.start + from, end });
  }
  return out;
}

/** The aside tells a deal that was only tried, talked of, wished or failed. */
function toldAsNoDeal(text: string): boolean {
  const status = dealStatus(text);
  return status === 'rumoured' || status === 'abandoned' || dealIntent(text) !== null;
}

function blank(s: Sentence, spans: readonly Span[]): Sentence {
  let text = s.text;
  for (const sp of spans) {
    const a = Math.max(sp.start, s.start) - s.start;
    const b = Math.min(sp.end, s.end) - s.start;
    if (b <= a) continue;
    text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  }
  return text === s.text ? s : { ...s, text };
}

/**
 * `sentence` and `clause` with the asides that tell another, unmade deal of a party blanked out; both as given
 * when there is none or the parties' places are unknown.
 */
export function withoutFailedAsides(
  sentence: Sentence,
  clause: Sentence,
  at: ClauseParties | undefined,
): { sentence: Sentence; clause: Sentence } {
  if (at === undefined) return { sentence, clause };
  const parties = at.orgs.filter((o) => o.party);
  const spans = asidesBefore(sentence, at.lastPartyEnd).filter(
    (sp) =>
      !parties.some((p) => p.start < sp.end && p.end > sp.start) &&
      toldAsNoDeal(sentence.text.slice(sp.start - sentence.start, sp.end - sentence.start)),
  );
  if (spans.length === 0) return { sentence, clause };
  return { sentence: blank(sentence, spans), clause: blank(clause, spans) };
}
