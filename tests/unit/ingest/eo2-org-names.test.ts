import { extractArticle } from '../../../ingest/extract';
import { tokenize } from '../../../ingest/tokens';
import type { ExtractedEntity } from '../../../ingest/types';

function entities(text: string): ExtractedEntity[] {
  return extractArticle({ file: 'test', text }).entities;
}

function orgs(text: string): string[] {
  return entities(text)
    .filter((e) => e.type === 'Organization')
    .map((e) => e.name);
}

describe('title-case headlines', () => {
  it('keeps the buyer and the target apart from the verb of a passive headline', () => {
    const found = orgs('Corvell Foods Bought by Ashgrove Capital Partners');
    expect(found).toContain('Corvell Foods');
    expect(found).toContain('Ashgrove Capital Partners');
    expect(found).not.toContain('Corvell Foods Bought');
  });

  it('splits two parties paired by "and" around the story verbs', () => {
    const found = orgs('Acquisition Is Planned By Tenbury and Halloway Chemicals');
    expect(found).toContain('Tenbury');
    expect(found).toContain('Halloway Chemicals');
    expect(found.some((n) => /Planned|Acquisition Is/.test(n))).toBe(false);
  });

  it('cuts a headline party off "Agree to Merge"', () => {
    const found = orgs('Dunmore Mills, Pelham Textiles Agree to Merge');
    expect(found).toContain('Pelham Textiles');
    expect(found).not.toContain('Pelham Textiles Agree');
  });

  it('reads a headline with a camel-case product as title case', () => {
    const found = orgs('Fernlight Opens eWatch Assembly Plant');
    expect(found).not.toContain('Fernlight Opens eWatch Assembly Plant');
    expect(found.some((n) => n.includes('Opens'))).toBe(false);
  });

  it('leaves a name with "and" whole in an ordinary sentence', () => {
    const found = orgs('The fund is run by Harwell and Brook Holdings Inc, which said it would buy a stake.');
    expect(found).toContain('Harwell and Brook Holdings Inc');
  });
});

describe('codes and amounts glued to letters', () => {
  it('takes no currency amount, period code or month-day as a name', () => {
    const found = orgs(
      'Trelmont Corp said revenue reached CNY455.2 million in Q3FY23, against GBP2.15 billion a year before, on November14.',
    );
    expect(found).toEqual(['Trelmont Corp']);
  });

  it('drops a currency abbreviation before a figure', () => {
    const found = orgs(
      "The truck maker's operating profit fell 12.1% to Rs 210.4 crore in Q1FY23 as against Rs 640.2 crore in Q1FY22.",
    );
    expect(found).toEqual([]);
  });

  it('keeps a short name that is not before a figure', () => {
    expect(orgs('Kestrel Ltd bought the plant from Rsk Holdings Inc for 400 crore rupees.')).toEqual(
      expect.arrayContaining(['Kestrel Ltd', 'Rsk Holdings Inc']),
    );
  });
});

describe('public bodies named by their institution word', () => {
  it('types legislatures and a European body as organisations', () => {
    const found = orgs(
      'The tariff bill now goes to the Senate after Congress passed it, while the European Commission said it would respond.',
    );
    expect(found).toEqual(expect.arrayContaining(['Senate', 'Congress', 'European Commission']));
  });

  it('types a French assembly, but not a sentence-opening common noun', () => {
    expect(
      orgs('La réforme a été adoptée par le Sénat puis par la Diète, selon Varsovie Presse SA.'),
    ).toEqual(expect.arrayContaining(['Sénat', 'Diète']));
    expect(orgs('Diet drinks sold well, said Fenmoor Beverages Inc.')).not.toContain('Diet');
  });
});

describe('legal forms written with a slash', () => {
  it('keeps "A/S" and "S/A" as one word', () => {
    expect(tokenize('Norhavn Shipping A/S').map((t) => t.text)).toEqual(['Norhavn', 'Shipping', 'A/S']);
    expect(tokenize('Brasfort S/A').map((t) => t.text)).toEqual(['Brasfort', 'S/A']);
  });

  it('leaves other slashes as punctuation', () => {
    expect(tokenize('the P/E ratio').map((t) => t.text)).toEqual(['the', 'P', '/', 'E', 'ratio']);
  });

  it('keeps the form in the company name', () => {
    expect(orgs('Skovlund Bank A/S said its currency dealer left for Tidewater Fonds ApS.')).toEqual(
      expect.arrayContaining(['Skovlund Bank A/S', 'Tidewater Fonds ApS']),
    );
  });
});

describe('legal forms written with dots', () => {
  it('types a name closed by a dotted form and keeps the form whole', () => {
    const found = orgs(
      'Last year we completed our purchase of Veltrano N.V. and sold a plant to Orrin Gate Co. L.P.',
    );
    expect(found).toEqual(expect.arrayContaining(['Veltrano N.V.', 'Orrin Gate Co. L.P.']));
  });

  it('still drops the dot of an undotted form', () => {
    expect(orgs('Last year we completed our purchase of Veltrano Inc.')).toEqual(['Veltrano Inc']);
  });
});

describe('filing shapes around a name', () => {
  it('cuts a defined term joined by "and" off the name', () => {
    const found = orgs('Registrant and Corbel Gold Corporation entered into a royalty agreement.');
    expect(found).toContain('Corbel Gold Corporation');
    expect(found.some((n) => n.startsWith('Registrant'))).toBe(false);
  });

  it('keeps the charter form of a national bank in its name', () => {
    const found = orgs(
      'The trustee is Lakemont Bank, National Association, under the indenture with Quillon Inc.',
    );
    expect(found).toContain('Lakemont Bank, National Association');
  });
});
