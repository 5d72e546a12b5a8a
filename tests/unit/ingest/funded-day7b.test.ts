import { sortedPairs } from './frames-test-helpers';

/**
 * Day seven's second funding round: list members opened by a bare article, by a place's possessive or named as the
 * investing arm of another company; backers who "also participated" in the round the sentence before told.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('list members', () => {
  test('"A, B and the C": an article alone opens the last member', () => {
    const got = funded(
      'Pemberly Robotics closed a $22 million round led by Ashcombe Capital, with participation from Torrin Partners and the Wessex Growth Fund.',
    );
    expect(got).toContain('Torrin Partners -> Pemberly Robotics');
    expect(got).toContain('Wessex Growth Fund -> Pemberly Robotics');
  });

  test('"Norway\'s X" in a list is a member, and so is the one after it', () => {
    const got = funded(
      "Fintech lender Cardova raised $40 million from Ashcombe Capital, Norway's Fjellstad Invest and Torrin Partners.",
    );
    expect(got).toContain('Fjellstad Invest -> Cardova');
    expect(got).toContain('Torrin Partners -> Cardova');
  });

  test('"the venture arm of carmaker K, K Ventures": the arm invests, not its owner', () => {
    const got = funded(
      'Voltaro raised $18 million in a round co-led by Ashcombe Capital and the corporate venture arm of Korean carmaker Daesan Motors, Daesan Ventures.',
    );
    expect(got).toContain('Ashcombe Capital -> Voltaro');
    expect(got).toContain('Daesan Ventures -> Voltaro');
    expect(got).not.toContain('Daesan Motors -> Voltaro');
  });
});

describe('backers who also took part, said after the round', () => {
  test('"Returning backers A and B also participated." joins the round told before', () => {
    const got = funded(
      'Halden Bio said on Tuesday it had raised $35 million in a Series A round led by Ashcombe Capital. Returning backers Torrin Partners and Gellert Ventures also participated.',
    );
    expect(got).toContain('Torrin Partners -> Halden Bio');
    expect(got).toContain('Gellert Ventures -> Halden Bio');
  });

  test('"A, who founded X, also invested": the company inside the aside is no backer', () => {
    const got = funded(
      'Halden Bio raised $35 million in a round led by Ashcombe Capital. Business angel Ines Waldrop, who founded lab software firm Cellarix, also invested.',
    );
    expect(got).toContain('Ines Waldrop -> Halden Bio');
    expect(got).not.toContain('Cellarix -> Halden Bio');
  });

  test('"A and B invested as well." joins the round too', () => {
    const got = funded(
      'Halden Bio raised $35 million in a round led by Ashcombe Capital. Torrin Partners and Gellert Ventures invested as well.',
    );
    expect(got).toContain('Gellert Ventures -> Halden Bio');
  });

  test('an investor that "also invested in" another company does not join the round', () => {
    const got = funded(
      'Halden Bio raised $35 million in a round led by Ashcombe Capital. Analysts noted that Gellert Ventures also invested heavily in rival labs last year.',
    );
    expect(got).not.toContain('Gellert Ventures -> Halden Bio');
  });
});

describe('a lender named before the clitic that stands for the company', () => {
  test('"la banque B lui avait accordé un prêt": B lends to the company of the article', () => {
    const got = funded(
      "La start-up grenobloise Ondalis lève 7 millions d'euros. En 2020, la banque Crestelle Finance lui avait accordé un prêt de 3 millions d'euros.",
    );
    expect(got).toContain('Crestelle Finance -> Ondalis');
  });

  test('"lui avait accordé un entretien": no loan, no funding', () => {
    const got = funded(
      "La start-up grenobloise Ondalis lève 7 millions d'euros. Son fondateur raconte que la banque Crestelle lui avait accordé un rendez-vous dès 2019.",
    );
    expect(got).not.toContain('Crestelle -> Ondalis');
  });
});

describe('a stake the company walked away from makes it no investor', () => {
  test('a later loan for the buyer stays with the buyer, not the company it dropped', () => {
    const got = funded(
      'Packaging group Harlow Mills said on Monday it had agreed to buy Tinsel Box. Last year, Harlow Mills dropped plans to buy a stake in Danish rival Kvist after talks failed. Harlow will fund it with cash and a new 80 million pound loan arranged by Lombard Street Bank.',
    );
    expect(got).toContain('Lombard Street Bank -> Harlow Mills');
    expect(got).not.toContain('Lombard Street Bank -> Kvist');
  });
});
