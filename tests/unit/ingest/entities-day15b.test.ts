import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity classes of the fifteenth day's second round, from unseen Reuters stories and new French articles: a
 * title or a body glued before a person's name, ampersand partnerships, French articled names whose complement is
 * a given name, and an apposition naming the owner. Every sentence is written for this file.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('a title glued before a given name and surname is left out of the person', () => {
  it.each([
    ['Publisher Robert Maxwell said on Monday that the offer for Harcourt was final.', 'Robert Maxwell'],
    ['The bill was backed by House Speaker Jim Wright, who spoke on Monday.', 'Jim Wright'],
    ['Social Democrat Chancellor Willy Brandt resigned in 1974.', 'Willy Brandt'],
    ['Postmaster General Jonathan Hunt said Post Office Bank Ltd would expand.', 'Jonathan Hunt'],
    ['Media Tycoon Rupert Murdoch bought the Herald group on Tuesday.', 'Rupert Murdoch'],
  ])('reads the person in "%s"', (text, person) => {
    const found = types(text);
    expect(found.get(person)).toBe('Person');
    expect([...found.keys()].filter((k) => k !== person && k.endsWith(person))).toEqual([]);
  });
});

describe('a body glued before a person stays a name of its own', () => {
  it.each([
    [
      'Securities and Exchange Commission John Shad said the case was closed.',
      'Securities and Exchange Commission',
      'John Shad',
    ],
    [
      'House Ways and Means Committee Dan Rostenkowski said the bill would pass.',
      'House Ways and Means Committee',
      'Dan Rostenkowski',
    ],
    ['Energy Department James Watkins said the reactor would close.', 'Energy Department', 'James Watkins'],
  ])('reads two names in "%s"', (text, body, person) => {
    const found = types(text);
    expect(found.get(body)).toBe('Organization');
    expect(found.get(person)).toBe('Person');
  });

  it.each([
    ['La Fondation Jean Jaurès publie une note sur la fiscalité.', 'Fondation Jean Jaurès'],
    ['Norton Rose Fulbright advised Acme Corp on the deal.', 'Norton Rose Fulbright'],
  ])('keeps a firm or a body named after a person whole in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });
});

describe('an ampersand between title-case words joins partners into one firm', () => {
  it.each([
    ['Verdant Roots was advised by Whitmore & Lane on the transaction.', 'Whitmore & Lane'],
    ['Carrow & Finch is advising Grainfield on the sale.', 'Carrow & Finch'],
    ['Le britannique Hartley & Sons était entré en négociations exclusives.', 'Hartley & Sons'],
    ['Analysts at Keefe, Bruyette & Woods said the deal could draw a rival bid.', 'Keefe, Bruyette & Woods'],
  ])('reads "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    ['Trinidad & Tobago said on Monday it would buy wheat.', 'Trinidad & Tobago'],
    ['Research & Development spending rose 4 %.', 'Research & Development'],
  ])('reads no firm in "%s"', (text, name) => {
    expect(types(text).get(name)).toBeUndefined();
  });

  it('keeps two given names joined by an ampersand as no firm', () => {
    expect(types('Tom & Jerry was broadcast on Monday.').get('Tom & Jerry')).not.toBe('Organization');
  });
});

describe('a French articled name takes a given name as its complement', () => {
  it.each([
    [
      "La start-up drômoise Les Vergers de Margaux annonce une levée de 6 millions d'euros.",
      'Vergers de Margaux',
    ],
    ['La coopérative Les Jardins de Camille a racheté Maraîchage Dumont.', 'Jardins de Camille'],
    ["L'enseigne La Cave de Louise ouvre un magasin à Lyon.", 'Cave de Louise'],
  ])('reads "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it('leaves a given name and a surname to the person', () => {
    const found = types('Selon Les Amis de Jean Moulin, la stèle sera restaurée.');
    expect(found.get('Jean Moulin')).toBe('Person');
    expect([...found.keys()].some((k) => k.includes('de Jean'))).toBe(false);
  });
});

describe('an apposition naming a company owner makes the name a company', () => {
  it.each([
    ['Nous avons croisé La Belle Jardinière, propriété du groupe Solvane, au salon.', 'Belle Jardinière'],
    ['We met Harrow Vale, owned by the Kestrel group, at the fair.', 'Harrow Vale'],
    ['Nous avons visité Verrières Dorel, détenue par le fonds Archimède, en mai.', 'Verrières Dorel'],
    ['We met Harrow Vale, now controlled by the Kestrel fund, at the fair.', 'Harrow Vale'],
  ])('reads "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    ['We met Harrow Vale, owned by his family since 1920, at the fair.', 'Harrow Vale'],
    ['Le domaine a été racheté par Jean Morel, propriété de sa famille depuis 1920.', 'Jean Morel'],
  ])('reads no company when the owner is a family in "%s"', (text, name) => {
    expect(types(text).get(name)).not.toBe('Organization');
  });
});

describe('a bracketed acronym whose letters spell the name in order makes it a company', () => {
  it.each([
    [
      'Le fabricant lorrain de transmissions Vautrin Mécanique (VTM) a annoncé lundi un accord.',
      'Vautrin Mécanique',
    ],
    ['Hier, Loiret Usinage (LUS) a levé 4 millions.', 'Loiret Usinage'],
    ['On Monday, Korvane Fabrication (KFN) said it had won the tender.', 'Korvane Fabrication'],
  ])('reads "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it('leaves a person with bracketed initials of another spelling alone', () => {
    expect(types('Hier, Pierre Martin (PMA) a parlé.').get('Pierre Martin')).toBe('Person');
  });
});

describe('the fields of a web byline between pipes', () => {
  it.each([
    [
      'Les Echos | Par Grégoire Saint-Arnaud | Publié le 3 juin 2026\nLe groupe a racheté Baudet.',
      'Les Echos',
      'Grégoire Saint-Arnaud',
    ],
    [
      'Par Anne-Sophie de La Rochère | Maddyness | 22 janvier 2026\nLa start-up a levé 3 millions.',
      'Maddyness',
      'Anne-Sophie de La Rochère',
    ],
    [
      'Dockside Wire | By Mary Ann Lee | June 3, 2026\nThe group raised 3 million.',
      'Dockside Wire',
      'Mary Ann Lee',
    ],
  ])('reads the outlet and the author in "%s"', (text, outlet, author) => {
    const found = types(text);
    expect(found.get(outlet)).toBe('Organization');
    expect(found.get(author)).toBe('Person');
    expect(found.has('Publié')).toBe(false);
  });

  it('reads no outlet in a pipe line without an author field', () => {
    expect(
      types('Prix | Stocks | Kestrane Dorval\nLe groupe a racheté Baudet.').get('Kestrane Dorval'),
    ).not.toBe('Organization');
  });
});
