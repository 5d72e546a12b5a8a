import { facts, run } from './helpers';

/**
 * Rivalry classes of day fourteen: the thing a subject "dispute" to its rivals may be a long noun phrase, with an
 * "à" of its own inside, before the holders ("dispute les appels d'offres des sociétés d'autoroutes à A, à B et
 * à C"); a market's leader told with a remark of its own before the ranking ("dominated by A, which holds 18% of
 * it, followed by B and C"); the players a sentence opens on as "the other contenders", after a verb or in
 * apposition, rivals of one another and of the article's company.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a long disputed thing before its holders', () => {
  it.each([
    "Voltéa SAS exploite 300 bornes. Le groupe dispute désormais les appels d'offres des sociétés d'autoroutes à Fastvolt SA, à Electrapark SAS et à Totalis SA.",
    'Voltéa SAS dispute les contrats à long terme des collectivités à Fastvolt SA, à Electrapark SAS et à Totalis SA.',
    'Voltéa SAS exploite 300 bornes. Elle disputait les contrats à long terme des collectivités à Fastvolt SA, à Electrapark SAS et à Totalis SA.',
    'Voltéa SAS disputera désormais la clientèle des grandes enseignes régionales à Fastvolt SA, à Electrapark SAS et à Totalis SA.',
  ])('%s', (text) => {
    expect(has(text, 'Voltéa SAS', 'Fastvolt SA')).toBe(true);
    expect(has(text, 'Voltéa SAS', 'Electrapark SAS')).toBe(true);
    expect(has(text, 'Voltéa SAS', 'Totalis SA')).toBe(true);
  });

  it('reads a holder after a determiner and a nationality', () => {
    const text = "Voltéa SAS dispute la clientèle des enseignes à l'allemand Fastvolt AG.";
    expect(has(text, 'Voltéa SAS', 'Fastvolt AG')).toBe(true);
  });

  it.each([
    "Voltéa SAS ne dispute pas les contrats des sociétés d'autoroutes à Fastvolt SA.",
    "Voltéa SAS a confié les contrats des sociétés d'autoroutes à Fastvolt SA.",
    'Voltéa SAS dispute les contrats à long terme des collectivités, selon Fastvolt SA.',
  ])('reads no rival: %s', (text) => {
    expect(has(text, 'Voltéa SAS', 'Fastvolt SA')).toBe(false);
  });
});

describe("a leader's remark before the ranking that follows it", () => {
  it.each([
    "Europe's payroll market is still dominated by Adelio Corp, which holds roughly 18% of it, followed by Sagemont Inc and Persona Ltd.",
    'The market is led by Adelio Corp, which has about 40 per cent of subscribers, followed by Sagemont Inc and Persona Ltd.',
    'Le marché est dominé par Adelio SA, qui revendique environ 30 % des clients, suivi de Sagemont SAS et de Persona SA.',
  ])('%s', (text) => {
    const names = rivals(text).join(' | ');
    expect(names).toMatch(/Adelio \w+ ~ Sagemont \w+/u);
    expect(names).toMatch(/Adelio \w+ ~ Persona \w+/u);
  });

  it('reads the leader among the shares of a ranking', () => {
    const text =
      "Europe's payroll market is still dominated by Adelio Corp, which holds roughly 18% of it, followed by Sagemont Inc with 11% and Persona Ltd with 6%.";
    expect(has(text, 'Adelio Corp', 'Sagemont Inc')).toBe(true);
    expect(has(text, 'Adelio Corp', 'Persona Ltd')).toBe(true);
    expect(has(text, 'Persona Ltd', 'Sagemont Inc')).toBe(true);
  });

  it.each([
    'The company is owned by Adelio Corp, which holds roughly 18% of it, followed by Sagemont Inc and Persona Ltd.',
    'Adelio Corp, which holds roughly 18% of the capital, sold shares to Sagemont Inc with 11% and Persona Ltd with 6%.',
  ])('reads no leader: %s', (text) => {
    expect(has(text, 'Adelio Corp', 'Sagemont Inc')).toBe(false);
  });
});

describe('the other contenders', () => {
  const lead = 'Paysona, a Madrid-based payroll startup, has raised €35m from Lanterna Ventures. ';

  it.each([
    'The other contenders for mid-market contracts, Deel Inc and Rippling Inc, focus mainly on hiring staff abroad.',
    'The other contenders in the replacement market are Deel Inc and Rippling Inc, according to analysts.',
    'The other players include Deel Inc and Rippling Inc.',
    'Les autres prétendants, Deel Inc et Rippling Inc, misent sur les prix.',
  ])('%s', (sentence) => {
    const text = lead + sentence;
    expect(has(text, 'Deel Inc', 'Rippling Inc')).toBe(true);
    expect(has(text, 'Paysona', 'Deel Inc')).toBe(true);
    expect(has(text, 'Paysona', 'Rippling Inc')).toBe(true);
  });

  it.each([
    'The other investors, Deel Inc and Rippling Inc, joined the round.',
    'The other clients, Deel Inc and Rippling Inc, renewed their contracts.',
    'Unlike Brisa Partners, the other contenders, Deel Inc and Rippling Inc, focus on hiring.',
  ])('reads no contenders: %s', (sentence) => {
    const text = lead + sentence;
    expect(has(text, 'Paysona', 'Deel Inc')).toBe(false);
  });
});

describe('a list closed by a count of players', () => {
  it.each([
    "Kardio SA lève 5 M€. L'entreprise compte s'attaquer au marché allemand, où elle affrontera l'américain iRhythm Inc et le néerlandais Corlytics BV, deux acteurs déjà bien installés auprès des cardiologues.",
    'Ledgerly Ltd raised money. The company will go up against iRhythm Inc and Corlytics BV, two better-funded players targeting the same customers.',
    'Glucora Inc competes with iRhythm Inc and Corlytics BV, the two regional challengers that have been battling Vantis Inc on price.',
    'Kardio SA se mesure à iRhythm Inc et à Corlytics BV, les deux grands acteurs du secteur.',
  ])('%s', (text) => {
    expect(has(text, 'iRhythm Inc', 'Corlytics BV')).toBe(true);
  });

  it.each([
    'Gavrinis SA affronte iRhythm Inc et Corlytics BV, deux entreprises familiales du Finistère.',
    'Gavrinis SA affronte sur ce créneau iRhythm Inc et le tchèque Corlytics BV, deux concurrents qui ont investi massivement.',
    'Kestrel Ltd counts iRhythm Inc and Corlytics BV, the two main shareholders, as backers.',
    'Kestrel Ltd competes with Alpina Ltd, iRhythm Inc and Corlytics BV, two players of the French market.',
  ])('reads no pair: %s', (text) => {
    expect(has(text, 'iRhythm Inc', 'Corlytics BV')).toBe(false);
  });
});
