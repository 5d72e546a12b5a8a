import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import {
  DEAL_READER_CONFIDENCE,
  coordinated,
  entsAt,
  isStrongStop,
  negatedBefore,
  subjectBefore,
  wordAt,
} from './clause';
import { objectAfter } from './clause-object';

/**
 * "X s'adosse au groupe Y", "X s'est adossé en 2022 à A et à B", "l'adossement de X à Y": a company leaning on a
 * backer. Told bare, the backer takes control (GOLD-FORMAT: ACQUIRED); told with a minority share ("entrés à son
 * capital de façon minoritaire", "qui détient 30 % de son capital"), the backers only invest (FUNDED), each of a
 * coordinated list.
 */

/** A verb of leaning on a backer ("s'adosse à", "adossée à", "s'est adossé en 2022 à"). */
const LEAN_VERB = /^adoss(e|ent|é|ée|és|ées|er|era|ait|aient|ant)$/;
const LEAN_NOUN = /^adossement$/;
const TO_FR = /^(à|au|aux)$/;
const OF_FR = /^(de|du|d'|des)$/;
/** Every reading starts at one of these words (rule-screen.ts skips the readers on other sentences). */
export const LEAN_START_WORDS = new RegExp(`${LEAN_VERB.source}|${LEAN_NOUN.source}`, 'u');
/** Units after the noun or verb within which the backer is named. */
const BACKER_WINDOW_UNITS = 6;
/**
 * Plain words of time that may stand between the verb and "à" ("s'est adossé en 2022 à", "adossée l'an dernier
 * au fonds", "adossé depuis 2019 à"): no name and no comma.
 */
const TIME_WORDS =
  /^(en|depuis|dès|l'|le|la|cette|cet|ce|an|année|mois|dernier|dernière|passé|passée|début|fin|mi|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4})$/u;
/** Most such words ("l'an dernier", "en début d'année" is not read: "d'" opens a complement). */
const MAX_TIME_WORDS = 3;

/** Words of a minority share told after the backers ("de façon minoritaire", "une participation minoritaire"). */
const MINORITY_WORDS = /^(minoritaire|minoritaires|minorité|minoritairement)$/u;
/** Words of control after the backers: the lean is then a takeover even beside a minority word elsewhere. */
const CONTROL_WORDS = /^(majoritaire|majoritaires|majorité|contrôle|intégralité|totalité)$/u;
/**
 * Words after the backers that make the lean a business tie, no share at all ("dans le cadre d'un partenariat
 * commercial sans lien capitalistique").
 */
const NO_SHARE_WORDS = /^(partenariat|partenariats|commercial|commerciale|commerciaux|capitalistique)$/u;
/** A share is a minority below this percentage ("qui détient 30 % de son capital"). */
const HALF_PERCENT = 50;
/** A number as French copy writes a percentage ("30", "12,5"). */
const PERCENT_NUMBER = /^\d+(,\d+)?$/u;

/** The "à/au/aux" that brings in the backer after the lean verb at `i`, past a few words of time; -1 when none. */
function leanParticle(units: Unit[], i: number): number {
  for (let k = i + 1; k < units.length && k - i <= MAX_TIME_WORDS + 1; k++) {
    const w = wordAt(units, k);
    if (TO_FR.test(w)) return k;
    if (units[k].kind === 'ent' || !TIME_WORDS.test(w)) return -1;
  }
  return -1;
}

/**
 * The share told after the backers, up to the sentence's end: 'minority' for a minority word or a percentage
 * below half with no word of control, 'none' for a business tie, 'other' otherwise. The backers' own aside tells it ("A, qui détient 30 % de
 * son capital"), which the deal's values leave out as a holding told about a party.
 */
function shareAfter(units: Unit[], from: number): 'minority' | 'other' | 'none' {
  let minority = false;
  for (let k = from + 1; k < units.length && !isStrongStop(units, k); k++) {
    const w = wordAt(units, k);
    if (NO_SHARE_WORDS.test(w)) return 'none';
    if (CONTROL_WORDS.test(w)) return 'other';
    if (PERCENT_NUMBER.test(w) && wordAt(units, k + 1) === '%') {
      if (Number(w.replace(',', '.')) >= HALF_PERCENT) return 'other';
      minority = true;
    }
    if (MINORITY_WORDS.test(w)) minority = true;
  }
  return minority ? 'minority' : 'other';
}

/** The backers coordinated with the one at `first`, also when each takes its own "à" ("à A et au fonds B"). */
function backersFrom(units: Unit[], first: number): number[] {
  const out = coordinated(units, first);
  for (;;) {
    const last = out[out.length - 1];
    if (wordAt(units, last + 1) !== 'et' || !TO_FR.test(wordAt(units, last + 2))) return out;
    const next = objectAfter(units, last + 2, { crossing: TO_FR, maxUnits: MAX_TIME_WORDS });
    if (next < 0) return out;
    out.push(next);
  }
}

interface Lean {
  backers: number[];
  leaning: number;
  start: number;
}

/** Every lean of the sentence: the backers' unit indices, the leaning company's, where the reading starts. */
function leans(units: Unit[]): Lean[] {
  const out: Lean[] = [];
  for (let i = 0; i < units.length; i++) {
    const w = wordAt(units, i);
    if (LEAN_VERB.test(w) && !negatedBefore(units, i)) {
      const to = leanParticle(units, i);
      if (to < 0) continue;
      const backer = objectAfter(units, to - 1, { crossing: TO_FR, maxUnits: BACKER_WINDOW_UNITS });
      const leaning = subjectBefore(units, i);
      if (backer >= 0 && leaning >= 0)
        out.push({ backers: backersFrom(units, backer), leaning, start: leaning });
    } else if (LEAN_NOUN.test(w) && OF_FR.test(wordAt(units, i + 1))) {
      const leaning = objectAfter(units, i, { crossing: OF_FR, maxUnits: BACKER_WINDOW_UNITS });
      const backer = leaning >= 0 ? objectAfter(units, leaning, { crossing: TO_FR }) : -1;
      if (backer >= 0) out.push({ backers: [backer], leaning, start: i });
    }
  }
  return out;
}

function reading(units: Unit[], lean: Lean): Captures | null {
  const s = lean.backers.flatMap((b) => entsAt(units, b));
  const t = entsAt(units, lean.leaning);
  if (s.length === 0 || t.length === 0 || s.some((e) => t.includes(e))) return null;
  return { src: s, tgt: t, '#src': [lean.backers[0]], '#tgt': [lean.leaning], [MATCH_START]: [lean.start] };
}

/** A lean with no minority share told: the backer takes control. */
function readTakeover(units: Unit[], lang: Language): Captures[] {
  if (lang !== 'fr') return [];
  return leans(units)
    .filter((l) => shareAfter(units, l.backers[l.backers.length - 1]) === 'other')
    .flatMap((l) => {
      const c = reading(units, l);
      return c === null ? [] : [c];
    });
}

/** A lean told with a minority share: each backer invests in the company. */
function readMinority(units: Unit[], lang: Language): Captures[] {
  if (lang !== 'fr') return [];
  return leans(units)
    .filter((l) => shareAfter(units, l.backers[l.backers.length - 1]) === 'minority')
    .flatMap((l) => {
      const c = reading(units, l);
      return c === null ? [] : [c];
    });
}

/** Read with the ACQUIRED frames (acquired.ts). */
export const LEAN_TAKEOVER_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-lean',
    type: 'ACQUIRED',
    read: readTakeover,
    neededWordPattern: LEAN_START_WORDS,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);

/** Read with the FUNDED frames (funded.ts). */
export const LEAN_MINORITY_FRAMES = readerRules([
  {
    id: 'any.funded.frame-lean-minority',
    type: 'FUNDED',
    read: readMinority,
    neededWordPattern: LEAN_START_WORDS,
    source: 'src',
    target: 'tgt',
    stake: 'minority',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
