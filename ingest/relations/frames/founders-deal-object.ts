import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';
import { passiveDealSubjectIndex } from '../anaphora-passive-owner';

/**
 * The founder a company was bought from, or invested in alongside: "X avait racheté en 2022 le site Y à son
 * créateur, P", "Z acquired the business in 2019 from its founders, A and B", "il a pris une participation dans Y,
 * aux côtés de son fondateur P". The possessive points at the company the deal is about (Y), which the discourse,
 * keen on the sentence's subject, takes for the buyer: the reader names the deal's object instead.
 */

/** A founder's noun after the possessive; "créateur" is the founder's plainer French word. */
const FOUNDER_NOUN =
  /^(fondateur|fondatrice|fondateurs|fondatrices|cofondateur|cofondatrice|cofondateurs|co-fondateur|co-fondateurs|créateur|créatrice|créateurs|founder|founders|co-founder|co-founders|cofounder|cofounders)$/;
/** A possessive the discourse left a plain word ("its founders", "à son créateur"). */
const POSSESSIVE = /^(son|sa|ses|leur|leurs|its|their)$/;
/**
 * An article before the founder's noun ("from the founders, A and B", "à la fondatrice, P"): the noun is then the
 * deal object's founder as much as after a possessive; a French article fused with the preposition ("aux", "des",
 * "du") is read by contractedPrepositionAt.
 */
