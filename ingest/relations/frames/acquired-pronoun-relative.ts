import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { subjectOrgOpening } from '../paragraph-topic';
import { readerRules } from '../rule';
import { verbTrigger } from './acquired-triggers';
import { DEAL_READER_CONFIDENCE, entsAt, negatedBefore, wordAt } from './clause';
import { relativeAntecedentBefore } from './relative-antecedent';

/**
 * A company recalled in background as one the sentence's subject bought, the buyer only a pronoun in the
 * relative: "X plans to combine A with Y, a frozen-pizza maker it bought from Z in 2021", "X … Y, which it
 * acquired last year", "X veut rapprocher A de Y, qu'il a racheté en 2019". The pronoun takes up the
 * sentence's subject company (an object relative whose subject is named is read by acquired-object-relative.ts).
 */

/** The subject pronoun of the relative. */
const PRONOUN: Record<Language, RegExp> = { en: /^(it|they)$/, fr: /^(il|elle|ils|elles)$/ };
/** The relative pronoun before it; English may leave it out ("a maker it bought"). */
const RELATIVE: Record<Language, RegExp> = { en: /^(which|that)$/, fr: /^(que|qu')$/ };
/** Auxiliaries and adverbs between the pronoun and the verb ("it had only recently bought"). */
const HELPERS =
  /^(has|had|have|also|only|just|recently|already|originally|first|a|avait|avaient|ont|aussi|déjà|alors|lui-même|elle-même)$/;
/** Most helpers. */
const MAX_HELPER_UNITS = 3;
/** What may follow a verb whose object is the antecedent: a time, seller or price phrase, or punctuation. */
const AFTER_OBJECTLESS_VERB =
  /^(in|on|last|earlier|this|for|from|at|after|years|year|months|en|l'|pour|à|au|auprès|dès|il|y|,|\.|;|:|\)|—|–)$/;
/** Most words of a descriptor between the antecedent's comma and the relative ("a frozen-pizza maker"). */
const MAX_DESCRIPTOR_UNITS = 6;
/** The buying verb after the pronoun at `at`, past a few helpers, or null. */
function verbAfterPronoun(units: Unit[], at: number, lang: Language): ReturnType<typeof verbTrigger> {
  for (let k = at + 1; k <= at + 1 + MAX_HELPER_UNITS && k < units.length; k++) {
    const t = verbTrigger(units, k, lang);
    if (t) return t;
    if (!HELPERS.test(wordAt(units, k))) return null;
  }
  return null;
}

/** The unit where the entity `ent` is named or pointed at, or -1. */
function unitOf(units: Unit[], ent: number): number {
  return units.findIndex((u) => u.kind === 'ent' && u.ents.includes(ent));
}

function readPronounRelatives(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  let subject: number | null | undefined;
  for (let i = 2; i < units.length - 1; i++) {
    if (!PRONOUN[lang].test(wordAt(units, i))) continue;
    const relative = RELATIVE[lang].test(wordAt(units, i - 1));
    // with no relative pronoun only English leaves it out, and only after a descriptor ("a maker it bought")
    if (!relative && (lang !== 'en' || units[i - 1].kind !== 'tok' || wordAt(units, i - 1) === ',')) continue;
    const t = verbAfterPronoun(units, i, lang);
    if (!t || negatedBefore(units, t.at) || !AFTER_OBJECTLESS_VERB.test(wordAt(units, t.end + 1))) continue;
    const bought = relativeAntecedentBefore(units, relative ? i - 1 : i, MAX_DESCRIPTOR_UNITS);
    if (bought < 0) continue;
    if (subject === undefined) subject = subjectOrgOpening(units);
    if (subject === null) return out;
    const buyer = unitOf(units, subject);
    const g = entsAt(units, bought);
    if (buyer < 0 || buyer >= bought || g.length === 0 || g.includes(subject)) continue;
    out.push({ src: [subject], tgt: g, '#src': [buyer], '#tgt': [bought], [MATCH_START]: [bought] });
  }
  return out;
}

/** ACQUIRED whose buyer is the sentence's subject taken up by a pronoun in an object relative (both languages). */
export const ACQUIRED_PRONOUN_RELATIVE_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-pronoun-relative',
    type: 'ACQUIRED',
    read: readPronounRelatives,
    neededWords: ['it', 'they', 'il', 'elle', 'ils', 'elles'],
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
