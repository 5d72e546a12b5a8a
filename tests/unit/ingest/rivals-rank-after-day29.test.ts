/**
 * Day twenty-nine, rivals: a market rank told against the firm ahead with "after" / "après"
 * (relations/frames/rivals-rank-after.ts), and rankings of holders or deals refused for every position word
 * (relations/rival-holder-rank-guard.ts). Sentences written for these tests.
 */
import { extractedRivalPairs } from './helpers';

function competitors(text: string): string[] {
  return extractedRivalPairs(text, '2026-12-01');
}

describe('a market rank told with "after" / "après"', () => {
  it('reads "X is the world\'s second-largest brewer after B"', () => {
    const pairs = competitors(
      "Halvorsen Bryggeri ASA is the world's second-largest maker of alcohol-free beer after Kronwald Brau AG, according to industry figures.",
    );
    expect(pairs).toContain('Halvorsen Bryggeri ASA <-> Kronwald Brau AG');
  });

  it('reads "the third biggest … after B" written in two words', () => {
    const pairs = competitors(
      'Tarrow Logistics Ltd is now the third biggest parcel carrier in Ireland after Emerald Post Ltd.',
    );
    expect(pairs).toContain('Emerald Post Ltd <-> Tarrow Logistics Ltd');
  });

  it('reads "X, deuxième fabricant européen de … après B"', () => {
    const pairs = competitors(
      'La société Vernisol, deuxième fabricant européen de peintures marines après le néerlandais Zeeverf Groep, emploie 800 salariés.',
    );
    expect(pairs).toContain('Vernisol <-> Zeeverf Groep');
  });

  it('reads "X est le numéro deux du secteur, après B"', () => {
    const pairs = competitors(
      'Le groupe Maravel est le numéro deux français de la location de nacelles, après Loxam Élévation SA.',
    );
    expect(pairs).toContain('Loxam Élévation SA <-> Maravel');
  });

  it('reads "le troisième plus grand assureur … après B"', () => {
    const pairs = competitors(
      'La mutuelle Santévia SA est devenue le troisième plus grand assureur santé du pays après Mutalis SA.',
    );
    expect(pairs).toContain('Mutalis SA <-> Santévia SA');
  });

  it('does not read "after" as a rank without an ordinal superlative or a numbered place', () => {
    expect(
      competitors(
        'Tarrow Logistics Ltd won a second contract after Emerald Post Ltd withdrew from the tender.',
      ),
    ).toEqual([]);
    expect(
      competitors('Tarrow Logistics Ltd made its second acquisition in Spain after buying Emerald Post Ltd.'),
    ).toEqual([]);
  });

  it('does not read a French ordinal before a noun of no trade ("deuxième opération après B")', () => {
    expect(
      competitors("Pour le groupe Maravel, c'est la deuxième opération de l'année après Loxam Élévation SA."),
    ).toEqual([]);
  });
});

describe('a ranking of holders or deals is no market rank', () => {
  it('refuses "the second-largest shareholder in Y after B" and "… behind B"', () => {
    for (const position of ['after', 'behind'])
      expect(
        competitors(
          `Corvane Capital LLC became the second-largest shareholder in Stenmark Foods Inc ${position} Ridgeway Partners LLC.`,
        ),
      ).toEqual([]);
  });

  it('refuses "le deuxième actionnaire de Y derrière B" and "… après B"', () => {
    for (const position of ['derrière', 'après'])
      expect(
        competitors(
          `Le fonds Armorique Gestion SA est devenu le deuxième actionnaire de Biscuiterie Lanvaux SA ${position} Ouest Participations SA.`,
        ),
      ).toEqual([]);
  });

  it('refuses a supplier ranked by its client, keeps one ranked in its trade', () => {
    expect(
      competitors(
        'Delvane Components Inc is the third-largest supplier to Orvik Motors Inc behind Harlan Parts Inc.',
      ),
    ).toEqual([]);
    expect(
      competitors(
        'Delvane Components Inc is the third-largest supplier of brake pads in Europe behind Harlan Parts Inc.',
      ),
    ).toContain('Delvane Components Inc <-> Harlan Parts Inc');
  });

  it('refuses a deal ranked among a buyer\'s deals ("its second-largest acquisition after B")', () => {
    expect(
      competitors(
        'Keswick Foods Inc said Thornbury Bakeries Ltd would be its second-largest acquisition after Marlow Mills Ltd.',
      ),
    ).not.toContain('Keswick Foods Inc <-> Marlow Mills Ltd');
  });
});
