/**
 * Day twenty-seven, French press: a company leaning on a backer ("X s'adosse au groupe Y", "s'est adossé en 2022 à
 * A et au fonds B", "l'adossement de X à Y") is a takeover when told bare or with control, an investment by each
 * backer when told with a minority share ("entrés à son capital de façon minoritaire", "qui détient 30 % de son
 * capital"), and nothing when the text says it is a business tie (frames/lean-on-backer.ts). Sentences written for
 * these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function deals(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'FUNDED')
    .map(typedPair)
    .sort();
}

describe('a lean told with a minority share: each backer invests', () => {
  it.each([
    [
      "Le groupe Vendôme Emballages s'est adossé en 2023 à Bpifrance et au Crédit Mutuel Equity, entrés à son capital de façon minoritaire.",
      ['FUNDED Bpifrance -> Vendôme Emballages', 'FUNDED Crédit Mutuel Equity -> Vendôme Emballages'],
    ],
    [
      "La société Kermor Bois s'est adossée l'an dernier au fonds Ouest Capital, qui détient 30 % de son capital.",
      ['FUNDED Ouest Capital -> Kermor Bois'],
    ],
  ])('%s', (text, want) => {
    expect(deals(text)).toEqual(want);
  });
});

describe('a lean told bare or with control: the backer takes over', () => {
  it.each([
    [
      "La start-up rennaise Datavolt s'adosse au groupe Oréliance, qui rachète l'intégralité de son capital.",
      'ACQUIRED Oréliance -> Datavolt',
    ],
    [
      "La société Kermor Bois s'adosse depuis 2021 au fonds Ouest Capital, qui a pris 60 % de son capital.",
      'ACQUIRED Ouest Capital -> Kermor Bois',
    ],
    [
      'La société Kermor Bois s’adosse au fonds Ouest Capital.'.replace('’', "'"),
      'ACQUIRED Ouest Capital -> Kermor Bois',
    ],
  ])('%s', (text, want) => {
    expect(deals(text)).toEqual([want]);
  });
});

describe('near misses', () => {
  it('reads no deal in a business tie with no capital link', () => {
    const text =
      "La mutuelle Horalis s'était adossée en 2022 au groupe de protection sociale Cavelia, dans le cadre d'un partenariat commercial sans lien capitalistique.";
    expect(deals(text)).toEqual([]);
  });

  it('reads no deal in a denied lean', () => {
    expect(deals("La société Kermor Bois ne s'est pas adossée au fonds Ouest Capital.")).toEqual([]);
  });
});
