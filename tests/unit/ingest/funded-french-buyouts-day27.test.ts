/**
 * Day twenty-seven, French LBO vocabulary: "Entré au capital de Y en 2019, X …" (a fronted entry, the holder is the
 * subject after the comma; fr.funded.fronted-entered-capital), "le fonds X accompagne la transmission de Y / le MBO
 * de Y" (fr.funded.backs-handover), "Y réalise un OBO avec le fonds X" (fr/buyout-with-fund.ts: an investment, or a
 * purchase when the deal is told majority), and buy-out acronyms (MBO, OBO) are no organisations
 * (entities/lexicon-common.ts). Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { run, typedPair } from './helpers';

function deals(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'FUNDED')
    .map(typedPair)
    .sort();
}

describe('a fronted entry into the capital: the subject after the comma holds a stake', () => {
  it.each([
    [
      "Frigonor fabrique des chambres froides. Entré au capital de Frigonor en 2018, le fonds Loire Partenaires cède aujourd'hui ses parts.",
      'FUNDED Loire Partenaires -> Frigonor',
    ],
    [
      'Frigonor fabrique des chambres froides. Entrée en 2020 au capital de Frigonor, la banque Arvor Crédit y détient 15 %.',
      'FUNDED Arvor Crédit -> Frigonor',
    ],
    [
      'Frigonor fabrique des chambres froides. Présent au capital de Frigonor depuis 2016, Loire Partenaires réalise une belle plus-value.',
      'FUNDED Loire Partenaires -> Frigonor',
    ],
  ])('%s', (text, want) => {
    expect(deals(text)).toContain(want);
  });

  it('gives way when the entry was a majority one', () => {
    const text =
      'Frigonor fabrique des chambres froides. Entré au capital de Frigonor en 2018 avec une participation majoritaire, Loire Partenaires en a fait un leader régional.';
    expect(deals(text)).not.toContain('FUNDED Loire Partenaires -> Frigonor');
  });

  it('reads no stake in a seat on the board', () => {
    const text =
      "Frigonor fabrique des chambres froides. Entré au conseil d'administration de Frigonor en 2018, le cabinet Loire Partenaires conseille la direction.";
    expect(deals(text)).toEqual([]);
  });
});

describe('a fund backing a handover to the managers', () => {
  it.each([
    [
      'La Fromagerie Kerhervé fabrique des tommes. Le fonds Armor Transmission accompagne la transmission de la Fromagerie Kerhervé à son directeur général.',
      'FUNDED Armor Transmission -> Fromagerie Kerhervé',
    ],
    [
      'Le fonds Armor Transmission accompagne le MBO de Technifroid, mené par son directeur général.',
      'FUNDED Armor Transmission -> Technifroid',
    ],
  ])('%s', (text, want) => {
    expect(deals(text)).toContain(want);
  });

  it('takes "MBO" for no company', () => {
    const names = run(
      'Le fonds Armor Transmission accompagne le MBO de Technifroid, mené par son directeur général.',
    ).entities.map((e) => e.name);
    expect(names).not.toContain('MBO');
  });
});

describe('Y réalise un OBO avec le fonds X', () => {
  it('is an investment when no majority is told', () => {
    expect(deals('La Chocolaterie Malvaux réalise un OBO avec le fonds Rance Capital.')).toEqual([
      'FUNDED Rance Capital -> Chocolaterie Malvaux',
    ]);
  });

  it('is a purchase when the deal is a majority one', () => {
    expect(deals('Le groupe Frigonor boucle un LBO majoritaire avec le fonds Rance Capital.')).toEqual([
      'ACQUIRED Rance Capital -> Frigonor',
    ]);
  });

  it('reads no fund in a buy-out told with a bank as adviser', () => {
    expect(deals('La Chocolaterie Malvaux réalise un OBO, conseillée par la banque Rance Finance.')).toEqual(
      [],
    );
  });
});
