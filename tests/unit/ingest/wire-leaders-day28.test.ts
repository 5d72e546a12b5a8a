/**
 * Day twenty-eight (real text, second round): the head of a central bank named by no word of its own leads no
 * named body ("Central Bank President P"; relations/leads-unnamed-central-bank.ts), while a central bank with a
 * name keeps its leader; a first initial before two name words is a person's name even when the name the person
 * goes by is no listed given name ("O. Mason Hawkins"; entities/person-shapes.ts); people named together who say they
 * bought shares each fund the company, also when the company is named before its stock ("said they bought their
 * Killearn stock"; relations/frames/funded-person-stake.ts). Sentences written for these tests.
 */
import { run } from './helpers';
import { isUnnamedCentralBank } from '../../../ingest/relations/leads-unnamed-central-bank';

function pairs(text: string, type: string): string[] {
  return run(text, '1987-03-04')
    .relations.filter((r) => r.type === type)
    .map((r) => `${r.source} -> ${r.target}`);
}

function people(text: string): string[] {
  return run(text, '1987-03-04')
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('the head of an unnamed central bank leads no named body', () => {
  it.each([
    'LIMA, March 4 - Finance Minister Luis Ortega said he will be joined in Tokyo by Central Bank President Alberto Quispe.',
    'QUITO, March 4 - The Central Bank, headed by Jorge Salazar, raised its discount rate to 28 pct.',
    "BOGOTA, March 4 - Central Bank governor Ernesto Mejia said the country's reserves rose to 3.1 billion dlrs.",
    'DAKAR, 4 mars - Le gouverneur de la Banque centrale, Amadou Diallo, a annoncé une baisse du taux directeur.',
  ])('%s', (text) => {
    expect(pairs(text, 'LEADS')).toEqual([]);
  });

  it.each([
    [
      'DUBLIN, March 4 - Central Bank of Ireland Governor Maurice Kearney said inflation would slow this year.',
      'Maurice Kearney -> Central Bank of Ireland',
    ],
    [
      'OTTAWA, March 4 - Bank of Canada Governor John Crow said the bank would keep rates steady.',
      'John Crow -> Bank of Canada',
    ],
  ])('a named central bank keeps its leader: %s', (text, pair) => {
    expect(pairs(text, 'LEADS')).toContain(pair);
  });

  it('only a name saying "central bank" and nothing else is unnamed', () => {
    expect(isUnnamedCentralBank('Central Bank')).toBe(true);
    expect(isUnnamedCentralBank('the Central Bank')).toBe(true);
    expect(isUnnamedCentralBank('Banque centrale')).toBe(true);
    expect(isUnnamedCentralBank('Banque centrale européenne')).toBe(false);
    expect(isUnnamedCentralBank('Central Bank of Ireland')).toBe(false);
    expect(isUnnamedCentralBank('Central Bancorp')).toBe(false);
  });
});

describe('a first initial before two name words is a person', () => {
  it.each([
    [
      'WASHINGTON, March 4 - Two investors, R. Calder Whitley and Thomas Grant, said they bought 9.8 pct of Norland Corp.',
      'R. Calder Whitley',
    ],
    [
      'DALLAS, March 4 - Norland Corp said its founder, J. Tolliver Haskell, will retire in June.',
      'J. Tolliver Haskell',
    ],
  ])('%s', (text, person) => {
    expect(people(text)).toContain(person);
  });

  it.each([
    ['NEW YORK, March 4 - Shares of A. Schulman Inc rose 2 dlrs after the results.', 'A. Schulman'],
    ['BALTIMORE, March 4 - T. Rowe Price said it holds 6.1 pct of Norland Corp.', 'T. Rowe Price'],
    ['NEW YORK, March 4 - E. F. Hutton Group said it bought 5.2 pct of Norland Corp.', 'Hutton'],
  ])('a firm named after a person stays a firm: %s', (text, part) => {
    expect(people(text).filter((n) => n.includes(part))).toEqual([]);
  });
});

describe('people named together who bought shares each fund the company', () => {
  it.each([
    [
      'WASHINGTON, March 4 - Two brokers, Dale Whitcomb and Susan Orrell, told the SEC they have acquired 310,000 shares of Norland Corp, or 7.2 pct.',
      ['Dale Whitcomb -> Norland Corp', 'Susan Orrell -> Norland Corp'],
    ],
    [
      'WASHINGTON, March 4 - The partners, R. Calder Whitley and Thomas Grant, who work for Pell Advisers Inc, said they bought their Norland Corp stock as an investment.',
      ['R. Calder Whitley -> Norland Corp', 'Thomas Grant -> Norland Corp'],
    ],
    [
      'WASHINGTON, March 4 - Texas investor Dale Whitcomb said he bought 95,000 Norland Corp common shares since January and that he may buy more of the stock.',
      ['Dale Whitcomb -> Norland Corp'],
    ],
    [
      'PARIS, 4 mars - Jean Delorme et Anne Brissac ont acquis 8 % du capital de Norland SA.',
      ['Jean Delorme -> Norland SA', 'Anne Brissac -> Norland SA'],
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text, 'FUNDED').sort()).toEqual([...expected].sort());
  });

  it.each([
    'NEW YORK, March 4 - Analyst Dale Whitcomb said the company bought its Norland Corp stock last year.',
    'NEW YORK, March 4 - Dale Whitcomb and Susan Orrell said investors bought Norland Corp stock on the news.',
    'NEW YORK, March 4 - Dale Whitcomb said he sold his Norland Corp shares in January.',
  ])('no purchase of the speakers: %s', (text) => {
    expect(pairs(text, 'FUNDED')).toEqual([]);
  });
});
