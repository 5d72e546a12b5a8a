import { facts, run } from './helpers';

/**
 * Rivalry classes of day seventeen, round two: a market's leaders counted then named after a comma as what a
 * company faces or trails; rivals named then counted as one group ("and the trio …", "les trois acteurs …"); a
 * head's quote naming what the company faces, the company given in the speaker's title; "ses concurrents directs
 * sont A et B" (a qualifier after the noun); and two precision classes: a backer ("GV-backed", "count X among their
 * investors", "soutenue par X") and a fund a rival possessive resolved to are no rivals.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('the counted leaders a company faces, named after a comma, are its rivals', () => {
  it.each([
    'Médisud et Santalys entendent ainsi rivaliser avec les deux leaders du secteur, Ramsay Santé et Elsan.',
    'Médisud takes on the two market leaders, Ramsay Santé and Elsan.',
    'Médisud is taking on the two giants of the market, Ramsay Santé and Elsan.',
    'Médisud competes with the two incumbents of the sector, Ramsay Santé and Elsan.',
    'Médisud se place juste derrière les deux géants du secteur, Ramsay Santé et Elsan, qui contrôlent la moitié du marché.',
  ])('%s', (text) => {
    expect(has(text, 'Médisud', 'Ramsay Santé')).toBe(true);
    expect(has(text, 'Médisud', 'Elsan')).toBe(true);
  });

  it.each([
    "Médisud n'entend pas rivaliser avec les deux leaders du secteur, Ramsay Santé et Elsan.",
    'Médisud signed a deal with the two leaders of the sector, Ramsay Santé and Elsan.',
    'Médisud competes with the two leaders, such as Ramsay Santé and Elsan.',
  ])('a denial, a deal or examples are not read as counted leaders: %s', (text) => {
    const read = facts(run(text), 'COMPETES_WITH').filter(
      (r) => r.rule === 'any.competes.counted-leaders-named',
    );
    expect(read).toEqual([]);
  });
});

describe('rivals named then counted as one group are rivals of one another', () => {
  it.each([
    'Halden competes for small-business loans with Allica Bank and OakNorth, and the trio have all grown rapidly since the big lenders retreated.',
    'Halden competes with Allica Bank and OakNorth, and all three have raised money this year.',
    'Sur le marché du comté, Halden affronte la coopérative Allica Bank et le groupe savoyard OakNorth ; les trois acteurs se partagent près de 40 % des volumes.',
    'Halden rivalise avec Allica Bank et OakNorth, et les trois groupes visent les mêmes clients.',
  ])('%s', (text) => {
    expect(has(text, 'Allica Bank', 'OakNorth')).toBe(true);
  });

  it.each([
    'Halden competes with Allica Bank and OakNorth, and the two have raised money this year.',
    'Halden signed with Allica Bank and OakNorth, and the trio have grown.',
    'Halden a signé avec Allica Bank et OakNorth ; les trois acteurs ont grandi.',
  ])('no count of the group, or no rivalry cue: %s', (text) => {
    expect(has(text, 'Allica Bank', 'OakNorth')).toBe(false);
  });
});

describe("a head's quote names what the company faces, the company given in the speaker's title", () => {
  it.each([
    "« Face aux américains Skydio et AeroVironment, les Européens doivent se serrer les coudes », estime Hélène Vasseur, directrice générale d'Aérolis.",
    "« Cette acquisition nous donne la taille critique face à Skydio et AeroVironment sur l'optronique », a déclaré Anne Morel, présidente-directrice générale d'Aérolis, lors d'une conférence.",
    '"We need scale against Skydio and AeroVironment," said John Carter, chief executive of Aérolis.',
  ])('%s', (text) => {
    expect(has(text, 'Aérolis', 'Skydio')).toBe(true);
    expect(has(text, 'Aérolis', 'AeroVironment')).toBe(true);
  });

  it.each([
    '« Face à Skydio, nous avons tenu », estime Hélène Vasseur, analyste chez Oddo.',
    "« Nous avons signé avec Skydio face à la concurrence », estime Hélène Vasseur, directrice générale d'Aérolis.",
  ])('an analyst, or a partner named before "face à", is no rival: %s', (text) => {
    expect(has(text, 'Aérolis', 'Skydio')).toBe(false);
    expect(has(text, 'Oddo', 'Skydio')).toBe(false);
  });
});

describe("a possessive rival noun with a qualifier after it lists the company's rivals", () => {
  it.each([
    'Cardiomesh vend des capteurs. Ses concurrents directs sont Implicity et Cardiologs.',
    'Cardiomesh vend des capteurs. Ses concurrents historiques sont Implicity et Cardiologs.',
    'Cardiomesh vend des capteurs. Ses concurrents directs restent toutefois les français Implicity et Cardiologs.',
    'Cardiomesh vend des capteurs. Ses principaux concurrents sont Implicity et Cardiologs.',
  ])('%s', (text) => {
    expect(has(text, 'Cardiomesh', 'Implicity')).toBe(true);
    expect(has(text, 'Cardiomesh', 'Cardiologs')).toBe(true);
  });

  it('a possessive before another role lists no rivals', () => {
    const text =
      'Cardiomesh vend des capteurs. Ses concurrents directs ont levé des fonds auprès de Implicity et Cardiologs.';
    expect(has(text, 'Cardiomesh', 'Implicity')).toBe(false);
  });

  it('a rival possessive never points at the fund that bought the company', () => {
    const text =
      "La chaîne de crêperies Crêp'Ouest a été reprise par le fonds Atlantique Capital Partenaires. Celle-ci compte 45 restaurants dans l'Ouest. Ses concurrents directs sont Breizh'Crêpes et La Galetterie.";
    expect(rivals(text).some((p) => p.includes('Atlantique Capital Partenaires'))).toBe(false);
  });
});

describe('a backer is no rival', () => {
  it.each([
    ['GV-backed Tandem Rehab, a smaller rival, was acquired by Philips last year.', 'GV'],
    ['Both firms count BlackRock among their investors and compete with ChargePoint.', 'BlackRock'],
    ['Voltra, backed by Sequoia and Index, competes with ChargePoint.', 'Sequoia'],
    ['Voltra, soutenue par Bpifrance, concurrence ChargePoint.', 'Bpifrance'],
  ])('%s', (text, backer) => {
    expect(rivals(text).some((p) => p.split(' ~ ').includes(backer))).toBe(false);
  });

  it('a rival named beside the backer is still read', () => {
    expect(has('Voltra competes with ChargePoint and Wallbox.', 'Voltra', 'Wallbox')).toBe(true);
  });
});
