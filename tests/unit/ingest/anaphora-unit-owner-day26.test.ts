/**
 * Day twenty-six, anaphora: "the group" / "le groupe" is the owner of a company the text told as one of its units
 * ("Harwood's recycling arm, Greenloop Materials", "Sa filiale de recyclage, Verdiane Matériaux", "Y, a unit of X",
 * "Filiale française du groupe suisse X, Y"), never the unit, however often the unit was named since
 * (anaphora-unit-owner.ts, anaphora-unit-of-owner.ts). And a funding reading with no named target in a sentence that tells how the article's
 * deal is paid for ("L'acquisition sera financée par une dette levée auprès de A") funds the deal's buyer, even once
 * the story has turned to a rival (funded-target.ts). And "Son président, P" / "Its president, P" after a sentence
 * with no company subject and no word for the article's company that named one organisation alone (a passive's
 * agent, the place of a quote) is that organisation's head (anaphora-lone-named-owner.ts). Sentences written for
 * these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string): string[] {
  return relationsOf(text).map(typedPair);
}

describe('a group noun stands for the owner of a company told as its unit', () => {
  it.each([
    [
      "Harwood Industries said on Monday that profit rose 8%. Harwood's recycling arm, Greenloop Materials, opened a plant in Dayton last year. Greenloop Materials now supplies bottlers across the Midwest, and Greenloop Materials plans a second site. The group, which is chaired by Martin Keogh, expects sales of $2 billion.",
      'LEADS Martin Keogh -> Harwood Industries',
      'LEADS Martin Keogh -> Greenloop Materials',
    ],
    [
      'Ostrava Foods reported higher sales on Tuesday. Its logistics unit, Coldchain Express, runs 300 trucks. Coldchain Express bought a depot in Brno, and Coldchain Express will add 40 trucks next year. The group is led by Petra Novak, who joined in 2020.',
      'LEADS Petra Novak -> Ostrava Foods',
      'LEADS Petra Novak -> Coldchain Express',
    ],
    [
      'Harwood Industries said on Monday that profit rose 8%. Greenloop Materials, a unit of Harwood Industries, opened a plant in Dayton last year. Greenloop Materials now supplies bottlers across the Midwest, and Greenloop Materials plans a second site. The group, which is chaired by Martin Keogh, expects sales of $2 billion.',
      'LEADS Martin Keogh -> Harwood Industries',
      'LEADS Martin Keogh -> Greenloop Materials',
    ],
    [
      "Le groupe Berlioz a publié mardi ses résultats. Sa filiale de recyclage, Verdiane Matériaux, a ouvert une usine à Vienne l'an dernier. Verdiane Matériaux fournit les embouteilleurs de la région, et Verdiane Matériaux prévoit un second site. Le groupe est présidé depuis 2018 par Armelle Fontaine.",
      'LEADS Armelle Fontaine -> Berlioz',
      'LEADS Armelle Fontaine -> Verdiane Matériaux',
    ],
    [
      "Le laboratoire Cassiopée se développe dans l'Ouest. Filiale française du groupe suisse Helvapharm, Cassiopée a racheté en 2023 un confrère breton. Cassiopée emploie 300 personnes, et Cassiopée vise 50 sites. Le groupe, coté à Zurich, est dirigé par Markus Egger.",
      'LEADS Markus Egger -> Helvapharm',
      'LEADS Markus Egger -> Cassiopée',
    ],
  ])('%s', (text, wanted, refused) => {
    const found = facts(text);
    expect(found).toContain(wanted);
    expect(found).not.toContain(refused);
  });

  it.each([
    // no unit told: the group noun keeps the company the paragraph was about
    [
      'Harwood Industries said on Monday that profit rose 8%. Greenloop Materials opened a plant in Dayton last year. Greenloop Materials now supplies bottlers across the Midwest, and Greenloop Materials plans a second site. The group, which is chaired by Martin Keogh, expects sales of $2 billion.',
      'LEADS Martin Keogh -> Greenloop Materials',
    ],
    // "the company" may well be the unit: only the group noun is kept for the owner
    [
      "Harwood Industries said on Monday that profit rose 8%. Harwood's recycling arm, Greenloop Materials, opened a plant in Dayton last year. Greenloop Materials now supplies bottlers across the Midwest, and Greenloop Materials plans a second site. The company, which is chaired by Martin Keogh, expects sales of $200 million.",
      'LEADS Martin Keogh -> Greenloop Materials',
    ],
  ])('%s', (text, kept) => {
    expect(facts(text)).toContain(kept);
  });
});

describe("a loan paying for the article's deal funds its buyer", () => {
  it.each([
    [
      "Le groupe Auberval a annoncé lundi le rachat de Ciselux pour 40 millions d'euros.\n\nSur ce marché, le nouvel ensemble devance Lamineo et Tranchex. Lamineo était passé en 2022 sous le contrôle du fonds Rhodes Capital. En mars, Lamineo et Tranchex avaient envisagé de fusionner, avant d'y renoncer. Les deux groupes avaient pourtant créé ensemble en 2018 Coupafil.\n\nL'acquisition sera financée par une dette de 30 millions d'euros levée auprès de la Société Générale et de BNP Paribas.",
      'FUNDED Société Générale -> Auberval',
      'FUNDED Société Générale -> Lamineo',
    ],
    [
      'Talvik Group agreed on Monday to buy Norrsken Labs for $200 million.\n\nIn Europe the combined company will lead Lumeo and Sensix. Lumeo was bought in 2022 by the fund Rhodes Capital. In March, Lumeo and Sensix had discussed a merger before giving up. The two groups had set up Radarix together in 2018.\n\nThe acquisition will be financed with $150 million of debt raised from Nordea and Danske Bank.',
      'FUNDED Nordea -> Talvik Group',
      'FUNDED Nordea -> Lumeo',
    ],
  ])('%s', (text, wanted, refused) => {
    const found = facts(text);
    expect(found).toContain(wanted);
    expect(found).not.toContain(refused);
  });

  it('leaves a loan the rival itself obtains to the rival', () => {
    const text =
      "Le groupe Auberval a annoncé lundi le rachat de Ciselux pour 40 millions d'euros. Ciselux affronte surtout Lamineo. Lamineo fabrique des lames, Lamineo a doublé ses ventes et Lamineo prépare une cotation. Lamineo a obtenu un prêt de 30 millions d'euros accordé par le Crédit Mutuel.";
    expect(facts(text)).toContain('FUNDED Crédit Mutuel -> Lamineo');
  });
});

describe("a head's possessive after a sentence that named one organisation alone", () => {
  it.each([
    [
      "Le groupe Ardalis a racheté la société Tissavel pour 12 millions d'euros. Ardalis emploie 900 personnes et Ardalis vise l'export. Le projet a été salué par la CCI Drôme. Son président, Jacques Vernet, y voit une bonne nouvelle pour l'emploi.",
      'LEADS Jacques Vernet -> CCI Drôme',
      'LEADS Jacques Vernet -> Ardalis',
    ],
    [
      "Le groupe Ardalis a racheté la société Tissavel pour 12 millions d'euros. Ardalis emploie 900 personnes et Ardalis vise l'export. « C'est une étape décisive », a déclaré Marc Ollier lors d'une réunion tenue à la Fédération de la plasturgie. Sa présidente, Anne Roux, a salué l'opération.",
      'LEADS Anne Roux -> Fédération de la plasturgie',
      'LEADS Anne Roux -> Ardalis',
    ],
    [
      'Brennock Foods agreed to buy Caskell Dairy for $80 million. Brennock employs 900 people and Brennock sells in 12 countries. The deal was welcomed by the Wisconsin Dairy Council. Its president, Laura Timm, said farmers would benefit.',
      'LEADS Laura Timm -> Wisconsin Dairy Council',
      'LEADS Laura Timm -> Brennock Foods',
    ],
  ])('%s', (text, wanted, refused) => {
    const found = facts(text);
    expect(found).toContain(wanted);
    expect(found).not.toContain(refused);
  });

  it.each([
    // a pronoun kept the article's company in the sentence: the adviser is no owner
    [
      'Brennock Foods agreed to buy Caskell Dairy for $80 million. Brennock employs 900 people and Brennock sells in 12 countries. It was advised by Lazard. Its chief executive, Tom Reilly, said the deal would close in March.',
      'LEADS Tom Reilly -> Brennock Foods',
    ],
    // a possessive did the same in French
    [
      "Le groupe Ardalis a racheté la société Tissavel pour 12 millions d'euros. Ardalis emploie 900 personnes et Ardalis vise l'export. Sa filiale a été conseillée par Rothschild. Son président, Jacques Vernet, vise le milliard d'euros.",
      'LEADS Jacques Vernet -> Ardalis',
    ],
    // two organisations named: no lone owner
    [
      'Brennock Foods agreed to buy Caskell Dairy for $80 million. Brennock employs 900 people and Brennock sells in 12 countries. The deal was welcomed by the Wisconsin Dairy Council and by Lazard. Its chief executive, Tom Reilly, said the deal would close in March.',
      'LEADS Tom Reilly -> Brennock Foods',
    ],
  ])('%s', (text, kept) => {
    expect(facts(text)).toContain(kept);
  });
});
