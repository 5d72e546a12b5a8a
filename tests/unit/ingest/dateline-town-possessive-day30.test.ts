/**
 * Day thirty, real wire copy (second round): the dateline's town said again with a possessive before a company's
 * name only places it (entities/dateline-town.ts `trimDatelineTownPossessives`): after "COOKEVILLE, Tenn., June 18
 * -", "owns Cookeville's Citizens Bank" names "Citizens Bank". Near misses: another town no list knows keeps its
 * possessive (nothing tells it is a place), and a company whose name holds a possessive ("Smith's Food and Drug
 * Centers Inc") is kept whole. English only: French names no company with a possessive. Sentences written for these
 * tests.
 */
import { run } from './helpers';

function names(text: string): string[] {
  return run(text, '1987-06-18')
    .entities.map((e) => e.name)
    .sort();
}

const DATELINE =
  'COOKEVILLE, Tenn., June 18 - Harlan Bancorp Inc said it will be acquired by Union Trust Corp.\n';

describe("a dateline town's possessive before a company", () => {
  it("cuts the town's possessive off the bank it owns", () => {
    expect(
      names(`${DATELINE}Harlan owns Cookeville's Citizens Bank, which has 300 mln dlrs in assets.`),
    ).toEqual(['Citizens Bank', 'Harlan Bancorp Inc', 'Union Trust Corp']);
  });

  it('cuts a town of two words as well', () => {
    const text =
      'MOUNT VERNON, Ill., June 18 - Harlan Bancorp Inc said it will be acquired by Union Trust Corp.\n' +
      "Harlan owns Mount Vernon's Peoples Savings Bank.";
    expect(names(text)).toContain('Peoples Savings Bank');
    expect(names(text)).not.toContain("Mount Vernon's Peoples Savings Bank");
  });

  it('near miss: a town other than the dateline keeps its possessive', () => {
    expect(names(`${DATELINE}Harlan also owns Gainesboro's Citizens Bank.`)).toContain(
      "Gainesboro's Citizens Bank",
    );
  });

  it('near miss: a company whose name holds a possessive is kept whole', () => {
    const text = "DALLAS, March 3 - Harlan Corp said it sold its stake in Smith's Food and Drug Centers Inc.";
    expect(names(text)).toContain("Smith's Food and Drug Centers Inc");
  });
});
