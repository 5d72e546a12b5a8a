import { facts, run } from './helpers';

/**
 * Rivalry classes of day fifteen: the English verb "face" with a company as its object ("where it will face A and
 * B"), a bracketed alias that is no clause subject ("l'appel d'offres de la Direction générale de l'armement
 * (DGA), face à A": the winner contests, the client does not), and a contest whose intent the clause denies ("ne
 * compte pas s'attaquer à A", not "nous n'aurions pas pu rivaliser avec A").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('the English verb "face" with companies as its object', () => {
  it.each([
    'Paysmith Ltd sells payroll software. In Italy, Paysmith Ltd will face Dimora Group and Vacasa Inc.',
    'Paysmith Ltd sells payroll software. The new money pays for Italy, where Paysmith Ltd will face Rome-based Dimora Group and Vacasa Inc.',
    'Paysmith Ltd sells payroll software. Paysmith Ltd now faces Dimora Group and Vacasa Inc in Italy.',
    'Paysmith Ltd sells payroll software. Paysmith Ltd faced Dimora Group and Vacasa Inc in the Italian market last year.',
  ])('%s', (text) => {
    expect(has(text, 'Dimora Group', 'Paysmith Ltd')).toBe(true);
    expect(has(text, 'Paysmith Ltd', 'Vacasa Inc')).toBe(true);
  });

  it('reads a rival after a descriptor ("facing local leader A")', () => {
    const text =
      'Paysmith Ltd sells payroll software. Paysmith Ltd is facing local leader Loonwijs BV in the Netherlands.';
    expect(has(text, 'Loonwijs BV', 'Paysmith Ltd')).toBe(true);
  });

  it.each([
    'Paysmith Ltd sells payroll software. Paysmith Ltd faces a lawsuit from Loonwijs BV.',
    'Paysmith Ltd sells payroll software. Paysmith Ltd faces questions from Loonwijs BV about the deal.',
    'Paysmith Ltd sells payroll software. Paysmith Ltd is facing uproar in Loonwijs BV over the deal.',
    'Paysmith Ltd sells payroll software. Paysmith Ltd does not face Loonwijs BV in Germany.',
    'Paysmith Ltd sells payroll software. Paysmith Ltd faced Loonwijs BV in court over a patent.',
  ])('reads no rivals: %s', (text) => {
    expect(has(text, 'Loonwijs BV', 'Paysmith Ltd')).toBe(false);
  });
});

describe('a bracketed alias is no clause subject', () => {
  it.each([
    "Aérolance SA fabrique des drones. Aérolance SA a remporté l'appel d'offres de la Direction générale de l'armement (DGA), face à Skyvigil SAS et Dronéa SA.",
    "Aérolance SA fabrique des drones. Le fabricant toulousain Aérolance SA a remporté l'appel d'offres de la Direction générale de l'armement (DGA) portant sur 300 drones, face à Skyvigil SAS et Dronéa SA.",
    "Aérolance SA fabrique des drones. Aérolance SA a décroché le contrat de l'Agence de l'innovation de défense (AID), face à Skyvigil SAS et Dronéa SA.",
  ])('%s', (text) => {
    expect(has(text, 'Aérolance SA', 'Skyvigil SAS')).toBe(true);
    expect(has(text, 'Aérolance SA', 'Dronéa SA')).toBe(true);
    expect(rivals(text).some((p) => /Direction|Agence/u.test(p))).toBe(false);
  });
});

describe('a contest whose intent the clause denies', () => {
  it.each([
    "Médiclic SAS exploite des cabines. Médiclic SAS ne compte pas pour autant s'attaquer à Doctolib SAS, dont elle utilise l'agenda.",
    "Médiclic SAS exploite des cabines. Médiclic SAS n'entend pas concurrencer Doctolib SAS sur la prise de rendez-vous.",
    "Médiclic SAS exploite des cabines. Médiclic SAS n'a pas l'intention de rivaliser avec Doctolib SAS.",
  ])('reads no rivals: %s', (text) => {
    expect(has(text, 'Doctolib SAS', 'Médiclic SAS')).toBe(false);
  });

  it.each([
    "Talentis SA vend des logiciels. « Seuls, nous n'aurions pas pu rivaliser longtemps avec Corvent Inc et HRnova Inc », reconnaît Nathalie Fournel, présidente de Talentis SA.",
    "Médiclic SAS exploite des cabines. Médiclic SAS compte bien s'attaquer à Doctolib SAS sur la prise de rendez-vous.",
  ])('still reads the rivals: %s', (text) => {
    expect(rivals(text).length).toBeGreaterThan(0);
  });
});

describe("a share of a company's own business is no shared market", () => {
  it.each([
    'Stayforth Lda manages rentals. The company lists its properties on Airbnb Inc and Booking Holdings, which together bring in 70% of its bookings.',
    'Stayforth Lda manages rentals. Airbnb Inc and Booking Holdings together account for 70% of its orders.',
    'Médiclic SAS exploite des cabines. Medtech SA et Withings SA assurent à eux deux 60 % de ses achats.',
  ])('reads no rivals: %s', (text) => {
    expect(has(text, 'Airbnb Inc', 'Booking Holdings') || has(text, 'Medtech SA', 'Withings SA')).toBe(false);
  });

  it.each([
    'Stayforth Lda manages rentals. Airbnb Inc and Booking Holdings together handle 70% of the European rental market.',
    'Stayforth Lda manages rentals. Airbnb Inc and Booking Holdings together hold half of the market for short lets.',
  ])('%s', (text) => {
    expect(has(text, 'Airbnb Inc', 'Booking Holdings')).toBe(true);
  });
});

describe("firms set beside a company among a market's leaders", () => {
  it.each([
    "Aérolance SA fabrique des drones. L'entreprise figure désormais aux côtés d'Altaris SA et de Novadrone SA parmi les leaders européens du drone tactique.",
    "Aérolance SA fabrique des drones. Aérolance SA figure aux côtés d'Altaris SA et Novadrone SA parmi les principaux acteurs du secteur.",
    'Aerolance Ltd makes drones. Aerolance Ltd now sits alongside Altaris Corp and Novadrone Inc among the leading European makers of tactical drones.',
  ])('%s', (text) => {
    const names = rivals(text).join(' | ');
    expect(names).toMatch(/Altaris \w+ ~ Novadrone \w+/u);
    expect(names).toMatch(
      /Aérolance SA ~ Altaris SA|Aerolance Ltd ~ Altaris Corp|Altaris SA ~ Aérolance SA/u,
    );
  });

  it.each([
    "Aérolance SA fabrique des drones. Aérolance SA siège aux côtés d'Altaris SA et Novadrone SA parmi les actionnaires de Dronéa SA.",
    'Aerolance Ltd makes drones. Aerolance Ltd sits alongside Altaris Corp and Novadrone Inc among the investors in Droneo Ltd.',
  ])('reads no rivals: %s', (text) => {
    expect(rivals(text).join(' | ')).not.toMatch(/Altaris \w+ ~ Novadrone \w+/u);
  });
});
