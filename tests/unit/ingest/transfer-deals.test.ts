import { facts, pair, run } from './helpers';

function acquired(text: string): string[] {
  return facts(run(text), 'ACQUIRED').map(pair);
}

describe('takeovers told with a phrasal passive or a reflexive idiom', () => {
  it.each([
    [
      'The Leeds group Marwen keeps buying. The courier Tollby was snapped up by Marwen last year for an undisclosed sum.',
    ],
    ['The Leeds group Marwen keeps buying. The courier Tollby has been picked up by Marwen in a cash deal.'],
  ])('%s', (text) => {
    expect(acquired(text)).toContain('Marwen -> Tollby');
  });

  it('reads "s\'était déjà offert en 2021 la …" with an adverb and a date before the object', () => {
    const text =
      "Le fabricant lyonnais Marwen poursuit ses emplettes. Le groupe s'était déjà offert en 2021 la confiserie Tollby.";
    expect(acquired(text)).toContain('Marwen -> Tollby');
  });

  it('does not read an offer made to someone as a purchase', () => {
    const text =
      'Le fabricant lyonnais Marwen poursuit ses emplettes. Le groupe a offert à Tollby un contrat de trois ans.';
    expect(acquired(text)).toEqual([]);
  });
});

describe('a party inside a relative clause', () => {
  it('gives the verb after the clause to the clause antecedent', () => {
    const a = run(
      'The Leeds start-up Marwen, which counts Tollby among its clients, raised $3m from Harbrook Capital.',
    );
    expect(facts(a, 'FUNDED').map(pair)).toEqual(['Harbrook Capital -> Marwen']);
  });

  it('leaves a clause that does not close before the verb alone', () => {
    const a = run(
      'The Leeds start-up Marwen said Harbrook Capital, which invests in logistics, bought Tollby.',
    );
    expect(facts(a, 'ACQUIRED').map(pair)).toEqual(['Harbrook Capital -> Tollby']);
  });
});

describe('investors listed with the preposition said again', () => {
  it.each([
    [
      'La fromagerie angevine Marwen grandit vite. Marwen est soutenue par Tollby Capital et par Harbrook Invest.',
    ],
    ['The Leeds start-up Marwen grows fast. Marwen is backed by Tollby Capital and by Harbrook Partners.'],
  ])('%s', (text) => {
    const investors = facts(run(text), 'FUNDED')
      .filter((r) => r.target === 'Marwen')
      .map((r) => r.source)
      .sort();
    expect(investors).toHaveLength(2);
    expect(investors[0]).toBe('Harbrook ' + (text.includes('Leeds') ? 'Partners' : 'Invest'));
  });
});

describe("the company's own growth as the subject", () => {
  it('reads "Sa croissance est soutenue par X" as X funding the company', () => {
    const text =
      'La fromagerie angevine Marwen grandit vite. Sa croissance est soutenue depuis 2020 par le fonds régional Tollby Capital.';
    expect(facts(run(text), 'FUNDED').map(pair)).toEqual(['Tollby Capital -> Marwen']);
  });

  it('reads "Its expansion is backed by X" the same way in English', () => {
    const text =
      'The Leeds dairy Marwen grows fast. Its expansion is backed by Tollby Capital, a regional fund.';
    expect(facts(run(text), 'FUNDED').map(pair)).toEqual(['Tollby Capital -> Marwen']);
  });
});
