import type { Token } from '../tokens';
import { ORG_CUES_EN, ORG_CUES_FR } from './lexicon-words';

/**
 * Names of things that a noun right before them types: a ship ("the bulk carrier Mykon Wave", "le navire Ever
 * Given"). GOLD-FORMAT counts none as an organisation. "pétrolier" (also an oil company) and a bare "carrier" (an
 * airline) are left out; so is "la marque X", which deal readers take as the party owning or sold.
 */
const VESSEL_NOUNS = new Set(
  `vessel vessels ship ships tanker tankers supertanker freighter freighters containership
  navire navires paquebot porte-conteneurs vraquier méthanier frégate porte-avions chalutier`.split(/\s+/),
);
/** "bulk carrier", "ore carrier": "carrier" names a ship only after a cargo word. */
const CARGO_WORDS = new Set(['bulk', 'ore', 'gas', 'lng', 'car', 'oil', 'container', 'crude']);

function isVesselNounAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.text !== t.lower) return false;
  if (VESSEL_NOUNS.has(t.lower)) return true;
  return (t.lower === 'carrier' || t.lower === 'carriers') && CARGO_WORDS.has(tokens[k - 1]?.lower ?? '');
}

/** True when the name starting at `from` follows a ship noun. */
export function isNamedThing(tokens: Token[], from: number): boolean {
  return from > 0 && isVesselNounAt(tokens, from - 1);
}

/**
 * Nouns of a made thing that, in an apposition, say the name is the thing's: "Frigotrack, un logiciel maison",
 * "son dispositif, le CardioPatch 2,". "plateforme", "app" and "platform" are left out: the trade press calls
 * start-ups so ("Malt, une plateforme de freelances").
 */
const THING_NOUNS = new Set(
  `logiciel logiciels software dispositif device drone vaccin vaccine médicament drug patch capteur sensor robot
  puce chip véhicule vehicle avion aircraft jet satellite`.split(/\s+/),
);
const APPOSITION_DETERMINERS = new Set([
  'un',
  'une',
  'a',
  'an',
  'le',
  'la',
  'the',
  'son',
  'sa',
  'its',
  'leur',
]);
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'its', 'their', 'notre', 'our']);

/** "X, un logiciel …": a comma, a determiner and a thing noun right after the name [from, to). */
function thingAppositionAfter(tokens: Token[], to: number): boolean {
  const det = tokens[to + 1];
  const noun = tokens[to + 2];
  return (
    tokens[to]?.text === ',' &&
    !!det &&
    APPOSITION_DETERMINERS.has(det.lower) &&
    !!noun &&
    noun.text === noun.lower &&
    THING_NOUNS.has(noun.lower)
  );
}

/** "son dispositif, le X": a possessive thing noun, a comma and a determiner right before the name. */
function thingAppositionBefore(tokens: Token[], from: number): boolean {
  const det = tokens[from - 1];
  const noun = tokens[from - 3];
  return (
    !!det &&
    APPOSITION_DETERMINERS.has(det.lower) &&
    tokens[from - 2]?.text === ',' &&
    !!noun &&
    THING_NOUNS.has(noun.text) &&
    POSSESSIVES.has(tokens[from - 4]?.lower ?? '')
  );
}

/** Tokens searched back from the name for a founding verb ("il avait cofondé en 2012 X, un logiciel …"). */
const FOUNDING_REACH = 4;
/** Verbs of creating a business: what they create is a company, whatever the apposition calls it. */
const CREATING_RE = /^(?:co-?)?(?:fondée?s?|founded|créée?s?|created|lancée?s?|launched|started)$/u;

function createdBefore(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - FOUNDING_REACH; k--)
    if (CREATING_RE.test(tokens[k].lower)) return true;
  return false;
}

/** True when an apposition says the name [from, to) is a product, not its maker. */
export function isThingInApposition(tokens: Token[], from: number, to: number): boolean {
  if (createdBefore(tokens, from)) return false;
  // "la start-up X, un logiciel …": a company noun before the name outweighs the apposition
  const cue = tokens[from - 1]?.lower ?? '';
  if (ORG_CUES_FR.has(cue) || ORG_CUES_EN.has(cue)) return false;
  return thingAppositionAfter(tokens, to) || thingAppositionBefore(tokens, from);
}
