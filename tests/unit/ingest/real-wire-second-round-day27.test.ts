/**
 * Day twenty-seven, real wire copy (second round): a headline's bare stake ("ACME BUYS STAKE IN ZETA") is a stake
 * of unstated size, an investment and no takeover (deal-stake-phrases.ts UNSIZED_STAKE); a governor of a Board
 * ("Federal Reserve Board Governor P") is one of its members, not its head (board-governor.ts); a company merged
 * with a unit of another is bought by that other (deal-merge-with-unit.ts). Sentences written for these tests.
 */
import { UNSIZED_STAKE } from '../../../ingest/relations/deal-stake-phrases';
import { boardMemberGovernor } from '../../../ingest/relations/board-governor';
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string): string[] {
  return relationsOf(text).map(typedPair);
}

describe('a headline stake with no size and no article is an investment', () => {
  it.each([
    'Brandell buys stake in Korvin',
    'BRANDELL TAKES STAKE IN KORVIN VENTURE',
    'Brandell bought stake in Korvin',
    'Brandell bought a stake in Korvin',
    'Brandell a pris une participation dans Korvin',
  ])('%s is unsized', (text) => {
    expect(UNSIZED_STAKE.test(text)).toBe(true);
  });

  it.each([
    'Brandell buys majority stake in Korvin',
    'Brandell buys 40 pct stake in Korvin',
    'Brandell buys Korvin',
  ])('%s is not an unsized stake bought', (text) => {
    expect(UNSIZED_STAKE.test(text)).toBe(false);
  });

  it('reads the headline stake as FUNDED, not ACQUIRED', () => {
    const found = facts(
      'ORLAND BUYS STAKE IN DRAVEN MINING VENTURE\n\nTORONTO, May 4 - Orland Resources Inc said it agreed to buy a 30 pct stake in the Draven Mining joint venture from Pelt Minerals Ltd.',
    );
    expect(found.some((f) => f.startsWith('FUNDED Orland Resources Inc -> Draven'))).toBe(true);
    expect(found.some((f) => f.startsWith('ACQUIRED Orland Resources Inc'))).toBe(false);
  });

  it('still reads a majority stake or a whole company bought in a headline as ACQUIRED', () => {
    expect(
      facts('MERIVALE BUYS MAJORITY STAKE IN TOLLAND CORP\n\nBOSTON, May 4 - Merivale Corp said sales rose.'),
    ).toContain('ACQUIRED Merivale Corp -> TOLLAND CORP');
    expect(facts('Merivale Corp buys Tolland Corp.')).toContain('ACQUIRED Merivale Corp -> Tolland Corp');
  });
});

describe("a Board's governor is a member of the board, not its head", () => {
  it.each([
    ['Federal Reserve Board', ' Governor\n'],
    ['Federal Reserve', ' Governor '],
    ['Federal Home Loan Bank Board', 'a governor of the '],
  ])('%s with %j is a member', (org, title) => {
    expect(boardMemberGovernor(org, title)).toBe(true);
  });

  it.each([
    ['Federal Reserve Board', ' Chairman '],
    ['Federal Reserve Board', ' Governor and Chairman '],
    ['Bank of Canada', ' Governor '],
    ['Banque de France', 'le gouverneur de la '],
  ])('%s with %j is not only a board governor', (org, title) => {
    expect(boardMemberGovernor(org, title)).toBe(false);
  });

  it('gives no LEADS to a board governor and keeps the chairman and a central bank governor', () => {
    expect(facts('Federal Reserve Board Governor Martin Sealy said credit would tighten.')).toEqual([]);
    expect(facts('Federal Reserve Board Chairman Martin Sealy said credit would tighten.')).toContain(
      'LEADS Martin Sealy -> Federal Reserve Board',
    );
    expect(facts('Bank of Canada Governor Martin Sealy said credit would tighten.')).toContain(
      'LEADS Martin Sealy -> Bank of Canada',
    );
  });
});

describe('a company merged with a unit of another is bought by it', () => {
  it.each([
    ['Delton Inc agreed to merge with a unit of Marwick Corp.', 'ACQUIRED Marwick Corp -> Delton Inc'],
    [
      'Delton Inc merged with a wholly-owned subsidiary of Marwick Corp for 15 dlrs a share in cash.',
      'ACQUIRED Marwick Corp -> Delton Inc',
    ],
    [
      'Its board approved a plan providing for the merger of Delton Inc with a unit of Marwick Corp, a Texas company.',
      'ACQUIRED Marwick Corp -> Delton Inc',
    ],
    ['La société Delton a fusionné avec une filiale de Marwick.', 'ACQUIRED Marwick -> Delton'],
    [
      'Le conseil a approuvé la fusion de Delton avec une filiale du groupe Marwick.',
      'ACQUIRED Marwick -> Delton',
    ],
  ])('%s', (text, wanted) => {
    expect(facts(text)).toContain(wanted);
  });

  it.each([
    'Delton Inc agreed to merge its chemicals business with a unit of Marwick Corp.',
    "Delton's unit merged with a unit of Marwick Corp.",
    'Delton a fusionné sa filiale chimie avec une filiale de Marwick.',
  ])('%s: a business or a unit of the first party merged is no takeover of it', (text) => {
    expect(facts(text).filter((f) => f.startsWith('ACQUIRED'))).toEqual([]);
  });

  it('leaves a merger of two companies a MERGED_WITH', () => {
    const found = facts('Delton Inc merged with Marwick Corp.');
    expect(found).toContain('MERGED_WITH Delton Inc -> Marwick Corp');
    expect(found.filter((f) => f.startsWith('ACQUIRED'))).toEqual([]);
  });
});
