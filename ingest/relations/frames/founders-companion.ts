import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { FOUND_VERB } from '../people-words';
import type { ReaderRuleSpec } from '../rule';
import { personBeforeApposition, subjectOfCoordinatedPredicate } from './apposed-subject';

/**
 * The partner a founder founded the company with, wherever the time, the partner and the company stand around the
 * founding verb: "Mørk founded Skarpa in 2021 with Lars Eide", "il a cofondé l'entreprise en 2019 avec Chloé
 * Nguyen", "Aérovigie, qu'il a fondée en 2017 avec Sophie Andrieu", "cofondé en 1987, avec son ami Q, l'Interprofession
 * X", "he set it up with his former colleague Q". The founding subject must be a person (a company "launching a
 * product with" someone founds nothing), and help or money after "with" is no partner.
 */

const FOUND_RE = new RegExp(`^${FOUND_VERB}$`, 'u');
const WITH_RE = /^(with|avec)$/u;
/** Words that, between "with" and the name, make the name something else than a partner. */
const NOT_PARTNER_RE =
  /^(at|chez|from|help|aide|support|soutien|backing|funding|money|capital|argent|fonds|appui|financement|blessing|approval|accord)$/u;
/**
 * Words a founding clause may hold between the verb and "with": time, auxiliaries, "up", commas. A time told
 * relative to an earlier one ("the following year", "two years later", "l'année suivante", "deux ans plus tard")
 * is a time like a year.
 */
