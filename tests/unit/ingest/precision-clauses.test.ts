import { facts, pair, run } from './helpers';

function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair);
}

describe('a party that is the object of an earlier verb', () => {
  it('is not the subject of a French second clause after "et"', () => {
    const text =
      'Le groupe Vernaudin ouvre une usine à Dijon. ' +
      "Il avait repris en 2020 le torréfacteur Caféine Nord, et avait pris l'an dernier une participation minoritaire dans la start-up Grainvert.";
    expect(pairs(text, 'FUNDED')).not.toContain('Caféine Nord -> Grainvert');
  });

  it('is not the subject of a participle clause', () => {
    const text =
      "Tarrow Media has taken a 15% stake in podcast start-up Wavecrest, investing £4m in the company's latest round.";
    const funded = pairs(text, 'FUNDED');
    expect(funded).toContain('Tarrow Media -> Wavecrest');
    expect(funded).not.toContain('Wavecrest -> Tarrow Media');
  });

  it('leaves a fronted phrase and a list of nouns alone', () => {
    expect(
      pairs('Backed by Forge Capital, Brellan Systems raised money and then bought Tovix Labs.', 'ACQUIRED'),
    ).toContain('Brellan Systems -> Tovix Labs');
    expect(
      pairs('Brellan Systems acquired the assets and business of Tovix Labs for $5 million.', 'ACQUIRED'),
    ).toEqual(['Brellan Systems -> Tovix Labs']);
  });
});

describe('a place or brand that only qualifies the next name', () => {
  it('is not what was bought', () => {
    const acquired = pairs('Orlen Vale bought Essex packaging maker Dovecote Pack last year.', 'ACQUIRED');
    expect(acquired).toContain('Orlen Vale -> Dovecote Pack');
    expect(acquired).not.toContain('Orlen Vale -> Essex');
  });
});

describe('a subject that helps with someone else’s purchase', () => {
  it('is not the buyer', () => {
    expect(pairs('Cardwell Bank financed the acquisition of Tovix Labs.', 'ACQUIRED')).toEqual([]);
    expect(pairs('Brellan Systems completed the acquisition of Tovix Labs in May.', 'ACQUIRED')).toEqual([
      'Brellan Systems -> Tovix Labs',
    ]);
  });

  it('a merger closed is no funding round', () => {
    expect(pairs('Brellan Systems completed its merger with Tovix Labs.', 'FUNDED')).toEqual([]);
    expect(pairs('Brellan Systems raised $20 million from Forge Capital.', 'FUNDED')).toEqual([
      'Forge Capital -> Brellan Systems',
    ]);
  });
});

describe("a product named after the subject's possessive", () => {
  it('is not the buyer of the purchase that built it', () => {
    const text =
      'Ostrel, the Danish software group, has grown its Fjordline suite mainly through acquisitions, including the 2021 purchase of Kelvey Analytics.';
    const acquired = pairs(text, 'ACQUIRED');
    expect(acquired).not.toContain('Fjordline -> Kelvey Analytics');
  });

  it('while a unit after the possessive may still buy', () => {
    const text = 'Ostrel said its Fjordline unit completed the acquisition of Kelvey Analytics.';
    expect(pairs(text, 'ACQUIRED')).toContain('Fjordline -> Kelvey Analytics');
  });
});
