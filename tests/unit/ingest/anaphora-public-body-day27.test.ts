/**
 * Day twenty-seven, pointers (second round): a court, a region or a regulator is never the company a pointer stands
 * for — "Celle-ci" / "the latter" pass over it (anaphora-latter-candidates.ts), a court opening the story is no
 * buyer of its deal (anaphora-deal-roles.ts) nor its headline company (anaphora-title.ts); "Cette dernière" reaches
 * back one sentence past a sentence naming no company; a few French given names take their right gender
 * (anaphora-person-pronoun.ts). Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';
import { givenNameGender } from '../../../ingest/relations/anaphora-person-pronoun';

function facts(text: string, type: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith(`${type} `));
}

describe('a demonstrative passes over a public body named last', () => {
  it.each([
    [
      "GRENOBLE, 4 mars - L'éditeur Alpilog a créé en 2019 une filiale consacrée à la robotique, Robalp, installée dans un incubateur financé par la Région Auvergne-Rhône-Alpes. Celle-ci a été cédée l'an dernier au groupe Schneider Electric pour 8 millions d'euros.",
      'ACQUIRED Schneider Electric -> Robalp',
      'ACQUIRED Schneider Electric -> Région Auvergne-Rhône-Alpes',
    ],
    [
      "LILLE, 5 mars - Le groupe Nordival a annoncé sa fusion avec la société Flandres Emballages. L'opération doit encore recevoir le feu vert de la Commission européenne. Celle-ci cédera par ailleurs son usine de Douai au groupe Smurfit Westrock.",
      'ACQUIRED Smurfit Westrock -> Flandres Emballages',
      'ACQUIRED Smurfit Westrock -> Commission européenne',
    ],
    [
      'CLEVELAND, March 4 - Orvale Robotics set up a unit, Lakeside Vision, in 2019 at an incubator funded by the Ohio Department of Development. The latter was sold last year to Rockwell Automation for $12 million.',
      'ACQUIRED Rockwell Automation -> Lakeside Vision',
      'ACQUIRED Rockwell Automation -> Ohio Department of Development',
    ],
  ])('%s', (text, expected, refused) => {
    const found = facts(text, 'ACQUIRED');
    expect(found).toContain(expected);
    expect(found).not.toContain(refused);
  });

  it('still takes a company whose name merely starts like a body word', () => {
    const text =
      "NANTES, 6 mars - Le groupe Loirelec a repris en 2020 la société Courvalis, basée à Nantes. Celle-ci a été cédée l'an dernier au groupe Legrand.";
    expect(facts(text, 'ACQUIRED')).toContain('ACQUIRED Legrand -> Courvalis');
  });
});

describe('a court opening the story is no party of its deal', () => {
  const fr =
    "Rennes : le Tribunal de commerce retient l'offre du breton Kerbrat pour les Forges Lannion\n\nRENNES, 4 mars - Le Tribunal de commerce de Rennes a retenu mardi l'offre de reprise du groupe breton Kerbrat pour les Forges Lannion, placées en redressement judiciaire.\n\nFondées en 1962, les Forges Lannion fabriquent des pièces pour la marine. L'entreprise avait été reprise en 2018 par le fonds Armor Invest, qui l'avait endettée pour financer le rachat de la PME Tréguier Usinage.";
  const en =
    'Court approves Kessler bid for Ridgeline Steel\n\nWILMINGTON, Del., March 4 - The U.S. Bankruptcy Court in Delaware on Tuesday approved the bid of Kessler Group for Ridgeline Steel, which filed for bankruptcy in January.\n\nFounded in 1962, Ridgeline Steel makes beams for bridges. The company had been bought in 2018 by Summit Equity, which loaded it with debt to finance the purchase of Hollis Forge.';

  it.each([
    [
      fr,
      'ACQUIRED Armor Invest -> Forges Lannion',
      'ACQUIRED Armor Invest -> Tribunal de commerce de Rennes',
    ],
    [en, 'ACQUIRED Summit Equity -> Ridgeline Steel', 'ACQUIRED Summit Equity -> U.S. Bankruptcy Court'],
  ])('%#', (text, expected, refused) => {
    const found = facts(text, 'ACQUIRED');
    expect(found).toContain(expected);
    expect(found).not.toContain(refused);
  });
});

describe('"Cette dernière" reaches back past one sentence naming no company', () => {
  const opening =
    'NIORT, 6 mars - Le groupe Poitou Bois a signé mercredi un accord pour racheter la branche parquets de Menuiseries Ravel, une entreprise familiale fondée en 1931 par Émile Ravel.';

  it('one sentence between: the company', () => {
    const text = `${opening} Le montant de la transaction n'a pas été dévoilé. Cette dernière, dirigée depuis 2015 par Sophie Ravel, veut se recentrer sur les fenêtres.`;
    expect(facts(text, 'LEADS')).toContain('LEADS Sophie Ravel -> Menuiseries Ravel');
  });

  it('two sentences between: no antecedent', () => {
    const text = `${opening} Le montant de la transaction n'a pas été dévoilé. Aucun emploi ne sera supprimé. Cette dernière, dirigée depuis 2015 par Sophie Ravel, veut se recentrer sur les fenêtres.`;
    expect(facts(text, 'LEADS')).toEqual([]);
  });
});

describe('French given names the lists get wrong', () => {
  it.each([
    ['Émile Ravel', 'm'],
    ['Stéphane Morel', 'm'],
    ['Dominique Perrin', null],
    ['Camille Roux', null],
    ['Sandrine Roux', 'f'],
  ])('%s', (name, gender) => {
    expect(givenNameGender(name)).toBe(gender);
  });
});