const BETWEEN_RE =
  /^(in|en|last|a|the|this|that|l'|cette|an|année|year|later|earlier|ago|plus|tard|dernier|dernière|up|it|him|her|them|,|1[89]\d\d|20\d\d|ensemble|together|jointly|also|aussi|déjà|already|à|au|following|next|suivante|suivant|years|ans|months|mois|one|two|three|four|deux|trois|quatre)$/u;
/** Words that may stand between a relative's company and its founding verb ("X, qu'il a fondée"). */
const RELATIVE_RE = /^(qu'|que|which|that)$/u;
const AUX_RE =
  /^(a|avait|has|had|have|ont|avaient|also|aussi|déjà|first|then|later|jointly|who|qui|par|ailleurs|également|already|previously|auparavant|since|depuis|l'|it|,)$/u;
/** Pronoun subjects of a person (the discourse names them elsewhere; the partner is all this reader needs). */
const PERSON_PRONOUN_RE = /^(he|she|il|elle|they|ils|elles|we|nous|i|je|j')$/u;
/** Words between the partner and the company named after it: an article and a short descriptor. */
const NOT_DESCRIPTOR_RE = /^(avec|with|et|and|qui|who|pour|to|after|après|before|avant|,|\.|;)$/u;
const MAX_DESCRIPTOR_WORDS = 4;
const OF_RE = /^(du|de|des|d'|of)$/u;
/** Words before a partner's former employer ("with former Google engineer Q"): the employer is skipped. */
const FORMER_RE = /^(former|ex-|ancien|ancienne|l'ex-|ex)$/u;

const MAX_AFTER_WITH_WORDS = 4;
const MAX_BETWEEN_UNITS = 5;

function wordOf(u: Unit | undefined): string | null {
  if (u === undefined) return null;
  if (u.kind === 'tok') return u.token.lower;
  return u.word?.lower ?? null;
}

function isOrg(u: Unit | undefined): boolean {
  return u?.kind === 'ent' && u.orgs && !u.persons;
}

function isPerson(u: Unit | undefined): boolean {
  return u?.kind === 'ent' && u.persons && !u.orgs;
}

/**
 * The person subject of the verb at `v`: the nearest entity before it, across auxiliaries and a relative word, or
 * the person before an apposition or a first predicate that ends there (apposed-subject.ts; `across` is then set).
 */
function subjectBefore(units: Unit[], v: number): { at: number; across: boolean } {
  const none = { at: -1, across: false };
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    const u = units[k];
    if (u.kind === 'ent') return isPerson(u) ? { at: k, across: false } : none;
    const w = wordOf(u);
    if (w !== null && PERSON_PRONOUN_RE.test(w)) return { at: k, across: false };
    const across = w === ',' ? personBeforeApposition(units, k) : subjectOfCoordinatedPredicate(units, k);
    if (across >= 0) return { at: across, across: true };
    if (w === null || !AUX_RE.test(w)) return none;
  }
  return none;
}

/** "X, qu'il a fondée": the company the relative before the subject stands for. */
function relativeAntecedent(units: Unit[], subject: number): number {
  const rel = units[subject - 1];
  if (rel?.kind !== 'tok' || !RELATIVE_RE.test(rel.token.lower)) return -1;
  const at = wordOf(units[subject - 2]) === ',' ? subject - 3 : subject - 2;
  return isOrg(units[at]) ? at : -1;
}

/** The partner after "with" at `w`: a person after at most a few plain words, none of them help or money. */
function partnerAfter(units: Unit[], w: number): number {
  let words = 0;
  for (let k = w + 1; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      if (isPerson(u)) return k;
      if (FORMER_RE.test(wordOf(units[k - 1]) ?? '')) continue;
      return -1;
    }
    if (NOT_PARTNER_RE.test(u.token.lower)) return -1;
    if (u.token.lower !== ',' && ++words > MAX_AFTER_WITH_WORDS) return -1;
  }
  return -1;
}

/** "avec son ami Q, l'Interprofession X", "…, la société d'électronique Sonarmor": the company after a descriptor. */
function orgAfter(units: Unit[], from: number): number {
  for (let k = from; k < units.length && k <= from + MAX_DESCRIPTOR_WORDS; k++) {
    const u = units[k];
    // "l'Interprofession du comté de X": a name cut before its complement is not the company's whole name
    if (u.kind === 'ent') return isOrg(u) && !OF_RE.test(wordOf(units[k + 1]) ?? '') ? k : -1;
    if (NOT_DESCRIPTOR_RE.test(u.token.lower) || FORMER_RE.test(u.token.lower)) return -1;
  }
  return -1;
}

/** Words between a founding verb and its object company when the partner was fronted ("créé en 2008 la X"). */
const OBJECT_LEAD_RE =
  /^(in|en|1[89]\d\d|20\d\d|la|le|l'|les|the|société|company|firm|entreprise|start-up)$/u;
const MAX_OBJECT_LEAD_UNITS = 4;

/**
 * "Avec son frère Q, P avait créé en 2008 la Laiterie X", "With her sister Q, P founded X in 2019": the partner
 * fronted before the subject, the company the verb's object. The sentence's first words must be the partner's phrase.
 */
function readFrontedPartner(units: Unit[], v: number, subject: number): Captures | null {
  if (!WITH_RE.test(wordOf(units[0]) ?? '')) return null;
  const partner = partnerAfter(units, 0);
  if (partner < 0 || wordOf(units[partner + 1]) !== ',' || partner + 2 !== subject) return null;
  for (let k = v + 1; k < units.length && k <= v + MAX_OBJECT_LEAD_UNITS + 1; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      const q = units[partner];
      const s = units[subject];
      if (!isOrg(u) || q.kind !== 'ent' || s.kind !== 'ent' || OF_RE.test(wordOf(units[k + 1]) ?? ''))
        return null;
      // the subject too: the time phrase before the object ("avait par ailleurs créé en 2008 la X") stops the
      // rules that read the subject and its verb
      return {
        q: q.ents,
        org: u.ents,
        p: s.ents,
        '#q': [partner],
        '#org': [k],
        '#p': [subject],
        [MATCH_START]: [0],
      };
    }
    if (!OBJECT_LEAD_RE.test(u.token.lower)) return null;
  }
  return null;
}

function readAt(units: Unit[], v: number): Captures | null {
  const { at: subject, across } = subjectBefore(units, v);
  if (subject < 0) return null;
  const fronted = isPerson(units[subject]) ? readFrontedPartner(units, v, subject) : null;
  if (fronted !== null) return fronted;
  let org = -1;
  let withAt = -1;
  for (let k = v + 1; k < units.length && k <= v + MAX_BETWEEN_UNITS + 1; k++) {
    const u = units[k];
    const w = wordOf(u);
    if (u.kind === 'ent') {
      if (!isOrg(u) || org >= 0) return null;
      org = k;
      continue;
    }
    if (w !== null && WITH_RE.test(w)) {
      withAt = k;
      break;
    }
    if (w === null || !BETWEEN_RE.test(w)) return null;
  }
  if (withAt < 0) return null;
  const partner = partnerAfter(units, withAt);
  if (partner < 0) return null;
  if (org < 0) {
    // the company after the partner ("avec son ami Q, l'Interprofession X") or before the relative
    org = relativeAntecedent(units, subject);
    if (org < 0 && wordOf(units[partner + 1]) === ',') org = orgAfter(units, partner + 2);
  }
  if (org < 0) return null;
  const q = units[partner];
  const o = units[org];
  const s = units[subject];
  if (q.kind !== 'ent' || o.kind !== 'ent') return null;
  if (s.kind === 'ent' && q.ents.some((e) => s.ents.includes(e))) return null;
  const caps: Captures = {
    q: q.ents,
    org: o.ents,
    '#q': [partner],
    '#org': [org],
    [MATCH_START]: [Math.min(subject, org)],
  };
  // the subject reached across an apposition founded the company too; the rules reading the verb's near subject
  // stop at the apposition
  if (across && s.kind === 'ent') {
    caps.p = s.ents;
    caps['#p'] = [subject];
  }
  return caps;
}

export function readFoundingCompanion(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((u, v) => {
    const w = u.kind === 'tok' ? u.token.lower : null;
    if (w === null || !FOUND_RE.test(w)) return;
    const caps = readAt(units, v);
    if (caps) out.push(caps);
  });
  return out;
}

/** The founding subject itself, when only the apposition-crossing or fronted-partner reading above reached it. */
export function readApposedFoundingSubject(units: Unit[]): Captures[] {
  return readFoundingCompanion(units).filter((caps) => caps.p !== undefined);
}

export const FOUNDING_COMPANION_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.founded.companion',
    type: 'FOUNDED',
    read: readFoundingCompanion,
    neededWords: ['with', 'avec'],
    source: 'q',
    target: 'org',
    // below every pattern rule and the other frame readers: a partner told loosely
    confidence: 0.6,
  },
  {
    id: 'frame.founded.companion-subject',
    type: 'FOUNDED',
    read: readApposedFoundingSubject,
    neededWords: ['with', 'avec'],
    source: 'p',
    target: 'org',
    confidence: 0.6,
  },
];
