import { extractArticle } from '../../../ingest/extract';
import { splitSentences } from '../../../ingest/sentences';
import type { ExtractedEntity } from '../../../ingest/types';

/** Entities of one article through the whole extractor, so aliases and settling count as in the output. */
function entities(text: string): ExtractedEntity[] {
  return extractArticle({ file: 'test', text }).entities;
}

function names(text: string): string[] {
  return entities(text).map((e) => e.name);
}

function entity(text: string, name: string): ExtractedEntity | undefined {
  return entities(text).find((e) => e.name === name);
}

describe('wire copy conventions', () => {
  it('drops the agency sign-off that closes a story', () => {
    const text = 'Pellham Industries Inc said it bought Norcastle Tools Inc for 12 mln dlrs.\n REUTER';
    expect(names(text)).not.toContain('REUTER');
    expect(names(text)).toContain('Pellham Industries Inc');
  });

  it('keeps a name in a closing sentence of several words', () => {
    const text = 'Pellham Industries Inc said it bought a plant.\nTorvane Corp declined to comment.';
    expect(names(text)).toContain('Torvane Corp');
  });

  it('drops the city and region of a dateline', () => {
    const text = 'BRISTOW, Okla., May 4 - Pellham Industries Inc said it agreed to buy Norcastle Tools Inc.';
    const found = names(text);
    expect(found).not.toContain('BRISTOW');
    expect(found).not.toContain('Okla.');
    expect(found).toContain('Pellham Industries Inc');
  });

  it('drops the place of a press-release dateline with a year', () => {
    const text =
      'SUNNYVALE, Calif., May 4, 2021 /PRNewswire/ -- Velmont Systems Inc. said it acquired Quarry Labs Ltd.';
    const found = names(text);
    expect(found).not.toContain('SUNNYVALE');
    expect(found).not.toContain('Calif');
    expect(found).toContain('Velmont Systems Inc');
  });

  it('keeps a name before a comma and a month that starts no dateline', () => {
    const text = 'Velmont Systems Inc, May 4 results aside, said it acquired Quarry Labs Ltd.';
    expect(names(text)).toContain('Velmont Systems Inc');
  });

  it('drops a repeat marker glued before the dateline', () => {
    const text =
      'RPT --DUNMORE, Scotland, June 2 - Halbrook Textiles Plc said it sold its mill to Carrow Ltd.';
    expect(names(text)).not.toContain('RPT');
    expect(names(text)).toContain('Halbrook Textiles Plc');
  });

  it('keeps an all-caps company that opens a sentence without a date', () => {
    const text = 'KEMLAR, the Ohio toolmaker, said it would buy Brenner Gauge Co for cash.';
    expect(names(text)).toContain('KEMLAR');
  });

  it('reads a bracketed ticker as an alias of the name before it', () => {
    const text = 'Dorrance Mills Inc <DRML.O> said it agreed to acquire Quillan Fabrics Corp.';
    const found = names(text);
    expect(found).not.toContain('DRML.O');
    expect(entity(text, 'Dorrance Mills Inc')?.aliases).toContain('DRML.O');
  });

  it('drops the exchange of a ticker and keeps the code as an alias', () => {
    const text = 'Quenby Financial Corp (NYSE: QFC) said it would buy Harlan Trust Co for 40 mln dlrs.';
    const found = names(text);
    expect(found).not.toContain('NYSE');
    expect(found).not.toContain('QFC');
    expect(entity(text, 'Quenby Financial Corp')?.aliases).toContain('QFC');
  });

  it('makes a company of a name that a ticker follows, and of a name in angle brackets', () => {
    const text = 'Ostrava Steel <OSTV> said it sold its wire unit to <Brannock Wire Products Inc>.';
    const found = entities(text);
    expect(found.find((e) => e.name === 'Ostrava Steel')?.type).toBe('Organization');
    expect(found.find((e) => e.name === 'Brannock Wire Products Inc')?.type).toBe('Organization');
  });

  it('drops a ticker that follows no name', () => {
    const text = 'Shares were quoted at <KLMQ.L> on Monday, Halbrook Textiles Plc said.';
    expect(names(text)).not.toContain('KLMQ.L');
  });
});

