import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { wordAt } from './rivals-clause';

/**
 * An owner's rival told as the predicate of its rival noun, often in a quote and after a denial of another:
 * "« Notre vrai concurrent, ce n'est pas un autre camping, c'est la location de maisons sur Airbnb »", "Our real
 * competition is Vantis, not the start-ups", "Leur principal rival reste B", "its biggest threat is B". The owner
 * is the possessive the units resolved (the speaker's company in a quote); a denied predicate ("ce n'est pas B",
 * "is not B") names no rival. The possessive phrase must open its clause ("B, Acme's closest rival, was …" is
 * an apposition), and a rival noun needs an aside before its copula: "Ses concurrents sont A et B" is read by the
 * owned-rivals readers.
 */

const NOUN =
  /^(concurrent|concurrente|concurrents|concurrence|rival|rivale|rivals|rivaux|competitor|competitors|competition|challenger|menace|threat)$/u;
const COPULA = /^(est|sont|reste|restent|demeure|is|are|remains|remain|was|were|était)$/u;
const NEGATION = /^(pas|plus|not|never|jamais|n't|isn't|aren't|wasn't)$/u;
/** Words that end the predicate before a name: what follows belongs to another clause. */
const BREAK = /^([;:.,!?«»"“”()]|qui|que|which|that|who|dont|mais|but|and|et|selon|according|by|par)$/u;
/** A participle after the copula makes it a passive ("was reported by B"): B is no predicate of the noun. */
const PARTICIPLE = /^\p{Ll}+(ed|é|ée|és|ées|en)$/u;
/** What may stand before the owner: the phrase opens its clause (an apposition after a name is another's). */
const CLAUSE_OPENING = /^([«"“:;—–-]|mais|but|and|et|yet|car)$/u;
/** Nouns other than a rival noun ("our real competition"): the copula may follow them at once. */
const FIELD_NOUN = /^(concurrence|competition|menace|threat)$/u;
/** Most lower-case words between the owner and the noun ("notre vrai concurrent", "our biggest single threat"). */
const QUALIFIER_WORDS = 3;
/** Most units from the noun to the copula (a denial may stand between: ", ce n'est pas un autre camping,"). */
const TO_COPULA_UNITS = 16;
/** Most units from the copula to the rival's name ("c'est la location de maisons sur Airbnb"). */
const TO_NAME_UNITS = 7;

function nounAfter(units: Unit[], owner: number): number {
  const first = /^('s|')$/u.test(wordAt(units, owner + 1) ?? '') ? owner + 2 : owner + 1;
  for (let k = first; k < units.length && k <= first + QUALIFIER_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === null || !/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return -1;
    if (NOUN.test(w)) return k;
  }
  return -1;
}

/** The organisation named after an affirmative copula past the noun at `noun`, or -1. */
function predicateName(units: Unit[], noun: number): number {
  for (let k = noun + 1; k < units.length && k <= noun + TO_COPULA_UNITS; k++) {
    const w = wordAt(units, k);
    if (w === null) return -1;
    if (/^[;:.!?»"“”]$/u.test(w)) return -1;
    if (!COPULA.test(w)) continue;
    const denied = NEGATION.test(wordAt(units, k + 1) ?? '') || /^(n'|ne)$/u.test(wordAt(units, k - 1) ?? '');
    if (denied) continue;
    for (let j = k + 1; j < units.length && j <= k + TO_NAME_UNITS; j++) {
      const u = units[j];
      if (u.kind === 'ent') return u.orgs && !u.anaphor ? j : -1;
      const w2 = wordAt(units, j) ?? '';
      if (BREAK.test(w2) || PARTICIPLE.test(w2)) return -1;
    }
    return -1;
  }
  return -1;
}

function readOwnedCleft(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const owner = units[i];
    if (owner.kind !== 'ent' || !owner.orgs) continue;
    if (!owner.anaphor && !/^('s|')$/u.test(wordAt(units, i + 1) ?? '')) continue;
    const noun = nounAfter(units, i);
    if (noun < 0) continue;
    if (i > 0 && !CLAUSE_OPENING.test(wordAt(units, i - 1) ?? '')) continue;
    const named = predicateName(units, noun);
    if (named < 0) continue;
    // "Ses concurrents directs sont A et B": a plain copula after a rival noun is read by the owned-rivals readers
    const aside = units.slice(noun + 1, named).some((u) => wordAt([u], 0) === ',');
    if (!aside && !FIELD_NOUN.test(wordAt(units, noun) ?? '')) continue;
    const rival = units[named] as { ents: number[] };
    const b = rival.ents.filter((e) => !owner.ents.includes(e));
    if (b.length > 0) out.push({ a: owner.ents, b, '#a': [i], '#b': [named], [MATCH_START]: [i] });
  }
  return out;
}

export const OWNED_CLEFT_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-owned-cleft',
    type: 'COMPETES_WITH',
    read: readOwnedCleft,
    neededWordPattern: NOUN,
    source: 'a',
    target: 'b',
    confidence: 0.5,
  },
];
