/**
 * Day twenty-nine, French press: a business described first and named in apposition, sold to a buyer after the
 * closing comma ("X cède sa filiale de livraison à domicile, Y, au logisticien Z"; fr/sold-unit.ts); a second verb
 * phrase taking a stake after a purchase, with a time phrase before its object ("puis a pris l'an dernier une
 * participation de 25 % dans B", "et pris en juillet 20 % du capital de B"; anaphora-ellipsis-second-verb.ts,
 * fr/second-verb.ts); a name inside a complement of the first object ("son rapprochement avec B", "la filiale
 * française de B") is no subject of the subjectless "puis racheté C" (anaphora-ellipsis-object.ts). Sentences
 * written for these tests.
 */
import { madePairs, run, typedDealPairs } from './helpers';

const PUBLISHED = '2026-11-27';

describe('a sold business named in apposition', () => {
  it.each([
    [
      "L'enseigne Verlys cède par ailleurs sa filiale de réparation à domicile, Dépann'Ouest, au groupe nantais Sorelec, pour environ 6 millions d'euros.",
      "Sorelec -> Dépann'Ouest",
    ],
    [
      "Pour se recentrer, Cartomat avait cédé en 2021 sa division d'emballages souples, Flexipak, à l'italien Imballi Rossi.",
      'Imballi Rossi -> Flexipak',
    ],
    [
      "En mars, Chantiers Morvan a cédé sa branche de voilerie, Voiles Morvan, au profit de Nautilys pour 12 millions d'euros.",
      'Nautilys -> Voiles Morvan',
    ],
    [
      'Le recentrage a commencé en 2024 avec la vente de la branche peinture, Colorine Peintures, au chimiste belge Belchem Group.',
      'Belchem Group -> Colorine Peintures',
    ],
  ])('%s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toContain(expected);
  });

  it('reads the English shape as before', () => {
    expect(
      madePairs(
        'Halvor Group sold its packaging division, Halvor Pack, to the Swiss group Velmar.',
        PUBLISHED,
        'ACQUIRED',
      ),
    ).toContain('Velmar -> Halvor Pack');
  });

  it('near miss: a sale only considered is no made deal', () => {
    expect(
      madePairs(
        "Le groupe Vermont n'envisage pas de céder sa filiale de transport, Vermont Fret, au fonds Kalys.",
        PUBLISHED,
        'ACQUIRED',
      ),
    ).toEqual([]);
  });

  it('near miss: a subsidiary sold to an unnamed rival has no buyer', () => {
    expect(
      madePairs('Ardelis a cédé sa filiale, Cartonnages du Rhône, à un concurrent.', PUBLISHED, 'ACQUIRED'),
    ).toEqual([]);
  });
});

describe('a stake taken in a second verb phrase after a purchase', () => {
  it.each([
    [
      "Le groupe Morvil a racheté en 2015 l'allemand Gartenwerk, puis a pris l'an dernier une participation minoritaire dans la start-up nantaise Vignebot.",
      'FUNDED Morvil -> Vignebot',
    ],
    [
      "Sylmar a bouclé en septembre le rachat du belge Codex, pour 75 millions d'euros, et pris en juillet 20 % du capital de la start-up nantaise Opaline.",
      'FUNDED Sylmar -> Opaline',
    ],
    [
      'Le groupe Kermor avait repris la crêperie rennaise Ar Gwenn, puis pris 35 % du capital du cidrier Cidrerie Kervoas au printemps.',
      'FUNDED Kermor -> Cidrerie Kervoas',
    ],
    [
      'Le groupe Talmont a racheté en 2022 la biscuiterie Ker Mor, puis pris en juin 70 % du capital de la fromagerie Fromentis.',
      'ACQUIRED Talmont -> Fromentis',
    ],
    [
      'Halvor Group bought Orkney Tools in 2021 and last year took a 20% stake in Pellis Robotics.',
      'FUNDED Halvor Group -> Pellis Robotics',
    ],
  ])('%s', (text, expected) => {
    expect(typedDealPairs(text, PUBLISHED)).toContain(expected);
  });

  it('the first purchase stays a purchase, the stake an investment', () => {
    const pairs = typedDealPairs(
      'Le groupe Kermor avait repris la crêperie rennaise Ar Gwenn, puis pris 35 % du capital du cidrier Cidrerie Kervoas au printemps.',
      PUBLISHED,
    );
    expect(pairs).toContain('ACQUIRED Kermor -> Ar Gwenn');
    expect(pairs).not.toContain('ACQUIRED Kermor -> Cidrerie Kervoas');
    // the object of the first purchase takes no stake
    expect(pairs).not.toContain('FUNDED Ar Gwenn -> Cidrerie Kervoas');
  });

  it('near miss: a clause with its own named subject keeps it', () => {
    const pairs = typedDealPairs(
      'Le groupe Talmont a annoncé jeudi que Biovera avait racheté la conserverie Ker Mor, puis pris 20 % du capital de Fromentis.',
      PUBLISHED,
    );
    expect(pairs).toContain('FUNDED Biovera -> Fromentis');
    expect(pairs).not.toContain('FUNDED Talmont -> Fromentis');
  });
});

