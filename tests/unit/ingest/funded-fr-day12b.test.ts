import { extractArticle } from '../../../ingest/extract';
import { facts, fundedAfterHydreaLead, pair } from './helpers';

/**
 * Day twelve (b), French FUNDED: lenders of the round told (clitic, gapped second lender, "met à la disposition",
 * bonds subscribed) fund the article's own company; a round "souscrite par" A; co-investors "aux côtés de" after a
 * lead with asides; holders who "ont suivi l'opération"; a lead in a relative clause "qui mène l'opération, rejoint
 * par"; and a fund manager's own raise is no round of a company.
 */

const funded = fundedAfterHydreaLead;

describe('a lender of the round funds the article company', () => {
  test.each([
    [
      "La Banque européenne d'investissement lui accorde un prêt de 10 millions d'euros.",
      "Banque européenne d'investissement",
    ],
    ["Bpifrance lui a octroyé une avance remboursable de 2 millions d'euros.", 'Bpifrance'],
    ["Le Crédit Lyonnais leur consent un crédit de 3 millions d'euros.", 'Crédit Lyonnais'],
  ])('clitic: %s', (sentence, lender) => {
    expect(funded(sentence)).toContain(`${lender} -> Hydréa`);
  });

  test.each([
    "Bpifrance lui accorde une avance de 2 millions d'euros, et la banque Crédit Lyonnais un prêt de 3 millions d'euros.",
    "Bpifrance lui a octroyé une avance de 2 millions d'euros, tandis que Crédit Lyonnais un prêt de 3 millions d'euros.",
    "Bpifrance lui consent un prêt de 2 millions d'euros, puis Crédit Lyonnais une ligne de crédit.",
  ])('gapped second lender: %s', (sentence) => {
    const got = funded(sentence);
    expect(got).toContain('Crédit Lyonnais -> Hydréa');
    expect(got).toContain('Bpifrance -> Hydréa');
  });

  test.each([
    "En complément, la banque Crédit Méditerranée met à la disposition de la société une ligne de crédit de 8 millions d'euros.",
    "Crédit Méditerranée a mis à sa disposition un prêt de 4 millions d'euros.",
    "Crédit Méditerranée mettra à disposition de l'entreprise une ligne de crédit.",
  ])('put at disposal: %s', (sentence) => {
    expect(funded(sentence)).toContain('Crédit Méditerranée -> Hydréa');
  });

  test.each([
    "Le fonds de dette Norven Capital souscrit 7 millions d'euros d'obligations convertibles.",
    "Norven Capital a souscrit à l'émission obligataire de 5 millions d'euros.",
    "Norven Capital souscrira 3 millions d'euros d'obligations.",
  ])('bonds subscribed: %s', (sentence) => {
    expect(funded(sentence)).toContain('Norven Capital -> Hydréa');
  });

  test('the loan goes to the article company, not to the platform named just before', () => {
    const title = 'Refugio boucle un tour de table de 6 millions d’euros';
    const text = `${title}\n\nLa plateforme grenobloise Refugio vient de boucler un tour de table de 6 millions d'euros.\n\nPrès de 1 200 particuliers ont investi 900 000 euros via la plateforme Tudigo.\n\nLe Crédit Agricole des Savoie complète le financement par un prêt de 1 million d'euros.`;
    const got = facts(extractArticle({ file: 'test', text, title, published: null }), 'FUNDED').map(pair);
    expect(got).toContain('Crédit Agricole des Savoie -> Refugio');
    expect(got).not.toContain('Crédit Agricole des Savoie -> Tudigo');
  });

  test.each([
    'Selon la rumeur, la BNP pourrait lui accorder un prêt.',
    "La société Naval Group a souscrit un contrat de 3 millions d'euros.",
    'Le salon a mis à la disposition des visiteurs une navette.',
  ])('no loan: %s', (sentence) => {
    expect(funded(sentence).filter((p) => !p.startsWith('Hydréa'))).toEqual([]);
  });
});

