import { facts, pair, run } from './helpers';

function read(type: string, text: string): string[] {
  return facts(run(text), type).map(pair);
}

describe('a sports report tells of matches and player loans, not of rivals or funding', () => {
  it('reads no rivalry from a match lost "face à" a club', () => {
    expect(read('COMPETES_WITH', "Le FC Orvalle s'incline en demi-finale face au Stade Vernois.")).toEqual(
      [],
    );
  });

  it('reads no loan from a player joining "en prêt de" a club', () => {
    expect(
      read(
        'FUNDED',
        'Il rejoint Bolderwood en prêt de Sunderbay, avec les attaquants Tom Carrow et Sam Belling.',
      ),
    ).toEqual([]);
  });

  it('still reads two companies facing each other on a market', () => {
    expect(
      read(
        'COMPETES_WITH',
        'Le groupe Velcorp fait face à la société Marlin Industries sur le marché des capteurs.',
      ),
    ).toEqual(['Marlin Industries -> Velcorp']);
  });
});

describe('a subject pronoun between a name and "face à" is the one facing', () => {
  it('does not make the club named before "il" the rival', () => {
    expect(
      read('COMPETES_WITH', "Lors de sa saison au Racing Vallon, il s'impose face au Club Ardennais."),
    ).toEqual([]);
  });
});

describe('"avec la participation de" and "aux côtés de" fund only where money is told', () => {
  it('reads no funding from the guests of a recording', () => {
    expect(
      read(
        'FUNDED',
        'La société Vantor Studios produit des émissions. Le concert a été enregistré avec la participation de Melisande Records et de Corvane Music.',
      ),
    ).toEqual([]);
  });

  it('reads no funding from names shown beside a portrait on a stamp series', () => {
    expect(
      read(
        'FUNDED',
        'La société Vantor Studios produit des films. En 1990, son portrait figure sur une série de timbres, aux côtés de Gorvane Films et de Pathé Lumen.',
      ),
    ).toEqual([]);
  });

  it('still reads the co-investors beside the lead of a round', () => {
    expect(
      read(
        'FUNDED',
        "La fintech Nuvéa a levé 8 millions d'euros. Le tour de table est mené par Kerlan Capital, aux côtés de Brivane Ventures.",
      ),
    ).toEqual(expect.arrayContaining(['Kerlan Capital -> Nuvéa', 'Brivane Ventures -> Nuvéa']));
  });
});
