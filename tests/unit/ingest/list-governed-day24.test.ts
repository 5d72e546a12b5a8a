/**
 * Day twenty-four, real wire copy: a preposition or a list opener governs every member of the list it opens, so the
 * last member of "X, owned by A and B, said it bought Y" is no subject, neither of the deal verb nor of the "it"
 * after "said" (oblique-conjunct.ts). And a speaker named before an apposition still owns "its proposed
 * acquisition of Y" in what it reports (frames/acquired-speaker.ts). Near misses: a fronted phrase ended by its
 * comma, ", and" opening a new clause after one name, a member opening its own relative clause.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string): string[] {
  return relationsOf(text).map(typedPair);
}

describe('a later member of a governed list is not the clause subject', () => {
  it.each([
    [
      'Tarrant Holdings, owned by Keswick Corp and Dalby Industries, said it acquired Merrow Mills Inc.',
      'ACQUIRED Tarrant Holdings -> Merrow Mills Inc',
      'ACQUIRED Dalby Industries -> Merrow Mills Inc',
    ],
    [
      'Ardent Capital Inc, a group consisting of Bellweather Partners and Cobalt Equity LP, said it agreed to acquire Dunmore Foods Inc.',
      'ACQUIRED Ardent Capital Inc -> Dunmore Foods Inc',
      'ACQUIRED Cobalt Equity LP -> Dunmore Foods Inc',
    ],
    [
      'Tarrant Holdings, a partnership including Keswick Corp, Orlan Group and Dalby Industries, said it bought Merrow Mills Inc.',
      'ACQUIRED Tarrant Holdings -> Merrow Mills Inc',
      'ACQUIRED Dalby Industries -> Merrow Mills Inc',
    ],
    [
      'Halden Group, backed by Norrow Capital and Pelham Ventures, said it invested 5 mln dlrs in Quarry Labs Inc.',
      'FUNDED Halden Group -> Quarry Labs Inc',
      'FUNDED Pelham Ventures -> Quarry Labs Inc',
    ],
    [
      'Tarrant Holdings, détenu par Keswick et le fonds Dalby Capital, a racheté la société Merrow.',
      'ACQUIRED Tarrant Holdings -> Merrow',
      'ACQUIRED Dalby Capital -> Merrow',
    ],
    [
      "Le groupe Vernis Caudal, soutenu par Ouest Croissance et Brenner Capital, a acquis l'éditeur Lumio.",
      'ACQUIRED Vernis Caudal -> Lumio',
      'ACQUIRED Brenner Capital -> Lumio',
    ],
  ])('%s', (text, wanted, refused) => {
    const got = facts(text);
    expect(got).toContain(wanted);
    expect(got).not.toContain(refused);
  });
});

describe('lists that end before the subject keep their subject', () => {
  it.each([
    [
      'Backed by Keswick Corp and Orlan Group, Dalby Industries bought Merrow Mills Inc.',
      'ACQUIRED Dalby Industries -> Merrow Mills Inc',
    ],
    [
      'Tarrant merged with Keswick Corp, and Dalby Industries bought Merrow Mills Inc.',
      'ACQUIRED Dalby Industries -> Merrow Mills Inc',
    ],
    [
      'Le groupe Orvane a fusionné avec Keswick, et le fonds Altaïs Partners a racheté la société Bressac.',
      'ACQUIRED Altaïs Partners -> Bressac',
    ],
    [
      'Tarrant competes with Keswick Corp and Dalby Industries, which bought Merrow Mills Inc last year.',
      'ACQUIRED Dalby Industries -> Merrow Mills Inc',
    ],
  ])('%s', (text, wanted) => {
    expect(facts(text)).toContain(wanted);
  });
});

describe("the speaker before an apposition owns the deal its report calls 'its'", () => {
  it.each([
    [
      'Vantor Corp, an Ohio maker of valves, said the Federal Trade Commission cleared its proposed acquisition of Kellam Pumps Inc.',
      'ACQUIRED Vantor Corp -> Kellam Pumps Inc',
    ],
    [
      'Ardent Capital Inc, a group consisting of Bellweather Partners and Cobalt Equity LP, said it has received commitments for the bank financing needed to complete its proposed acquisition of Dunmore Foods Inc.',
      'ACQUIRED Ardent Capital Inc -> Dunmore Foods Inc',
    ],
  ])('%s', (text, wanted) => {
    expect(facts(text)).toContain(wanted);
  });

  it('a deal the report gives to another buyer stays with that buyer', () => {
    const got = facts(
      'Vantor Corp, an Ohio maker of valves, said the Federal Trade Commission cleared the acquisition of Kellam Pumps Inc by Brisco Holdings.',
    );
    expect(got).toContain('ACQUIRED Brisco Holdings -> Kellam Pumps Inc');
    expect(got).not.toContain('ACQUIRED Vantor Corp -> Kellam Pumps Inc');
  });
});
