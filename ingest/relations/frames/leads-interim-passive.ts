import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isPersonAt, wordAt } from './founders-clause';

/**
 * "Jusqu'à son arrivée, l'intérim est assuré par le directeur financier, P", "l'intérim de la direction générale reste
 * assuré par P": the interim head of the company the article is about, told in the passive with the post as subject.
 * The active form ("P assurera l'intérim") is `frame.leads.takes-post-topic`; as there, a sentence naming a company
 * is left alone, since the interim may be another body's.
 */

/** Most words of the post's complement after "l'intérim" ("de la direction générale"). */
const MAX_POST_WORDS = 4;
/** Most words of the title between "par" and the person ("le directeur financier ,"). */
const MAX_TITLE_WORDS = 5;
const AUXILIARY = /^(est|reste|sera|serait|était|restera|demeure|a|avait|été)$/;
const ASSURED = /^(assuré|assurée|exercé|exercée|confié|confiée)$/;
const POST_COMPLEMENT = /^(de|du|la|l'|direction|générale|présidence|opérationnelle)$/;
/** Words of a title or of an apposition's commas; anything else ends the phrase before the person. */
const TITLE_WORD = /^([\p{Ll}'-]+|,)$/u;

function namesCompany(units: Unit[]): boolean {
  return units.some((u) => u.kind === 'ent' && u.orgs && !u.anaphor);
}

/** The person the interim at `k` ("intérim") is assured by, or -1. */
function interimHolder(units: Unit[], k: number): number {
  let j = k + 1;
  while (j - k <= MAX_POST_WORDS && POST_COMPLEMENT.test(wordAt(units, j) ?? '')) j++;
  if (!AUXILIARY.test(wordAt(units, j) ?? '')) return -1;
  j++;
  if (wordAt(units, j) === 'été') j++;
  if (!ASSURED.test(wordAt(units, j) ?? '') || wordAt(units, j + 1) !== 'par') return -1;
  for (let p = j + 2; p < units.length && p - j - 2 <= MAX_TITLE_WORDS; p++) {
    if (isPersonAt(units, p)) return p;
    if (!TITLE_WORD.test(wordAt(units, p) ?? '')) return -1;
  }
  return -1;
}

export function readTopicInterimPassive(units: Unit[]): Captures[] {
  if (namesCompany(units)) return [];
  const out: Captures[] = [];
  units.forEach((_, k) => {
    if (wordAt(units, k) !== 'intérim' || wordAt(units, k - 1) !== "l'") return;
    const p = interimHolder(units, k);
    if (p >= 0) out.push({ p: idsAt(units, p), '#p': [p], [MATCH_START]: [k - 1] });
  });
  return out;
}

export const INTERIM_PASSIVE_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.interim-passive-topic',
    type: 'LEADS',
    read: readTopicInterimPassive,
    neededWords: ['intérim'],
    source: 'p',
    target: 'org',
    topicTarget: true,
    // level with the other topic readers of a post, below every pattern rule
    confidence: 0.65,
  },
];
