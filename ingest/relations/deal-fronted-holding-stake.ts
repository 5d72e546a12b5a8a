import type { Sentence } from '../sentences';
import type { Stake } from '../values/stakes';
import type { MatchSpan } from './deal-clause';

/**
 * The share an owner holds, told in a participle that opens the sentence before the owner: "Détenu à 40 % par le
 * fonds X depuis 2021, Y …", "Contrôlée à 55 % par X, Y …", "40%-owned by X since 2019, Y …", "Owned 30 percent by
 * X, Y …". The deal's clause starts at the owner, so without this the figure is never read and a holding below
 * half would be taken for control (GOLD-FORMAT: a minority share is FUNDED).
 */

/** A percentage's figure, captured. */
const FIGURE = String.raw`(\d{1,3}(?:[.,]\d+)?)\s?(?:%|pct\b|per\s?cent\b|percent\b|pour\s?cent\b)`;
/** Most descriptor words between "par"/"by" and the owner's name ("par le fonds", "by private equity firm"). */
const MAX_OWNER_DESCRIPTOR_WORDS = 4;
const DESCRIPTOR = String.raw`(?:[\p{L}'’-]+\s+){0,${MAX_OWNER_DESCRIPTOR_WORDS}}`;
/** An opening quote or dash may stand before the participle. */
const OPENING = String.raw`^[«"“—–-]?\s*`;

const FRONTED_HELD_FR = new RegExp(
  String.raw`${OPENING}(?:détenu|détenue|détenus|détenues|contrôlé|contrôlée|contrôlés|contrôlées|possédé|possédée)\s+(?:depuis\s+\d{4}\s+)?à\s+(?:hauteur\s+de\s+)?(?:(?:près\s+de|environ|plus\s+de)\s+)?${FIGURE}\s+(?:depuis\s+\d{4}\s+)?par\s+${DESCRIPTOR}$`,
  'iu',
);
const FRONTED_HELD_EN = new RegExp(
  String.raw`${OPENING}(?:${FIGURE}\s*-?\s*owned|owned\s+${FIGURE})\s+(?:since\s+\d{4}\s+)?by\s+${DESCRIPTOR}$`,
  'iu',
);

/** The stake told in a fronted holding participle right before the match, or null. */
export function frontedHoldingStake(sentence: Sentence, span: MatchSpan | undefined): Stake | null {
  if (!span) return null;
  const before = sentence.text.slice(0, Math.max(0, span.start - sentence.start));
  const m = FRONTED_HELD_FR.exec(before) ?? FRONTED_HELD_EN.exec(before);
  const figure = m?.slice(1).find((g) => g !== undefined);
  if (figure === undefined) return null;
  const percent = Number(figure.replace(',', '.'));
  if (!(percent > 0 && percent <= 100)) return null;
  return { percent, majority: percent > 50 };
}
