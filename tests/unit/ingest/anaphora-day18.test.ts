/**
 * Day eighteen, anaphora: a plural pointer told rivals after a relative clause or adverbs ("Les deux groupes, qui
 * …, étaient jusqu'ici concurrents"), and the plural nouns such a pointer may use ("les deux producteurs", "the two
 * growers"). Sentences written for these tests.
 */
import { articleUnits, relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function rivals(rels: ExtractedRelation[]): string[] {
  return rels
    .filter((r) => r.type === 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' ~ '))
    .sort();
}

function rules(rels: ExtractedRelation[]): string[] {
  return rels.filter((r) => r.type === 'COMPETES_WITH').map((r) => r.rule);
}

describe('a plural pointer told rivals after a relative clause or adverbs', () => {
  it.each([
    "Gervaux Transports a racheté Frigolog. Les deux groupes, qui se croisaient sur les appels d'offres des distributeurs, étaient jusqu'ici concurrents sur le dernier kilomètre.",
    'Gervaux Transports a racheté Frigolog. Les deux sociétés, qui livrent les mêmes enseignes, restaient des concurrentes directes.',
    'Harlow Foods agreed to buy Pentris Dairy. The two firms, which sell to the same grocers in the north of England, had long been the two main competitors in chilled desserts.',
    'Harlow Foods agreed to buy Pentris Dairy. Both companies sell to grocers in the north, where they had been the two main rivals for years.',
  ])('reads "%s"', (text) => {
    const got = rivals(relationsOf(text));
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^(Frigolog ~ Gervaux Transports|Harlow Foods ~ Pentris Dairy)$/);
  });

  it('is the day-eighteen reader that reads the long relative clause', () => {
    const rels = relationsOf(
      "Gervaux Transports a racheté Frigolog. Les deux groupes, qui se croisaient sur les appels d'offres des distributeurs, étaient jusqu'ici concurrents sur le dernier kilomètre.",
    );
    expect(rules(rels)).toContain('any.competes.pair-copula-rivals');
  });

  it.each([
    // partners, not rivals
    "Gervaux Transports a racheté Frigolog. Les deux groupes, qui se croisaient sur les appels d'offres des distributeurs, étaient jusqu'ici partenaires sur le dernier kilomètre.",
    // rivals of others, after a participle and a preposition
    'Harlow Foods agreed to buy Pentris Dairy. Both companies have been squeezed by larger rivals such as Müller.',
    // a denial
    "Gervaux Transports a racheté Frigolog. Les deux groupes, qui livrent des distributeurs différents, n'ont jamais été concurrents sur le dernier kilomètre.",
    // the rivals of a third party, named after the noun
    'Harlow Foods agreed to buy Pentris Dairy. The two firms, which sell to the same grocers in the north of England, have long been the main rivals of the dairy cooperatives in the south.',
  ])('leaves "%s" to other readers', (text) => {
    expect(rules(relationsOf(text))).not.toContain('any.competes.pair-copula-rivals');
  });
});

describe('plural nouns of a pair pointer', () => {
  it.each([
    [
      'Gervaux Transports a racheté Frigolog. Les deux producteurs vendent aux mêmes enseignes.',
      'Gervaux Transports+Frigolog',
    ],
    [
      'Gervaux Transports a racheté Frigolog. Les deux industriels vendent aux mêmes enseignes.',
      'Gervaux Transports+Frigolog',
    ],
    [
      'Harlow Foods agreed to buy Pentris Dairy. The two producers sell to the same grocers.',
      'Harlow Foods+Pentris Dairy',
    ],
    [
      'Harlow Foods agreed to buy Pentris Dairy. The two growers sell to the same grocers.',
      'Harlow Foods+Pentris Dairy',
    ],
  ])('reads "%s"', (text, pair) => {
    expect(articleUnits(text)[1]).toContain(`[*${pair}]`);
  });

  it('leaves a count with no pair named before', () => {
    expect(
      articleUnits('Le marché est calme. Les deux producteurs vendent aux mêmes enseignes.')[1],
    ).not.toContain('[*');
  });
});

describe('a fronted seat clause tells where the subject is from', () => {
  it.each([
    [
      "Le fabricant Médivance a vendu son usine de Rennes. Basé à Grenoble, le groupe réalise 420 millions d'euros. Kessler rachète Ortopedia. L'industriel grenoblois finance l'opération.",
      3,
      'Médivance',
    ],
    [
      'Médivance a racheté Orthalis. Installée à Grenoble, Orthalis emploie 350 personnes. Kessler rachète Ortopedia. La société grenobloise reste autonome.',
      3,
      'Orthalis',
    ],
    [
      'Carrow Bank agreed to buy Tillpoint. Based in Leeds, the bank has 1.2 million customers. Dojo raised money. The Leeds-based lender will pay in cash.',
      3,
      'Carrow Bank',
    ],
  ])('reads "%s"', (text, sentence, company) => {
    expect(articleUnits(text)[sentence]).toContain(`[*${company}]`);
  });

  it('tells no origin for two seats', () => {
    expect(
      articleUnits(
        "Le fabricant Médivance a vendu son usine de Rennes. Basé à Grenoble et à Lyon, le groupe réalise 420 millions d'euros. Kessler rachète Ortopedia. L'industriel grenoblois finance l'opération.",
      )[3],
    ).not.toContain('[*Médivance]');
  });
});

describe('"ce dernier" after a subsidiary and its parent', () => {
  it.each([
    "Watteo concurrence Soléo Pro, filiale du groupe Valorem Énergies. Ce dernier a racheté l'installateur Ouestsol l'an dernier.",
    'Watteo concurrence Soléo Pro, une filiale de Valorem Énergies. Ce dernier avait racheté Ouestsol en 2024.',
    'Watteo competes with Soleo Pro, a unit of Valorem Energies. The latter bought Ouestsol last year.',
  ])('reads "%s" as the parent', (text) => {
    expect(articleUnits(text)[1]).toMatch(/^\[\*Valorem Energies|^\[\*Valorem Énergies/);
  });

  it('keeps a capital complement out', () => {
    expect(
      articleUnits(
        'Le fonds Orféo Capital est entré au capital de Méthavert en 2022. Ce dernier avait aussi soutenu Biogaz Ouest.',
      )[1],
    ).toMatch(/^\[\*Orféo Capital\]/);
  });
});
