/**
 * "that year" / "la même année" pointing back at the year the sentence before gave (deals, day thirty, second
 * round; ingest/values/that-year.ts): a deal with no date of its own takes that year, not the publication date.
 * The sentence's own date still comes first. Sentences written for these tests.
 */
import { facts, run } from './helpers';

const dated = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED').map((r) => `${r.source} -> ${r.target} ${r.date ?? '-'}`);

describe('a year pointed back at', () => {
  it('English: "… in 2021. The company\'s purchase of Y that year …"', () => {
    expect(
      dated(
        "Harcourt Foods listed in London in 2021. The company's purchase of Scottish oatcake maker Kilbride Bakery that year doubled its presence in Scotland.",
      ),
    ).toEqual(['Harcourt Foods -> Kilbride Bakery 2021']);
  });

  it('French: "… en 2023. … X, qui a absorbé Y la même année, …"', () => {
    expect(
      dated(
        'Le groupe Téléval a racheté Majoris en 2023. Juste derrière, Concentra, qui a absorbé Webline la même année, reste le seul rival.',
      ),
    ).toEqual(['Téléval -> Majoris 2023', 'Concentra -> Webline 2023']);
  });

  it("near miss: the sentence's own year comes first", () => {
    expect(
      dated(
        'Harcourt Foods listed in London in 2021. It bought Kilbride Bakery in 2023 and that year opened a plant.',
      ),
    ).toEqual(['Harcourt Foods -> Kilbride Bakery 2023']);
  });

  it('near miss: without the phrase a dateless deal keeps the news date', () => {
    expect(
      dated(
        'Harcourt Foods listed in London in 2021. The company said on Monday it had bought Kilbride Bakery.',
      ),
    ).toEqual(['Harcourt Foods -> Kilbride Bakery 2026-03-02']);
  });
});
