import nlp from 'compromise';

/**
 * compromise's built-in English lexicon (a dependency, general world knowledge: well-known organisations,
 * sports teams). Read once, on first use, into plain sets keyed by the
 * lower-cased surface form, so a lookup stays O(1) per candidate.
 */
interface WorldSets {
  organisations: Set<string>;
}

const ORGANISATION_TAGS = new Set(['Organization', 'SportsTeam', 'Abbreviation+Organization']);

let sets: WorldSets | null = null;

function load(): WorldSets {
  const world = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world();
  const out: WorldSets = { organisations: new Set() };
  for (const [word, tag] of Object.entries(world.model.one.lexicon)) {
    const key = Array.isArray(tag) ? tag.join('+') : tag;
    if (ORGANISATION_TAGS.has(key)) out.organisations.add(word);
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
