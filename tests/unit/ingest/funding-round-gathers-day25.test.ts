/**
 * Day twenty-five, funding: a round told as the subject that gathers its investors ("Le tour de table associe A, B
 * et C"), the inverted joiners of trade-press French ("Ont également participé à l'opération A et B", "Y participent
 * A, B et C"), a lead told in a fronted participle ("Mené par A, le tour de table …", "Led by A, the round …"), a
 * lead's aside inside the list ("le fonds A, chef de file de l'opération, la banque publique B et C") and "the round
 * brought together A and B" (frames/funded-round-gathers.ts). Every investor funds the company whose raise was told
 * before; a subject named before the verb, a round of another kind and a participle after a name are not read.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/** The FUNDED facts of `text`, as "FUNDED source -> target". */
function funded(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('FUNDED '));
}

const RAISE_FR =
  "La start-up toulousaine Orbiscan a levé 9 millions d'euros pour industrialiser ses radars, a-t-elle annoncé jeudi.";
const RAISE_FR_2 =
  "Le fabricant grenoblois de capteurs Hydralis boucle une levée de fonds de 15 millions d'euros.";
const RAISE_EN =
  'LEEDS, March 3 - Quillbridge, a Leeds maker of warehouse robots, said on Tuesday it had raised 22 million pounds.';
const RAISE_EN_2 = 'Marlo Health, a Dublin start-up that sells sleep-tracking rings, has raised $14 million.';

describe('a round that gathers its investors funds the company of the raise told before', () => {
  it.each([
    [
      `${RAISE_FR} Le tour de table associe Irdi Capital, la banque publique Bpifrance et le fonds Occitanie Amorçage.`,
      [
        'FUNDED Irdi Capital -> Orbiscan',
        'FUNDED Bpifrance -> Orbiscan',
        'FUNDED Occitanie Amorçage -> Orbiscan',
      ],
    ],
    [
      `${RAISE_FR_2} Son tour de table, de 15 millions d'euros, rassemble Alpes Innovation et le groupe Somfy.`,
      ['FUNDED Alpes Innovation -> Hydralis', 'FUNDED Somfy -> Hydralis'],
    ],
    [
      `${RAISE_FR_2} L'opération réunissait déjà le fonds Savoie Capital, chef de file de l'opération, la banque publique Bpifrance et la holding Gerflor.`,
      ['FUNDED Savoie Capital -> Hydralis', 'FUNDED Bpifrance -> Hydralis', 'FUNDED Gerflor -> Hydralis'],
    ],
    [
      `${RAISE_EN} The round brought together Northern Gritstone, the state-owned British Business Bank and Mercia Ventures.`,
      ['FUNDED Northern Gritstone -> Quillbridge'],
    ],
  ])('%s', (text, wanted) => {
    const facts = funded(text);
    for (const w of wanted) expect(facts).toContain(w);
  });
});

describe('the inverted joiners of French trade press fund the round company', () => {
  it.each([
    [
      `${RAISE_FR} Ont également participé à l'opération le fonds d'amorçage Garonne Invest et l'ancien pilote Luc Ferrand.`,
      ['FUNDED Garonne Invest -> Orbiscan', 'FUNDED Luc Ferrand -> Orbiscan'],
    ],
    [
      `${RAISE_FR_2} Ont aussi participé Dauphiné Participations et Crédit Agricole des Savoie.`,
      ['FUNDED Dauphiné Participations -> Hydralis', 'FUNDED Crédit Agricole des Savoie -> Hydralis'],
    ],
    [
      `${RAISE_FR} Y participent le fonds Midi Croissance, qui mène l'opération, la banque publique Bpifrance et Airbus Ventures.`,
      [
        'FUNDED Midi Croissance -> Orbiscan',
        'FUNDED Bpifrance -> Orbiscan',
        'FUNDED Airbus Ventures -> Orbiscan',
      ],
    ],
  ])('%s', (text, wanted) => {
    const facts = funded(text);
    for (const w of wanted) expect(facts).toContain(w);
  });
});

describe('a lead told in a fronted participle funds the round company', () => {
  it.each([
    [
      `${RAISE_FR} Mené par le fonds Sofimac Innovation, le tour de table associe Bpifrance et Airbus Ventures.`,
      'FUNDED Sofimac Innovation -> Orbiscan',
    ],
    [
      `${RAISE_FR_2} Conduite par Supernova Invest, la levée associe aussi Alpes Innovation.`,
      'FUNDED Supernova Invest -> Hydralis',
    ],
    [
      `${RAISE_EN} Led by Northern Gritstone, the round also drew Mercia Ventures.`,
      'FUNDED Northern Gritstone -> Quillbridge',
    ],
    [
      `${RAISE_EN_2} Led by Frontline Ventures, its new round also included Atlantic Bridge.`,
      'FUNDED Frontline Ventures -> Marlo Health',
    ],
  ])('%s', (text, wanted) => {
    expect(funded(text)).toContain(wanted);
  });
});

describe('near misses: a named subject, a participle after a name, a round of no company', () => {
  it('reads no inverted joiner in a relative clause whose subject is named before it', () => {
    const facts = funded(
      `${RAISE_FR} Les radars ont servi à Latécoère, qui a participé à l'essai Hélios de Thales.`,
    );
    expect(facts).toEqual([]);
  });

  it('reads no fronted lead when the participle follows a name', () => {
    const facts = funded(
      `${RAISE_FR} L'essai de Nova Radar, mené par Thales, le premier tour de piste du prototype a réussi.`,
    );
    expect(facts).not.toContain('FUNDED Thales -> Orbiscan');
  });

  it('reads no gathering verb without a round as its subject', () => {
    const facts = funded(`${RAISE_FR} Le salon associe Thales, Safran et Dassault Aviation.`);
    expect(facts).not.toContain('FUNDED Thales -> Orbiscan');
    expect(facts).not.toContain('FUNDED Safran -> Orbiscan');
  });

  it('reads no English fronted lead before a noun that is no round', () => {
    const facts = funded(`${RAISE_EN} Led by Northern Gritstone, the consortium bid for the Tyne port.`);
    expect(facts).not.toContain('FUNDED Northern Gritstone -> Quillbridge');
  });
});

describe('money told in a French relative clause with the company as a dative pronoun funds that company', () => {
  it.each([
    [
      "Le fabricant grenoblois de capteurs Hydralis boucle une levée de fonds de 15 millions d'euros. Elle s'ajoute à une subvention de 1,2 million d'euros que la Région Auvergne-Rhône-Alpes lui a accordée l'an dernier.",
      'FUNDED Région Auvergne-Rhône-Alpes -> Hydralis',
    ],
    [
      "La start-up toulousaine Orbiscan a levé 9 millions d'euros pour industrialiser ses radars, a-t-elle annoncé jeudi. Elle rembourse déjà le prêt d'amorçage que lui avait consenti la Banque Populaire Occitane en 2022.",
      'FUNDED Banque Populaire Occitane -> Orbiscan',
    ],
  ])('%s', (text, wanted) => {
    expect(funded(text)).toContain(wanted);
  });

  it('reads no giver when the relative clause has no dative pronoun for the company', () => {
    const facts = funded(
      "La start-up toulousaine Orbiscan a levé 9 millions d'euros pour industrialiser ses radars, a-t-elle annoncé jeudi. Le prêt que la Banque Populaire Occitane a accordé à Latécoère fait débat.",
    );
    expect(facts).not.toContain('FUNDED Banque Populaire Occitane -> Orbiscan');
  });
});
