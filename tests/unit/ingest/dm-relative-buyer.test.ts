import { facts, pair, run } from './helpers';

/** Our own sentences: the buyer told by a relative clause, and pronouns for a name inside one. */
const deals = (text: string) =>
  facts(run(text), 'ACQUIRED')
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair);

describe('the antecedent of a relative clause that states the purchase is the buyer', () => {
  it("A's bid lost to B's, who then bought C", () => {
    const got = deals(
      "Palmer Foods' bid was outdone by Crestline Holdings', who bought Tavira Mills for $4 billion.",
    );
    expect(got).toContain('Crestline Holdings -> Tavira Mills');
    expect(got).not.toContain('Palmer Foods -> Tavira Mills');
  });

  it('a relative clause that states no deal changes nothing', () => {
    const got = deals(
      'Orban Steel Corp acquired Melk Industries, which supplies Tavira Mills, for 40 mln dlrs.',
    );
    expect(got).toContain('Orban Steel Corp -> Melk Industries');
    expect(got).not.toContain('Melk Industries -> Tavira Mills');
  });
});

describe('a pronoun after a relative clause stands for the clause antecedent', () => {
  it('A, which is owned by B, said it bought C', () => {
    const text =
      'Halvard Partners, which is mostly owned by Grenmoor Investments Ltd, a listed Irish group, said it bought Quillon Corp for 12 mln dlrs.';
    const got = deals(text);
    expect(got).toContain('Halvard Partners -> Quillon Corp');
    expect(got).not.toContain('Grenmoor Investments Ltd -> Quillon Corp');
  });

  it('with no relative clause, the pronoun keeps its reading', () => {
    const got = deals('Halvard Partners said it bought Quillon Corp for 12 mln dlrs.');
    expect(got).toEqual(['Halvard Partners -> Quillon Corp']);
  });
});

describe('a relative clause opened by a preposition', () => {
  it('"Y, with whom we share a plant, agreed to be bought by X": Y is bought', () => {
    const text =
      'Our partner Torvik Labs, with whom we run a Joint Plant, agreed to be acquired by Morrow Chemical Corp.';
    const got = deals(text);
    expect(got).toContain('Morrow Chemical Corp -> Torvik Labs');
    expect(got).not.toContain('Morrow Chemical Corp -> Joint Plant');
  });
});

describe('an offer the target accepted is a deal', () => {
  it('"X offered N, which was accepted by Y"', () => {
    const got = deals('Brennard Group then offered $4 billion, which was accepted by Solvane Corp.');
    expect(got).toEqual(['Brennard Group -> Solvane Corp']);
  });

  it('an offer that was rejected is none', () => {
    expect(deals('Brennard Group then offered $4 billion, which was rejected by Solvane Corp.')).toEqual([]);
  });
});

describe('a name that qualifies a bid is the bidder', () => {
  const all = (text: string) => facts(run(text), 'ACQUIRED').map(pair);

  it('"the X offer for Y": X bids, the firm managing the offer does not', () => {
    const got = all(
      'Vantor Securities Inc is the dealer manager of the Brennard Group offer for Solvane Corp.',
    );
    expect(got).toContain('Brennard Group -> Solvane Corp');
    expect(got).not.toContain('Vantor Securities Inc -> Solvane Corp');
  });

  it('the bid alone is not a scored deal', () => {
    expect(
      deals('Vantor Securities Inc is the dealer manager of the Brennard Group offer for Solvane Corp.'),
    ).toEqual([]);
  });
});
