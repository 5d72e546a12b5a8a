/**
 * Real wire copy, day thirty-one, second round. (1) English given names of the 1980s wire generation ("Morris",
 * "Murray", "Howard", "Nigel") make a capitalised pair a person (entities/first-names-english-wire.ts), so an owner
 * "owned by Morris Belkin" is no company buying its holding. (2) A rumour ending on "since / after" right before the
 * deal's first party is no rumour of the deal also when the target is named earlier in the lead-in: the clause is
 * found from the party the rule captured, not from the target's first mention (values/own-clause-status.ts).
 * (3) A stake in a company described with "and" before its name (relations/stake-described-target.ts). (4) A kind
 * of company capitalised after "U.S." is cut off the name after it (entities/wire-capitals.ts). Sentences written
 * for these tests in the Reuters style.
 */
import { entitiesOf, facts, run } from './helpers';

const PUBLISHED = '1987-03-17';
const typed = (text: string, name: string): string | undefined =>
  entitiesOf(text).find((e) => e.name === name)?.type;
const dealLines = (text: string): string[] =>
  facts(run(text, PUBLISHED)).map((r) => `${r.type} ${r.source} -> ${r.target} ${r.status}`);

describe('English given names of wire copy make a person', () => {
  it.each([
    [
      'Harlan said Dexter Holdings Ltd, owned by Morris Keller, agreed to tender its shares.',
      'Morris Keller',
    ],
    [
      'Harlan said Dexter Holdings Ltd, owned by Murray Tallis, agreed to tender its shares.',
      'Murray Tallis',
    ],
  ])('%s', (text, name) => {
    expect(typed(text, name)).toBe('Person');
  });

  it('a person owning a company buys nothing', () => {
    const text =
      'TORONTO, March 17 - <Harlan Industries Corp> said Dexter Holdings Ltd, owned by Morris Keller, agreed to tender 90 pct of its shares.';
    expect(facts(run(text, PUBLISHED), 'ACQUIRED').map((r) => r.source)).not.toContain('Morris Keller');
  });

  it('a known company opening on a given name stays a company', () => {
    expect(typed('Leroy Merlin a ouvert un magasin à Lyon.', 'Leroy Merlin')).toBe('Organization');
  });
});

describe('a rumour before "after / since" is not the status of a stake bought in the next clause', () => {
  it('the target named in the lead-in too (minority stake)', () => {
    const text =
      'Dexter Stores Ltd shares rose on takeover speculation after Harlan Holdings Ltd bought a 10 pct stake in Dexter Stores Ltd.';
    expect(dealLines(text)).toEqual(['FUNDED Harlan Holdings Ltd -> Dexter Stores Ltd completed']);
  });

  it('the target named in the lead-in too (control)', () => {
    const text =
      'Dexter Stores Ltd has been the subject of bid rumours since Harlan Holdings Ltd acquired a 60 pct stake in Dexter Stores Ltd.';
    expect(dealLines(text)).toEqual(['ACQUIRED Harlan Holdings Ltd -> Dexter Stores Ltd completed']);
  });

  it('speculation that a stake was bought stays a rumour', () => {
    const text =
      'Dexter Stores Ltd shares rose on speculation that Harlan Holdings Ltd bought a 10 pct stake in Dexter Stores Ltd.';
    expect(dealLines(text)).toEqual(['FUNDED Harlan Holdings Ltd -> Dexter Stores Ltd rumoured']);
  });

  it('a possibility after "since" stays a rumour', () => {
    const text =
      'Dexter Stores Ltd shares rose on takeover speculation since Harlan Holdings Ltd may buy a stake in Dexter Stores Ltd.';
    expect(dealLines(text).map((l) => l.split(' ').pop())).not.toContain('completed');
  });

  it('les rumeurs courent depuis que, la cible nommée avant', () => {
    const text =
      "L'action Dexalis a bondi sur des rumeurs de rachat depuis que Kelvra a pris une participation de 10 % dans Dexalis.";
    expect(dealLines(text)).toEqual(['FUNDED Kelvra -> Dexalis completed']);
  });
});

describe('a stake in a company described with "and" before its name', () => {
  const pairs = (text: string): string[] =>
    facts(run(text, PUBLISHED)).map((r) => `${r.type} ${r.source} -> ${r.target}`);

  it('a majority interest in a broker described at length', () => {
    const text =
      'LONDON, March 17 - <Harlan Holdings Plc> said it has acquired a 60 pct interest in the U.S. Commercial and marine insurance broker <Dexter and Crane Inc>.';
    expect(pairs(text)).toEqual(['ACQUIRED Harlan Holdings Plc -> Dexter and Crane Inc']);
  });

  it('a minority stake in an oil and gas producer', () => {
    const text =
      'Harlan Corp said it bought a 15 pct stake in the oil and gas producer Dexter Resources Inc.';
    expect(pairs(text)).toEqual(['FUNDED Harlan Corp -> Dexter Resources Inc']);
  });

  it.each([
    'Harlan Corp said it took a 15 pct stake in the oil and gas fields of Dexter Resources Inc.',
    'Harlan Corp said it bought a 15 pct stake in the company and Dexter Resources Inc.',
  ])('not a description of the company bought: %s', (text) => {
    expect(pairs(text).filter((p) => p.endsWith('Dexter Resources Inc'))).toEqual([]);
  });
});

describe('a kind of company the wire capitalised after "U.S." is no part of the name', () => {
  const orgs = (text: string): string[] =>
    entitiesOf(text)
      .filter((e) => e.type === 'Organization')
      .map((e) => e.name);

  it.each([
    ['Dexter Stores Ltd is unrelated to the U.S. Group H.W. Harlan Co.', 'H.W. Harlan Co'],
    ['The contract went to U.S. Firm Harlan Systems Inc, officials said.', 'Harlan Systems Inc'],
  ])('%s', (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it.each([
    ['U.S. Group Inc said it would bid for the company.', 'U.S. Group Inc'],
    ['Harlan Corp bought shares of U.S. Bank Corp last year.', 'U.S. Bank Corp'],
  ])('a name of its own stays whole: %s', (text, name) => {
    expect(orgs(text)).toContain(name);
  });
});
