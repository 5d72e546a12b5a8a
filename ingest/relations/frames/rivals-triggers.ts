import type { Unit } from '../pattern';
import { particleAfterSetting } from './rivals-verb-setting';
import { objectAfterSetting } from './rivals-setting-object';
import { afterAdjuncts, objectAfterAdjuncts } from './rivals-verb-adjuncts';
import { wordAt } from './rivals-clause';
import { IDIOM_TRIGGERS } from './rivals-idioms';
import { PRESS_TRIGGERS } from './rivals-press-triggers';
import { POSITION_TRIGGERS } from './rivals-position-triggers';
import { COMPARISON_TRIGGERS } from './rivals-comparison-triggers';
import { PURSUIT_TRIGGERS } from './rivals-pursuit';
import { SQUEEZE_TRIGGERS } from './rivals-squeeze-triggers';
import { TENDER_TRIGGERS } from './rivals-tender-triggers';
import { RESIST_TRIGGERS } from './rivals-resist-triggers';
import { FACE_VERB_TRIGGERS } from './rivals-face-verb';
import { before, LOOKBACK_WORDS, PARTICLE_LEAD_WORDS, skip } from './rivals-trigger-lookups';
import { orgNamedAt } from './rivals-place-possessive';
import { negationAfter } from './rivals-negation-after';

/**
 * Words that say a subject contests someone, every inflection of each (stems, not forms), French and English.
 * `at` returns where the rivals may start (after the trigger's own particles), or -1 when the word is no trigger
 * here; `lead` is how many plain words may stand before the first rival ("affronte sur les linéaires B").
 */
export interface RivalTrigger {
  name: string;
  /**
   * Every word `at` can fire on (the word at `i`) matches it: a sentence none of whose words does is never scanned
   * for this trigger. It may match more words than fire, never fewer.
   */
  head: RegExp;
  at: (units: Unit[], i: number) => number;
  lead: number;
  /** The rivals are agents after "par"/"by" ("est talonné par A et par B"), so "par" may join the list. */
  agent?: boolean;
  /** Names between the clause's subject and the trigger are objects ("won a contract from A, beating B"). */
  objectsBetween?: boolean;
}

/** Plain words allowed before the first rival of a verb ("competes head-on in Europe with B"). */
const VERB_LEAD_WORDS = 5;

/** A lower-case word that is no particle nor adverb ("competing bid", not "competing with", "competing hard"). */
function isPlainNoun(units: Unit[], i: number): boolean {
  const w = wordAt(units, i);
  return (
    w !== null &&
    /^\p{Ll}/u.test(w) &&
    !VERB_PARTICLE.test(w) &&
    !/(ly|ment)$/u.test(w) &&
    !/^(for|in|on|head-on|directly)$/u.test(w)
  );
}

/** Verbs whose rival follows a particle, never a bare object. */
const NEEDS_PARTICLE = /^(compet|vie|vying|rivalis)/u;

/** The unit after the first particle within a verb's few adverbs ("competes fiercely in Europe with"), or -1. */
function particleAfter(units: Unit[], from: number): number {
  for (let k = from; k < units.length && k <= from + VERB_LEAD_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === null) return -1;
    if (VERB_PARTICLE.test(w)) return k + 1;
  }
  return -1;
}

/** Not said: "ne concurrence pas", "does not compete". */
function negated(units: Unit[], i: number): boolean {
  return (
    before(units, i, 2, /^(not|never|no|n'|ne|don't|doesn't|didn't|won't|cannot|can't|jamais)$/u) ||
    negationAfter(units, i)
  );
}

/** A plain verb of rivalry whose object is the rival ("talonne Y", "outsells Y", "competes with Y"). */
const DIRECT_VERB =
  /^(concurren[cç](e|ent|er|é|ée|és|ait|aient|era|eront|ons|ant)|rivalis\p{L}*|affront\p{L}*|talonn\p{L}*|devan[cç]\p{L}*|dépass\p{L}*|détr[ôo]n\p{L}*|d[ée]fi(e|ent|er|é|ée|ait|aient)|compet(e|es|ed|ing)|vie[sd]|vying|trail(s|ed|ing)?|outp[ae]c\p{L}*|outs(ell|ells|old|elling)|overt(ake|akes|aking|aken|ook)|outrank\p{L}*|outgrow\p{L}*|chas(e|es|ed|ing)|pourchass\p{L}*|leapfrog\p{L}*|dethron\p{L}*|surpass\p{L}*|rattrap\p{L}*)$/u;
const COMPETITION_LAW = /^(autorité|authority|droit|loi|law|laws|règles|rules|clause|clauses|commission)$/u;
/** What may follow such a verb before its rival. */
const VERB_PARTICLE = /^(with|against|à|au|aux|avec|contre)$/u;

