import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity classes of the eleventh day, second round: a company whose name is spelled like a given name or a
 * surname, told a company by the words at its edge; surnames that end in "-aas". Every sentence is written for
 * this file; the invented names stand for classes of naming.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('a name shaped like a person, described as a company', () => {
  it.each([
    [
      "Le fonds avait déjà investi en 2024 dans Kaito, une start-up de Fukuoka spécialisée dans l'hydrogène.",
      'Kaito',
    ],
    ['The fund had already backed Kaito, a Fukuoka startup that makes fuel cells, in 2024.', 'Kaito'],
    ['Le groupe a racheté la start-up Kaito pour 12 millions d’euros.', 'Kaito'],
    ['The group bought the startup Kaito for 12 million euros.', 'Kaito'],
    [
      'The company will open a plant next year to compete with Polish integrator Robotyka Pomorska for contracts.',
      'Robotyka Pomorska',
    ],
    [
      'Le groupe a cédé sa filiale au transporteur polonais Trans Kowalska pour 8 millions.',
      'Trans Kowalska',
    ],
  ])('types "%s" … %s a company', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    ['Kaito, a startup founder from Osaka, said the market would grow.', 'Kaito'],
    ['The startup was founded by Anna Kowalska, a former engineer, in 2019.', 'Anna Kowalska'],
    ['Le directeur général Kaito a présenté le plan de la société.', 'Kaito'],
  ])('keeps a person in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Person');
  });
});

describe('surnames ending in -aas', () => {
  it.each([
    ['Lunde, 51, will succeed Henrik Aas, who has run the bank since 2017.', 'Henrik Aas'],
    ['Le conseil a nommé Ingrid Haas à la tête de la banque.', 'Ingrid Haas'],
  ])('reads the whole name in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Person');
  });

  it('still leaves "as a service" acronyms out of names', () => {
    const t = types('Cloudwise sells SaaS tools to retailers and raised 10 million euros.');
    expect(t.has('SaaS')).toBe(false);
    expect(t.has('Cloudwise SaaS')).toBe(false);
  });
});

describe('a French regional name with its articled region', () => {
  it.each([
    [
      "Le groupe a obtenu un prêt de 30 millions d'euros du Crédit Agricole des Savoie et de la Banque des Territoires.",
      'Crédit Agricole des Savoie',
    ],
    ['Horizia a racheté Prévoyance des Vosges, une mutuelle de 40 000 adhérents.', 'Prévoyance des Vosges'],
    [
      "Stellane a racheté en 2022 le fabricant d'objectifs Optique du Jura, selon un communiqué.",
      'Optique du Jura',
    ],
    [
      'La Banque Populaire du Nord a accordé un crédit de 5 millions à la société.',
      'Banque Populaire du Nord',
    ],
  ])('keeps the region inside the name in "%s"', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it.each([
    ['Lucien Maréval du Jura a fondé la société en 1962.', 'Lucien Maréval'],
    ['Yvonne Martel du Nord a pris la direction de la société en 2020.', 'Yvonne Martel'],
  ])('leaves a person apart in "%s"', (text, name) => {
    const t = types(text);
    expect([...t.keys()].some((k) => k.includes(' du Jura') || k.includes(' du Nord'))).toBe(false);
    expect(t.has(name)).toBe(true);
  });
});

describe('a sentence-opening adverb or plural participle set off by a comma', () => {
  it.each([
    ['Réunis, ils affrontent désormais Héliades Travel et Clubtour sur le circuit accompagné.', 'Réunis'],
    ['Unies, elles pèsent 2 milliards d’euros face à Clubtour.', 'Unies'],
    ['Rachetés, les magasins de Norcap passeront sous enseigne Clubtour.', 'Rachetés'],
    ['Elsewhere, Vantor Systems said it would open a plant in Gdansk.', 'Elsewhere'],
    ['Separately, Vantor Systems raised 20 million euros.', 'Separately'],
  ])('names nothing in "%s"', (text, word) => {
    expect(types(text).has(word)).toBe(false);
  });

  it.each([['Servis, a Polish logistics firm, said it would expand.', 'Servis']])(
    'keeps a company named first in "%s"',
    (text, name) => {
      expect(types(text).get(name)).toBe('Organization');
    },
  );
});

describe("a market's big player before its name", () => {
  it.each([
    ['Swedish grocery giant Axfood was reported to be weighing an investment in the company.', 'Axfood'],
    ['The deal makes oil major Norvex the largest shareholder of the company.', 'Norvex'],
    ['En 2021, le géant Biscor avait approché la société Kerlann, sans succès.', 'Biscor'],
    ["L'entreprise a été rachetée par le géant américain Halvorn pour 2 milliards d'euros.", 'Halvorn'],
  ])('types "%s" … %s a company', (text, name) => {
    expect(types(text).get(name)).toBe('Organization');
  });

  it('keeps a person named with a given name', () => {
    const text = 'Industry giant Anna Lindqvist, who founded the company in 1998, said the group would grow.';
    expect(types(text).get('Anna Lindqvist')).toBe('Person');
  });
});
