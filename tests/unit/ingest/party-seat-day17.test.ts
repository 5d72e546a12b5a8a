/**
 * Real wire copy, day seventeen: a name told as where a company sits ("headquartered in Curacao, Netherlands
 * Antilles", "based in Monaco") is no party of any relation (party-place-guard.ts). Sentences written for these
 * tests in the Reuters style.
 */
import { facts, run } from './helpers';

const PUBLISHED = '1987-03-06';
const pairs = (text: string, type: string): string[] =>
  facts(run(text, PUBLISHED), type).map((r) => `${r.source} -> ${r.target}`);

describe('a seat is no party', () => {
  it.each([
    'The group includes George Soros and Quantum Fund, an offshore investment firm headquartered in Curacao, Netherlands Antilles.',
    'The group includes Quantum Fund, an investment company based in Curacao, and George Soros.',
    'The buyers are Quantum Fund, an investment partnership registered in Curacao, and Harlan Trust.',
  ])('%s', (text) => {
    const funded = pairs(text, 'FUNDED');
    expect(funded.filter((p) => /Curacao|Netherlands Antilles/.test(p))).toEqual([]);
  });

  it('in French, the investment told beside the seat is kept', () => {
    const text =
      "Le fonds Quantum, une société d'investissement basée à Monaco, a investi 5 millions dans Kelvra.";
    expect(pairs(text, 'FUNDED')).toEqual(['Quantum -> Kelvra']);
  });
});

describe('the parties of the same sentences are kept', () => {
  it('a stake bought by a fund whose seat is told', () => {
    const text =
      'WASHINGTON, March 6 - Quantum Fund, an investment firm based in Curacao, said it bought a 6.2 pct stake in Fairchild Industries Inc.';
    expect(pairs(text, 'FUNDED')).toEqual(['Quantum Fund -> Fairchild Industries Inc']);
  });

  it('a company named in a seat phrase and as the buyer is a party', () => {
    const text =
      'NEW YORK, March 6 - Harlan Corp, based in Dallas, said it agreed to acquire Dallas Tool Co for 40 mln dlrs.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Harlan Corp -> Dallas Tool Co']);
  });
});
