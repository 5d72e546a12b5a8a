import nlp from 'compromise';

/**
 * compromise's built-in English lexicon (a dependency, general world knowledge: well-known organisations,
 * sports teams). Read once, on first use, into plain sets keyed by the
 * lower-cased surface form, so a lookup stays O(1) per candidate.
 */
interface WorldSets {
  organisations: Set<string>;
  /** Words the lexicon knows as anything but a name ("growth", "unlike", "shares"). */
  common: Set<string>;
  /** Countries, cities and regions ("malta", "cape town"). */
  places: Set<string>;
  /** Countries alone ("ecuador", "papua new guinea"). */
  countries: Set<string>;
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);

/** Tags of names: a word carrying one of these may still be a company's name. */
const NAME_TAG_RE =
  /Organization|SportsTeam|Person|FirstName|LastName|MaleName|FemaleName|ProperNoun|Place|City|Country|Region/;

const ORGANISATION_TAGS = new Set(['Organization', 'SportsTeam', 'Abbreviation+Organization']);

let sets: WorldSets | null = null;

function load(): WorldSets {
  const world = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world();
  const out: WorldSets = {
    organisations: new Set(),
    common: new Set(),
    places: new Set(),
    countries: new Set(),
  };
  for (const [word, tag] of Object.entries(world.model.one.lexicon)) {
    const key = Array.isArray(tag) ? tag.join('+') : tag;
    if (PLACE_TAGS.has(key)) out.places.add(word);
    if (key === 'Country') out.countries.add(word);
    if (ORGANISATION_TAGS.has(key)) out.organisations.add(word);
    else if (!NAME_TAG_RE.test(key)) out.common.add(word);
  }
  return out;
}

function world(): WorldSets {
  if (!sets) sets = load();
  return sets;
}

/** "nintendo", "boston celtics": a name the lexicon knows as an organisation or a team (lower case). */
export function isKnownOrganisation(lower: string): boolean {
  return world().organisations.has(lower);
}

/** "growth", "sales" (plural of a known word), "unlike": a dictionary word, not a name (lower case). */
export function isCommonWord(lower: string): boolean {
  const common = world().common;
  return common.has(lower) || (lower.endsWith('s') && common.has(lower.slice(0, -1)));
}

/** "malta", "cape town": a country, city or region the lexicon knows (lower case). */
export function isKnownPlace(lower: string): boolean {
  return world().places.has(lower);
}

/**
 * "ecuador", "papua new guinea": a country the lexicon knows (lower case). Wire copy makes countries the subjects
 * of business verbs ("Ecuador posted a surplus", "Japan said"), which would otherwise type them as firms.
 */
export function isKnownCountry(lower: string): boolean {
  return world().countries.has(lower);
}
