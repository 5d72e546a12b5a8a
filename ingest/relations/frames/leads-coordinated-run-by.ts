import type { Captures, Unit } from '../pattern';
import { capturedAt, compile, matchAll } from '../pattern';
import { RUN_BY_PARTICIPLE } from '../people-words';
import type { ReaderRuleSpec } from '../rule';
import { afterDatedDateline } from './leads-appointing-subject';

/**
 * The passive of heading as the second verb of a company's clause: "Meridian makes sonar systems and has been led
 * since 2020 by P", "Orvane édite des logiciels de gestion d'entrepôt et est dirigé depuis 2021 par P". The first
 * verb phrase is too long for any.leads.run-by's gap, and the coordinated participle has no subject of its own: it
 * is the sentence's subject company. So the company must be the first one the sentence names (after a wire
 * dateline): "Meridian bought Tidewater in 2020 and is led by P" heads Meridian, and the object Tidewater, which
 * stands closer, is no subject. The gap crosses no relative or contrast ("X bought Y, which makes Z and is run by
 * P"). Present and English perfect only ("has been led", "est dirigé"): "was led by" and "a été dirigé par" tell a
 * former head, "will be led by" a post still to come (any.leads.will-be-run-by).
 */

/** Most words of the first verb phrase, between the company and "and"/"et". */
const MAX_FIRST_VERB_PHRASE_WORDS = 14;
/** Words that open another clause inside the first verb phrase: the participle would be that clause's. */
const CLAUSE_WORDS =
  "(which|that|who|whose|where|qui|que|qu'|dont|où|but|mais|while|whereas|tandis|il|elle|it|he|she|they|ils|elles|;)";
/** The present or perfect auxiliary of the passive ("is", "has been", "est", "a été"). */
const AUX = '?(is|are|has|have|est|sont) ?(been|also|aussi)';

const COORDINATED_RUN_BY = compile(
  `@org ~${MAX_FIRST_VERB_PHRASE_WORDS}^${CLAUSE_WORDS} (and|et) ${AUX} ${RUN_BY_PARTICIPLE} ~3! (par|by) ~3! %p`,
  true,
);

/** The first company the sentence names or points at, past a wire dateline. */
function firstCompany(units: Unit[]): number {
  for (let k = afterDatedDateline(units); k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs) return k;
  }
  return -1;
}

function readCoordinatedRunBy(units: Unit[]): Captures[] {
  const first = firstCompany(units);
  return matchAll(COORDINATED_RUN_BY, units).filter((c) => capturedAt(c, 'org') === first);
}

export const COORDINATED_RUN_BY_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'any.leads.coordinated-run-by',
    type: 'LEADS',
    read: readCoordinatedRunBy,
    neededWords: RUN_BY_PARTICIPLE.slice(1, -1).split('|'),
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
