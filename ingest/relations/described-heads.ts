import { isVerbNotOrigin } from './origin-or-verb';
import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse';
import { subjectOrgOpening } from './paragraph-topic';
import { EN_STOPWORDS, FR_STOPWORDS } from '../entities/lexicon-words';
import { ANAPHOR_DETERMINERS, ANAPHOR_NOUNS, GENERIC_COMPANY_NOUNS, TRADE_NOUNS } from './anaphor-words';
import { namedSoon } from './pointing-phrases';
import { rememberApposedCompound } from './anaphora-compound-descriptor';
import { NATIONALITIES } from '../entities/lexicon-common';
import { nameHeadAlias } from './anaphora-name-head';
import { SECTOR_TRADE_NOUNS } from './anaphora-sector-nouns';
import { completesLeaderTitle } from './anaphora-title-complement';
import { bareTradeComplementLength } from './anaphora-trade-complement';
import { apposedPointerNoun } from './anaphora-apposed-pointer-noun';

/**
 * A company told of by its trade ("la chaîne", "the retailer", "the software maker") is the one the article
 * introduced with that noun ("la chaîne Nonna Pizza", "Quillstack, the Berlin software maker"); a trade noun the
 * article never attached to a name stands for the company it is about. Generic nouns ("the company", "le groupe")
 * fit every company, so they are left to the other pointers.
 */

/** Nouns too general to single out the company they were first said of. */
const GENERIC_NOUNS: ReadonlySet<string> = new Set([...GENERIC_COMPANY_NOUNS, 'business']);
/** Trade nouns the dictionaries of cues lack, that press copy uses for the company an article is about. */
const EXTRA_TRADE_NOUNS = new Set([
  'chain',
  'chaîne',
  'enseigne',
  // franchise, retail and services networks are told of as "le réseau" once introduced ("X, un réseau de 38 agences")
  'réseau',
  'installer',
  'plateforme',
  'platform',
  'pépite',
  'mutuelle',
  'cimentier',
  'caterer',
  'traiteur',
  'application',
  'app',
  'spécialiste',
  'maker',
  // consumer goods and games are told of by their brand or studio ("la marque lyonnaise", "the studio")
  'brand',
  'marque',
  'studio',
  // sector trades a name is often built on or introduced by ("la Biscuiterie X", "X, a Lincolnshire grower")
  ...SECTOR_TRADE_NOUNS,
]);
/**
 * Nouns of a party's role in a deal or of money: "the lender", "la banque" are the party that lent, never the
 * article's company by default; they point only at a company introduced with that very noun.
 */
const ROLE_NOUNS = new Set([
  'lender',
  'bank',
  'banque',
  'investor',
  'investisseur',
  'fund',
  'fonds',
  'broker',
  // French finance copy calls a bank "l'établissement" (read through the bank's entry, anaphora-name-head.ts)
  'établissement',
]);

/** A noun a descriptor can be built on: a trade, a company's kind, not a generic or role word. */
export function isDescriptorNoun(word: string): boolean {
  if (GENERIC_NOUNS.has(word)) return false;
  return (
    TRADE_NOUNS.has(word) ||
    EXTRA_TRADE_NOUNS.has(word) ||
    ANAPHOR_NOUNS.has(word) ||
    ROLE_NOUNS.has(word) ||
    VENTURE_NOUNS.has(word)
  );
}

/** True when the noun, never attached to a name, may stand for the article's own company. */
export function mayStandForTopic(word: string): boolean {
  return !ROLE_NOUNS.has(word) && !GENERIC_NOUNS.has(word) && !VENTURE_NOUNS.has(word);
}

/** Most lower-case words between the determiner and the noun ("the Texas residential solar installer"). */
const MAX_MODIFIERS = 4;

/** A lower-case or place-like content word that may qualify the noun: no function word, no punctuation. */
function isModifierWord(t: Token | undefined, named: boolean): boolean {
  if (!t || t.kind !== 'word' || named) return false;
  if (FR_STOPWORDS.has(t.lower) || EN_STOPWORDS.has(t.lower)) return false;
  return true;
}

/** "the third-largest outsourcer", "le premier fabricant": a rank makes the phrase a predicate, not a pointer. */
const RANKING =
  /(largest|biggest|leading|^top$|^premier$|^première$|^second$|^deuxième$|^troisième$|^plus$|^grand$|^major$)/;
