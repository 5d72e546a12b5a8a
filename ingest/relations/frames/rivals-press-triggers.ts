import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';
import type { RivalTrigger } from './rivals-triggers';
import { orgNamedAt } from './rivals-place-possessive';
import { negationAfter } from './rivals-negation-after';

/**
 * Triggers met in full-length trade-press pieces, where the rival stands far from the company: one rival after a
 * singular possessive ("le rachat de son concurrent marseillais B"), a war ("setting up a price war with B"), a
 * disputed share ("dispute des parts de marché à B"), a race ("races B to supply …"), a challenger role ("se
 * présente comme le challenger de B"). Their subject is found by the clause reader as for every trigger.
 */

/** Adjectives between a possessive and its rival noun ("its closest discount rival"). */
const RIVAL_NOUN_QUALIFIERS = 2;
/** Words looked back for a negation ("ne dispute pas", "is not at war with"). */
const NEGATION_LOOKBACK_WORDS = 2;

/** Not said: "ne dispute pas à B", "is not racing B". */
export function negated(units: Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_LOOKBACK_WORDS; k--)
    if (/^(not|never|no|n'|ne|don't|doesn't|didn't|won't|jamais)$/u.test(wordAt(units, k) ?? '')) return true;
  return negationAfter(units, i);
}

/** A word matching `re` among the `n` words before unit `i`. */
function before(units: Unit[], i: number, n: number, re: RegExp): boolean {
  for (let k = i - 1; k >= 0 && k >= i - n; k--) if (re.test(wordAt(units, k) ?? '')) return true;
  return false;
}

/** A possessive before a singular rival noun: "a racheté son concurrent marseillais B", "bought its rival B". */
const POSSESSIVE_ONE = /^(son|sa|its|their|leur)$/u;
const RIVAL_NOUN_ONE = /^(concurrent|concurrente|rival|rivale|competitor|arch-rival|archrival|arch-rivale)$/u;
/** Wars fought between sellers ("a price war with A", "une guerre des prix avec A"); a lawsuit is refused by inCourt. */
const WAR = /^(war|wars|guerre|guerres)$/u;
/** Words between "guerre" and its "avec" ("guerre des prix avec", "guerre tarifaire avec"). */
const WAR_QUALIFIER_WORDS = 2;
/** "dispute des parts de marché à A", "dispute le marché des PME à A": what is fought over, then its holder. */
const DISPUTE = /^disput(e|ent|ait|aient|era|eront|er|é|ée)$/u;
/**
 * Words of the disputed thing between the verb and "à" ("des parts de marché", "les appels d'offres des sociétés
 * d'autoroutes"): a thing contested is often a long noun phrase, and an "à" inside it ("les contrats à long terme")
 * is stepped over when no name follows it.
 */
const DISPUTED_WORDS = 10;
/** "as it races A and B to supply …": the English verb of a race whose object is the rival. */
const RACE = /^(races|raced|racing)$/u;
/** "se présente comme le challenger de A", "positions itself as the challenger to A": the rival after the role. */
const CHALLENGER = /^(challenger|challengers|outsider)$/u;

/** "sharpens its challenge to A", "mounting a challenge to B": the noun of an attack on a market's holders. */
const CHALLENGE = /^(challenge|challenges)$/u;
/** Words before "challenge" that make it the subject's own ("its", "a serious", "a fresh"). */
const CHALLENGE_OWNER = /^(its|their|a|an|the|serious|fresh|new|direct|credible|bigger|stronger)$/u;

/** Descriptor words allowed between "à" and the holder's name ("à l'allemand A", "au groupe B"). */
const HOLDER_DESCRIPTOR_WORDS = 3;

/** An organisation stands at `from` or after a short descriptor: the "à" introduces the disputed thing's holder. */
function holderAfter(units: Unit[], from: number): boolean {
  for (let k = from; k < units.length && k <= from + HOLDER_DESCRIPTOR_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs;
    if (!/^[\p{Ll}']/u.test(u.token.text)) return false;
  }
  return false;
}

export const PRESS_TRIGGERS: RivalTrigger[] = [
  {
    name: 'possessive-one',
    head: POSSESSIVE_ONE,
    lead: 1,
    at: (units, i) => {
      // "le rachat de son concurrent marseillais B": the one rival after a singular noun, owned by the subject
      if (!POSSESSIVE_ONE.test(wordAt(units, i) ?? '')) return -1;
      for (let k = i + 1; k <= i + 1 + RIVAL_NOUN_QUALIFIERS; k++) {
        const w = wordAt(units, k);
        if (w === null) return -1;
        if (RIVAL_NOUN_ONE.test(w))
          return /^(de|du|d'|of|to)$/u.test(wordAt(units, k + 1) ?? '') ? -1 : k + 1;
        // "its best-known rival", "son plus sérieux concurrent": hyphened qualifiers too
        if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return -1;
      }
      return -1;
    },
  },
  {
    name: 'war',
    head: WAR,
    lead: 1,
    at: (units, i) => {
      if (!WAR.test(wordAt(units, i) ?? '') || negated(units, i)) return -1;
      for (let k = i + 1; k <= i + 1 + WAR_QUALIFIER_WORDS && k < units.length; k++) {
        const x = wordAt(units, k);
        if (x === null) return -1;
        if (/^(with|against|avec|contre)$/u.test(x)) return k + 1;
      }
      return -1;
    },
  },
  {
    name: 'dispute',
    head: DISPUTE,
    // "à l'allemand A": a determiner and a nationality before the holder
    lead: 2,
    at: (units, i) => {
      // "dispute des parts de marché à A et à B": a reflexive "se disputent" pairs its own subjects elsewhere
      const w = wordAt(units, i);
      if (w === null || !DISPUTE.test(w) || negated(units, i)) return -1;
      if (before(units, i, 1, /^(se|s')$/u)) return -1;
      for (let k = i + 1; k <= i + DISPUTED_WORDS && k < units.length; k++) {
        const x = wordAt(units, k);
        if (x === null || x === ',') return -1;
        if (/^(à|au|aux)$/u.test(x) && holderAfter(units, k + 1)) return k + 1;
      }
      return -1;
    },
  },
  {
    name: 'race',
    head: RACE,
    lead: 0,
    at: (units, i) => {
      const w = wordAt(units, i);
      if (w === null || !RACE.test(w) || negated(units, i)) return -1;
      return orgNamedAt(units, i + 1) ? i + 1 : -1;
    },
  },
  {
    name: 'challenge',
    head: CHALLENGE,
    lead: 1,
    at: (units, i) => {
      // "sharpens its challenge to A, B and C"; a legal challenge is refused by inCourt, "challenges to growth" has
      // no name after it
      const w = wordAt(units, i);
      if (w === null || !CHALLENGE.test(w) || negated(units, i)) return -1;
      if (!CHALLENGE_OWNER.test(wordAt(units, i - 1) ?? '')) return -1;
      return wordAt(units, i + 1) === 'to' ? i + 2 : -1;
    },
  },
  {
    name: 'challenger',
    head: CHALLENGER,
    lead: 0,
    at: (units, i) => {
      // "se présente comme le challenger de A"; "en" too: "se pose en outsider face à A" is read by facing
      const w = wordAt(units, i);
      if (w === null || !CHALLENGER.test(w)) return -1;
      if (!before(units, i, 2, /^(comme|en|as)$/u)) return -1;
      return /^(de|du|d'|of|to|à|au)$/u.test(wordAt(units, i + 1) ?? '') ? i + 2 : -1;
    },
  },
];