const ARTICLE = /^(le|la|les|l'|the)$/;
/**
 * Words that open the seller's (or, for a sale, the buyer's) group after the deal's object ("à", "from", "auprès
 * de", "aux côtés de", "sold … back to").
 */
const SELLER_PREPOSITION = /^(à|from|to|alongside|auprès)$/;
/** The words of a purchase or an investment that make the named company the deal's object. */
const DEAL_WORD =
  /^(racheté|rachetée|rachète|racheter|rachat|acquis|acquise|acquiert|acquérir|acquisition|repris|reprise|reprend|reprendre|participation|bought|buys|buy|acquired|acquires|acquire|purchased|purchase|stake|holding|invested|investi|investit|sold|sells|sell|cédé|cédée|cède|céder|vendu|vendue|vend)$/;
/** Most units between the deal's object and the preposition before the founder ("Y, un réseau de centres, aux"). */
const MAX_OBJECT_TO_FOUNDER_UNITS = 14;

/** The preposition group before the possessive ends at `k` ("à", "from", "aux côtés de", "alongside"): its first unit. */
function prepositionEndingAt(units: Unit[], k: number): number {
  const w = wordAt(units, k);
  if (w === 'à' || w === 'from' || w === 'alongside') return k;
  // "sold its stake in Y back to its founder": a sale's buyer group
  if (w === 'to') return wordAt(units, k - 1) === 'back' ? k - 1 : k;
  if ((w === 'de' || w === "d'") && wordAt(units, k - 1) === 'côtés' && wordAt(units, k - 2) === 'aux')
    return k - 2;
  if ((w === 'de' || w === "d'") && wordAt(units, k - 1) === 'auprès') return k - 1;
  return coordinatedSellerAt(units, k);
}

/**
 * "auprès du fonds X et de ses fondateurs", "from Y and its founders": a second seller coordinated with a first one,
 * the group opened earlier by a seller's preposition; the "et"/"and" stands for that preposition.
 */
function coordinatedSellerAt(units: Unit[], k: number): number {
  const w = wordAt(units, k);
  const and = w === 'de' || w === "d'" ? k - 1 : k;
  if (!/^(et|and)$/.test(wordAt(units, and) ?? '')) return -1;
  for (let j = and - 1; j >= 0; j--) {
    const v = wordAt(units, j);
    if (v === '.' || v === ';') return -1;
    if (SELLER_PREPOSITION.test(v ?? '')) return j;
  }
  return -1;
}

/** "aux fondateurs", "auprès des fondateurs", "et des fondateurs": a preposition fused with the article at `k`. */
function contractedPrepositionAt(units: Unit[], k: number): number {
  const w = wordAt(units, k);
  if (w === 'aux' || w === 'au') return k;
  if (w !== 'des' && w !== 'du') return -1;
  if (wordAt(units, k - 1) === 'auprès') return k - 1;
  return /^(et|and)$/.test(wordAt(units, k - 1) ?? '') ? coordinatedSellerAt(units, k - 1) : -1;
}

/** The first unit of the seller's preposition before the founder's noun at `f` and its determiner, or -1. */
function sellerGroupBefore(units: Unit[], f: number, pointer: boolean): number {
  const before = wordAt(units, f - 1) ?? '';
  if (pointer || POSSESSIVE.test(before) || ARTICLE.test(before)) return prepositionEndingAt(units, f - 2);
  // "from founder P", "à leur fondateur": no determiner, or one fused with the preposition
  return before === 'from' ? f - 1 : contractedPrepositionAt(units, f - 1);
}

/**
 * "the company's founder", "le fondateur de l'entreprise": a definite company noun the discourse reads as a pointer,
 * written as the founder noun's possessor before it or as its complement after it. Either way it is the deal
 * object's founder that is named, as after "its" or "son".
 */
function pointerPossessorBefore(units: Unit[], f: number): boolean {
  const u = units[f - 2];
  return wordAt(units, f - 1) === "'s" && u?.kind === 'ent' && u.anaphor && u.orgs;
}

/** The unit after the founder's noun at `f` and its pointer complement ("fondateur de la société"), if any. */
function afterPointerComplement(units: Unit[], f: number): number {
  const u = units[f + 2];
  const complement = /^(de|du|d'|of)$/.test(wordAt(units, f + 1) ?? '') && u?.kind === 'ent' && u.anaphor;
  return complement ? f + 2 : f;
}

/** The people named right after the founder's noun at `f` ("fondateur P", "founders, A and B"). */
function foundersAfter(units: Unit[], noun: number): number[] {
  const f = afterPointerComplement(units, noun);
  let k = wordAt(units, f + 1) === ',' ? f + 2 : f + 1;
  if (!isPersonAt(units, k)) return [];
  const ids = [...idsAt(units, k)];
  while (/^(,|et|and)$/.test(wordAt(units, k + 1) ?? '')) {
    const next = wordAt(units, k + 2) === 'et' || wordAt(units, k + 2) === 'and' ? k + 3 : k + 2;
    if (!isPersonAt(units, next)) break;
    ids.push(...idsAt(units, next));
    k = next;
  }
  return ids;
}

/** The deal's object: the last company named before `prep`, after a deal word, and not the sentence's first name. */
function dealObjectBefore(units: Unit[], prep: number): number {
  // "X was bought by Y from its founder": in a passive the deal's object is its subject, not the agent
  const passive = passiveDealSubjectIndex(units.slice(0, prep));
  if (passive >= 0) return passive;
  const first = units.findIndex((u) => u.kind === 'ent');
  for (let k = prep - 1; k > first && prep - k <= MAX_OBJECT_TO_FOUNDER_UNITS; k--) {
    if (wordAt(units, k) === '.' || wordAt(units, k) === ';') return -1;
    if (!isOrgAt(units, k)) continue;
    // "Z, acquired the business from its founders": a pointer taken for the subject names no other company
    if (sameCompany(units, k, first)) return -1;
    const dealBefore = units
      .slice(first + 1, k)
      .some((_, j) => DEAL_WORD.test(wordAt(units, first + 1 + j) ?? ''));
    return dealBefore ? k : -1;
  }
  return -1;
}

function sameCompany(units: Unit[], a: number, b: number): boolean {
  const u = units[a];
  const v = units[b];
  return u?.kind === 'ent' && v?.kind === 'ent' && u.ents.some((e) => v.ents.includes(e));
}

/**
 * "X rachète 70 % du capital à son fondateur, P": no company is named as the object, so the possessive pointer at
 * `at` stands for the company sold, unless the discourse took it for the buyer (the deal word's subject, the
 * entity right before it). A person buying ("P, qui a racheté l'entreprise à son fondateur") leaves it as it is.
 */
function sellerPointer(units: Unit[], at: number, prep: number): number {
  let deal = -1;
  for (let k = 0; k < prep && deal < 0; k++) if (DEAL_WORD.test(wordAt(units, k) ?? '')) deal = k;
  let buyer = deal - 1;
  while (buyer >= 0 && units[buyer].kind !== 'ent') buyer--;
  if (deal < 0 || buyer < 0 || sameCompany(units, at, buyer)) return -1;
  return isOrgAt(units, at) ? at : -1;
}

export function readDealObjectFounder(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, f) => {
    if (!FOUNDER_NOUN.test(wordAt(units, f) ?? '')) return;
    const possessive = units[f - 1];
    const possessor = pointerPossessorBefore(units, f);
    const pointer = (possessive?.kind === 'ent' && possessive.anaphor) || possessor;
    const prep = sellerGroupBefore(units, possessor ? f - 1 : f, pointer);
    if (prep < 0) return;
    const people = foundersAfter(units, f);
    const named = people.length > 0 ? dealObjectBefore(units, prep) : -1;
    const pointerAt = possessor ? f - 2 : f - 1;
    const org = named >= 0 || !pointer || people.length === 0 ? named : sellerPointer(units, pointerAt, prep);
    if (org < 0) return;
    out.push({ p: people, org: idsAt(units, org), '#p': [f + 1], '#org': [org], [MATCH_START]: [org] });
  });
  return out;
}

export const DEAL_OBJECT_FOUNDER_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.founded.deal-object-founder',
    type: 'FOUNDED',
    read: readDealObjectFounder,
    neededWords: ['à', 'from', 'to', 'alongside', 'côtés', 'auprès', 'aux', 'au'],
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
