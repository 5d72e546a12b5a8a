import { pairsInLastParagraph, unorderedPair } from './helpers';

/**
 * Day twenty-one (comp): market ranks and shares told the way the press tells them. A deal said to make a company
 * that holds a rank ("Le rapprochement crée le numéro trois …, derrière A et B", "The deal makes the company the
 * third-largest … behind A and B", "Le rachat de X par Y donnera naissance au deuxième opérateur") gives the rank to
 * what the deal made, not to the last name read; a leader's share aside before "followed by" ("led by A, with an 18%
 * share, followed by B and C"); and an owner named in a member's aside inside a share table ("B, bought in 2024 by
 * O, on 14%") holds no share: the owned company does. French gives the rank as "faire de X le numéro N …, derrière A".
 */

const pairsIn = pairsInLastParagraph;
const pair = unorderedPair;

describe('a rank held by the company a deal made', () => {
  it('gives the rank a merger creates to the result it named (fr)', () => {
    const lead =
      'Les réseaux Maisons Aubrac et Pompes Funèbres Delcourt ont annoncé jeudi leur fusion. La nouvelle entité, baptisée Aubradel, sera détenue à parts égales par les actionnaires des deux groupes.';
    const sentence =
      'Le rapprochement crée le numéro trois français des services funéraires, derrière Obsèques Générales et Funéralia.';
    expect(pairsIn(lead, sentence)).toEqual([
      pair('Aubradel', 'Funéralia'),
      pair('Aubradel', 'Obsèques Générales'),
      pair('Funéralia', 'Obsèques Générales'),
    ]);
  });

  it('gives the rank to the buyer the deal noun names with "par" (fr)', () => {
    const lead =
      'Le voyagiste Groupe Altaïr a annoncé jeudi la cession de sa filiale Vectis Voyages à Transalp Mobilité.';
    const sentence =
      "Le rachat de Vectis par Transalp donnera naissance au deuxième opérateur français d'autocars, derrière Transdev et Keolis.";
    expect(pairsIn(lead, sentence)).toEqual(
      expect.arrayContaining([pair('Transalp Mobilité', 'Transdev'), pair('Keolis', 'Transalp Mobilité')]),
    );
    expect(pairsIn(lead, sentence)).not.toContain(pair('Transdev', 'Vectis Voyages'));
  });

  it('reads "fait du groupe le numéro trois" as the buyer of the deal (fr)', () => {
    const lead = "Le cimentier drômois Calcéa a annoncé jeudi l'acquisition de l'italien Cementi Varesi.";
    const sentence =
      "L'opération, qui doit être finalisée d'ici à la fin de l'année, fait du groupe le numéro trois du ciment, derrière Holvéra et Ciments Castellane.";
    expect(pairsIn(lead, sentence)).toEqual([
      pair('Calcéa', 'Ciments Castellane'),
      pair('Calcéa', 'Holvéra'),
      pair('Ciments Castellane', 'Holvéra'),
    ]);
  });

  it('reads "the deal makes the company the third-largest" as the buyer, not the target (en)', () => {
    const lead =
      'Halden Media agreed on Wednesday to buy podcast network Echo Lane from Vireo Group for 62 million pounds. Echo Lane produces 40 shows, and the founders of Echo Lane will stay on.';
    const sentence =
      'The deal makes the company the third-largest podcast publisher in Britain behind Global and the BBC.';
    const pairs = pairsIn(lead, sentence);
    expect(pairs).toEqual(
      expect.arrayContaining([pair('Global', 'Halden Media'), pair('BBC', 'Halden Media')]),
    );
    expect(pairs).not.toContain(pair('Echo Lane', 'Global'));
  });

  it('leaves a merger with no named result to no one company (en)', () => {
    const lead =
      'Insurers Stellar Insurance and Northgate Mutual agreed on Monday to merge in an all-share deal.';
    const sentence = 'The merger creates the third-largest insurer in Britain behind Aviva and Direct Line.';
    const pairs = pairsIn(lead, sentence);
    expect(pairs).not.toContain(pair('Aviva', 'Stellar Insurance'));
    expect(pairs).not.toContain(pair('Aviva', 'Northgate Mutual'));
  });

  it('leaves a named object to hold the rank itself (en)', () => {
    const lead = 'Ashford Group agreed on Monday to buy Kestrel Contact Centres for 48 million pounds.';
    const sentence = 'The deal makes Ashford the third-largest UK outsourcer behind Capita and Serco.';
    const pairs = pairsIn(lead, sentence);
    expect(pairs).toEqual(expect.arrayContaining([pair('Ashford Group', 'Capita')]));
    expect(pairs).not.toContain(pair('Capita', 'Kestrel Contact Centres'));
  });
});

