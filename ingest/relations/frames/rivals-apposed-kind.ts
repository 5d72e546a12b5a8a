import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { PLAYER_COUNTS } from '../rival-words';
import { wordAt } from './rivals-clause';
import { pairAll } from './rivals-market';
import { placeBefore } from './rivals-place-possessive';

/**
 * A list of names closed by a counted phrase that calls them rivals, or the companies that hold the market
 * together, without a rank word (which `frame-apposed-count` wants): "beating Italy's A and Denmark's B, the two
 * companies that have dominated the market", "squares off against A and B, two fast-growing local rivals", "face
 * à A et B, les deux autres finalistes", "A et B, deux concurrents qui se livrent une rude bataille". The text
 * counts them as one set of players: they are rivals of one another, whoever the sentence's subject fights.
 * A possessive count ("its two rivals, A and B") is the owner's, and the gold leaves such lists unpaired; a role
 * that is no rivalry ("the two shareholders", "les deux candidats au rachat") gives nothing.
 */

/**
 * Nouns that call the counted names one set of players by themselves; "A et B, deux concurrents bien plus gros" are
 * the subject's rivals, paired with each other only when a relative says they fight one another.
 */
const RIVAL_KIND = /^(incumbents|finalists|heavyweights|giants|finalistes|ténors|géants|leaders)$/u;
/** Nouns of companies, rivals only when a relative of market holding follows ("the two groups that dominate"). */
const COMPANY_KIND =
  /^(rivals|competitors|contenders|challengers|concurrents|rivaux|companies|firms|groups|players|operators|makers|manufacturers|carriers|chains|platforms|sociétés|groupes|entreprises|acteurs|opérateurs|fabricants|industriels|enseignes|plateformes|spécialistes)$/u;
/** A relative pronoun after the company noun. */
const RELATIVE = /^(that|which|who|qui)$/u;
/** Verbs (any tense) of holding or fighting over one market together, after the relative. */
const HOLDING_VERB =
  /^(dominat\p{L}*|dominate|dominated|lead|led|control|controlled|share|shared|compete|competed|dominent|dominaient|contrôlent|partagent|rivalisent|affrontent|disputent|règnent|trustent)$/u;
/** After "se"/"s'"/"have"/"ont": the verb proper. */
const HOLDING_AFTER_AUX =
  /^(dominé|partagent|affrontent|disputent|livrent|dominated|shared|controlled|led|competed)$/u;
/** Roles of a count that is no rivalry. */
const NOT_PLAYERS =
  /^(shareholders|actionnaires|investors|investisseurs|clients|customers|lenders|prêteurs|banks|banques|partners|partenaires|advisers|advisors|conseils|backers|suppliers|fournisseurs|bidders|buyers|acquéreurs|candidats|prétendants|founders|fondateurs|owners|propriétaires|brands|marques|subsidiaries|filiales|sellers|vendeurs)$/u;
/** Plain words between the count and its noun ("two fast-growing local rivals", "les deux autres finalistes"). */
const MAX_ADJECTIVES = 3;
/** Words after the relative before its verb ("that have long dominated", "qui se partagent"). */
const VERB_WINDOW = 3;
/** Most names a folded counted phrase may close (its count is inside the pointer). */
const MAX_POINTED_MEMBERS = 4;

const JOINERS = /^(,|and|et|or|ou)$/u;
/** Words repeated before a later member ("et à la B", "and to B"). */
const MEMBER_PARTICLE = /^(à|au|aux|de|du|des|d'|la|le|les|l'|with|to|the)$/u;
const MEMBER_PARTICLES = 2;

/** The organisations of the list ending at `end` (exclusive), stepping over a place's possessive before a member. */
function listBefore(units: Unit[], end: number): number[] {
  const members: number[] = [];
  let k = end - 1;
  while (k >= 0) {
    const u = units[k];
    if (u.kind !== 'ent' || !u.orgs) break;
    members.unshift(k);
    let sep = k - 1;
    // "Italy's A and Denmark's B", "South Korea's B": the place and its mark belong to the member
    if (/^('s|’s)$/u.test(wordAt(units, sep) ?? '') && placeBefore(units, sep)) {
      sep -= 2;
      if (placeBefore(units, sep + 1)) sep--;
    }
    // "Saint Michel et à la Biscuiterie": a repeated preposition and article after the conjunction
    for (let n = 0; n < MEMBER_PARTICLES && MEMBER_PARTICLE.test(wordAt(units, sep) ?? ''); n++) sep--;
    if (!JOINERS.test(wordAt(units, sep) ?? '') || units[sep - 1]?.kind !== 'ent') break;
    k = sep - 1;
  }
  return members;
}

/** The role noun of the counted phrase from `k` (after the count) and whether it calls the names rivals. */
function kindAfter(units: Unit[], k: number): boolean {
  for (let j = k; j < units.length && j <= k + MAX_ADJECTIVES; j++) {
    const w = wordAt(units, j);
    if (w === null || NOT_PLAYERS.test(w)) return false;
    if (RIVAL_KIND.test(w)) return true;
    if (COMPANY_KIND.test(w)) return holdingRelative(units, j + 1);
    if (!/^\p{Ll}[\p{L}'’-]*$/u.test(w)) return false;
  }
  return false;
}

/** "that have long dominated", "qui se partagent", "which together control": a relative of market holding. */
function holdingRelative(units: Unit[], k: number): boolean {
  if (!RELATIVE.test(wordAt(units, k) ?? '')) return false;
  for (let j = k + 1; j < units.length && j <= k + VERB_WINDOW; j++) {
    const w = wordAt(units, j);
    if (w === null) return false;
    if (/^(have|has|had|ont|avaient|se|s')$/u.test(w)) {
      if (
        HOLDING_AFTER_AUX.test(wordAt(units, j + 1) ?? '') ||
        HOLDING_AFTER_AUX.test(wordAt(units, j + 2) ?? '')
      )
        return true;
      continue;
    }
    if (HOLDING_VERB.test(w)) return true;
  }
  return false;
}

function readApposedKind(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 1; i + 2 < units.length; i++) {
    if (wordAt(units, i) !== ',') continue;
    const members = listBefore(units, i);
    if (members.length < 2) continue;
    const pointer = units[i + 1];
    if (pointer?.kind === 'ent') {
      // "…, the two firms that dominate": the counted phrase was folded into a pointer at the listed names; the
      // relative of market holding tells what they are
      const listed = members.flatMap((m) => (units[m] as { ents: number[] }).ents);
      const atList = pointer.anaphor && pointer.ents.every((e) => listed.includes(e));
      if (atList && members.length <= MAX_POINTED_MEMBERS && holdingRelative(units, i + 2))
        out.push(...pairAll(units, members, members[0]));
      continue;
    }
    let c = i + 1;
    if (/^(the|les)$/u.test(wordAt(units, c) ?? '')) c++;
    const count = PLAYER_COUNTS.get(wordAt(units, c) ?? '');
    if (count === undefined || !kindAfter(units, c + 1)) continue;
    if (members.length === count) out.push(...pairAll(units, members, members[0]));
  }
  return out;
}

export const APPOSED_KIND_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-apposed-kind',
    type: 'COMPETES_WITH',
    read: readApposedKind,
    // a counted phrase folded into a pointer hides its count: the relative after it is then the cue
    neededWords: ['two', 'three', 'four', 'deux', 'trois', 'quatre', 'that', 'which', 'qui'],
    source: 'a',
    target: 'a',
    confidence: 0.5,
  },
];
