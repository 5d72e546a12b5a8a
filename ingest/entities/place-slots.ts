import type { Token } from '../tokens';
import { FR_STOPWORDS } from './lexicon-words';

/**
 * More slots where only a place goes, for names no cue types (read by `classify.ts` and `resolve/locative-names.ts`):
 * - a place told with its article after "dans" / "entre" / "in the": "implanté dans le Finistère et le Morbihan",
 *   "concurrentes dans le Grand Ouest", "entre les Cévennes et la Camargue", "its closest rival in the Alps";
 * - a town after "de" that completes a premises or a trade of people: "son usine de Carquefou", "la fromagerie
 *   d'Ambert", "un garage de Bellignat", "un ancien moulin de Brissac", "un incubateur de Labège", "un boulanger
 *   de Douarnenez", "le maire de Morlaix";
 * - a town after "in" that completes where a business was started: "in a garage in Dundee", "from a spare bedroom
 *   in Reading".
 * A company is rarely written that way with no other cue anywhere in the article, and the caller keeps every name
 * that appears once in another slot or is typed by a cue.
 */

/** Prepositions before an article that introduce a region or a town ("dans le Jura", "entre les Alpes et …"). */
const AREA_PREPOSITIONS = new Set(['dans', 'entre']);
const FR_ARTICLES = new Set(['le', 'la', 'les', "l'", 'l’']);
/** English prepositions before "the" that introduce a region ("in the Midlands", "across the Baltics"). */
const EN_AREA_PREPOSITIONS = new Set(['in', 'across', 'throughout']);
/**
 * French nouns of premises and of trades of people whose "de <town>" says where they are. Bodies that are
 * organisations themselves ("la région Pays de la Loire", "la CCI de …") are not in the list.
 */
const FR_PREMISES_AND_TRADES = new Set([
  'usine',
  'usines',
  'site',
  'sites',
  'fromagerie',
  'laiterie',
  'biscuiterie',
  'sucrerie',
  'brasserie',
  'distillerie',
  'conserverie',
  'scierie',
  'fonderie',
  'entrepôt',
  'moulin',
  'incubateur',
  'atelier',
  'ateliers',
  'garage',
  'grange',
  'ferme',
  'boulangerie',
  'quartier',
  'boulanger',
  'marbrier',
  'céréalier',
  'agriculteur',
  'agriculteurs',
  'éleveur',
  'éleveurs',
  'viticulteur',
  'pharmacien',
  'notaire',
  'maire',
]);
/**
 * Adjectives that may stand between the premises noun and "de" ("l'usine historique de Landéda"). A demonym there
 * has already placed the premises, so its "de" names the owner ("l'usine vendéenne de Bocage Aliments").
 */
const ADJECTIVES_BEFORE_DE = new Set([
  'historique',
  'principale',
  'principal',
  'actuelle',
  'actuel',
  'voisine',
]);
/** Words before "dans" that make its object an investee, not an area ("une participation dans la X"). */
const STAKE_WORD_RE = /^(particip|invest|stake|entr|inject|plac|mise|misé)/u;
/** How far back a stake word is looked for before "dans". */
const STAKE_WORD_REACH = 3;
const DE_WORDS = new Set(['de', 'du', "d'", 'd’']);
/** English nouns of the room or building a business was started in ("in a garage in Dundee"). */
const EN_START_PREMISES = new Set([
  'garage',
  'barn',
  'bedroom',
  'kitchen',
  'shed',
  'flat',
  'apartment',
  'basement',
  'loft',
  'mill',
  'workshop',
]);

const isLower = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && t.text === t.lower;

/**
 * What may follow a region after "in the": the clause or the list goes on ("in the Alps, …", "in the Midlands and
 * …"); "in the Norbek-led round" or "in the Ritz's" name a party.
 */
const EN_AREA_FOLLOWERS = new Set([
  ',',
  '.',
  ';',
  ':',
  'and',
  'or',
  'where',
  'which',
  'since',
  'for',
  'from',
  'to',
  'with',
]);
/** Takeover verbs before a premises noun: its "de" names the seller ("a racheté l'usine de X"), not a town. */
const TAKEOVER_STEM_RE = /^(rach[eè]t|repr[ie]|acqu[ie]|c[eè]d|vend|achet|bought|acquir|sold)/u;

/** "dans le <name>", "entre les <name>", "in the <name>" (English: the clause goes on after the name). */
function afterAreaArticle(tokens: Token[], from: number, to: number): boolean {
  const art = tokens[from - 1];
  const prep = tokens[from - 2];
  if (!art || !prep) return false;
  if (FR_ARTICLES.has(art.lower) && AREA_PREPOSITIONS.has(prep.lower)) {
    for (let k = from - 3; k >= 0 && k >= from - 2 - STAKE_WORD_REACH; k--)
      if (STAKE_WORD_RE.test(tokens[k].lower)) return false;
    return true;
  }
  const next = tokens[to];
  return (
    art.lower === 'the' &&
    EN_AREA_PREPOSITIONS.has(prep.lower) &&
    (!next || EN_AREA_FOLLOWERS.has(next.lower))
  );
}

/**
 * Small-firm nouns whose "de <town>" says where the firm sits ("la PME de Château-Gontier", "une ETI familiale de
 * Tarare"): written in capitals, so read apart from the lower-case premises nouns.
 */
