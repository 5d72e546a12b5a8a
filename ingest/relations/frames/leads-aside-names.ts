import type { Unit } from '../pattern';
import { isPersonAt, wordAt } from './founders-clause';

/**
 * Which company names a sentence tells aside from its own clause. The topic readers of LEADS give the article's
 * company a titled person only in a sentence that names no other company, since a named one may be the title's. A
 * name inside quotation marks is what the speaker talks about ("« Neobanks have taken … », chief executive P told
 * Reuters"), and one inside a relative clause on a person is that person's past or side tie ("Chief executive P,
 * who joined from Y in 2022, stays in his post"), nor one in the clause a verb of saying opens after the person
 * ("Chief executive P said Y would give the group a foothold"): none can be the company the bare title belongs to.
 */

const OPEN_QUOTE = /^["«“]$/;
const CLOSE_QUOTE = /^["»”]$/;
/** Words opening a relative clause or a participial aside on the person before its comma. */
const RELATIVE_OPENER = /^(who|whose|qui|dont|formerly|previously|naguère|auparavant)$/;
/** Most units of an aside stepped over before its closing comma. */
const MAX_ASIDE_UNITS = 14;

/** Marks, per unit, whether it stands between a pair of quotation marks. */
export function quoted(units: Unit[]): boolean[] {
  const out = units.map(() => false);
  let open = -1;
  units.forEach((_, k) => {
    const w = wordAt(units, k) ?? '';
    // a straight quote closes the quote it opened, else opens one
    if (open >= 0 && CLOSE_QUOTE.test(w)) {
      for (let j = open + 1; j < k; j++) out[j] = true;
      open = -1;
    } else if (OPEN_QUOTE.test(w)) open = k;
  });
  return out;
}

/** Marks, per unit, whether it stands in a ", who …," aside right after a person. */
function inPersonAside(units: Unit[]): boolean[] {
  const out = units.map(() => false);
  units.forEach((_, p) => {
    if (!isPersonAt(units, p) || wordAt(units, p + 1) !== ',') return;
    if (!RELATIVE_OPENER.test(wordAt(units, p + 2) ?? '')) return;
    for (let k = p + 3; k < units.length && k - p <= MAX_ASIDE_UNITS; k++) {
      const w = wordAt(units, k);
      if (w !== null && /^[;:.!?()«»"]$/.test(w)) return;
      if (w === ',') {
        for (let j = p + 2; j < k; j++) out[j] = true;
        return;
      }
    }
  });
  return out;
}

/**
 * Verbs of saying right after a person ("P said Y would …", "P a déclaré que Y …"): the clause they open reports
 * what the speaker talks about, as a quotation does, so a name there is not the company of the speaker's title.
 */
// "told" is left out: the name after it is the hearer, which may be a company of its own ("told staff at Maersk"),
// and only an outlet told is stepped over (leads-speaker.ts outletAt)
const REPORTING_VERB =
  /^(said|says|added|explained|noted|warned|argued|estimated|believes|expects|estime|affirme|assure|explique|indique|précise|souligne|juge|rappelle|ajoute|prévient)$/;
/** French compound past of saying ("P a déclaré que …"). */
const REPORTED_PARTICIPLE = /^(déclaré|indiqué|expliqué|précisé|souligné|estimé|ajouté|assuré|affirmé|jugé)$/;

/** Marks, per unit, whether it stands in the clause a verb of saying right after a person opens. */
function inReportedClause(units: Unit[]): boolean[] {
  const out = units.map(() => false);
  const at = units.findIndex((_, p) => {
    if (!isPersonAt(units, p)) return false;
    const verb = wordAt(units, p + 1) ?? '';
    return (
      REPORTING_VERB.test(verb) || (verb === 'a' && REPORTED_PARTICIPLE.test(wordAt(units, p + 2) ?? ''))
    );
  });
  if (at < 0) return out;
  for (let k = at + 2; k < units.length; k++) out[k] = true;
  return out;
}

/**
 * True when the sentence names a company in its own clauses: one that is neither a pointer nor told aside (in a
 * quote, in a person's relative clause), nor accepted by `alsoAside` (the outlet one talks to).
 */
export function namesCompanyOutsideAsides(
  units: Unit[],
  alsoAside: (k: number) => boolean = () => false,
): boolean {
  const inQuote = quoted(units);
  const inAside = inPersonAside(units);
  const reported = inReportedClause(units);
  return units.some(
    (u, k) =>
      u.kind === 'ent' && u.orgs && !u.anaphor && !inQuote[k] && !inAside[k] && !reported[k] && !alsoAside(k),
  );
}