/** Reflexive verbs read only with their pronoun: "se mesure aux grands réseaux", "nous nous battons face à", "se heurte à". */
const REFLEXIVE_VERB =
  /^(mesur\p{L}*|bat(s|tons|tez|tent|tre|tu|tue|tus|taient|tait)?|frott\p{L}*|attaqu\p{L}*|heurt\p{L}*)$/u;
const REFLEXIVE = /^(se|s'|nous|vous|me|m')$/u;

/** The noun of the competition someone meets from others ("competition from A", "la concurrence de A"). */
const COMPETITION_NOUN = /^(competition|concurrence)$/u;

/** Verbs of a fight read only with the rival as their direct object ("battles A for", not "battles with"). */
const FIGHT = /^(battl(e|es|ed|ing))$/u;
/** Share or customers taken from someone, or lost to them ("takes share from A", "perd des clients au profit de A"). */
const TAKE_OR_LOSE =
  /^(takes?|took|taking|taken|gain(s|ed|ing)?|steal(s|ing)?|stole|stolen|wins?|won|winning|grab(s|bed|bing)?|poach(es|ed|ing)?|lure(s|d)?|luring|lose|loses|losing|lost|grignot\p{L}*|pren(d|nent|dre)|pris|gagn\p{L}*|vol(e|ent|é)|arrach\p{L}*|rafl\p{L}*|débauch\p{L}*|perd|perdent|perdu|perdre|cède|cèdent|cédé)$/u;
const TAKEN =
  /^(share|shares|customers|clients|users|subscribers|abonnés|utilisateurs|parts|ground|terrain)$/u;