/** French origin adjectives after the noun ("la pépite grenobloise", "la société nantaise"). */
const ORIGIN_AFTER_NOUN = /(ais|aise|ois|oise|ien|ienne|ain|aine|ard|arde|in|ine|on|onne|ique)$/;

/**
 * The descriptor at `i` — a determiner, up to four modifiers, a descriptor noun, French origin adjectives — with
 * no name following it: its noun, its length in tokens and whether it tells where the company is from, else null.
 */
export function descriptorAt(
  tokens: Token[],
  mentions: Mention[],
  i: number,
): { noun: string; length: number; origin: boolean } | null {
  if (!ANAPHOR_DETERMINERS.has(tokens[i].lower)) return null;
  const named = (k: number) => mentions.some((x) => x.from === k);
  let origin = false;
  for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && k < tokens.length; k++) {
    const t = tokens[k];
    if (named(k) || t.kind !== 'word') return null;
    if (t.text === t.lower && isDescriptorNoun(t.lower)) {
      let end = k + 1;
      while (
        end < tokens.length &&
        tokens[end].text === tokens[end].lower &&
        ORIGIN_AFTER_NOUN.test(tokens[end].lower) &&
        !FR_STOPWORDS.has(tokens[end].lower) &&
        !named(end) &&
        // "l'éditeur croise le fer", "le fabricant domine le marché": a verb ending like a place adjective
        !isVerbNotOrigin(tokens, end)
      ) {
        end++;
        origin = true;
      }
      // "the software maker Quillstack", "le spécialiste vendéen des produits apéritifs X": the noun introduces a name
      if (namedSoon(tokens, mentions, end, tokens[i].lower === 'the')) return null;
      return { noun: t.lower, length: end - i, origin };
    }
    if (!isModifierWord(t, false) || RANKING.test(t.lower)) return null;
    // "the Dutch startup", "the Boston biotech", "the Paris-based fintech": where it is from, not what it ranks
    if (NATIONALITIES.has(t.lower) || /-based$/i.test(t.text) || t.text !== t.lower) origin = true;
  }
  return null;
}

/**
 * Records the nouns this sentence attached to names: an apposition after a name ("Covara, the Munich-based
 * insurtech," / "Rydo, l'application de …", also when "la start-up nantaise" was read as a pointer at the name)
 * and the cue before it (`cueNoun`, kept by absorbCuePhrase). `tokens`: the sentence's, to read such a pointer's noun.
 * `bystander(e, k)`: the name at unit `k` is a side party (a rival listed after "Its competitors include"); its
 * apposition does not take a noun over from the company the article first gave it to ("X, a Warsaw startup, …
 * Its competitors include Y, a Rotterdam startup … The startup will vie with Z" is X).
 */
export function rememberApposedNouns(
  units: Unit[],
  described: Map<string, number>,
  bystander: (e: number, k: number) => boolean = () => false,
  tokens: Token[] = [],
): void {
  // a side party's apposition does not take a noun over from the company the article first gave it to
  const remember = (noun: string, ent: number, k: number) => {
    const held = described.get(noun);
    const kept = held !== undefined && held !== ent && bystander(ent, k);
    if (!GENERIC_NOUNS.has(noun) && !kept) described.set(noun, ent);
  };
  for (let k = 0; k + 2 < units.length; k++) {
    const u = units[k];
    const comma = units[k + 1];
    if (u.kind !== 'ent' || !u.orgs || u.anaphor || u.ents.length !== 1) continue;
    if (comma.kind !== 'tok' || comma.token.text !== ',') continue;
    // "Qalia, la start-up nantaise": the definite apposition was read as a pointer at the name itself
    const pointed = apposedPointerNoun(tokens, units[k + 2], u.ents[0], isDescriptorNoun);
    if (pointed !== null) {
      remember(pointed, u.ents[0], k);
      continue;
    }
    for (let j = k + 2; j < units.length && j <= k + 2 + MAX_MODIFIERS + 1; j++) {
      const w = units[j];
      if (w.kind !== 'tok' || w.token.text === ',') break;
      // an acronym noun counts as well ("Aquasonde, une PME grenobloise")
      const plain = w.token.text === w.token.lower || w.token.text === w.token.text.toUpperCase();
      const next = units[j + 1];
      if (next?.kind === 'tok') rememberApposedCompound([w.token, next.token], 0, u.ents[0], described);
      if (plain && isDescriptorNoun(w.token.lower)) {
        remember(w.token.lower, u.ents[0], k);
        break;
      }
      // "Trellis, a Lisbon-based startup that …": only the phrase's own words before its noun
      if (j > k + 2 && (FR_STOPWORDS.has(w.token.lower) || EN_STOPWORDS.has(w.token.lower))) break;
    }
  }
}

