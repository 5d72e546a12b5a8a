import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity classes of day sixteen (round two), read on unseen wire copy and trade press: pieces left over from a
 * name (a lone legal form, a spaced Nordic ticker, a sign-off glued to the last sentence), a nation word before
 * a noun of people, acronyms that keep "of" or spell dotted initials, a person-shaped short form of a company
 * named with its legal form, and French brands pairing two plural nouns with "et". Every sentence is written for
 * this file.
 */
function entities(text: string): { name: string; type: string; aliases: string[] }[] {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return toEntities(index, new Set()).map((e) => ({ name: e.name, type: e.type, aliases: e.aliases ?? [] }));
}
function names(text: string): string[] {
  return entities(text).map((e) => e.name);
}
function typeOf(text: string, name: string): string | undefined {
  return entities(text).find((e) => e.name === name)?.type;
}
/** The entity whose name or alias is `name`. */
function holder(text: string, name: string): string | undefined {
  return entities(text).find((e) => e.name === name || e.aliases.includes(name))?.name;
}

describe('a legal form left alone by quotes or brackets is no name', () => {
  it.each([
    ['Kessler Inc said it will supply all 271 Toys "R" Us Inc stores by the end of 1987.'],
    [
      'Brandt Bank of Norway (Securities) Ltd said it is lead managing the sale of new shares of Kessler Ltd.',
    ],
    ['Orvalis said it sold the unit to "Tern" Co Ltd for 12 mln dlrs.'],
  ])('%s', (text) => {
    const got = names(text);
    for (const form of ['Inc', 'Ltd', 'Co Ltd']) expect(got).not.toContain(form);
  });

  it('keeps a company whose name ends in the form', () => {
    expect(names('Kessler Inc said it sold the unit to Tern Co Ltd for 12 mln dlrs.')).toEqual(
      expect.arrayContaining(['Kessler Inc', 'Tern Co Ltd']),
    );
  });
});

describe('a ticker with its market code after a space', () => {
  it.each([
    ["Sweden's Telefon AB Kessler <KESS ST> said one of its units had won a contract.", 'KESS ST'],
    ['Orvalis AB <ORVA ST> forecast higher earnings in 1987.', 'ORVA ST'],
    ['Norvik ASA <NORV OL> said it bought a stake in Tern.', 'NORV OL'],
  ])('%s', (text, ticker) => {
    expect(names(text)).not.toContain(ticker);
  });

  it('keeps a two-word unlisted company in angle brackets', () => {
    expect(typeOf('Kessler Corp said it bought <Tern Homes Inc> for 12 mln dlrs.', 'Tern Homes Inc')).toBe(
      'Organization',
    );
  });
});

describe("the agency's sign-off glued to the last sentence", () => {
  it.each([
    ['Kessler AB said it paid cash for the assets of Tern Holdings Inc. REUTER'],
    ['Kessler AB said it paid cash for the assets of Tern Holdings Inc. Reuter'],
    ['Kessler AB said it paid cash for the assets of Tern Holdings Ltd. REUTER...'],
    ['Kessler AB said it expects higher sales.\nREUTER...'],
  ])('%s', (text) => {
    expect(names(text).map((n) => n.toLowerCase())).not.toContain('reuter');
  });

  it('keeps a name after an abbreviation that opens it', () => {
    const text = 'Kessler Corp said it sold the bonds to the U.S. Treasury';
    const tokens = splitSentences(text).map((s) => tokenize(s.text, s.start));
    const kept = collectCandidates(tokens, text).filter((c) => c.kind !== 'drop');
    expect(kept.map((c) => c.text)).toContain('U.S. Treasury');
  });
});

describe('a nation word before a noun of people', () => {
  it.each([
    [
      "There was no word from Kessler Corp, but U.S. Officials said the group's move reflected frustration. U.S. Officials said Reagan would act.",
      'U.S. Officials',
    ],
    ['Kessler Corp sold shares to Tern Inc, U.S. Officials said.', 'U.S. Officials'],
    ['Kessler Corp sold shares to Tern Inc, West German Bankers said.', 'West German Bankers'],
  ])('%s', (text, group) => {
    expect(names(text)).not.toContain(group);
  });

  it('keeps a company whose name holds such a noun with a word of its own', () => {
    expect(names('Kessler Analysts Inc said it bought Tern Corp.')).toContain('Kessler Analysts Inc');
  });
});

describe('an acronym that keeps "of" or spells dotted initials', () => {
  it.each([
    ['Icahn filed with the U.S. Department of Transportation. The DOT threw the application out.', 'DOT'],
    ['The U.S. Department of Justice is reviewing it. The DOJ declined to comment.', 'DOJ'],
    ['The Bank of England cut rates. The BOE said inflation was falling.', 'BOE'],
  ])('%s', (text, acronym) => {
    expect(holder(text, acronym)).not.toBe(acronym);
  });

  it('reads dotted initials opening a name', () => {
    const text = 'K.T.R. Dealer Holdings Ltd extended its offer. KTR already owns 17 pct of Tern Corp.';
    expect(holder(text, 'KTR')).toBe('K.T.R. Dealer Holdings Ltd');
  });

  it('leaves an acronym no reading spells apart', () => {
    const text = 'The U.S. Department of Transportation said it would rule. The FAA declined to comment.';
    expect(holder(text, 'FAA')).toBe('FAA');
  });
});

describe('a person-shaped short form of a company named with its legal form', () => {
  it.each([
    ['CRA Ltd sold its <Forrest Gold Pty Ltd> unit. Forrest Gold owns two mines.', 'Forrest Gold Pty Ltd'],
    ['Kessler Corp bought Martin Brown Ltd last year. Martin Brown makes valves.', 'Martin Brown Ltd'],
    ['Tern Inc agreed to buy Julia Lane Co. Julia Lane has 40 stores.', 'Julia Lane Co'],
  ])('%s', (text, company) => {
    const got = entities(text);
    expect(got.filter((e) => e.type === 'Person')).toEqual([]);
    expect(got.find((e) => e.name === company)?.type).toBe('Organization');
  });

  it('keeps a person named before any company bearing the name', () => {
    const text = 'Martin Brown said he would sell his stake. Later Kessler Corp bought Martin Brown Ltd.';
    expect(typeOf(text, 'Martin Brown')).toBe('Person');
  });
});

describe('two plural nouns joined by "et" in a French brand', () => {
  it.each([
    ['Le réseau a racheté le landais Pins et Dunes en 2023.', 'Pins et Dunes'],
    ["Le groupe Kessler a racheté l'agence lyonnaise Horizons et Découvertes.", 'Horizons et Découvertes'],
    [
      'Le prêt est accordé par Kessler Banque Entreprises et Institutionnels.',
      'Kessler Banque Entreprises et Institutionnels',
    ],
    ['Kessler a repris la coopérative Vignes et Terroirs, près de Cognac.', 'Vignes et Terroirs'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['Le réseau a racheté les campings Pins et Dunes en 2023.', 'Pins'],
    ['Kessler a racheté Orvalis et Tern en 2023.', 'Orvalis'],
    ['Le fonds a soutenu Kessler et Orvalis.', 'Kessler'],
  ])('leaves a list apart: %s', (text, first) => {
    expect(names(text)).toContain(first);
  });
});
