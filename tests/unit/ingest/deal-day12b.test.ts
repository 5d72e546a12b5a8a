import { facts, madePairs, run } from './helpers';

const PUBLISHED = '2026-06-10';

const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);
const all = (text: string, type = 'ACQUIRED'): string[] =>
  facts(run(text, PUBLISHED), type)
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();

describe('a French deal verb in the conditional is reported, not made', () => {
  it.each([
    'Volteo négocierait par ailleurs le rachat de Recharge Loire, selon nos informations.',
    'Volteo rachèterait Recharge Loire pour 40 millions d’euros.',
    'Selon Les Echos, Volteo reprendrait Recharge Loire dans les prochaines semaines.',
    'Volteo céderait Recharge Loire au fonds Ardian.',
    'Volteo et Recharge Loire fusionneraient dès cet été.',
  ])('reads no deal made: %s', (text) => {
    expect(made(text)).toEqual([]);
    expect(made(text, 'MERGED_WITH')).toEqual([]);
  });

  it.each([
    'Volteo a racheté Recharge Loire en 2022.',
    'Volteo rachète Recharge Loire pour 40 millions d’euros.',
    'Volteo devrait racheter Recharge Loire en juin.',
  ])('keeps a deal told in the indicative: %s', (text) => {
    expect(made(text)).toEqual(['Volteo -> Recharge Loire']);
  });
});

describe('a deal noun as the predicate of a denied copula', () => {
  it.each([
    '"This is not a takeover of Medisync by Carebridge," Nair said in an interview.',
    'It was not an acquisition of Medisync by Carebridge, the company insisted.',
    '« Ce n’est pas un rachat de Medisync par Carebridge », a déclaré Nair.',
  ])('reads no deal: %s', (text) => {
    expect(made(text)).toEqual([]);
  });

  it.each([
    'It is not a merger but a takeover of Medisync by Carebridge.',
    'This is not a hostile takeover of Medisync by Carebridge, Nair said.',
    'The takeover of Medisync by Carebridge is not only a financial deal.',
  ])('keeps a deal whose kind only is corrected: %s', (text) => {
    expect(made(text)).toEqual(['Carebridge -> Medisync']);
  });
});

describe('a merger verb followed by a purpose', () => {
  it.each([
    'Rivages Loisirs et Domaines Sylva fusionnent pour rivaliser avec Campotel.',
    'Rivages Loisirs and Domaines Sylva will merge to compete with Campotel.',
    'Rivages Loisirs fusionne avec Domaines Sylva afin de rivaliser avec Campotel.',
    'Rivages Loisirs merged with Domaines Sylva in order to compete with Campotel.',
  ])('merges the two subjects, not the rival: %s', (text) => {
    expect(all(text, 'MERGED_WITH')).toEqual(['Domaines Sylva -> Rivages Loisirs']);
  });

  it('still reads the partner after an adverb', () => {
    expect(all('Rivages Loisirs fusionne officiellement avec Domaines Sylva.', 'MERGED_WITH')).toEqual([
      'Domaines Sylva -> Rivages Loisirs',
    ]);
  });
});

describe('a wire dateline before "A et B … leur fusion"', () => {
  it.each([
    "PARIS, 9 avril (Reuters) - Le spécialiste des radars Thalor et l'allemand Brenner & Söhne GmbH ont annoncé jeudi leur fusion.",
    'LONDRES, 9 avril (Reuters) - Thalor, spécialiste des radars, et Brenner & Söhne GmbH ont annoncé leur fusion.',
  ])('takes the dateline agency for no partner: %s', (text) => {
    expect(all(text, 'MERGED_WITH')).toEqual(['Brenner & Söhne GmbH -> Thalor']);
  });
});

describe('a merger of a counted pair named after a comma', () => {
  it.each([
    'Biolabo est né en 2018 de la fusion de deux groupements tourangeaux, Biotouraine et Labovallée.',
    'Biolabo est né du rapprochement de deux coopératives, Biotouraine et Labovallée.',
    'Biolabo was formed in 2018 by the merger of two regional lab groups, Biotouraine and Labovallée.',
  ])('reads the pair: %s', (text) => {
    expect(made(text, 'MERGED_WITH')).toEqual(['Biotouraine -> Labovallée']);
  });

  it('reads no merger of a pair that only competes', () => {
    expect(made('Biolabo rivalise avec deux groupements, Biotouraine et Labovallée.', 'MERGED_WITH')).toEqual(
      [],
    );
  });
});

describe('a relative whose buyer carries a seat descriptor', () => {
  it.each([
    "Kuravia's main rival in Germany is Pflegeheld, which Munich-based Vantor Health bought in 2023.",
    'Kuravia competes with Pflegeheld, which London-headquartered Vantor Health acquired last year.',
    'Kuravia competes with Pflegeheld, which Vantor Health bought in 2023.',
    'Le principal concurrent de Kuravia est Pflegeheld, que le munichois Vantor Health a racheté en 2023.',
  ])('reads the buyer: %s', (text) => {
    expect(made(text)).toEqual(['Vantor Health -> Pflegeheld']);
  });

  it('reads no purchase when the relative verb has its own object', () => {
    expect(
      made('Kuravia competes with Pflegeheld, which Munich-based Vantor Health bought shares in.'),
    ).toEqual([]);
  });
});

describe('a French dative sale whose thing sold follows the buyer right away', () => {
  it.each([
    'Vicat a cédé à Fayat sa filiale Sateco.',
    'Vicat a vendu à Fayat sa filiale Sateco en 2021.',
    'Il a cédé à Fayat la société Sateco en 2021.',
    "Vicat a cédé à l'américain Fayat sa filiale de transport Sateco.",
  ])('reads the buyer of the unit: %s', (text) => {
    expect(made(text)).toEqual(['Fayat -> Sateco']);
  });

  it.each([
    "Vicat n'a pas cédé à Fayat sa filiale Sateco.",
    'Vicat a cédé à Fayat 30 % de Sateco.',
    'Vicat vend à Fayat des produits Sateco.',
  ])('reads no purchase: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe('earlier purchases after a deal noun counted as predicate', () => {
  it.each([
    "Pour Ferlog, cette acquisition est la troisième en deux ans, après celles de Cargofroid en 2024 et de Messageries Duval l'an dernier.",
    'Cette acquisition est la troisième de Ferlog en deux ans, après celles de Cargofroid et de Messageries Duval.',
    'For Ferlog, the deal is the third in two years, after those of Cargofroid in 2024 and Messageries Duval last year.',
    "The deal is Ferlog's third in two years, after the purchases of Cargofroid in 2024 and Messageries Duval last year.",
    'For Ferlog, the acquisition was its third this year, after Cargofroid and Messageries Duval.',
  ])('reads each earlier purchase: %s', (text) => {
    expect(made(text)).toEqual(['Ferlog -> Cargofroid', 'Ferlog -> Messageries Duval']);
  });

  it.each([
    "Pour Ferlog, cette acquisition n'est pas la troisième, après Cargofroid et Messageries Duval.",
    'For Ferlog, the deal is important after Cargofroid and Messageries Duval left the market.',
  ])('reads no earlier purchase: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});