describe('partnership names joined by "and"', () => {
  it('joins bare surnames when the list goes on with a whole company name', () => {
    const text =
      'Vantor Partners, controlled by Teague and Marlow and Osric Holdings Inc, made a tender offer.';
    const found = names(text);
    expect(found).toContain('Teague and Marlow');
    expect(found).not.toContain('Teague');
    expect(found).toContain('Osric Holdings Inc');
  });

  it('joins a comma series of surnames before the closing "and"', () => {
    const text =
      'The buyers are Kessel Corp, Abernay, Trowle and Finch and Lismore Capital Holdings L.P., it said.';
    const found = names(text);
    expect(found).toContain('Abernay, Trowle and Finch');
    expect(found).not.toContain('Trowle');
  });

  it('leaves a plain list and a list of people apart', () => {
    expect(names('Rivals include Dorvex, Kaltro and Simmet Corp.')).not.toContain('Dorvex, Kaltro');
    const people = names('The founders, Peter Halm and Ursula Brandt and their banker, left the board.');
    expect(people).toContain('Peter Halm');
    expect(people).toContain('Ursula Brandt');
  });

  it('does not join when the last member is a bare word too', () => {
    const found = names('The brands Vossen, Kade and Lorre and Pimm were sold to Ravella Foods Inc.');
    expect(found).not.toContain('Vossen, Kade and Lorre');
  });
});

describe('capitals that only qualify a noun', () => {
  it('drops a nationality and portfolio before a government post', () => {
    const found = names('Dutch Trade Minister Anke Velde said Norcastle Tools Inc would invest.');
    expect(found).not.toContain('Dutch Trade');
    expect(found).toContain('Norcastle Tools Inc');
  });

  it('keeps a company opening with a nationality before a company post', () => {
    expect(names('British Telvane Airways chairman Tom Rees said the airline would grow.')).toContain(
      'British Telvane Airways',
    );
  });

  it('drops region adjectives before a plural of polities', () => {
    const found = names('A group of Andean and Caribbean nations opposed the bill backed by Torvane Corp.');
    expect(found).not.toContain('Andean');
    expect(found).not.toContain('Caribbean');
  });

  it('drops a dotted state abbreviation after a town', () => {
    const found = names(
      'Halvern Homes Inc builds houses in Cherry Hill, N.J., and sells them to Brenner Corp.',
    );
    expect(found).not.toContain('N.J.');
    expect(found).toContain('Halvern Homes Inc');
  });

  it('drops generic defined terms of filings and keeps the company named', () => {
    const found = names(
      'The Board of Directors of Tamsin Corp approved the Merger Agreement with Orland Bancorp.',
    );
    expect(found).not.toContain('Board of Directors');
    expect(found).not.toContain('Merger Agreement');
    expect(found).toContain('Tamsin Corp');
  });

  it('keeps a name with a word of its own before a generic noun', () => {
    expect(names('Meridale Partners said it bought a stake in Tamsin Corp.')).toContain('Meridale Partners');
  });

  it('cuts a trade descriptor that opens the sentence', () => {
    const found = names('Chipmaker Veltrona Inc said it would buy Arden Circuits Ltd.');
    expect(found).toContain('Veltrona Inc');
    expect(found).not.toContain('Chipmaker Veltrona Inc');
  });

  it('keeps a name whose first word only ends like a trade noun', () => {
    expect(names('Maker Lanes Inc said it raised money from Arden Capital.')).toContain('Maker Lanes Inc');
  });
});

describe('long names and towns', () => {
  it('takes the complement of an English institution', () => {
    const found = names('The Royal Academy for the Study of Marine Birds said Torvane Corp funded it.');
    expect(found).toContain('Royal Academy for the Study of Marine Birds');
  });

  it('takes a court with its district', () => {
    const text = 'Halvern Homes Inc filed in the Federal Bankruptcy court for the Western District of Texas.';
    expect(names(text)).toContain('Federal Bankruptcy court for the Western District of Texas');
  });

  it('leaves the town of a company out of its name', () => {
    const found = names('Wells Lumber Co was acquired by Pardell Corporation of Fairbanks last year.');
    expect(found).toContain('Pardell Corporation');
    expect(found).not.toContain('Pardell Corporation of Fairbanks');
    const bank = names('Kestrel Savings and Loan Association of Dunmore was bought by Orland Bancorp.');
    expect(bank).not.toContain('Kestrel Savings and Loan Association of Dunmore');
  });

  it('keeps a country after a corporate form', () => {
    expect(names('Tinplate Company of America said it would buy Brenner Corp.')).toContain(
      'Tinplate Company of America',
    );
  });
});

describe('sentence cuts inside dotted abbreviations', () => {
  it('does not cut "S.p. A." nor "e.g."', () => {
    expect(splitSentences('Vellano Industrie S.p. A. said it would buy Brenner Corp.')).toHaveLength(1);
    expect(splitSentences('Some lenders, e.g. Orland Bancorp, agreed.')).toHaveLength(1);
  });

  it('still cuts after a legal form when the next line opens a sentence', () => {
    const text =
      'The plant was bought from Halvern Homes Inc.\nThe company said the price was 5 mln dlrs in cash now.\nIt said the deal would close in June of this year, the firm added.';
    expect(splitSentences(text).length).toBeGreaterThanOrEqual(2);
  });
});
