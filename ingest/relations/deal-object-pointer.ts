import type { UnitContext } from './unit-context';
import { salientOrg } from './discourse';
import { soldObjectPointer } from './deal-sold-pointer';
import { sellerBoughtTarget } from './anaphora-seller-bought';

/**
 * "Halverson acquired the business in 2015", "Private equity firm X acquired the company in 2019", "X acquired a
 * majority stake in the business", "le laboratoire Biovie a rejoint le groupe en janvier": a noun pointer that is
 * the object of a verb of buying or joining never stands for that verb's own subject (a company does not buy or
 * join itself). The nearest company before the pointer is that subject, so the pointer goes to the company the
 * last sentence was about, else the one its paragraph named most, else the article's most salient one, among those the sentence does not name; null when
 * the pointer is not such an object.
 */

/** Verbs whose object is another company than their subject: buying and joining, both languages. */
const BUY_OR_JOIN = new Set(
  `acquired acquires acquire bought buys buy purchased purchases purchase rachète rachètent racheté rachetée
  rachètera acquiert acquis acquise reprend repris reprise reprendra absorbe absorbé rejoint rejoindra rejoignent
  intègre intégré joined joins`
    .trim()
    .split(/\s+/),
);
/** "a (majority) stake in the business", "une participation majoritaire dans la société". */
const STAKE_NOUNS = new Set(['stake', 'interest', 'participation']);
const STAKE_QUALIFIERS = new Set(['majority', 'controlling', 'majoritaire']);
const IN = new Set(['in', 'dans']);
/** A negation right before the verb: "never bought the company" tells of no deal. */
const NEGATIONS = new Set(['not', 'never', 'pas', 'jamais']);

/** The pointer at the context's token is the object of a buying or joining verb (or of "a stake in"). */
function isDealObject(c: UnitContext): boolean {
  const before = c.tokens[c.i - 1]?.lower ?? '';
  if (BUY_OR_JOIN.has(before)) return !NEGATIONS.has(c.tokens[c.i - 2]?.lower ?? '');
  if (!IN.has(before)) return false;
  const noun = c.tokens[c.i - 2]?.lower ?? '';
  return STAKE_NOUNS.has(noun) && STAKE_QUALIFIERS.has(c.tokens[c.i - 3]?.lower ?? '');
}

/**
 * The company a buying or joining verb's noun-pointer object stands for (see the file's comment), else the one a
 * selling verb's stands for (deal-sold-pointer.ts), or null.
 */
export function dealObjectPointer(c: UnitContext): number | null {
  return boughtObjectPointer(c) ?? soldObjectPointer(c);
}

/** The company a buying or joining verb's noun-pointer object stands for, or null (see the file's comment). */
function boughtObjectPointer(c: UnitContext): number | null {
  if (!isDealObject(c)) return null;
  // the nearest party before the verb is its subject; a person buying ("P, qui a racheté l'entreprise") leaves the
  // ordinary antecedent, and with no party before there is nothing to correct
  const subject = [...c.units].reverse().find((u) => u.kind === 'ent');
  if (subject?.kind !== 'ent' || !subject.orgs || subject.persons) return null;
  const excluded = new Set<number>([...subject.ents, ...c.mentions.map((m) => m.entity)]);
  // the seller of the article's deal once bought what it now sells (anaphora-seller-bought.ts)
  const sold = sellerBoughtTarget(c.state, subject.ents);
  if (sold !== null && !excluded.has(sold)) return sold;
  // the business bought is the one the last sentence was about ("Northfield generated …. Halverson acquired the
  // business"), before the article's most mentioned company
  const { lastSubjectOrg, pronounOrg } = c.state;
  for (const e of [lastSubjectOrg, pronounOrg]) if (e !== null && !excluded.has(e)) return e;
  return paragraphOrg(c, excluded) ?? salientOrg(c.state, excluded);
}

/** The company the current paragraph named most, outside `excluded`; null when it named none. */
function paragraphOrg(c: UnitContext, excluded: ReadonlySet<number>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const [e, n] of c.state.paragraphOrgs) {
    if (n > bestCount && !excluded.has(e)) {
      best = e;
      bestCount = n;
    }
  }
  return best;
}