describe('"faire de X le numéro N … derrière A" (fr)', () => {
  const lead =
    "L'étude cite la société Calcéa, la société Holvéra, la société Castellane et le fonds Orvane.";

  it('makes the object of "faire de" the rival of each company ranked ahead, across a long market', () => {
    const sentence =
      "L'opération fera de Calcéa le numéro trois du ciment dans le sud-est de la France et en Italie du Nord, derrière Holvéra et Castellane.";
    expect(pairsIn(lead, sentence)).toEqual([
      pair('Calcéa', 'Castellane'),
      pair('Calcéa', 'Holvéra'),
      pair('Castellane', 'Holvéra'),
    ]);
  });

  it('does not read a rank of something else than a market', () => {
    const sentence = 'Le fonds Orvane fait de Calcéa sa troisième participation, qui reste derrière Holvéra.';
    expect(pairsIn(lead, sentence)).not.toContain(pair('Calcéa', 'Holvéra'));
  });
});

describe("a leader's share aside before the ranking", () => {
  it.each([
    [
      'The study names the company ChargeHub, the company Podstar and the company Roadvolt.',
      "Britain's public charging market is led by ChargeHub, with an 18% share of devices, followed by Podstar and Roadvolt.",
      ['ChargeHub', 'Podstar', 'Roadvolt'],
    ],
    [
      "L'étude cite la société Veolane, la société Suezor et la société Paprem.",
      'Le marché est dominé par Veolane, avec 40 % des volumes, suivi de Suezor et de Paprem.',
      ['Veolane', 'Suezor', 'Paprem'],
    ],
  ] as const)('pairs the leader with each firm ranked after it: %s', (lead, sentence, [a, b, c]) => {
    expect(pairsIn(lead, sentence)).toEqual([pair(a, b), pair(a, c), pair(b, c)].sort());
  });

  it('does not read a round led by an investor', () => {
    const lead = 'The study names the company Acmeline, the company Boltware and the company Craneford.';
    const sentence =
      'The round was led by Acmeline, with 40% of the money, followed by Boltware and Craneford.';
    const pairs = pairsIn(lead, sentence);
    expect(pairs).not.toContain(pair('Acmeline', 'Boltware'));
    expect(pairs).not.toContain(pair('Acmeline', 'Craneford'));
  });
});

describe("an owner in a member's aside holds no share", () => {
  it('gives the share after the aside to the owned company (en)', () => {
    const lead =
      'The study names the company Hoshida, the company Wärmeland, the company Vallmann and the group Carrow Industries.';
    const sentence =
      "Europe's heat-pump market is led by Japan's Hoshida, with about 21% of units sold last year, followed by Germany's Wärmeland, bought in 2024 by U.S. group Carrow Industries, on 14% and Vallmann of Austria on 11%.";
    expect(pairsIn(lead, sentence)).toEqual([
      pair('Hoshida', 'Vallmann'),
      pair('Hoshida', 'Wärmeland'),
      pair('Vallmann', 'Wärmeland'),
    ]);
  });

  it('gives the share after "racheté par" to the owned company (fr)', () => {
    const lead = "L'étude cite la société Veolane, la société Suezor, la société Paprem et le fonds Meridio.";
    const sentence =
      'Sur ce marché, Veolane détient 40 %, devant Suezor, racheté en 2022 par le fonds Meridio, avec 25 % et Paprem avec 12 %.';
    const pairs = pairsIn(lead, sentence);
    expect(pairs).toEqual(
      expect.arrayContaining([
        pair('Suezor', 'Veolane'),
        pair('Paprem', 'Suezor'),
        pair('Paprem', 'Veolane'),
      ]),
    );
    expect(pairs.filter((p) => p.includes('Meridio'))).toEqual([]);
  });

  it('keeps a leader named after "led by" among the holders', () => {
    const lead = 'The study names the company Acmeline, the company Boltware and the company Craneford.';
    const sentence =
      'The market is led by Acmeline with 30% of sales, ahead of Boltware with 22% and Craneford with 15%.';
    expect(pairsIn(lead, sentence)).toEqual(
      expect.arrayContaining([pair('Acmeline', 'Boltware'), pair('Acmeline', 'Craneford')]),
    );
  });
});
