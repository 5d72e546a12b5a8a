/**
 * Day thirty, rivals: a rivalry told of a pointer ("le groupe affronte …", "The company competes with …", "Son
 * principal concurrent …") right after a sentence naming the company's shareholder, a fund's other holding or a
 * person's former employer is the article's own company, not that side party (relations/rival-side-parties.ts,
 * relations/rival-pointer-topic.ts). Sentences written for these tests.
 */
import { pairsWithTitle } from './helpers';

const rivals = (title: string, body: string) => pairsWithTitle(title, body, 'COMPETES_WITH');

describe('a rivalry pointer after a side party is the article’s company', () => {
  it.each([
    [
      "Optronique : Lumetra décroche un contrat de 40 millions d'euros",
      "Le spécialiste grenoblois de l'optronique Lumetra a remporté mardi un contrat de 40 millions d'euros.\n\nSon premier actionnaire, la holding familiale Garnier Participations, détient 41 % du capital. Sur les appels d'offres européens, le groupe affronte Hexavis et Optronord.",
      'Lumetra',
      'Garnier Participations',
    ],
    [
      'Kelvo raises $20 million for its cold-chain sensors',
      'Kelvo, a Boston maker of cold-chain sensors, said on Monday it had raised $20 million.\n\nIts largest shareholder, the family holding Ashford Holdings, owns 40% of the company. The company competes with Tempra and Frostline in North America.',
      'Kelvo',
      'Ashford Holdings',
    ],
    [
      'Cropwise raises $12 million',
      'Cropwise, a farm software start-up, has raised $12 million.\n\nAt Bramble Ventures, it is the second farm bet this year, after its investment in Soilmark in March. In that market, the company competes with Agrilink and Fieldo.',
      'Cropwise',
      'Soilmark',
    ],
    [
      "Agritech : Verdalia lève 12 millions d'euros",
      "La start-up toulousaine Verdalia annonce une levée de 12 millions d'euros menée par Demetra.\n\nChez Demetra, c'est la deuxième opération dans l'agritech cette année, après l'investissement dans Agrovia en janvier. Sur ce marché, l'entreprise se heurte à des poids lourds comme Biomax ou Terravert.",
      'Verdalia',
      'Agrovia',
    ],
    [
      'Telvio raises 15 million euros',
      'Telvio, a Madrid payments start-up, has raised 15 million euros.\n\nChief executive Ana Ruiz joined in 2023 from Paymo, the Lisbon card processor. The company competes with Sumpay and Zelto in Spain.',
      'Telvio',
      'Paymo',
    ],
    [
      "Paiement : Telvio lève 15 millions d'euros",
      "La start-up madrilène Telvio a levé 15 millions d'euros.\n\nSa directrice générale, Ana Ruiz, est une ancienne de Paymo, le processeur lisboète. L'entreprise affronte Sumpay et Zelto en Espagne.",
      'Telvio',
      'Paymo',
    ],
  ])('%s', (title, body, own, side) => {
    const got = rivals(title, body);
    expect(got.some((p) => p.includes(own))).toBe(true);
    expect(got.some((p) => p.includes(side))).toBe(false);
  });

  it('near miss: a side party named outright keeps its own rivalry', () => {
    const got = rivals(
      'Kelvo raises $20 million',
      'Kelvo, a Boston maker of cold-chain sensors, said on Monday it had raised $20 million.\n\nIts largest shareholder, the family holding Ashford Holdings, owns 40% of the company. Ashford Holdings competes with Bluefield Partners for deals in the sector.',
    );
    expect(got).toEqual(['Ashford Holdings -> Bluefield Partners']);
  });
});
