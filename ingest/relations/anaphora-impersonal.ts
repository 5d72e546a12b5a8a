import type { Token } from '../tokens';
import { IMPERSONAL_FOLLOWERS_FR } from './anaphor-words';

/**
 * "Il reste", "il est" are mostly impersonal ("il reste à convaincre", "il est prévu"), but "il reste loin derrière
 * X", "il reste le numéro deux" tell where a company stands: a company's pronoun, which rivalry readers need.
 */

/** Words after "il reste" that make it a company's standing, not "there remains". */
const STANDING_AFTER_RESTE = new Set([
  'loin',
  'derrière',
  'devant',
  'leader',
  'numéro',
  'largement',
  'solidement',
]);

/** Forms of "être" that open the impersonal "il est prévu / il était question" as well as a company's passive. */
const ETRE_FORMS = new Set(['est', 'était', 'sera', 'serait']);

/**
 * Participles whose passive subject is a company, never the impersonal "il": "il est détenu depuis 2019 par X",
 * "il était dirigé par P", "il sera racheté par Y" tell who owns, runs or buys it ("il est prévu" stays impersonal).
 */
const COMPANY_FACT_PARTICIPLE =
  /^(détenu|dirigé|codirigé|présidé|contrôlé|racheté|repris|acquis|absorbé|cédé|vendu|revendu|fondé|cofondé|créé|financé|soutenu|accompagné|épaulé|adossé)$/;
/** Words that may stand between "est" and the participle ("est aujourd'hui détenu", "est majoritairement contrôlé"). */
const PARTICIPLE_HELPERS =
  /^(aujourd'hui|désormais|toujours|encore|déjà|aussi|également|notamment|majoritairement|entièrement|lui-même|actuellement)$/;

/** "il est détenu", "il est aujourd'hui dirigé": a company's passive after a form of "être". */
function companyPassiveAfter(tokens: Token[], i: number): boolean {
  if (!ETRE_FORMS.has(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 3; k++) {
    const w = tokens[k].lower;
    if (COMPANY_FACT_PARTICIPLE.test(w)) return true;
    if (!PARTICIPLE_HELPERS.test(w)) return false;
  }
  return false;
}

/**
 * Verbs after "il s'" that make it impersonal ("il s'agit", "il s'avère", "il s'en faut"); any other reflexive verb
 * has a company subject like any other verb ("il s'est offert Y", "il s'était rapproché de X").
 */
const IMPERSONAL_REFLEXIVE = /^(agit|agissait|agira|agirait|agissant|avère|avérait|avèrera|avérerait|en)$/;

/** The French "il" at `i` is impersonal ("il y a", "il faut", "il reste à …"), not a company. */
export function isImpersonalIl(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i].lower !== 'il' || !next || !IMPERSONAL_FOLLOWERS_FR.has(next.lower)) return false;
  if (companyPassiveAfter(tokens, i)) return false;
  if (next.lower === "s'") return IMPERSONAL_REFLEXIVE.test(tokens[i + 2]?.lower ?? '');
  return !(next.lower === 'reste' && STANDING_AFTER_RESTE.has(tokens[i + 2]?.lower ?? ''));
}
