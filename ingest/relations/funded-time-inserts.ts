import type { Unit } from './pattern';
import { wordOrNullAt } from './frames/clause';

/**
 * Money given or received is told with its date between the participle and the giver: "une avance remboursable
 * accordée en 2023 par la région", "un prêt obtenu l'an dernier auprès de la BEI", "a loan the company received in
 * March from MassCEC", "a grant awarded last year by Innovate UK". The giver readers want "par" / "auprès de" /
 * "from" / "by" right after the participle, and every one of them would need a second spacing for the date. The
 * date is a shape (time words around a month, a year, a season or a span noun), not a wording: once read between
 * such a participle and a giver's preposition it is dropped from the units the rules see (values.ts reads the date
 * from the sentence text), as deal-time-transparent.ts does for a deal's time.
 */

/** Participles and past forms of money changing hands, given or received. */
const MONEY_PARTICIPLES: ReadonlySet<string> = new Set(
  `accordé accordée accordés accordées consenti consentie consentis consenties octroyé octroyée octroyés octroyées
  attribué attribuée attribués attribuées versé versée versés versées obtenu obtenue obtenus obtenues décroché
  décrochée décrochés décrochées apporté apportée apportés apportées reçu reçue reçus reçues alloué allouée alloués
  allouées emprunté empruntée empruntés empruntées levé levée levés levées
  received obtained secured won got awarded granted provided extended arranged lent loaned raised borrowed`
    .trim()
    .split(/\s+/),
);
/** Words that introduce the giver after the participle. */
const GIVER_WORDS: ReadonlySet<string> = new Set(['par', 'auprès', 'by', 'from']);
/** Words a time phrase may be made of besides its head. */
const TIME_FILLERS: ReadonlySet<string> = new Set(
  `en au à fin début mi courant dès cette ce cet l' le la dernier dernière passé passée
  in on at during over the this last earlier early late mid ago a one two three`
    .trim()
    .split(/\s+/),
);
/** Words one of which a time phrase holds: a month, a season, a weekday, a span noun. */
const TIME_HEADS: ReadonlySet<string> = new Set(
  `janvier février mars avril mai juin juillet août septembre octobre novembre décembre printemps été automne hiver
  lundi mardi mercredi jeudi vendredi samedi dimanche an année mois semaine trimestre
  january february march april may june july august september october november december spring summer autumn fall
  winter monday tuesday wednesday thursday friday saturday sunday year years month months week quarter`
    .trim()
    .split(/\s+/),
);
/** Most words of the time phrase ("l'année dernière", "earlier this year", "in late March 2024"). */
const MAX_TIME_WORDS = 4;

const isYear = (w: string): boolean => /^(19|20)\d\d$/.test(w);

/**
 * Nouns of an investor's arrival in a company's capital, told with its date inside: "après son entrée en 2024 au
 * capital du fabricant Y", "depuis son arrivée l'an dernier au capital de Y". The rules of the arrival noun want
 * "au capital" right after it.
 */
const ARRIVAL_NOUNS: ReadonlySet<string> = new Set(['entrée', 'arrivée', 'montée']);
/** Words that open the capital after an arrival noun's date ("au capital", "dans le capital"). */
const CAPITAL_OPENERS: ReadonlySet<string> = new Set(['au', 'dans']);

/**
 * Verbs of taking a stake, told with its date before the stake: "avait pris en 2023 une participation de 25 % dans
 * Y", "took last year a 10% stake in Y". The backer phrase wants the stake's determiner right after the verb.
 */
const STAKE_TAKING_VERBS: ReadonlySet<string> = new Set([
  'pris',
  'prend',
  'prennent',
  'prendra',
  'prendront',
  'took',
  'taken',
  'takes',
]);
/** Determiners that open the stake after a taking verb's date. */
const STAKE_OPENERS: ReadonlySet<string> = new Set(['une', 'des', 'a', 'an']);

/** Units of a time phrase starting at `i` and ending right before one of the `ends` words, or 0. */
function timeBefore(units: readonly Unit[], i: number, ends: ReadonlySet<string>): number {
  let head = false;
  for (let n = 0; n < MAX_TIME_WORDS; n++) {
    const w = wordOrNullAt(units, i + n);
    if (w === null) return 0;
    // an end word that is also a filler ("au") or a head (English "an", French "an" of "l'an dernier") ends the
    // phrase only once its head is read ("en 2024 au capital", "pris l'an dernier une participation")
    if (ends.has(w) && (head || !(TIME_FILLERS.has(w) || TIME_HEADS.has(w)))) return head && n > 0 ? n : 0;
    if (TIME_HEADS.has(w) || isYear(w)) head = true;
    else if (!TIME_FILLERS.has(w)) return 0;
  }
  const after = wordOrNullAt(units, i + MAX_TIME_WORDS);
  return head && after !== null && ends.has(after) ? MAX_TIME_WORDS : 0;
}

/**
 * The units without a time phrase standing between a money participle and its giver's preposition, between an
 * arrival noun and the capital it enters, or between a verb of taking a stake and the stake.
 */
export function withoutMoneyTimeInserts(units: Unit[]): Unit[] {
  let out = units;
  for (let i = 0; i + 2 < out.length; i++) {
    const w = wordOrNullAt(out, i) ?? '';
    const ends = MONEY_PARTICIPLES.has(w)
      ? GIVER_WORDS
      : ARRIVAL_NOUNS.has(w)
        ? CAPITAL_OPENERS
        : STAKE_TAKING_VERBS.has(w)
          ? STAKE_OPENERS
          : null;
    if (ends === null) continue;
    const n = timeBefore(out, i + 1, ends);
    if (n > 0) out = [...out.slice(0, i + 1), ...out.slice(i + 1 + n)];
  }
  return out;
}