describe('investors of the round told without its company', () => {
  test.each([
    ["L'opération a été souscrite par le fonds Souveraineté Industrielle.", 'Souveraineté Industrielle'],
    ["L'augmentation de capital a été souscrite intégralement par Naval Invest.", 'Naval Invest'],
    ['Le tour de table est souscrit par Argos Gestion.', 'Argos Gestion'],
  ])('subscribed by: %s', (sentence, investor) => {
    expect(funded(sentence)).toContain(`${investor} -> Hydréa`);
  });

  test.each([
    "L'opération a été souscrite par le fonds Souveraineté Industrielle, géré par Argos Gestion pour le compte de l'État, qui prend une participation minoritaire d'environ 20 %, aux côtés de la holding familiale Mercier Participations.",
    "Le tour est mené par Azur Innovation, qui prend 20 % du capital pour 7 millions d'euros, aux côtés de Mercier Participations.",
    'La levée a été conduite par Azur Innovation, fonds géré depuis Marseille, aux côtés du family office Mercier Participations.',
  ])('alongside after a lead with asides: %s', (sentence) => {
    expect(funded(sentence)).toContain('Mercier Participations -> Hydréa');
  });

  test.each([
    "Les fonds Azur Innovation et Calanque Ventures, entrés au capital lors du tour d'amorçage en 2022, ont suivi l'opération.",
    'Azur Innovation et Calanque Ventures accompagnent également ce tour.',
    'Azur Innovation et Calanque Ventures, déjà actionnaires, suivent la levée.',
  ])('holders followed: %s', (sentence) => {
    const got = funded(sentence);
    expect(got).toContain('Azur Innovation -> Hydréa');
    expect(got).toContain('Calanque Ventures -> Hydréa');
  });

  test.each([
    'Le salon a été mené par Marine Expo, aux côtés de Naval Group.',
    "Sopra, qui a racheté Alten, a suivi l'affaire.",
    'Marine Expo a suivi le dossier de près.',
  ])('no round: %s', (sentence) => {
    expect(funded(sentence).filter((p) => !p.startsWith('Hydréa'))).toEqual([]);
  });
});

describe('a lead in a relative clause, then a fund raising its own fund', () => {
  const title = 'Refugio boucle un tour de table de 6 millions d’euros';
  const lead = `${title}\n\nLa plateforme Refugio vient de boucler un tour de table de 6 millions d'euros.\n\n`;
  const read = (body: string) =>
    facts(extractArticle({ file: 'test', text: lead + body, title, published: null }), 'FUNDED').map(pair);

  test.each([
    "La start-up a convaincu le fonds Alpes Tourisme Invest, qui mène l'opération, rejoint par le groupe Maisons Vallat.",
    "Alpes Tourisme Invest, qui pilote le tour, rejoint par le groupe Maisons Vallat, apporte 4 millions d'euros.",
    'Le fonds Alpes Tourisme Invest, qui conduit la levée, suivi par le groupe Maisons Vallat, entre au capital.',
  ])('%s', (sentence) => {
    const got = read(sentence);
    expect(got).toContain('Alpes Tourisme Invest -> Refugio');
    expect(got).toContain('Maisons Vallat -> Refugio');
  });

  test.each([
    "Alpes Tourisme Invest annonce par ailleurs une seconde levée de 80 millions d'euros auprès de la Caisse des dépôts.",
    'Alpes Tourisme Invest a bouclé la levée de son fonds auprès de la Caisse des dépôts.',
    "Alpes Tourisme Invest lève 80 millions d'euros auprès de la Caisse des dépôts pour son prochain fonds.",
  ])('the investor raising its own fund: %s', (sentence) => {
    const got = read(
      `La start-up a convaincu le fonds Alpes Tourisme Invest, qui mène l'opération, rejoint par le groupe Maisons Vallat.\n\n${sentence}`,
    );
    expect(got).toContain('Alpes Tourisme Invest -> Refugio');
    expect(got).not.toContain('Caisse des dépôts -> Alpes Tourisme Invest');
  });

  test("the article's company raising again is still funded", () => {
    const got = read("Refugio avait levé l'an dernier 1,5 million d'euros auprès du fonds Croissance Alpes.");
    expect(got).toContain('Croissance Alpes -> Refugio');
  });
});

describe('a stake told with its year, its size and the trade of the company', () => {
  test.each([
    'De son côté, Mercier Participations avait pris en 2023 une participation de 15 % dans le fabricant de capteurs Sentinel Optique.',
    'Mercier Participations a pris fin 2022 une participation minoritaire dans le spécialiste marseillais Sentinel Optique.',
    'Mercier Participations prend une participation de 10 % dans le fabricant de lentilles Sentinel Optique.',
  ])('%s', (sentence) => {
    expect(funded(sentence)).toContain('Mercier Participations -> Sentinel Optique');
  });

  test('a verb after "puis" has the clause subject, not the company bought before it', () => {
    const title = 'Hydréa lève 35 M€ pour ses drones navals';
    const text = `${title}\n\nHydréa annonce une levée de 35 millions d'euros.\n\nIl avait déjà racheté en 2023 le bureau d'études Cerfluid, puis pris une participation minoritaire l'an dernier dans la start-up Ondalys.`;
    const dated = facts(extractArticle({ file: 'test', text, title, published: null }), 'FUNDED').filter(
      (r) => r.rule === 'fr.funded.stake-dated-descriptor',
    );
    expect(dated.map(pair)).toEqual([]);
  });
});