/** Words between what is taken and its former holder: "from", "to", "à", "au profit de". */
const FROM_OR_TO = /^(from|to|à|au|aux|profit|de|d'|du|des|marché|market)$/u;
/** Most words between the verb and what is taken ("takes a little more market share from"). */
const TAKEN_WINDOW_WORDS = 4;

/** Verbs of a cession: with the seller's own customers or shares as object they tell a sale, not lost ground. */
const CEDING = /^(cède|cèdent|cédé|céder|cédait|cédaient)$/u;
const OWN_POSSESSIVE = /^(ses|sa|son|leurs|leur)$/u;

/** "a cédé ses clients / ses parts à B": the seller's own book or stake sold to B, who is a buyer, not a rival. */
function soldOwnBook(units: Unit[], taken: number): boolean {
  if (!OWN_POSSESSIVE.test(wordAt(units, taken - 1) ?? '')) return false;
  return CEDING.test(wordAt(units, taken - 2) ?? '');
}

/** Participles of rank verbs whose agent is the rival ("est talonné par A", "was overtaken by B"). */
const RANK_PARTICIPLE =
  /^(talonn(é|ée|és|ées)|devanc(é|ée|és|ées)|dépass(é|ée|és|ées)|concurrenc(é|ée|és|ées)|détrôn(é|ée|és|ées)|rattrap(é|ée|és|ées)|trailed|outpaced|overtaken|outsold|surpassed|outsold|dethroned|leapfrogged)$/u;

/** Words between a rank participle and its "par" ("talonné depuis deux ans par A"). */
const PARTICIPLE_TO_AGENT_WORDS = 4;

/** A possessive before a plural rival noun: the list after it are the clause subject's rivals. */
const POSSESSIVE = /^(ses|leurs|its|their)$/u;
const RIVALS_NOUN = /^(concurrents|rivaux|rivals|competitors)$/u;
/** Adjectives between the possessive and the noun ("ses deux grands concurrents"). */
const RIVAL_NOUN_QUALIFIERS = 2;

export const RIVAL_TRIGGERS: RivalTrigger[] = [
  {
    name: 'passive',
    head: RANK_PARTICIPLE,
    // "talonné par le néerlandais A": a determiner and a descriptor
    lead: 2,
    agent: true,
    at: (units, i) => {
      const w = wordAt(units, i);
      if (w === null || !RANK_PARTICIPLE.test(w) || negated(units, i)) return -1;
      // "n'est pas talonné par A": the negation stands before the auxiliary
      if (before(units, i, LOOKBACK_WORDS, /^(pas|not|never|jamais|plus)$/u)) return -1;
      if (before(units, i, LOOKBACK_WORDS, COMPETITION_LAW)) return -1;
      // "talonné depuis deux ans par A": a few plain words of time or place may come before the agent
      for (let k = i + 1; k <= i + 1 + PARTICIPLE_TO_AGENT_WORDS && k < units.length; k++) {
        const x = wordAt(units, k);
        if (x === null || x === ',') return -1;
        if (/^(par|by)$/u.test(x)) return k + 1;
      }
      return -1;
    },
  },
  ...PRESS_TRIGGERS,
  ...IDIOM_TRIGGERS,
  ...PURSUIT_TRIGGERS,
  ...SQUEEZE_TRIGGERS,
  ...TENDER_TRIGGERS,
  ...RESIST_TRIGGERS,
  {
    name: 'possessive',
    head: POSSESSIVE,
    lead: 1,
    at: (units, i) => {
      // "résister à ses grands concurrents, A et B", "pricing pressure from its rivals A and B"
      if (!POSSESSIVE.test(wordAt(units, i) ?? '')) return -1;
      for (let k = i + 1; k <= i + 1 + RIVAL_NOUN_QUALIFIERS; k++) {
        const w = wordAt(units, k);
        if (w === null) return -1;
        if (RIVALS_NOUN.test(w)) return k + 1;
        if (!/^\p{Ll}+$/u.test(w) || /^(clients?|customers?|partenaires?|partners?)$/u.test(w)) return -1;
      }
      return -1;
    },
  },
  {
    name: 'verb',
    head: DIRECT_VERB,
    lead: VERB_LEAD_WORDS,
    at: (units, i) => {
      const w = wordAt(units, i);
      if (w === null || !DIRECT_VERB.test(w) || negated(units, i)) return -1;
      // "B, which overtook it last year as the No. 2": a pronoun is the verb's object, a name further on is not
      if (/^(it|them|him|her)$/u.test(wordAt(units, i + 1) ?? '')) return -1;
      // "l'Autorité de la concurrence", "le droit de la concurrence": competition law, no rivalry
      if (before(units, i, LOOKBACK_WORDS, COMPETITION_LAW)) return -1;
      // "a competing bid", "des offres concurrentes": an adjective before its noun is no verb
      if (/ing$/u.test(w) && isPlainNoun(units, i + 1)) return -1;
      // "compete freely in the U.S. market": these verbs name their rival only after "with/against/avec"
      if (NEEDS_PARTICLE.test(w)) {
        const k = particleAfter(units, i + 1);
        if (k >= 0) return k;
        // "competes today in the European defence market with B": adjuncts before the setting
        return particleAfterSetting(units, afterAdjuncts(units, i + 1));
      }
      const set = objectAfterSetting(units, i + 1);
      if (set >= 0) return set;
      // "affronte aujourd'hui sur les marchés export le norvégien B": adjuncts before the setting
      const late = objectAfterAdjuncts(units, i + 1);
      return late >= 0 ? late : skip(units, i + 1, VERB_PARTICLE);
    },
  },
  {
    name: 'fight',
    head: FIGHT,
    lead: 1,
    at: (units, i) => {
      const w = wordAt(units, i);
      if (w === null || !FIGHT.test(w) || negated(units, i)) return -1;
      // only a direct object: "battles with the regulator", "fights off a bid" are no rivalry
      const next = units[i + 1];
      const det = /^(the|le|la|les|l')$/u.test(wordAt(units, i + 1) ?? '');
      const named = next?.kind === 'ent' || orgNamedAt(units, i + 1);
      return named || (det && units[i + 2]?.kind === 'ent') ? i + 1 : -1;
    },
  },
  {
    name: 'take-share',
    head: TAKEN,
    lead: 0,
    at: (units, i) => {
      const w = wordAt(units, i);
      if (w === null || !TAKEN.test(w)) return -1;
      if (!before(units, i, TAKEN_WINDOW_WORDS, TAKE_OR_LOSE)) return -1;
      if (soldOwnBook(units, i)) return -1;
      let k = i + 1;
      while (k < units.length && k <= i + LOOKBACK_WORDS && FROM_OR_TO.test(wordAt(units, k) ?? '')) k++;
      return k > i + 1 && /^(from|to|à|au|aux|de|d'|du|des)$/u.test(wordAt(units, k - 1) ?? '') ? k : -1;
    },
  },
  {
    name: 'competition-from',
    head: COMPETITION_NOUN,
    lead: PARTICLE_LEAD_WORDS,
    at: (units, i) => {
      // "faces growing competition from larger players such as A", "subit la concurrence d'acteurs comme A"
      const w = wordAt(units, i);
      if (w === null || !COMPETITION_NOUN.test(w) || negated(units, i)) return -1;
      if (before(units, i, LOOKBACK_WORDS, COMPETITION_LAW)) return -1;
      return /^(from|de|du|des|d')$/u.test(wordAt(units, i + 1) ?? '') ? i + 2 : -1;
    },
  },
  {
    name: 'reflexive',
    head: REFLEXIVE_VERB,
    lead: VERB_LEAD_WORDS,
    at: (units, i) => {
      const w = wordAt(units, i);
      if (w === null || !REFLEXIVE_VERB.test(w) || negated(units, i)) return -1;
      if (!before(units, i, LOOKBACK_WORDS, REFLEXIVE)) return -1;
      // "se battre pour un contrat" is no rivalry: only against someone
      // "se heurte notamment à B", "se frotte déjà au leader B": an adverb may stand before the particle
      const k = afterAdjuncts(units, i + 1);
      return /^(à|au|aux|avec|contre|face)$/u.test(wordAt(units, k) ?? '') ? k : -1;
    },
  },
  ...POSITION_TRIGGERS,
  ...FACE_VERB_TRIGGERS,
  ...COMPARISON_TRIGGERS,
];
