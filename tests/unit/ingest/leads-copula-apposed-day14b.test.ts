/**
 * LEADS from a copula and a leader's title after an apposition naming no company ("Osei, 47, is currently managing
 * director of X", "P, 52 ans, est aujourd'hui directrice générale de X"). A past post, a former one, a title no
 * leader holds and an apposition naming another company are not read. Sentences written for these tests (ana2, day
 * fourteen b).
 */
import { facts, pair, run } from './helpers';

function pairs(text: string): string[] {
  return facts(run(text), 'LEADS').map(pair).sort();
}

describe('a copula and a leader title after an apposition to the person', () => {
  it.each([
    'Calder Bank named Nadia Osei. Osei, 47, is currently managing director of Tallis Payments, a card processor she co-founded in 2015.',
    'Calder Bank named Nadia Osei as its next chief executive on Wednesday. Nadia Osei, 47, remains chief executive of Tallis Payments for now.',
    'Calder Bank named Nadia Osei. Nadia Osei, a trained engineer, is still chair of Tallis Payments.',
    'Calder Bank nomme Nadia Osei. Nadia Osei, 47 ans, est actuellement directrice générale de Tallis Payments.',
    'Calder Bank nomme Nadia Osei. Nadia Osei, ingénieure de formation, reste présidente de Tallis Payments.',
  ])('%s', (text) => {
    expect(pairs(text)).toContain('Nadia Osei -> Tallis Payments');
  });

  it.each([
    'Calder Bank named Nadia Osei. Nadia Osei, 47, was chief executive of Tallis Payments.',
    'Calder Bank named Nadia Osei. Nadia Osei, 47, is a former chief executive of Tallis Payments.',
    'Calder Bank named Nadia Osei. Nadia Osei, 47, is head of sales at Tallis Payments.',
    'Calder Bank nomme Nadia Osei. Nadia Osei, 47 ans, est une ancienne directrice générale de Tallis Payments.',
    'Calder Bank nomme Nadia Osei. Nadia Osei, 47 ans, était directrice générale de Tallis Payments.',
  ])('no head of Tallis Payments: %s', (text) => {
    expect(pairs(text)).not.toContain('Nadia Osei -> Tallis Payments');
  });

  it('an apposition naming another company keeps its own reading', () => {
    const text = 'Calder Bank named Nadia Osei. Nadia Osei, CEO of Moorfield, is chair of Tallis Payments.';
    expect(pairs(text)).toContain('Nadia Osei -> Moorfield');
  });
});
