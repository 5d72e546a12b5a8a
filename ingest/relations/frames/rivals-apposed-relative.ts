import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { MATCH_START } from '../pattern';
import { PLAYER_COUNTS } from '../rival-words';
import { listBefore } from './rivals-apposed-count';
import { wordAt } from './rivals-clause';
import { pairAll } from './rivals-market';

/**
 * A list of companies closed by an apposed group noun and a relative clause that tells what the group does in a
 * market: "A, B and C, the trio that dominated the regional market", "A et B, les deux réseaux qui se partagent le
 * marché" — the members are rivals of one another; "A and B, the two regional challengers that have been battling
 * V", "A et B, les deux acteurs qui concurrencent V" — each member is a rival of V. The group noun must count the
 * list (a number, "trio", "duo", "pair") and name no role that is no rivalry ("the two shareholders that back V").
 */

const COUNT = new Map([...PLAYER_COUNTS, ['trio', 3], ['duo', 2], ['pair', 2], ['tandem', 2]]);
/** Nouns of a role that is no rivalry. */
const NOT_PLAYERS =
  /^(shareholders|actionnaires|investors|investisseurs|funds|fonds|clients|customers|lenders|prêteurs|banks|banques|partners|partenaires|advisers|advisors|conseils|backers|suppliers|fournisseurs|bidders|candidats|buyers|acquéreurs|founders|fondateurs|owners|propriétaires|subsidiaries|filiales|units|brands|marques|sponsors|distributors|distributeurs)$/u;
const RELATIVE = /^(that|which|who|qui)$/u;
/** Auxiliaries and adverbs between the relative pronoun and its verb ("that have long been battling"). */
const AUX =
  /^(have|has|had|been|are|were|is|was|will|would|still|long|now|together|jointly|ont|avaient|sont|étaient|se|s'|toujours|encore|déjà|longtemps|ensemble|désormais)$/u;
/** Verbs of holding a market together: the members are rivals of one another. */
const HOLD_VERB =
  /^(dominate|dominates|dominated|dominating|dominent|dominaient|domineront|dominé|partagent|partageaient|disputent|disputaient|affrontent|affrontaient|share|shared|sharing|compete|competed|competing|vie|vied|vying|rivalisent|rivalisaient)$/u;
/** Verbs of a rivalry with an object: each member is a rival of it. */
const RIVAL_VERB =
  /^(battle|battled|battling|battles|fight|fought|fighting|challenge|challenged|challenging|chase|chased|chasing|rival|rivalled|rivaled|rivalling|rivaling|compete|competed|competing|vie|vied|vying|concurrencent|concurrençaient|affrontent|affrontaient|défient|défiaient|talonnent|rivalisent|rivalisaient|chassent|bousculent|challengent)$/u;
const OBJECT_PARTICLE = /^(with|against|avec|contre|on|face|à|au|aux|the|le|la|les|l')$/u;
/** Words a group noun phrase may hold after its count ("the two regional challengers"). */
const PHRASE_WINDOW = 4;

/** A group told with a relative clause is a list joined by ", and et" ("or" offers a choice, not a group). */
const GROUP_JOINERS = /^(,|and|et)$/u;

interface Apposed {
  members: number[];
  /** Unit of the relative clause's verb. */
  verb: number;
}

/** Each list closed by ", the N … that <verb>" in the sentence. */
function apposedGroups(units: Unit[]): Apposed[] {
  const out: Apposed[] = [];
  for (let i = 1; i + 3 < units.length; i++) {
    if (wordAt(units, i) !== ',' || !/^(the|les|ces|these)$/u.test(wordAt(units, i + 1) ?? '')) continue;
    const count = COUNT.get(wordAt(units, i + 2) ?? '');
    if (count === undefined) continue;
    let rel = -1;
    for (let k = i + 3; k < units.length && k <= i + 3 + PHRASE_WINDOW; k++) {
      const w = wordAt(units, k);
      if (w === null || NOT_PLAYERS.test(w) || /^[,;:.]$/u.test(w)) break;
      if (RELATIVE.test(w)) {
        rel = k;
        break;
      }
    }
    if (rel < 0) continue;
    let verb = rel + 1;
    while (verb < units.length && AUX.test(wordAt(units, verb) ?? '')) verb++;
    const members = listBefore(units, i, GROUP_JOINERS);
    if (members.length !== count || verb >= units.length) continue;
    out.push({ members, verb });
  }
  return out;
}

/** The organisation a rivalry verb takes as object: right after it or one particle / determiner later. */
function objectAfter(units: Unit[], verb: number): number {
  for (let k = verb + 1; k < units.length && k <= verb + 3; k++) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs ? k : -1;
    if (!OBJECT_PARTICLE.test(wordAt(units, k) ?? '')) return -1;
  }
  return -1;
}

/** "A, B and C, the trio that dominated the market": rivals of one another when the verb has no rival object. */
function readHoldingGroup(units: Unit[], _lang: Language): Captures[] {
  return apposedGroups(units).flatMap((g) => {
    const w = wordAt(units, g.verb) ?? '';
    if (!HOLD_VERB.test(w) || objectAfter(units, g.verb) >= 0) return [];
    return pairAll(units, g.members, g.members[0]);
  });
}

/** "A and B, the two challengers that have been battling V": each member against V. */
function readRivalGroup(units: Unit[], _lang: Language): Captures[] {
  return apposedGroups(units).flatMap((g) => {
    if (!RIVAL_VERB.test(wordAt(units, g.verb) ?? '')) return [];
    const obj = objectAfter(units, g.verb);
    if (obj < 0) return [];
    const a = [...new Set(g.members.flatMap((m) => (units[m] as { ents: number[] }).ents))];
    const b = (units[obj] as { ents: number[] }).ents.filter((e) => !a.includes(e));
    if (b.length === 0) return [];
    return [{ a, b, '#a': [g.members[0]], '#b': [obj], [MATCH_START]: [g.members[0]] }];
  });
}

const COUNT_WORDS = [...COUNT.keys()];

export const APPOSED_RELATIVE_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-apposed-group-holds',
    type: 'COMPETES_WITH',
    read: readHoldingGroup,
    neededWords: COUNT_WORDS,
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-apposed-group-rivals',
    type: 'COMPETES_WITH',
    read: readRivalGroup,
    neededWords: COUNT_WORDS,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
];
