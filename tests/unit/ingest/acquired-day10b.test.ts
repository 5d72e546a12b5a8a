import { madePairs } from './helpers';

const PUBLISHED = '2026-06-10';

const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);

describe('a merger or purchase noun whose own clause is denied after its parties', () => {
  it.each([
    "Un rapprochement de Sirius avec Nexcom « n'est pas à l'ordre du jour », assure toutefois Arnaud Péricard.",
    'Une fusion entre Sirius et Nexcom ne se fera pas, selon le PDG.',
    'A merger of Sirius and Nexcom is not on the agenda, the chief executive said.',
    "A merger of Sirius and Nexcom isn't on the cards, analysts said.",
  ])('tells no merger: %s', (text) => {
    expect(made(text, 'MERGED_WITH')).toEqual([]);
  });

  it.each([
    "La fusion entre Sirius et Nexcom n'est pas encore finalisée.",
    'The merger of Sirius and Nexcom was completed in May.',
    "La fusion de Sirius et Nexcom, qui n'a pas été simple, a créé un leader.",
  ])('keeps a merger told as done or still to close: %s', (text) => {
    expect(made(text, 'MERGED_WITH')).toEqual(['Nexcom -> Sirius']);
  });
});

describe('names after "after" and a gerund that is not a purchase', () => {
  it.each([
    'For Nordfeld, which invests only in defence companies, it is the fourth deal this year after backing Munich-based Aerolance and Polish satellite company Orbitra.',
    'For Nordfeld, it is the third deal this year, after investing in Aerolance and Orbitra.',
    'For Nordfeld, it is the third deal this year, after leading rounds in Aerolance and Orbitra.',
  ])('reads no earlier purchase: %s', (text) => {
    expect(made(text)).toEqual([]);
  });

  it.each([
    "Pour Nordfeld, c'est la quatrième acquisition de l'année, après le lyonnais Aerolance et le belge Orbitra.",
    'For Nordfeld, it is the fourth deal this year after buying Munich-based Aerolance and Polish satellite company Orbitra.',
  ])('still reads the earlier purchases: %s', (text) => {
    expect(made(text)).toEqual(['Nordfeld -> Aerolance', 'Nordfeld -> Orbitra']);
  });
});

describe('a possessive before the deal noun points back to the subject, not to its object', () => {
  it.each([
    'Calder acquired Pawline in 2019 as part of its 1.1 billion dlr purchase of Ashgrove Bioscience Holdings.',
    'Calder bought Pawline last year as part of its takeover of Ashgrove.',
    "Le groupe Calder a repris Pawline en 2019 dans le cadre de son rachat d'Ashgrove.",
  ])('makes the object no buyer: %s', (text) => {
    const pairs = made(text);
    expect(pairs).toContain('Calder -> Pawline');
    expect(pairs.filter((p) => p.startsWith('Pawline'))).toEqual([]);
  });
});

describe('a second purchase after "avant de" with an infinitive', () => {
  it.each([
    'Sauveterre avait racheté en 2021 la boutique Rhône Patrimoine à son fondateur, avant de prendre le contrôle de la fintech Pilotis en 2023.',
    "Azura Voyages avait racheté en 2019 l'agence Partir.com, avant de racheter l'agence Sud Évasion deux ans plus tard.",
    "Azura Voyages a racheté l'agence Partir.com en 2019 avant d'acquérir le réseau Sud Évasion.",
  ])('gives the second company to the subject, none to the first object: %s', (text) => {
    const pairs = made(text);
    const [first, second] = text.includes('Pilotis')
      ? ['Rhône Patrimoine', 'Pilotis']
      : ['Partir.com', 'Sud Évasion'];
    const buyer = text.startsWith('Sauveterre') ? 'Sauveterre' : 'Azura Voyages';
    expect(pairs).toEqual([`${buyer} -> ${second}`, `${buyer} -> ${first}`].sort());
  });

  it("reads no control taken by a relative clause of the first object as the subject's", () => {
    const pairs = made(
      'Sauveterre avait racheté la boutique Rhône Patrimoine, qui a pris le contrôle de la fintech Pilotis en 2023.',
    );
    expect(pairs).not.toContain('Sauveterre -> Pilotis');
  });
});

describe('the sale of a described unit to a described buyer', () => {
  it.each([
    "Le groupe Azura indique avoir finalisé la cession de sa filiale de croisières fluviales Rivéa à l'allemand Rheinwelle Reisen, pour un montant non divulgué.",
    'Azura a annoncé la vente de sa filiale Rivéa au groupe allemand Rheinwelle Reisen.',
    'Azura prépare la vente de son activité de croisières Rivéa au fonds Rheinwelle Reisen.',
  ])('reads the buyer: %s', (text) => {
    expect(made(text)).toContain('Rheinwelle Reisen -> Rivéa');
  });

  it('reads no buyer in a share told "à hauteur de"', () => {
    expect(made('La cession de Rivéa à hauteur de 20 % est prévue.')).toEqual([]);
  });
});

describe('"and related" joins nouns, not clauses', () => {
  it('keeps the sale of a stake in a company and related companies', () => {
    expect(made('Kettering sold its stake in Vantor and related companies to Holm.')).toContain(
      'Holm -> Vantor',
    );
  });
});
