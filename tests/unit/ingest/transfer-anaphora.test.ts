import { facts, pair, run } from './helpers';

function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair);
}

describe('a noun phrase pointing back, then a verb', () => {
  it.each([
    [
      'The Leeds start-up Belvane makes booking tools. The company acquired Ostrel in May.',
      'Belvane -> Ostrel',
    ],
    [
      'The Leeds start-up Belvane makes booking tools. The firm bought Ostrel last spring.',
      'Belvane -> Ostrel',
    ],
    [
      "L'éditeur rennais Belvane conçoit des outils de réservation. La société rachète Ostrel pour 4 millions d'euros.",
      'Belvane -> Ostrel',
    ],
    [
      "L'éditeur rennais Belvane conçoit des outils de réservation. Le groupe absorbe Ostrel cette année.",
      'Belvane -> Ostrel',
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text, 'ACQUIRED')).toContain(expected);
  });

  it('keeps an adjective after a French cue noun as part of the name phrase', () => {
    const text =
      "L'éditeur rennais Belvane conçoit des outils de réservation. Le groupe hôtelier Ostrel a racheté Dunmar en juin.";
    expect(pairs(text, 'ACQUIRED')).toEqual(['Ostrel -> Dunmar']);
  });

  it('reads the rivalry verb after "la société"', () => {
    const text =
      "L'éditeur rennais Belvane conçoit des outils de réservation. La société concurrence Ostrel et Dunmar.";
    expect(facts(run(text), 'COMPETES_WITH')).toHaveLength(2);
  });
});

describe('French "il"/"elle" after a sentence about one company', () => {
  it('reads "Elle" as the company of the sentence before', () => {
    const text =
      "L'éditeur rennais Belvane conçoit des outils de réservation. Elle a racheté Ostrel en 2022.";
    expect(pairs(text, 'ACQUIRED')).toEqual(['Belvane -> Ostrel']);
  });

  it('reads the pronoun after a fronted phrase ("Il y a deux ans, elle a racheté …")', () => {
    const text =
      "L'éditeur rennais Belvane conçoit des outils de réservation. L'an dernier, elle a racheté Ostrel.";
    expect(pairs(text, 'ACQUIRED')).toEqual(['Belvane -> Ostrel']);
  });

  it('does not read the pronoun after a sentence that named a person', () => {
    const text =
      "L'éditeur rennais Belvane, dirigé par Claire Morvan, conçoit des outils. Elle a racheté Ostrel en 2022.";
    expect(pairs(text, 'ACQUIRED')).toEqual([]);
  });

  it('does not read the impersonal "il"', () => {
    const text =
      "L'éditeur rennais Belvane conçoit des outils de réservation. Il faut concurrencer Ostrel, dit un analyste.";
    expect(facts(run(text), 'COMPETES_WITH')).toEqual([]);
  });
});

describe('"it" inside the sentence', () => {
  it('after "said" and "where" is the company just named', () => {
    const text =
      'The Leeds start-up Belvane makes booking tools. The company said it competes with Ostrel in hotels, where it vies with Dunmar too.';
    const rivals = facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(rivals).toEqual(expect.arrayContaining(['Belvane ~ Ostrel', 'Belvane ~ Dunmar']));
  });

  it('after a fronted year without a comma', () => {
    const text =
      'The Leeds start-up Belvane makes booking tools. In 2021 it acquired Ostrel, a payments firm.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Belvane -> Ostrel']);
  });
});

describe('paragraphs of a round-up', () => {
  it('lets a new paragraph turn "the company" to the company it is about', () => {
    const text = [
      'Weekly deals, in brief.',
      'Harlow Systems agreed to buy Pentry for $40 million.',
      'Ostrel Robotics said it had hired 40 engineers. The company competes with Dunmar.',
    ].join('\n\n');
    const rivals = facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(rivals).toContain('Dunmar ~ Ostrel Robotics');
    expect(rivals).not.toContain('Dunmar ~ Harlow Systems');
  });

  it('keeps the article company when the same text has no paragraph break', () => {
    const text =
      'Weekly deals, in brief. Harlow Systems agreed to buy Pentry for $40 million. Ostrel Robotics said it had hired 40 engineers. The company competes with Dunmar.';
    const rivals = facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(rivals).toContain('Dunmar ~ Harlow Systems');
  });

  it('reads "ces trois acteurs" as the last list of companies', () => {
    const text =
      "Le marché français de la paie reste concentré. Orvex, Lumba et Sartel dominent les appels d'offres publics. Ces trois acteurs se partagent 70 % des contrats.";
    const rivals = facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(rivals).toEqual(expect.arrayContaining(['Lumba ~ Orvex', 'Lumba ~ Sartel', 'Orvex ~ Sartel']));
  });
});

describe('descriptors and examples around the company pointed at', () => {
  it('reads "the Oslo company, which competes with A" as the article company', () => {
    const text =
      'Ostrel Robotics raised $9 million from Kelso Partners. The round values the Oslo company, which competes with Dunmar, at $60 million.';
    const rivals = facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(rivals).toContain('Dunmar ~ Ostrel Robotics');
  });

  it('does not count rivals given as examples as the subject the next "le groupe" points at', () => {
    const text = [
      'Face à des concurrents bien plus gros comme Valtrex ou Morvel, le transporteur breton Kerlan mise sur le maillage régional.',
      "Le groupe se heurte aussi à l'offensive du belge Dunmar.",
    ].join(' ');
    const rivals = facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
    expect(rivals).toContain('Dunmar ~ Kerlan');
    expect(rivals).not.toContain('Dunmar ~ Valtrex');
  });
});
