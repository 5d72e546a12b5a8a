/**
 * Day seven's cross fixes: a relative after an apposition's closing name tells of the apposed company, a bought
 * company may itself buy, "son dirigeant" / "the label" point back, a rival clause's subject is not hidden by its
 * own pronoun, and a head of a company a merger will name is a future post. Sentences written for these tests.
 */
import { relationsOf } from './article-units';

function pairs(text: string, type: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === type)
    .map((r) => `${r.source} -> ${r.target}`);
}

describe('a relative after the name closing an apposition', () => {
  it('tells of the apposed company, not of its owner', () => {
    const got = pairs(
      'Le fonds a cédé sa participation dans Brunel Mécanique, la filiale spécialisée de Groupe Orvane, ' +
        'qui avait racheté Tessal en 2022.',
      'ACQUIRED',
    );
    expect(got).toContain('Brunel Mécanique -> Tessal');
    expect(got).not.toContain('Groupe Orvane -> Tessal');
  });

  it('still tells of a name that opens no apposition', () => {
    const got = pairs(
      'Le fonds a cédé sa participation dans Brunel Mécanique, une société contrôlée par Groupe Orvane, ' +
        'qui avait racheté Tessal en 2022.',
      'ACQUIRED',
    );
    expect(got).toContain('Groupe Orvane -> Tessal');
  });
});

describe('a company owned by another may buy', () => {
  it('keeps the owned company as the buyer of the deals listed after it', () => {
    const got = pairs(
      "Pour Maravel, détenu depuis 2020 par le fonds Orsenne Capital, c'est la troisième acquisition en deux ans, " +
        'après Colvert et Tisanor.',
      'ACQUIRED',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Orsenne Capital -> Maravel', 'Maravel -> Colvert', 'Maravel -> Tisanor']),
    );
  });

  it('gives a target that already has its buyer no second buyer', () => {
    const got = pairs('Halvard Industries a racheté Colvert, puis Maravel a repris Tisanor.', 'ACQUIRED');
    expect(got).toContain('Halvard Industries -> Colvert');
    expect(got).not.toContain('Colvert -> Tisanor');
  });
});

describe('"son dirigeant", "sa dirigeante" and "the label" point back', () => {
  it('reads the person named after "son dirigeant" or "sa dirigeante" as the company’s leader', () => {
    expect(
      pairs(
        "Orvane Musique a été fondée à Lyon en 2011. Son dirigeant, Paul Mercadier, vise l'Europe.",
        'LEADS',
      ),
    ).toContain('Paul Mercadier -> Orvane Musique');
    expect(
      pairs(
        "Orvane Musique a été fondée à Lyon en 2011. Sa dirigeante, Inès Carvalho, vise l'Europe.",
        'LEADS',
      ),
    ).toContain('Inès Carvalho -> Orvane Musique');
  });

  it('makes no leader of a person merely quoted about the company', () => {
    expect(
      pairs(
        "Orvane Musique a été fondée à Lyon en 2011. Son dirigeant vise l'Europe, selon Paul Mercadier.",
        'LEADS',
      ),
    ).toEqual([]);
  });

  it('reads "the label" as the company named before', () => {
    expect(
      pairs(
        'Brackwell Records was founded in Leeds in 2009. The label competes with Stoneway Music and Halcyon Audio.',
        'COMPETES_WITH',
      ),
    ).toEqual(
      expect.arrayContaining(['Brackwell Records -> Stoneway Music', 'Brackwell Records -> Halcyon Audio']),
    );
  });

  it('does not read a possessed label as the company itself', () => {
    expect(
      pairs(
        'Brackwell Records was founded in Leeds in 2009. Its label competes with Stoneway Music and Halcyon Audio.',
        'COMPETES_WITH',
      ),
    ).toEqual([]);
  });
});

describe('a rivalry whose subject speaks of itself', () => {
  it('keeps the subject when its own pronoun stands before the rival word', () => {
    const got = relationsOf(
      'Dunmore Logistics said it had agreed to buy Swedish rival Fjordline Freight for $300 million.',
    );
    expect(
      got.filter((r) => r.type === 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ ')),
    ).toContain('Dunmore Logistics ~ Fjordline Freight');
  });

  it('gives the rival to no one when another company is the buyer', () => {
    const got = pairs(
      'Dunmore Logistics said Hallam Group had agreed to buy Swedish rival Fjordline Freight for $300 million.',
      'COMPETES_WITH',
    );
    expect(got.some((p) => p.includes('Dunmore Logistics'))).toBe(false);
  });
});

describe('a head of the company a merger will name', () => {
  it('is no leader of that future company', () => {
    const got = pairs(
      'The merged company will be named Corvane Logistics and will be led by Maria Fenwick, currently chief ' +
        'executive of Dunmore.',
      'LEADS',
    );
    expect(got).toContain('Maria Fenwick -> Dunmore');
    expect(got).not.toContain('Maria Fenwick -> Corvane Logistics');
  });

  it('is the leader of a company that is run by that person now', () => {
    expect(
      pairs('Corvane Logistics is led by Maria Fenwick, chief executive of Dunmore.', 'LEADS'),
    ).toContain('Maria Fenwick -> Corvane Logistics');
  });
});
