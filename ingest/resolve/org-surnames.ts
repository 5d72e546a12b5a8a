import type { Token } from '../tokens';
import type { NameItem as Item } from './named-apart';
import { isPrefix } from './named-apart';
import { surnameOf } from './person-surnames';
import { speaksAsPerson, speaksOfFounding } from './surname-speaker';
import { introducedInFull } from './introduced-surname';
import { toldAsPerson } from './surname-person-cues';
import { ORG_CUES_EN, ORG_CUES_FR } from '../entities/lexicon-words';
import { isKnownOrganisation } from '../entities/world-lexicon';
import { knownOrganisation } from '../entities/known-organisations';

/**
 * "Kestrel Peak partner Lionel Achebe … co-founded by Achebe and …", "son premier PDG, Thibault Renaud … Sous l'ère
 * Renaud": a one-word name typed a company by a weak slot is the surname of a person the article named before it
 * (or anywhere, when the name is in the headline).
 * A company noun before any of its mentions ("le groupe Bolloré"), a longer company name that holds the word
 * ("Peugeot Invest") unless the mention is told as a person (surname-person-cues.ts), a known company or an
 * all-caps word keep it a company.
 */
/** More mentions than this make the word the article's company named after its founder ("Valmorel"). */
const MAX_SURNAME_MENTIONS = 2;

/**
 * "Soros said his group bought", "Gabelli and companies he controls": an investor who acts through vehicles is
 * the party wire copy calls by the surname, so such a sentence keeps it a company.
 */
const ACTS_THROUGH_VEHICLES = new Set(['his', 'her', 'he', 'she', 'son', 'sa', 'ses']);
const VEHICLE_WORDS = new Set([
  'group',
  'firm',
  'fund',
  'funds',
  'companies',
  'controls',
  'groupe',
  'holding',
  'fonds',
  'sociétés',
  'contrôle',
]);

export function retypeSurnamesOfPeople(items: Item[], sentTokens: Token[][]): void {
  const persons = items.filter((x) => x.c.kind === 'person' && x.words.length > 1);
  if (persons.length === 0) return;
  const cued = new Set(
    items.filter((x) => x.words.length === 1 && afterCompanyNoun(x, sentTokens)).map((x) => x.key),
  );
  const mentionsByKey = new Map<string, number>();
  for (const x of items) mentionsByKey.set(x.key, (mentionsByKey.get(x.key) ?? 0) + 1);
  const speakers = new Set(
    items
      .filter((x) => x.words.length === 1 && speaksAsPerson(sentTokens[x.c.sentence] ?? [], x.c.to))
      .map((x) => x.key),
  );
  const founding = speaksOfFounding(sentTokens);
  for (const x of items) {
    if (x.c.kind !== 'org' || x.words.length !== 1 || cued.has(x.key)) continue;
    const often = (mentionsByKey.get(x.key) ?? 0) > MAX_SURNAME_MENTIONS;
    if (often && founding && !speakers.has(x.key)) continue;
    if (actsThroughVehicles(sentTokens[x.c.sentence] ?? [])) continue;
    const word = x.words[0];
    // the lexicons hold many surnames as firms ("Jacobs"); a mention that speaks as a person outweighs all but a
    // firm known for sure
    const known = knownOrganisation(x.c.text);
    const firm = introducedInFull(persons, x, founding)
      ? false
      : speakers.has(x.key)
        ? known === 'strong'
        : isKnownOrganisation(word) || known !== null;
    if (x.c.text === x.c.text.toUpperCase() || firm) continue;
    // a headline names people by surname before the story introduces them ("Kroonvaart names X after Y exit")
    const headline = x.c.sentence === 0;
    const namedBefore = persons.some(
      (p) => surnameOf(p.words) === word && (p.c.start < x.c.start || headline),
    );
    if (!namedBefore) continue;
    const inCompanyName = items.some(
      (o) =>
        o.c.kind === 'org' && o.words.length > 1 && (isPrefix(x.words, o.words) || o.words.includes(word)),
    );
    // "Harwood, who left …" after "Harwood Pym" and "Rupert Harwood": the mention itself speaks of the person
    if (!inCompanyName || toldAsPerson(sentTokens[x.c.sentence] ?? [], x.c.to)) x.c.kind = 'person';
  }
}

/** A company noun stands right before the mention ("le groupe X", "the firm X", "chez l'éditeur X"). */
function afterCompanyNoun(x: Item, sentTokens: Token[][]): boolean {
  const prev = sentTokens[x.c.sentence]?.[x.c.from - 1];
  return !!prev && (ORG_CUES_FR.has(prev.lower) || ORG_CUES_EN.has(prev.lower));
}

/** The sentence says a person acts through a group, fund or companies ("his group", "companies he controls"). */
function actsThroughVehicles(tokens: Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++)
    if (ACTS_THROUGH_VEHICLES.has(tokens[i].lower) && VEHICLE_WORDS.has(tokens[i + 1].lower)) return true;
  return false;
}
