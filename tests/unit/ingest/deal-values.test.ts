import { EN_DEAL_RULES } from '../../../ingest/relations/en/deals';
import { EN_FUNDED_RULES } from '../../../ingest/relations/en/funded';
import { dealValues } from '../../../ingest/relations/values';
import type { Sentence } from '../../../ingest/sentences';

/** The values of a deal are read in the clause that states it when the match is known. */
describe('deal values within the deal clause', () => {
  const rule = EN_DEAL_RULES.find((r) => r.id === 'en.acquired.active-verb')!;
  const sentenceOf = (text: string): Sentence[] => [{ text, start: 0, end: text.length }];
  const spanOf = (text: string, from: string, to: string) => ({
    start: text.indexOf(from),
    end: text.indexOf(to) + to.length,
  });

  it('gives each deal of a two-deal sentence its own stake', () => {
    const text = 'It bought Malvern Ltd in 2023 and took a 30 percent stake in Ostrica Inc last year.';
    const first = dealValues(rule, sentenceOf(text), 0, 'en', null, spanOf(text, 'It', 'Malvern Ltd'));
    expect(first?.stake).toBeUndefined();
    const second = dealValues(rule, sentenceOf(text), 0, 'en', null, spanOf(text, 'It', 'Ostrica Inc'));
    expect(second?.stake).toBe(30);
    // without the match the sentence's stake is everyone's
    expect(dealValues(rule, sentenceOf(text), 0, 'en', null)?.stake).toBe(30);
  });

  it('prefers the price inside the clause over an earlier one of the sentence', () => {
    const text = 'The $9 million sale of Tesk Inc closed as Brava Corp bought Malvern Ltd for $40 million.';
    const own = dealValues(rule, sentenceOf(text), 0, 'en', null, spanOf(text, 'Brava Corp', 'Malvern Ltd'));
    expect(own?.amount).toBe(40000000);
    expect(dealValues(rule, sentenceOf(text), 0, 'en', null)?.amount).toBe(9000000);
  });

  it('drops a funding when the sentence says, past the clause, that the investor took control', () => {
    const backedBy = EN_FUNDED_RULES.find((r) => r.id === 'en.funded.backed-by')!;
    const text = 'Quillon is backed by Verdane, which acquired a majority stake in 2021.';
    expect(
      dealValues(backedBy, sentenceOf(text), 0, 'en', null, spanOf(text, 'Quillon', 'Verdane')),
    ).toBeNull();
    const plain = 'Quillon is backed by Verdane, which manages $2 billion.';
    expect(
      dealValues(backedBy, sentenceOf(plain), 0, 'en', null, spanOf(plain, 'Quillon', 'Verdane')),
    ).not.toBeNull();
  });

  it('drops "X said the acquisition of Y by Z" for X, who only reports the deal', () => {
    const nominal = EN_DEAL_RULES.find((r) => r.id === 'en.acquired.completes-acquisition')!;
    const text = 'Talbot Media said the purchase of Renwick Press by Ferris Group was completed.';
    expect(
      dealValues(nominal, sentenceOf(text), 0, 'en', null, spanOf(text, 'Talbot', 'Renwick Press')),
    ).toBeNull();
    const own = 'Talbot Media said the purchase of Renwick Press was completed.';
    expect(
      dealValues(nominal, sentenceOf(own), 0, 'en', null, spanOf(own, 'Talbot', 'Renwick Press')),
    ).not.toBeNull();
  });
});
