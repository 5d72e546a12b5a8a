/**
 * Day twelve, anaphora: a sentence opened on a company as its topic ("Pour X,", "Chez X,", "For X,", "At X,")
 * gives that company to a deal noun that has no agent of its own. Variants of the class in both languages and
 * near-misses. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a topic phrase gives its company to an agentless buying noun', () => {
  it.each([
    [
      "Ostal exploite 40 hôtels. Chez Ostal, l'opération est vue comme la suite logique de l'acquisition du réseau Auberges de Pays en 2024.",
      'Ostal -> Auberges de Pays',
    ],
    [
      "Ostal exploite 40 hôtels. Pour Ostal, cette opération vient après le rachat d'Auberges de Pays en 2024.",
      'Ostal -> Auberges de Pays',
    ],
    [
      "Marvaux fabrique des pompes. Pour Marvaux, dirigé par Bertrand Oyelaran, l'opération complète l'acquisition en 2024 d'Aquaform, un fabricant alsacien.",
      'Marvaux -> Aquaform',
    ],
    [
      "Nordlys Interactive édite des jeux. Mais pour Nordlys, l'opération est la quatrième en deux ans, après la reprise du polonais Wilkowo Games.",
      'Nordlys Interactive -> Wilkowo Games',
    ],
    [
      'Trailhead Supply sells outdoor gear. For Trailhead, the purchase comes a year after buying bike retailer Spoke & Chain.',
      'Trailhead Supply -> Spoke & Chain',
    ],
    [
      'Halden Foods makes snacks. At Halden, the purchase comes two years after buying Danish bakery Brødhus.',
      'Halden Foods -> Brødhus',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(pairs(relationsOf(text), 'ACQUIRED')).toContain(expected);
  });
});

describe('a topic phrase gives its company to an agentless investment noun', () => {
  it.each([
    [
      "Demeter gère un milliard d'euros. Chez Demeter, c'est la deuxième opération cette année, après l'investissement dans Agreenculture en janvier.",
      ['Demeter -> Agreenculture'],
    ],
    [
      "Ardian gère des fonds. Pour Ardian, il s'agit du deuxième investissement dans le secteur après l'entrée au capital de Coriolis Service en 2020.",
      ['Ardian -> Coriolis Service'],
    ],
    [
      'Nordfeld Capital is a defence fund. For Nordfeld, which invests only in defence, it is the fourth deal this year after backing Munich-based Aerolance and Polish satellite company Orbitra.',
      ['Nordfeld Capital -> Aerolance', 'Nordfeld Capital -> Orbitra'],
    ],
    [
      'Keel Ventures is a seed fund. At Keel, the round comes a year after backing Tidewater Labs.',
      ['Keel Ventures -> Tidewater Labs'],
    ],
    [
      'Keel Ventures is a seed fund. For Keel, the round comes after a stake in Tidewater Labs last year.',
      ['Keel Ventures -> Tidewater Labs'],
    ],
  ])('reads "%s"', (text, expected) => {
    const funded = pairs(relationsOf(text), 'FUNDED');
    for (const e of expected) expect(funded).toContain(e);
  });
});

describe('no topic agent when the noun has its own agent or the sentence another actor', () => {
  it.each([
    ["Ostal exploite 40 hôtels. Pour Ostal, le rachat d'Auberges de Pays par Accor est une menace.", 'Ostal'],
    ["Ostal exploite 40 hôtels. Pour Jefferies, le rachat d'Auberges de Pays renforce Accor.", 'Jefferies'],
    [
      'Trailhead Supply sells gear. For Trailhead, REI’s purchase of Basecamp Stores was a blow.',
      'Trailhead Supply',
    ],
    [
      'Trailhead Supply sells gear. For Trailhead, the possible takeover of Basecamp Stores is a distraction.',
      'Trailhead Supply',
    ],
    [
      'Clémence Aubry dirige Maison Ombelle. Pour Clémence Aubry, le rachat de Perles Dorées est une chance.',
      'Clémence Aubry',
    ],
  ])('gives no purchase to the topic in "%s"', (text, topic) => {
    // a rumoured or abandoned reading is no fact: only a deal told as done counts against the rule
    const told = relationsOf(text).filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned');
    const acquired = pairs(told, 'ACQUIRED');
    expect(acquired.filter((p) => p.startsWith(`${topic} ->`))).toEqual([]);
  });

  it('needs the topic phrase to open the sentence ("Y a été racheté l\'an dernier ; pour X, l\'acquisition de Z …")', () => {
    const acquired = pairs(
      relationsOf(
        "Ostal exploite 40 hôtels. Les analystes de Kepler, pour Ostal, jugent l'acquisition d'Auberges de Pays probable.",
      ),
      'ACQUIRED',
    );
    expect(acquired).not.toContain('Ostal -> Auberges de Pays');
  });
});

describe('a sentence opened on a topic company hands it to the next sentence’s possessive', () => {
  it.each([
    [
      "Roquebrune Matériaux a vendu sa filiale Béton du Sud au cimentier Calcéa. Pour Calcéa, qui appartient au groupe irlandais CRH, il s'agit de la troisième acquisition de l'année. Son patron, Stéphane Oyelaran, entend concurrencer Vicat.",
      'Stéphane Oyelaran -> Calcéa',
    ],
    [
      "Roquebrune Matériaux a vendu sa filiale Béton du Sud au cimentier Calcéa. Chez Calcéa, l'opération était attendue depuis des mois. Son PDG, Stéphane Oyelaran, parle d'une étape.",
      'Stéphane Oyelaran -> Calcéa',
    ],
    [
      'Northwind Foods sold its bakery unit Crustly to Halden Group. For Halden, the deal is the third this year. Its chief executive, Mara Voss, called it a good fit.',
      'Mara Voss -> Halden Group',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(pairs(relationsOf(text), 'LEADS')).toContain(expected);
  });

  it('keeps the possessive off the topic when another company is the clause’s subject', () => {
    const leads = pairs(
      relationsOf(
        'Northwind Foods sold its bakery unit Crustly to Halden Group. For Jefferies, Halden Group remains the leader. Its chief executive, Mara Voss, called it a good fit.',
      ),
      'LEADS',
    );
    expect(leads).not.toContain('Mara Voss -> Jefferies');
  });
});