/**
 * The company a trade descriptor stands for ("the retailer", "la pépite grenobloise"): the one the article attached
 * that noun to; else, opening the sentence, the company the text is about; else, after the sentence's own subject,
 * the previous sentence's other company (the subject cannot be its own object: "Le spécialiste toulousain a signé
 * pour acquérir la pépite grenobloise"). Generic nouns ("la société") are left to the plain pointer.
 */
/**
 * A company two owners set up, told of as "the venture" once named ("X, a joint venture with Y … The venture is run
 * by P", "Z, leur coentreprise … la coentreprise"): the noun points at the company introduced with it, never at the
 * article's own company, which is one of the owners.
 */
const VENTURE_NOUNS = new Set(['venture', 'coentreprise', 'co-entreprise']);

function describedOrg(
  noun: string,
  origin: boolean,
  complemented: boolean,
  subjectPlace: boolean,
  described: () => number | null,
  units: Unit[],
  state: DiscourseState,
  titled: () => boolean,
): number | null {
  const remembered = state.described.get(noun) ?? nameHeadAlias(noun, state.described);
  if (remembered !== undefined) return remembered;
  if (ANAPHOR_NOUNS.has(noun) && !TRADE_LIKE_ANAPHORS.has(noun)) return null;
  // "The chain of stores was acquired …": a noun with its own complement describes a business, not a company
  if (complemented) return null;
  if (subjectPlace) return mayStandForTopic(noun) ? described() : null;
  // a bare noun after the subject ("du distributeur") may be any party, and a ranked one ("makes X the third-largest
  // outsourcer") is a predicate: only one told by its origin is read
  if (!origin) return null;
  // "présidente du directoire du fromager jurassien": a head's company told by its trade is the article's own
  if (mayStandForTopic(noun) && titled()) return described();
  // only when the clause's subject is a company already ("Le spécialiste toulousain … acquérir la pépite …")
  if (subjectOrgOpening(units) === null) return null;
  const here = new Set(units.flatMap((u) => (u.kind === 'ent' ? u.ents : [])));
  const others = state.previousNamed.filter((e) => !here.has(e) && state.orgMentions.has(e));
  return others.length > 0 ? others[others.length - 1] : null;
}

/** The words at `i` without which `describedPointer` reads nothing (pointer-screen.ts skips it elsewhere). */
export const DESCRIBED_POINTER_START_WORDS: ReadonlySet<string> = ANAPHOR_DETERMINERS;

/** Anaphor nouns that are trades as well, read as descriptors when the plain pointer did not take them. */
const TRADE_LIKE_ANAPHORS = new Set([
  'pousse',
  'biotech',
  'medtech',
  'fintech',
  'insurtech',
  'healthtech',
  'edtech',
  'label',
]);
/** Words opening a noun's complement ("the chain of stores", "le fabricant de pièces"). */
const COMPLEMENT_LINKS = new Set(['of', 'de', "d'", 'des', 'du']);

/**
 * The trade descriptor at `i` as a pointer: the company it stands for and the tokens it spans, else null.
 * `subjectPlace`: it opens the sentence or its clause; `described`: the company a subject descriptor stands for
 * when the article never attached its noun to a name (asked only when the descriptor needs it: most tokens are none).
 */
export function describedPointer(
  tokens: Token[],
  mentions: Mention[],
  i: number,
  subjectPlace: boolean,
  described: () => number | null,
  units: Unit[],
  state: DiscourseState,
): { ent: number; length: number } | null {
  const trade = descriptorAt(tokens, mentions, i);
  if (trade === null) return null;
  const end = i + trade.length;
  // "L'opérateur de bornes de recharge a été racheté": in subject place a bare French complement still classifies
  const bare = subjectPlace ? bareTradeComplementLength(tokens, mentions, end) : 0;
  const kept = bare > 0 && !namedSoon(tokens, mentions, end + bare, false) ? bare : 0;
  const complemented = kept === 0 && COMPLEMENT_LINKS.has(tokens[end]?.lower ?? '');
  const titled = () => completesLeaderTitle(tokens, mentions, i);
  const ent = describedOrg(
    trade.noun,
    trade.origin,
    complemented,
    subjectPlace,
    described,
    units,
    state,
    titled,
  );
  return ent === null ? null : { ent, length: trade.length + kept };
}
