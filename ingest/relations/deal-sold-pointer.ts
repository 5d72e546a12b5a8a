import type { UnitContext } from './unit-context';
import { isYear, MONTHS } from './deal-time-transparent';

/**
 * "In 2019 Klarview set up a unit, Adpilot. It sold the business to Tessaro", "Aquilon Hôtels a été créé par P.
 * Ce dernier avait cédé le contrôle de la société au fonds Thornbury": a noun pointer that is what a selling verb
 * parts with (its object, or the company of "control of / a stake in / le contrôle de" after it) stands for the
 * company the sentence before was about (the first it named as a head), not for the seller: a company does not sell itself, and a
 * person sells the company just told of. Null when the pointer is not such an object or that sentence named no
 * other company.
 */

/** Verbs of selling, both languages, in the forms that take a direct object. */
const SELL = new Set(
  `sold sells sell selling divested divests cédé cédée cède cèdent cédera céderait céder vendu vendue vend vendent
  vendra vendre revendu revendue revend revendre`
    .trim()
    .split(/\s+/),
);
/** "control of", "a majority stake in", "le contrôle de", "la majorité du capital de". */
const SHARE_NOUNS = new Set(['control', 'stake', 'interest', 'contrôle', 'participation', 'majorité']);
const OF = new Set(['of', 'in', 'de', 'dans']);
/** A negation before the verb tells of no sale. */
const NEGATIONS = new Set(['not', 'never', "n't", 'pas', 'jamais']);
/** Words that may stand between the verb and the share noun ("sold its control", "cédé le contrôle"). */
const SHARE_DETERMINERS = new Set([
  'its',
  'their',
  'a',
  'the',
  'le',
  'la',
  'sa',
  'son',
  'une',
  'majority',
  'controlling',
]);

/**
 * Words of a time phrase told between the verb and the share ("avait cédé en 2023 le contrôle de l'entreprise",
 * "cédé l'an dernier le contrôle de la société", "sold in 2019 control of the company"): French puts the date there
 * as often as after the buyer, and the phrase changes nothing of what is sold.
 */
const TIME_WORDS = new Set([
  'en',
  'in',
  "l'",
  'an',
  'année',
  'dernier',
  'dernière',
  'passée',
  'cette',
  'last',
  'year',
]);
const isTimeWord = (w: string): boolean => TIME_WORDS.has(w) || MONTHS.has(w) || isYear(w);
/** Tokens looked back from the share noun's determiners to the verb: "cédé | en 2023 | le", "sold | its majority". */
const VERB_LOOKBACK_TOKENS = 7;

/**
 * Nouns of a part of a company: "the business / unit / subsidiary", "l'activité / la filiale / la branche". Such a
 * pointer stands for the unit the sentence before introduced ("Klarview set up a unit, Adpilot"), not its parent.
 */
const UNIT_NOUNS = new Set([
  'business',
  'unit',
  'subsidiary',
  'division',
  'arm',
  'activité',
  'filiale',
  'branche',
]);
/** Tokens from the pointer's start where its noun may stand ("the business", "the ad business", "l'activité"). */
const NOUN_WINDOW_TOKENS = 3;

/** Index of the selling verb whose object the pointer at `i` is, or -1. */
function sellingVerbAt(c: UnitContext): number {
  const lower = (k: number): string => c.tokens[k]?.lower ?? '';
  if (SELL.has(lower(c.i - 1))) return c.i - 1;
  if (!OF.has(lower(c.i - 1)) || !SHARE_NOUNS.has(lower(c.i - 2))) return -1;
  for (let k = c.i - 3; k >= c.i - VERB_LOOKBACK_TOKENS && k >= 0; k--) {
    if (SELL.has(lower(k))) return k;
    if (!SHARE_DETERMINERS.has(lower(k)) && !isTimeWord(lower(k))) return -1;
  }
  return -1;
}

/** The company a selling verb's noun-pointer object stands for, or null (see the file's comment). */
export function soldObjectPointer(c: UnitContext): number | null {
  const verb = sellingVerbAt(c);
  if (verb < 0) return null;
  for (let k = verb - 1; k >= verb - 3 && k >= 0; k--) if (NEGATIONS.has(c.tokens[k].lower)) return null;
  const excluded = new Set<number>(c.mentions.map((m) => m.entity));
  for (const u of c.units) if (u.kind === 'ent' && u.orgs) for (const e of u.ents) excluded.add(e);
  const isOrg = (e: number): boolean => c.index.entities[e]?.type === 'Organization';
  const named = c.state.previousHeads.filter(isOrg);
  const heads = named.filter((e) => !excluded.has(e));
  const unitNoun = c.tokens.slice(c.i, c.i + NOUN_WINDOW_TOKENS).some((t) => UNIT_NOUNS.has(t.lower));
  // the first company that sentence named is mostly its subject, the parent; a unit is named after it
  return (unitNoun ? heads.find((e) => e !== named[0]) : undefined) ?? heads[0] ?? null;
}
