/**
 * Day twelve (round two), anaphora: a history sentence after a deal told in the lead ("Fondée en 1994 par P, la PME
 * …") is the target's even when a quote split a sentence off in between, or a byline line came before the lead; a
 * topic phrase ("Chez X,", "At X,") is the antecedent of the pointer in its own sentence. Sentences written for
 * these tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a founding told a few sentences after the deal, past a quote, is the target’s', () => {
  it.each([
    [
      'Ferlog met la main sur Transalpe Frigo',
      "Le transporteur nantais Ferlog a annoncé mardi le rachat de Transalpe Frigo pour 42 millions d'euros. Avec cette opération, le groupe double sa flotte. Son PDG, Hervé Lemarchand, parle d'une « étape décisive » : « Nous voulions être présents dans les Alpes. » Fondée en 1994 par Gilles Bornand, la PME de Chambéry emploie 380 salariés.",
      'Gilles Bornand -> Transalpe Frigo',
    ],
    [
      'Ferlog rachète Transalpe Frigo',
      "Le transporteur Ferlog a racheté Transalpe Frigo pour 42 millions d'euros. Le groupe double ainsi sa flotte. Son PDG se dit « ravi ». Créée en 1994 par Gilles Bornand, la société emploie 380 salariés.",
      'Gilles Bornand -> Transalpe Frigo',
    ],
    [
      'Halvorsen Group buys Brightwater Analytics',
      'Halvorsen Group said on Monday it had bought Brightwater Analytics for $40 million. The group will double its data team. It plans more deals in Europe. Founded in 2011 by Maya Collins, the startup employs 90 people.',
      'Maya Collins -> Brightwater Analytics',
    ],
  ])('reads "%s"', (title, text, expected) => {
    const found = pairs(relationsOf(text, title), 'FOUNDED');
    expect(found).toContain(expected);
    expect(found).not.toContain(`${expected.split(' -> ')[0]} -> ${title.split(' ')[0]}`);
  });

  it('leaves a founding told long after the deal to the article’s company', () => {
    const text =
      "Le transporteur Ferlog a racheté Transalpe Frigo pour 42 millions d'euros. Le groupe double sa flotte. Il vise l'Espagne. Il recrute 200 chauffeurs. Il ouvre deux dépôts. Fondée en 1994 par Gilles Bornand, la société emploie 3 800 salariés.";
    expect(pairs(relationsOf(text, 'Ferlog rachète Transalpe Frigo'), 'FOUNDED')).not.toContain(
      'Gilles Bornand -> Transalpe Frigo',
    );
  });
});

describe('a byline line before the lead does not take the lead’s place', () => {
  it('reads the lead after "Publié le … - Mis à jour …" and gives the founding to the target', () => {
    const text =
      "Par Camille Saint-Aubin\nPublié le 4 février 2026 à 09h12 - Mis à jour le 4 février 2026 à 11h40\n\nLe groupe de médias Hachette-Vernon a pris le contrôle d'Ondes & Cie, une plateforme lyonnaise de podcasts.\n\nCréée en 2018 par Inès Ben Salah, la start-up revendique 3 millions d'auditeurs.";
    const found = pairs(relationsOf(text, 'Hachette-Vernon prend le contrôle de Ondes & Cie'), 'FOUNDED');
    expect(found).toContain('Inès Ben Salah -> Ondes & Cie');
    expect(found).not.toContain('Inès Ben Salah -> Hachette-Vernon');
  });
});

describe('a topic phrase is the antecedent of the pointer in its own sentence', () => {
  it.each([
    [
      "Arvalis Systèmes a racheté l'espagnol Técnaval. Chez Técnaval, Javier Ortega, associé fondateur et gérant de la société depuis 1999, reste aux commandes.",
      'Javier Ortega -> Técnaval',
    ],
    [
      "Arvalis Systèmes a racheté l'espagnol Técnaval. Chez Técnaval, Javier Ortega, cofondateur de l'entreprise, reste aux commandes.",
      'Javier Ortega -> Técnaval',
    ],
    [
      "Arvalis Systèmes a racheté l'espagnol Técnaval. Du côté de Técnaval, Javier Ortega, fondateur de la société, reste en poste.",
      'Javier Ortega -> Técnaval',
    ],
  ])('reads "%s"', (text, expected) => {
    const found = pairs(relationsOf(text), 'FOUNDED');
    expect(found).toContain(expected);
    expect(found).not.toContain('Javier Ortega -> Arvalis Systèmes');
  });

  it('keeps a source phrase ("Selon X,") out: the pointer stays the article’s company', () => {
    const text =
      "Arvalis Systèmes a racheté l'espagnol Técnaval. Selon Técnaval, Javier Ortega, fondateur de la société, reste aux commandes.";
    expect(pairs(relationsOf(text), 'FOUNDED')).not.toContain('Javier Ortega -> Técnaval');
  });
});

describe('a description apposed to a name with its own participle clause restates that name', () => {
  it.each([
    [
      'Alpine Hotels Group, the family-owned operator of ski resorts, named a new boss. In January the group agreed to acquire Dolomiti Resorts, the Italian operator run by managing director Paolo Zanetti, for €210 million.',
      'Paolo Zanetti -> Dolomiti Resorts',
    ],
    [
      'Alpine Hotels Group, the family-owned operator of ski resorts, named a new boss. In January the group agreed to acquire Dolomiti Resorts, the Italian operator that is run by Paolo Zanetti, for €210 million.',
      'Paolo Zanetti -> Dolomiti Resorts',
    ],
    [
      "Le groupe Ferlog, le transporteur nantais, a changé de patron. En janvier, le groupe a racheté Transalpe Frigo, le transporteur savoyard dirigé par Claire Bornand, pour 42 millions d'euros.",
      'Claire Bornand -> Transalpe Frigo',
    ],
  ])('reads "%s"', (text, expected) => {
    const found = pairs(relationsOf(text), 'LEADS');
    expect(found).toContain(expected);
    expect(found.filter((p) => p.startsWith(expected.split(' -> ')[0]))).toEqual([expected]);
  });

  it('leaves a description with no clause of its own to the article’s company', () => {
    const text =
      'Alpine Hotels Group, the family-owned operator of ski resorts, named a new boss. In January it agreed to acquire Dolomiti Resorts. The Italian operator, which Paolo Zanetti runs, has 12 hotels.';
    expect(pairs(relationsOf(text), 'ACQUIRED')).toEqual(['Alpine Hotels Group -> Dolomiti Resorts']);
  });
});

describe('a founder whose surname names one known company gives the pointer after the fronted phrase to it', () => {
  it.each([
    [
      'Hôtellerie : Ostal et Maisons Vauclair fusionnent',
      "Les groupes hôteliers Ostal et Maisons Vauclair ont annoncé leur fusion. Le nouvel ensemble conservera le nom d'Ostal. Fondée à Rodez en 1987 par son grand-père Émile Vauclair, l'enseigne aveyronnaise possède surtout des hôtels.",
      'Émile Vauclair -> Maisons Vauclair',
    ],
    [
      'Nordfrost Group merges with Brandt Logistik',
      'Nordfrost Group agreed on Monday to merge with Brandt Logistik, a German haulier. Nordfrost will keep its name. Founded in 1952 by Otto Brandt, the family firm runs 40 depots.',
      'Otto Brandt -> Brandt Logistik',
    ],
    [
      'Savencia rachète la Fromagerie Morel',
      'Le groupe Savencia a annoncé le rachat de la Fromagerie Morel. Le groupe renforce ainsi son offre. Il vise l’export. Son PDG se dit ravi. Créée en 1921 par Louis Morel, la société emploie 200 personnes.',
      'Louis Morel -> Fromagerie Morel',
    ],
  ])('reads "%s"', (title, text, expected) => {
    const found = pairs(relationsOf(text, title), 'FOUNDED');
    expect(found).toContain(expected);
    expect(found.filter((p) => p.startsWith(expected.split(' -> ')[0]))).toEqual([expected]);
  });

  it('reads nothing from a surname two known companies share', () => {
    const text =
      'Nordfrost Group agreed to buy Brandt Logistik and Brandt Foods on Monday. Nordfrost will keep its name. Founded in 1952 by Otto Brandt, the family firm runs 40 depots.';
    const found = pairs(relationsOf(text, 'Nordfrost Group buys Brandt Logistik'), 'FOUNDED');
    expect(found).not.toContain('Otto Brandt -> Brandt Logistik');
    expect(found).not.toContain('Otto Brandt -> Brandt Foods');
  });
});
