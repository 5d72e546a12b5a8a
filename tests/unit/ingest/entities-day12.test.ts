import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity classes of the twelfth day, read from wire and web copy: people whose surname carries a particle (French
 * "d'", "du", "de la" after a double surname, Dutch "ter"), French ministries written with a lower-case head, and
 * newsroom credit labels glued to the first name of a byline. Every sentence is written for this file; the
 * invented names stand for classes of naming.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('a person whose surname carries a particle', () => {
  it.each([
    [
      "Créée en 2018 par Inès Ben Salah et Thibault d'Hérouville, la start-up compte 40 salariés.",
      "Thibault d'Hérouville",
    ],
    ["Thibault d'Hérouville a quitté la société Lumeo en mars.", "Thibault d'Hérouville"],
    ["La société Lumeo a été fondée par Édouard d'Aubigné, un ancien banquier.", "Édouard d'Aubigné"],
    ['La société Lumeo est dirigée par Thibault du Pontavice depuis 2024.', 'Thibault du Pontavice'],
    ['Thibault du Pontavice a rejoint la société Lumeo en 2024.', 'Thibault du Pontavice'],
    [
      'Voltwerk was founded in 2020 by Lena Hoffmann, a former engineer, and Jakob ter Horst.',
      'Jakob ter Horst',
    ],
    ['The board of Lumeo named Pieter ter Beek chief executive on Monday.', 'Pieter ter Beek'],
    [
      "« Ce rapprochement est bon », a déclaré à l'AFP Jean-Marc Dupuis de la Villéon, directeur général de Lumeo.",
      'Jean-Marc Dupuis de la Villéon',
    ],
    ['Jean-Marc Dupuis de la Villéon dirige la société Lumeo depuis 2019.', 'Jean-Marc Dupuis de la Villéon'],
    [
      'La société Lumeo est dirigée par Marie Lefort de la Tour, ancienne banquière.',
      'Marie Lefort de la Tour',
    ],
  ])('reads the whole name in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Person');
  });

  it.each([
    ['La Banque Populaire de la Loire finance la société Lumeo.', 'Banque Populaire de la Loire'],
    ["Le groupe Terres d'Armor a racheté la société Lumeo.", "Terres d'Armor"],
  ])('keeps an organisation with the same particles in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });
});

describe('a French ministry written with a lower-case head', () => {
  it.each([
    [
      'Un porte-parole du ministère des Armées a confirmé la commande passée à la société Lumeo.',
      'ministère des Armées',
    ],
    [
      "Le rachat de la société Lumeo doit recevoir le feu vert du ministère de l'Économie.",
      "ministère de l'Économie",
    ],
    ['Le ministère de la Culture a subventionné la société Lumeo.', 'ministère de la Culture'],
    ['La société Lumeo travaille avec le ministère des Outre-mer depuis 2020.', 'ministère des Outre-mer'],
  ])('names the ministry in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it('does not take a lower-case noun that is no institution head', () => {
    const t = types("Le marché de l'Économie sociale attire la société Lumeo.");
    expect(t.has("marché de l'Économie")).toBe(false);
  });
});

describe('a newsroom credit label before a byline name', () => {
  it.each([
    ['(Reportage Julien Ponthus, édité par Sophie Louet)', 'Julien Ponthus'],
    ['(Reportage Matthias Krüger et Julien Ponthus)', 'Matthias Krüger'],
    ['(Reporting Aoife Gallagher; Editing Mark Potter)', 'Aoife Gallagher'],
  ])('leaves the label out of the name in "%s"', (text, name) => {
    const t = types(text);
    expect(t.get(name)).toBe('Person');
    expect([...t.keys()].some((k) => /^(Reportage|Reporting)\b/.test(k))).toBe(false);
  });

  it('keeps a company whose name opens with such a word when no bracket or line start is there', () => {
    expect(
      types('Le groupe a racheté la société Reportage Films pour 3 millions.').get('Reportage Films'),
    ).toBe('Organization');
  });
});
