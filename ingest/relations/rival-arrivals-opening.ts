import type { Unit } from './pattern';
import type { Token } from '../tokens';
import { isOriginWord } from './anaphora-origin';
import { EN_STOPWORDS, FR_STOPWORDS } from '../entities/lexicon-words';

/**
 * The companies a sentence opens on as its subjects, read as the arrivals an announcing sentence before promised
 * (rival-announced-next.ts): "Kanglong and Huaxin opened …", "Le néerlandais A et l'allemand B ont ouvert …",
 * "A, based in Bursa, won …, while B opened …". A descriptor may stand before each name; an investor's or a public
 * body's descriptor, a possessor ("A's founders") or an apposition ("A, the former B,") ends the reading.
 */

/** Most words of the descriptor before an arrival's name ("la start-up parisienne", "Shenzhen-based"). */
const MAX_DESCRIPTOR_WORDS = 4;
const DETERMINERS = new Set(['the', 'a', 'an', 'le', 'la', "l'", 'les', 'un', 'une']);
/**
 * Descriptor heads of firms that sell in no market the company does: an investor, a lender, an adviser, a public
 * body ("Le fonds A a investi …", "The regulator B …") opening the next sentence is no arrival.
 */
const NOT_RIVAL_KINDS = new Set([
  'fonds',
  'fund',
  'banque',
  'bank',
  'investisseur',
  'investor',
  'cabinet',
  'consultancy',
  'régulateur',
  'regulator',
  'autorité',
  'ministère',
  'ministry',
  'agence',
  'agency',
  'syndicat',
  'union',
]);
/** Links between the names of the opening list. */
const LIST_LINKS = new Set([',', 'and', 'et', '&']);
/** Links opening a second clause whose subject is another arrival (", while B …", ", et l'américain B …"). */
const CLAUSE_LINKS = new Set(['while', 'whereas', 'and', 'et', 'tandis', 'alors', 'quant']);

function wordOf(u: Unit | undefined): string | null {
  return u?.kind === 'tok' ? u.token.lower : null;
}

function isDescriptorWord(t: Token, first: boolean): boolean {
  if (t.kind !== 'word') return false;
  if (DETERMINERS.has(t.lower) || isOriginWord(t)) return true;
  if (/-based$/i.test(t.text)) return true;
  // a capitalised word other than a determiner opens no descriptor; a stopword ("according to") is no descriptor
  if (t.text !== t.lower) return false;
  return !first && !EN_STOPWORDS.has(t.lower) && !FR_STOPWORDS.has(t.lower);
}

/** The index of the organisation named at `from` after a short descriptor, or -1. */
function namedAfterDescriptor(units: Unit[], from: number): number {
  for (let k = from; k < units.length && k <= from + MAX_DESCRIPTOR_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs && !u.persons && !u.anaphor && u.ents.length === 1 ? k : -1;
    if (!isDescriptorWord(u.token, k === from && from === 0) || NOT_RIVAL_KINDS.has(u.token.lower)) return -1;
  }
  return -1;
}

/** The names of a list opening at `from` ("A and B", "le néerlandais A et l'allemand B"), and where it ends. */
function listAt(units: Unit[], from: number): { names: number[]; end: number } {
  const names: number[] = [];
  let k = namedAfterDescriptor(units, from);
  let end = from;
  let closed = true;
  let firstEnd = from;
  while (k >= 0) {
    const u = units[k];
    if (u.kind !== 'ent' || possessorAt(units, k)) break;
    names.push(u.ents[0]);
    end = k + 1;
    if (names.length === 1) firstEnd = end;
    const link = wordOf(units[end]) ?? '';
    if (!LIST_LINKS.has(link)) break;
    const next = wordOf(units[end + 1]);
    closed = link !== ',' || next === 'and' || next === 'et';
    k = namedAfterDescriptor(units, LIST_LINKS.has(next ?? '') ? end + 2 : end + 1);
  }
  // "Foundever, the former Sitel, slips …": names joined by commas alone are an apposition, not a list
  return closed ? { names, end } : { names: names.slice(0, 1), end: firstEnd };
}

/** "Billow's co-founders …": a name owning the next noun is no subject of its own. */
export function possessorAt(units: Unit[], k: number): boolean {
  const next = wordOf(units[k + 1]);
  const u = units[k];
  const last = u.kind === 'ent' && u.word ? u.word.text : '';
  return next === "'s" || next === "'" || next === 's' || /['’]s$/.test(last);
}

/**
 * The arrivals a sentence opens on: its subject list, and the subject of a later clause joined by ", while",
 * ", et" ("A, based in Bursa, won …, while B opened …"). Empty when the sentence opens on anything else.
 */
export function openingArrivals(units: Unit[]): number[] {
  const first = listAt(units, 0);
  if (first.names.length === 0) return [];
  const names = [...first.names];
  for (let k = first.end; k < units.length - 1; k++) {
    if (wordOf(units[k]) !== ',' || !CLAUSE_LINKS.has(wordOf(units[k + 1]) ?? '')) continue;
    const from = wordOf(units[k + 2]) === 'que' ? k + 3 : k + 2;
    const more = listAt(units, from).names;
    if (more.length > 0) {
      names.push(...more);
      break;
    }
  }
  return names;
}
