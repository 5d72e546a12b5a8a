import { facts, run } from './helpers';
import { sortedPairs } from './frames-test-helpers';

/**
 * Day ten, second part: the stake told as a noun of taking it, angels named after their group's own clause, a
 * lender whose acronym stands in brackets or whose verb is followed by "par ailleurs", the vehicle named after a
 * comma, a fund's own subscribers (LPs) listed with commas, and an investment only weighed.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('a minority stake told as a noun of taking it', () => {
  test('"a annoncé l\'acquisition d\'une participation minoritaire de 30 % dans Y" funds Y', () => {
    const text =
      "Le gestionnaire d'actifs Helios Infra Partners a annoncé lundi l'acquisition d'une participation minoritaire de 30 % dans Méthavia, un développeur breton.";
    expect(funded(text)).toEqual(['Helios Infra Partners -> Méthavia']);
  });

  test('"la prise d\'une participation de 30 % dans Y" and "completed the purchase of a minority stake in Y"', () => {
    expect(
      funded("Helios Infra Partners annonce la prise d'une participation de 30 % dans Méthavia."),
    ).toEqual(['Helios Infra Partners -> Méthavia']);
    expect(funded('Helios Infra Partners completed the purchase of a minority stake in Methavia.')).toEqual([
      'Helios Infra Partners -> Methavia',
    ]);
  });

  test('a majority stake taken that way is a purchase, not a funding', () => {
    const text =
      "Helios Infra Partners annonce l'acquisition d'une participation majoritaire de 70 % dans Méthavia.";
    expect(funded(text)).toEqual([]);
  });

  test('a stake only considered is no completed funding', () => {
    const r = facts(
      run("Helios Infra Partners envisage l'acquisition d'une participation dans Méthavia."),
      'FUNDED',
    );
    expect(r.every((f) => f.status === 'rumoured')).toBe(true);
  });
});

describe('angels named after their group is told putting money in', () => {
  const lead = 'Lanewise has raised $48 million. ';

  test('"Several angel investors also put money into the round, including P, …, and Q, …" funds both', () => {
    const text = `${lead}Several angel investors also put money into the round, including Marcus Oyelaran, Flexport's former head of carrier operations, and Julia Brandt, the founder of parcel startup Shipnest.`;
    const got = funded(text);
    expect(got).toContain('Marcus Oyelaran -> Lanewise');
    expect(got).toContain('Julia Brandt -> Lanewise');
    expect(got).not.toContain('Flexport -> Lanewise');
  });

  test('the French group: "plusieurs business angels ont participé, dont P, ancien directeur de X, et Q"', () => {
    const text =
      "Lanewise lève 5 millions d'euros. Plusieurs business angels ont également participé à l'opération, dont Marc Olivier, ancien directeur de Flexia, et Julie Brandt, fondatrice de Shipnest.";
    const got = funded(text);
    expect(got).toContain('Marc Olivier -> Lanewise');
    expect(got).toContain('Julie Brandt -> Lanewise');
  });

  test('"a group of angel investors including Spotify\'s former head of artist services, P, and producer Q"', () => {
    const text =
      "Royalti has raised $8 million. The round was led by Cadenza Capital, with a group of angel investors including Spotify's former head of artist services, Lena Hoffmeister, and producer Kofi Mensah-Baldwin.";
    const got = funded(text);
    expect(got).toContain('Lena Hoffmeister -> Royalti');
    expect(got).toContain('Kofi Mensah-Baldwin -> Royalti');
    expect(got).not.toContain('Spotify -> Royalti');
  });

  test('angels mentioned with no money put in name no investor', () => {
    const text = `${lead}Angel investors were once rare in Chicago, including in logistics, said Marcus Oyelaran.`;
    expect(funded(text)).not.toContain('Marcus Oyelaran -> Lanewise');
  });
});

describe('lenders and vehicles the clause reader used to miss', () => {
  test('"La Banque européenne d\'investissement (BEI) lui avait accordé un prêt" after a fronted year', () => {
    const text =
      "La PME Solvéa Énergies lève 10 millions d'euros. En 2022, la Banque européenne d'investissement (BEI) lui avait accordé un prêt de 80 millions d'euros.";
    expect(funded(text)).toContain("Banque européenne d'investissement -> Solvéa Énergies");
  });

  test('"The European Investment Bank (EIB) provided Y with €15m in venture debt"', () => {
    const text =
      'Vigilon has raised €32m in a Series A round. The European Investment Bank (EIB) provided Vigilon with €15m in venture debt.';
    expect(funded(text)).toContain('European Investment Bank -> Vigilon');
  });

  test('"accompagne par ailleurs Y avec une ligne de dette": "par ailleurs" brings no agent', () => {
    const text =
      "La PME Méthavia lève 10 millions d'euros. Le Crédit Mutuel Arkéa accompagne par ailleurs Méthavia avec une ligne de dette de 40 millions d'euros.";
    expect(funded(text)).toContain('Crédit Mutuel Arkéa -> Méthavia');
  });

  test('a passive with a real agent is still left to the passive reader ("accompagnée par A")', () => {
    const text =
      "La PME Méthavia lève 10 millions d'euros. Elle est accompagnée par le fonds Breizh Up depuis 2020.";
    expect(funded(text)).not.toContain('Méthavia -> Breizh Up');
  });

  test('"investit via son premier fonds, V, doté de …": the vehicle set off by a comma is a giver, not the company', () => {
    const text =
      "La PME Méthavia lève 10 millions d'euros. Helios Infra Partners investit via son premier fonds, Helios Transition I, doté de 250 millions d'euros.";
    const got = funded(text);
    expect(got).toContain('Helios Infra Partners -> Méthavia');
    expect(got).not.toContain('Helios Infra Partners -> Helios Transition I');
  });
});

describe("a fund's own subscribers and an investment only weighed", () => {
  test('every subscriber listed with commas after "a bouclé un fonds de 180 M€ auprès de" is an LP', () => {
    const text =
      "Terres Nouvelles Capital a bouclé en début d'année un fonds de 180 millions d'euros auprès du Crédit Agricole, de la Caisse des dépôts et de plusieurs family offices.";
    expect(funded(text)).toEqual([]);
  });

  test('a round raised from a list with commas still funds the company', () => {
    const text =
      "La start-up Sylvacore a bouclé une levée de fonds de 18 millions d'euros auprès de Demeter, de Bpifrance et d'Unigrains.";
    expect(funded(text)).toEqual([
      'Bpifrance -> Sylvacore',
      'Demeter -> Sylvacore',
      'Unigrains -> Sylvacore',
    ]);
  });

  test('"was weighing / is considering an investment in Y" funds nothing; "invested in Y" does', () => {
    expect(funded('Belgian lender Ostend Bank was also weighing an investment in Klaarbank.')).toEqual([]);
    expect(funded('Ostend Bank is considering investing in Klaarbank.')).toEqual([]);
    expect(funded('Ostend Bank invested €5m in Klaarbank.')).toEqual(['Ostend Bank -> Klaarbank']);
  });
});
