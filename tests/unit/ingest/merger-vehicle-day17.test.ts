/**
 * Real wire copy, day seventeen: a merger with a vehicle — a company set up by someone, a unit of another
 * company, an investor group — is a buyout in merger form (merger-vehicle.ts): ACQUIRED vehicle -> the other
 * party, no MERGED_WITH. Sentences written for these tests in the Reuters style (real-gold-en en-847 shows the shape).
 */
import { facts, run, typedDealPairs } from './helpers';

const PUBLISHED = '1987-04-08';
const merged = (text: string): string[] =>
  facts(run(text, PUBLISHED), 'MERGED_WITH').map((r) => [r.source, r.target].sort().join(' <-> '));

describe('a merger with a vehicle is its takeover', () => {
  it.each([
    'MINNEAPOLIS, April 8 - Datron Corp said it agreed to merge with GGFH Inc, a Florida-based company formed by the four top officers of the company.',
    'DALLAS, April 8 - Datron Corp said it signed a definitive agreement to merge with GGFH Inc, a newly formed corporation, for six dlrs a share.',
    'DALLAS, April 8 - Datron Corp said its shareholders approved a plan to merge with GGFH Inc, an investor group led by its president.',
    'DALLAS, April 8 - Datron Corp said it will merge with GGFH Inc, a wholly owned subsidiary of Harlan Industries Inc.',
  ])('%s', (text) => {
    expect(typedDealPairs(text, PUBLISHED)).toContain('ACQUIRED GGFH Inc -> Datron Corp');
    expect(merged(text)).toEqual([]);
  });

  it('in French, a company set up for the deal', () => {
    const text =
      'Le groupe Datralis a annoncé sa fusion avec Finorca, une société créée par ses quatre dirigeants pour reprendre le capital.';
    expect(typedDealPairs(text, PUBLISHED)).toContain('ACQUIRED Finorca -> Datralis');
    expect(merged(text)).toEqual([]);
  });
});

describe('a party merged into a unit of the other is taken over by it', () => {
  it.each([
    'ADOBE, HIGH PLAINS TO MERGE\n\nDENVER, March 16 - Adobe Resources Corp and High Plains Oil Corp said they reached an agreement in principle under which High Plains will be merged into a unit of Adobe.',
    'DENVER, March 16 - Adobe Resources Corp and High Plains Oil Corp agreed to merge. High Plains Oil Corp will be merged into a wholly owned subsidiary of Adobe Resources Corp.',
    'DENVER, March 16 - Adobe Resources Corp said it agreed to merge with High Plains Oil Corp, which would merge into a newly formed subsidiary of Adobe Resources Corp.',
  ])('%s', (text) => {
    expect(typedDealPairs(text, PUBLISHED)).toContain(
      'ACQUIRED Adobe Resources Corp -> High Plains Oil Corp',
    );
    expect(merged(text)).toEqual([]);
  });

  it('a merger into a new company owned by both stays a merger', () => {
    const text =
      'DENVER, March 16 - Adobe Resources Corp and High Plains Oil Corp said they agreed to merge into a new company owned by their shareholders.';
    expect(merged(text)).toEqual(['Adobe Resources Corp <-> High Plains Oil Corp']);
  });
});

describe('a merger of companies described otherwise stays a merger', () => {
  it('a described operating company', () => {
    const text =
      'STAMFORD, April 13 - South Atlantic Financial Corp said it agreed in principle to merge with Independence Holding Co, a Stamford-based insurance holding company.';
    expect(merged(text)).toEqual(['Independence Holding Co <-> South Atlantic Financial Corp']);
  });

  it('a merger into a new company to be formed', () => {
    const text =
      'STAMFORD, April 13 - South Atlantic Financial Corp said it agreed to merge with Independence Holding Co into a new company to be called SAFCO International Ltd.';
    expect(typedDealPairs(text, PUBLISHED)).not.toContain(
      'ACQUIRED Independence Holding Co -> South Atlantic Financial Corp',
    );
  });

  it('a party called a subsidiary before its name is no vehicle', () => {
    const text =
      'TURIN, March 16 - San Paolo said it would merge Valley National Bank with its subsidiary First Los Angeles Bank.';
    expect(typedDealPairs(text, PUBLISHED)).not.toContain(
      'ACQUIRED First Los Angeles Bank -> Valley National Bank',
    );
  });
});
