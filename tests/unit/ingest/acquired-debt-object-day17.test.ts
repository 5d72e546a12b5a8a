/**
 * Real wire copy, day seventeen: a company's debt bought (loans, bank debt, notes, "la dette de Y") is no takeover
 * of the company (deal-debt-object.ts). Sentences written for these tests in the Reuters style.
 */
import { facts, run } from './helpers';

const PUBLISHED = '1987-03-03';
const acquired = (text: string): string[] =>
  facts(run(text, PUBLISHED), 'ACQUIRED').map((r) => `${r.source} -> ${r.target}`);

describe('debt bought is no takeover', () => {
  it.each([
    "MANILA, March 3 - The memorandum said Bond Corp Holdings Ltd would acquire Atlas Consolidated Mining and Development Corp's total loans of 275 mln dlrs.",
    "NEW YORK, March 3 - Harlan Corp said it agreed to acquire Dexter Tool Co's bank debt for 40 mln dlrs.",
    "NEW YORK, March 3 - Harlan Corp said it agreed to acquire Dexter Tool Co's outstanding notes.",
    'NEW YORK, March 3 - Harlan Corp said it bought the bank debt of Dexter Tool Co for 40 mln dlrs.',
    "Kelvra a racheté la dette de Dexalis pour 40 millions d'euros.",
  ])('%s', (text) => {
    expect(acquired(text)).toEqual([]);
  });
});

describe('a takeover told with debt stays a takeover', () => {
  it('the company bought, its debt assumed', () => {
    const text =
      "NEW YORK, March 3 - Harlan Corp said it agreed to acquire Dexter Tool Co and will assume Dexter Tool Co's bank debt.";
    expect(acquired(text)).toEqual(['Harlan Corp -> Dexter Tool Co']);
  });

  it("a unit after the owner's possessive", () => {
    const text =
      "NEW YORK, March 3 - Harlan Corp said it agreed to acquire Dexter Tool Co's Delta Systems subsidiary for 40 mln dlrs.";
    expect(acquired(text)).toEqual(['Harlan Corp -> Delta Systems']);
  });
});