const FR_SMALL_FIRMS = new Set(['pme', 'eti', 'tpe']);
/** Adjectives of a small firm between its noun and "de" ("une ETI familiale de Tarare"). */
const FIRM_ADJECTIVES = new Set(['familiale', 'industrielle', 'régionale', 'locale']);
/** Possessives before a firm's own staff: "ses 140 salariés de Cognac" places the staff, the firm is the owner. */
const FR_POSSESSIVES = new Set(['ses', 'leurs', 'nos']);
const FR_STAFF_NOUNS = new Set(['salariés', 'employés', 'collaborateurs', 'ouvriers', 'agents']);

/** "la PME [familiale] de <town>", "ses [140] salariés de <town>": the noun before "de" is tied to a firm told apart. */
function afterFirmOrOwnStaffDe(tokens: Token[], from: number): boolean {
  let k = from - 2;
  if (FIRM_ADJECTIVES.has(tokens[k]?.lower ?? '')) k--;
  if (FR_SMALL_FIRMS.has(tokens[k]?.lower ?? '')) return true;
  if (!FR_STAFF_NOUNS.has(tokens[from - 2]?.lower ?? '')) return false;
  const before = tokens[from - 3]?.kind === 'number' ? tokens[from - 4] : tokens[from - 3];
  return FR_POSSESSIVES.has(before?.lower ?? '');
}

/**
 * A platform is as often a company's online service ("la plateforme de Kelvira compte 3 millions d'utilisateurs") as
 * a depot: it places only a town spelt with a hyphen ("la plateforme de Saint-Priest") or after "logistique" ("la
 * plateforme logistique de Meyzieu").
 */
const PLATFORM_NOUNS = new Set(['plateforme', 'plateformes']);
const DEPOT_ADJECTIVES = new Set(['logistique', 'logistiques']);

/** "<plateforme> de <Saint-Town>", "<plateforme> logistique de <town>"; `from` is the town. */
function afterPlatformDe(tokens: Token[], from: number): boolean {
  const noun = tokens[from - 2]?.lower ?? '';
  if (PLATFORM_NOUNS.has(noun)) return tokens[from].text.includes('-');
  return DEPOT_ADJECTIVES.has(noun) && PLATFORM_NOUNS.has(tokens[from - 3]?.lower ?? '');
}

/**
 * "l'usine de membranes de Saint-Nazaire", "le site de production de Cholet": a premises noun whose own "de <what it
 * makes>" comes first; the second "de" then names the town. Index of the premises noun before the complement
 * that ends at `end`, or -1. The complement is one lower-case content word ("membranes", "production").
 */
function premisesBeforeComplement(tokens: Token[], end: number): number {
  const what = tokens[end - 1];
  if (!isLower(what) || FR_STOPWORDS.has(what.lower) || DE_WORDS.has(what.lower)) return -1;
  if (!DE_WORDS.has(tokens[end - 2]?.lower ?? '')) return -1;
  return FR_PREMISES_AND_TRADES.has(tokens[end - 3]?.lower ?? '') ? end - 3 : -1;
}

/**
 * "<premises or trade noun> [adjective | de <what>] de <town>", "<plateforme> [logistique] de <town>": a town is one
 * token ("Château-Gontier").
 */
function afterPremisesDe(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !DE_WORDS.has(tokens[from - 1]?.lower ?? '')) return false;
  // a takeover verb before a firm's noun leaves its "de" a town ("a racheté Ardelis, une ETI familiale de Tarare")
  if (afterFirmOrOwnStaffDe(tokens, from)) return true;
  if (tokens.slice(0, from).some((t) => TAKEOVER_STEM_RE.test(t.lower))) return false;
  const noun = tokens[from - 2];
  if (!isLower(noun)) return false;
  if (FR_PREMISES_AND_TRADES.has(noun.lower) || afterPlatformDe(tokens, from)) return true;
  if (premisesBeforeComplement(tokens, from - 1) >= 0) return true;
  return ADJECTIVES_BEFORE_DE.has(noun.lower) && FR_PREMISES_AND_TRADES.has(tokens[from - 3]?.lower ?? '');
}

/** "a garage in <name>", "a spare bedroom in <name>". */
function afterStartPremisesIn(tokens: Token[], from: number): boolean {
  return tokens[from - 1]?.lower === 'in' && EN_START_PREMISES.has(tokens[from - 2]?.lower ?? '');
}

/** The name starting at `from` stands in one of the place slots above. */
export function isExtraPlaceSlot(tokens: Token[], from: number, to: number): boolean {
  return (
    afterAreaArticle(tokens, from, to) ||
    afterPremisesDe(tokens, from, to) ||
    afterStartPremisesIn(tokens, from)
  );
}

/** Most words of a town or region read in those slots ("Grand Ouest", "Massif central" is cut at "central"). */
const MAX_TOWN_WORDS = 2;
/** A town's spelling: capital then lower case, hyphenated parts included ("Château-Gontier", "Saint-Herblain"). */
const TOWN_WORD = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*$/u;

/** The run [from, to) is spelled as a town or a region is: one or two title-case words. */
export function isTownSpelling(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_TOWN_WORDS) return false;
  for (let i = from; i < to; i++) if (!TOWN_WORD.test(tokens[i].text)) return false;
  return true;
}
