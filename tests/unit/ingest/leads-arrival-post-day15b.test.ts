/**
 * LEADS told by a noun of a head's coming with the post after the person, the company being the sentence's subject
 * however far before ("X annonce une levée …, ainsi que l'arrivée de P au poste de directrice générale"), and by a
 * relative on the company naming its board's chair ("Le groupe, dont le conseil de surveillance est présidé depuis
 * 2021 par P"). Sentences written for these tests (ana2, day fifteen b).
 */
import { facts, pair, run } from './helpers';

function leads(text: string): string[] {
  return facts(run(text), 'LEADS').map(pair).sort();
}

describe('a head coming to a post named after the person', () => {
  it.each([
    "La plateforme de séjours Escapades Nature annonce une levée de 12 millions d'euros auprès de Serena et de Bpifrance, ainsi que l'arrivée de Nadia Kessler au poste de directrice générale.",
    "Escapades Nature annonce une levée de 12 millions d'euros auprès de Serena, ainsi que le recrutement de Nadia Kessler comme directrice générale.",
    'Escapades Nature a confirmé jeudi, après une levée auprès de Serena, la nomination de Nadia Kessler en tant que présidente.',
    'Escapades Nature said it raised $12 million from Serena and announced the appointment of Nadia Kessler as chief executive.',
    'Escapades Nature, backed by Serena, confirmed the arrival of Nadia Kessler as CEO.',
  ])('%s', (text) => {
    expect(leads(text)).toContain('Nadia Kessler -> Escapades Nature');
  });

  it.each([
    // another post than the head's
    "Escapades Nature annonce une levée auprès de Serena, ainsi que l'arrivée de Nadia Kessler au poste de directrice financière.",
    'Escapades Nature said it raised $12 million from Serena and announced the appointment of Nadia Kessler as head of sales.',
    // a coming only weighed
    'Escapades Nature annonce une levée auprès de Serena et envisage une possible arrivée de Nadia Kessler au poste de directrice générale.',
  ])('none: %s', (text) => {
    expect(leads(text)).not.toContain('Nadia Kessler -> Escapades Nature');
  });
});

describe("a relative on the company names its board's chair", () => {
  const INTRO = 'Hydrelis exploite 40 centrales hydroélectriques. ';
  it.each([
    `${INTRO}Le groupe grenoblois, dont le conseil de surveillance est présidé depuis 2021 par Henri Lambrecht, est contrôlé par la Caisse des Dépôts.`,
    `${INTRO}Le groupe, dont le conseil d'administration est présidé par Henri Lambrecht, emploie 300 personnes.`,
    `${INTRO}Le producteur alpin, dont la direction générale est assurée par Henri Lambrecht, emploie 300 personnes.`,
    'Hydrelis runs 40 hydro plants. The group, whose board is chaired by Henri Lambrecht, is controlled by a state fund.',
  ])('%s', (text) => {
    expect(leads(text)).toContain('Henri Lambrecht -> Hydrelis');
  });

  it('a board member is no chair', () => {
    expect(
      leads(
        `Hydrelis exploite 40 centrales. Le groupe, dont le conseil de surveillance compte Henri Lambrecht parmi ses membres, emploie 300 personnes.`,
      ),
    ).not.toContain('Henri Lambrecht -> Hydrelis');
  });
});
