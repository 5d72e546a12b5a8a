/**
 * Real wire copy, day thirty-one. (1) A company's liabilities taken over are no takeover of the company, also when
 * its owner is described after "of" ("liabilities of its local unit <Y>"), while assets taken with the debt stay a
 * business bought (deal-debt-object.ts). (2) A rumour in a main clause ending on "since / after / depuis que" is not
 * the status of the stake bought in the clause that follows (values/own-clause-status.ts). Sentences written for
 * these tests in the Reuters style.
 */
import { facts, run } from './helpers';

const PUBLISHED = '1987-03-23';
const acquired = (text: string): string[] =>
  facts(run(text, PUBLISHED), 'ACQUIRED').map((r) => `${r.source} -> ${r.target}`);
const fundedStatus = (text: string): string[] =>
  facts(run(text, PUBLISHED), 'FUNDED').map((r) => `${r.source} -> ${r.target} ${r.status}`);

describe('liabilities taken over are no takeover of their owner', () => {
  it.each([
    'DETROIT, March 23 - Harlan Motors Corp will take over certain Canadian liabilities of its local unit <Harlan Motors-Dexter Ltd>, it said.',
    'NEW YORK, March 23 - Harlan Corp said it bought the liabilities of Dexter Tool Co for 40 mln dlrs.',
    'NEW YORK, March 23 - Harlan Corp said it agreed to assume the borrowings of its Canadian subsidiary Dexter Tool Co.',
    'Kelvra reprendra le passif de sa filiale Dexalis, a indiqué le groupe.',
  ])('%s', (text) => {
    expect(acquired(text)).toEqual([]);
  });
});

describe('assets taken along with the debt stay a business bought', () => {
  it('assets purchased and liabilities assumed', () => {
    const text =
      'NEW YORK, March 23 - Harlan Corp said it agreed to purchase some assets and assume some liabilities of Dexter Savings Bank.';
    expect(acquired(text)).toEqual(['Harlan Corp -> Dexter Savings Bank']);
  });

  it("the owner's assets and liabilities after its possessive", () => {
    const text =
      "NEW YORK, March 23 - Harlan Corp said it agreed to acquire Dexter Tool Co's assets and liabilities.";
    expect(acquired(text)).toEqual(['Harlan Corp -> Dexter Tool Co']);
  });

  it("l'actif et le passif", () => {
    expect(acquired("Kelvra reprendra l'actif et le passif de Dexalis.")).toEqual(['Kelvra -> Dexalis']);
  });

  it('a unit described after "of" is still bought when its assets are', () => {
    expect(acquired('Harlan Corp acquired the assets of its former unit Dexter Tool Co.')).toEqual([
      'Harlan Corp -> Dexter Tool Co',
    ]);
  });
});

describe('a stake bought after "since / depuis que" is no rumour', () => {
  it('speculation since the stake was bought', () => {
    const text =
      'SYDNEY, March 23 - Dexter Stores Ltd said profits fell. It has been the subject of takeover speculation since <Harlan Holdings Ltd> acquired a 20 pct stake last year.';
    expect(fundedStatus(text)).toEqual(['Harlan Holdings Ltd -> Dexter Stores Ltd completed']);
  });

  it('les rumeurs courent depuis que', () => {
    const text =
      'Les rumeurs de rachat courent depuis que Kelvra a pris une participation de 10 % dans Dexalis.';
    expect(fundedStatus(text)).toEqual(['Kelvra -> Dexalis completed']);
  });

  it('a clause that is itself only a possibility stays a rumour', () => {
    const text =
      'Dexter Stores Ltd shares rose on takeover speculation since Harlan Holdings Ltd may buy a stake in the company.';
    expect(fundedStatus(text)).toEqual(['Harlan Holdings Ltd -> Dexter Stores Ltd rumoured']);
  });

  it('speculation that a stake was bought stays a rumour', () => {
    const text =
      'There has been speculation that Harlan Holdings Ltd acquired a 20 pct stake in Dexter Stores Ltd.';
    expect(fundedStatus(text)).toEqual(['Harlan Holdings Ltd -> Dexter Stores Ltd rumoured']);
  });
});