describe('a name inside the first object is no subject of the second verb', () => {
  it('the partner of a merger does not buy what the subject buys next', () => {
    const text =
      'Le groupe Kerval avait finalisé en 2024 son rapprochement avec le maroquinier angevin Lemoine, les deux familles détenant désormais chacune la moitié du nouvel ensemble, puis racheté en mars le sellier normand Maison Hubert.';
    const bought = madePairs(text, PUBLISHED, 'ACQUIRED');
    expect(bought).not.toContain('Lemoine -> Maison Hubert');
    expect(bought).toContain('Kerval -> Maison Hubert');
  });

  it('the owner of a subsidiary bought does not buy the next one', () => {
    const text =
      'Le groupe Sarlat a racheté en 2019 la filiale française du suédois Nordlund, puis repris en 2023 le fabricant Vexor.';
    const bought = madePairs(text, PUBLISHED, 'ACQUIRED');
    expect(bought).not.toContain('Nordlund -> Vexor');
  });

  it('English: the merger partner buys nothing', () => {
    const text =
      'Halvor Group completed its merger with the Danish firm Brenmark in 2024, and then bought Corvia Systems in March.';
    const bought = madePairs(text, PUBLISHED, 'ACQUIRED');
    expect(bought).not.toContain('Brenmark -> Corvia Systems');
    expect(bought).toContain('Halvor Group -> Corvia Systems');
  });

  it('near miss: a subject opened by "que" still buys', () => {
    const facts = run(
      'Le groupe Talmont a indiqué mardi que Biovera avait racheté la conserverie Ker Mor.',
      PUBLISHED,
    ).relations.filter((r) => r.type === 'ACQUIRED');
    expect(facts.map((r) => `${r.source} -> ${r.target}`)).toContain('Biovera -> Ker Mor');
  });
});

describe('a long apposition between a company and its verb', () => {
  it.each([
    [
      "Le Groupe Marlot, l'ex-Tanneries Réunies devenu en 2019 un holding familial présent dans la maroquinerie et la chaussure, est présidé par Yann Kerbrat.",
      'Yann Kerbrat -> Groupe Marlot',
    ],
    [
      'Velmora Systems, a Lyon-based maker of industrial sensors and valves for the food and dairy industries of Europe and Asia, is run by Claire Dumont.',
      'Claire Dumont -> Velmora Systems',
    ],
  ])('%s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'LEADS')).toContain(expected);
  });

  it('near miss: a clause with its own verb after the comma is no apposition', () => {
    expect(
      madePairs(
        'Le Groupe Marlot a racheté la maroquinerie Tanin, qui emploie 40 personnes dans la Creuse et la Corrèze, puis Cuir Vert, dirigé par Anne Lomond.',
        PUBLISHED,
        'LEADS',
      ),
    ).not.toContain('Anne Lomond -> Groupe Marlot');
  });
});

describe('a court takeover offer for a company with a descriptor the units do not fold', () => {
  it.each([
    [
      "Le tribunal de commerce de Lyon a retenu mardi l'offre de reprise du groupe Dorval pour le chausseur romanais Sauvel.",
      'Dorval -> Sauvel',
    ],
    [
      "Le tribunal de commerce de Lyon a retenu l'offre présentée par le groupe Dorval pour l'équipementier nantais Navalis.",
      'Dorval -> Navalis',
    ],
  ])('%s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toContain(expected);
  });

  it('near miss: an offer the court set aside is no made deal', () => {
    expect(
      madePairs(
        "Le tribunal de commerce de Lyon a écarté mardi l'offre de reprise du groupe Dorval pour le chausseur romanais Sauvel.",
        PUBLISHED,
        'ACQUIRED',
      ),
    ).toEqual([]);
  });
});
