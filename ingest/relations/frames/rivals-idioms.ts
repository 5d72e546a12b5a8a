import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';
import type { RivalTrigger } from './rivals-triggers';

/**
 * Set phrases of rivalry whose rival follows their particle: "croise le fer avec", "au coude-à-coude avec",
 * "fait jeu égal avec", "tient tête à", "chasse sur les terres de", "sur les plates-bandes de", "laisse loin
 * derrière (lui)", "keeps pace with", "goes head-to-head with", "neck and neck
 * with", "in (more direct) competition with", "en concurrence directe avec". Each is matched at its first word.
 */

/** After the particle the rival, or a short kind descriptor before it, comes soon ("avec des acteurs comme B"). */
const IDIOM_LEAD_WORDS = 4;
/** Words between "in"/"en" and the competition noun ("in more direct competition with"). */
const COMPETITION_MODIFIER_WORDS = 3;

/** An adverb allowed right after a phrase's verb ("croise désormais le fer"). */
const ADVERB =
  /^(désormais|déjà|aussi|toujours|encore|souvent|régulièrement|now|already|also|still|often|\p{Ll}+ment|\p{Ll}+ly)$/u;

/** Opens a time phrase a writer may put before the particle ("tient tête depuis des années à", "for years"). */
const DURATION_OPENER = /^(depuis|pendant|durant|for)$/u;
/** Most words of that time phrase after its opener ("depuis des années", "depuis 2019", "for over a decade"). */
const DURATION_WORDS = 3;

/** One word of a phrase. */
type Step = RegExp;

/** Phrases as word steps; the last step is the particle after which the rivals stand. */
const PHRASES: Step[][] = [
  [
    /^(croise|croisent|croiser|croisé|croisait|croisaient|croisera|croiseront)$/u,
    /^le$/u,
    /^fer$/u,
    /^(avec|contre)$/u,
  ],
  // "croise régulièrement la route de A": meeting a rival on the same deals
  [
    /^(croise|croisent|croiser|croisé|croisait|croisaient|croisera|croiseront)$/u,
    /^la$/u,
    /^route$/u,
    /^(de|du|des|d')$/u,
  ],
  [/^(coude-à-coude|coude-a-coude)$/u, /^(avec)$/u],
  [/^coude$/u, /^(à|a)$/u, /^coude$/u, /^(avec)$/u],
  [/^jeu$/u, /^(égal|egal)$/u, /^(avec)$/u],
  [/^(tient|tiennent|tenir|tenu|tenait|tenaient|tiendra)$/u, /^tête$/u, /^(à|au|aux)$/u],
  [
    /^(chasse|chassent|chasser|chassé|chassait|chassaient)$/u,
    /^sur$/u,
    /^les$/u,
    /^terres$/u,
    /^(de|du|des|d')$/u,
  ],
  // "vient marcher sur les plates-bandes de A": the ground of the firm attacked, matched at the noun
  [/^plates-bandes$/u, /^(de|du|des|d')$/u],
  // "laisse loin derrière lui A": a leader's distance on the firms it outsells
  [/^(laisse|laissent|laissant|laissé|laisser|laissait|laissaient)$/u, /^derrière$/u],
  [/^(laisse|laissent|laissant|laissé|laisser|laissait|laissaient)$/u, /^(loin|largement)$/u, /^derrière$/u],
  // "struggles to keep pace with A", "kept pace with A": matching a rival's growth
  [/^(keep|keeps|kept|keeping)$/u, /^pace$/u, /^(with)$/u],
  [/^(head-to-head|head-on)$/u, /^(with|against)$/u],
  [/^head$/u, /^to$/u, /^head$/u, /^(with|against)$/u],
  [/^(neck-and-neck)$/u, /^(with)$/u],
  [/^neck$/u, /^and$/u, /^neck$/u, /^(with)$/u],
];

/** Index after the phrase starting at `i`, or -1. */
function phraseEnd(units: Unit[], i: number, steps: Step[]): number {
  let at = i;
  for (let k = 0; k < steps.length; k++, at++) {
    // "croise désormais le fer avec": one adverb may follow the verb
    if (k === 1 && ADVERB.test(wordAt(units, at) ?? '') && !steps[k].test(wordAt(units, at) ?? '')) at++;
    if (k === steps.length - 1 && k > 0) at = afterDuration(units, at, steps[k]);
    const w = wordAt(units, at);
    if (w === null || !steps[k].test(w)) return -1;
  }
  return at;
}

/**
 * Where the particle `particle` stands when a time phrase opens at `at` ("tenait tête depuis des années au
 * wallon B"), else `at` unchanged.
 */
function afterDuration(units: Unit[], at: number, particle: Step): number {
  if (!DURATION_OPENER.test(wordAt(units, at) ?? '')) return at;
  for (let k = at + 1; k <= at + 1 + DURATION_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === null) return at;
    if (particle.test(w)) return k;
  }
  return at;
}

const NEGATION = /^(not|never|no|ne|n'|pas|plus|jamais)$/u;

/** Not said: "ne fait pas jeu égal avec", "is not in competition with". */
function negatedBefore(units: Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (NEGATION.test(wordAt(units, k) ?? '')) return true;
  return false;
}

const COMPETITION = /^(competition|concurrence)$/u;

/** "in (more) direct competition with", "en concurrence (directe) avec": the noun after "in"/"en", then its particle. */
function competitionAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === null || !COMPETITION.test(w)) return -1;
  let opened = false;
  for (let k = i - 1; k >= 0 && k >= i - 1 - COMPETITION_MODIFIER_WORDS; k--) {
    const b = wordAt(units, k);
    if (b === null) return -1;
    if (/^(in|into|en)$/u.test(b)) {
      opened = true;
      break;
    }
    if (
      !/^(more|direct|directe|head-on|fierce|frontale|open|ouverte|stiff|close|closer|increasing)$/u.test(b)
    )
      return -1;
  }
  if (!opened) return -1;
  let k = i + 1;
  if (/^(directe|frontale|ouverte)$/u.test(wordAt(units, k) ?? '')) k++;
  return /^(with|against|avec)$/u.test(wordAt(units, k) ?? '') ? k + 1 : -1;
}

/** A phrase's first word or the competition noun: the words the idiom trigger starts at. */
const IDIOM_HEAD = new RegExp(
  [...PHRASES.map((steps) => steps[0]), COMPETITION].map((re) => `(?:${re.source})`).join('|'),
  'u',
);

export const IDIOM_TRIGGERS: RivalTrigger[] = [
  {
    name: 'idiom',
    head: IDIOM_HEAD,
    lead: IDIOM_LEAD_WORDS,
    // the phrase is looked for first: it is rare, and the negation looked back for only then
    at: (units, i) => {
      let end = -1;
      for (let p = 0; p < PHRASES.length && end < 0; p++) end = phraseEnd(units, i, PHRASES[p]);
      if (end < 0) end = competitionAt(units, i);
      return end >= 0 && negatedBefore(units, i) ? -1 : end;
    },
  },
];
