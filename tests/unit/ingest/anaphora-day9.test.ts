/**
 * Day nine's anaphora classes: the article's own company (the headline's and the lead's) is what a pointer opening a
 * paragraph stands for ("The company competes with …", "Il vient concurrencer …"), not the last company a paragraph
 * about rivals or backers named; a history sentence right after a deal tells the company just bought; "Spain's X"
 * makes X "the Madrid-based company"; "il reste loin derrière X" is a company's standing; after a quote, "sa
 * directrice générale" is the speaker's company. Sentences written for these tests.
 */
import { articleUnits, relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

function rivals(rels: ExtractedRelation[]): string[] {
  return rels.filter((r) => r.type === 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

describe('a pointer opening a paragraph about the article’s own company', () => {
  const title = 'Corvanta buys Danish packaging maker Lindholt Emballage';
  const lead =
    'Corvanta, the Rotterdam packaging group, said on Tuesday it had agreed to buy Lindholt Emballage for ' +
    '90 million euros.\n\nThe deal is expected to close in March.\n\n' +
    'Consolidation is speeding up. Swiss group Verpakta bought Austria’s Kartonwerk Leoben last year, and ' +
    'Boxmere Holdings merged with Cartiva in May.\n\n';

  it('reads "The company" as the headline’s and lead’s company, not the last one named', () => {
    const text = lead + 'The company competes with Verpakta for contracts from food groups.';
    const found = rivals(relationsOf(text, title));
    expect(found).toContain('Corvanta ~ Verpakta');
    expect(found).not.toContain('Cartiva ~ Verpakta');
  });

  it('reads a paragraph-opening "It" the same way', () => {
    const text = lead + 'It competes mainly with Verpakta in Germany and hopes to win more tenders.';
    expect(rivals(relationsOf(text, title))).toContain('Corvanta ~ Verpakta');
  });

  it('keeps no topic when the headline does not name the lead’s company', () => {
    const text = lead + 'The company competes with Verpakta for contracts from food groups.';
    const found = rivals(relationsOf(text, 'Packaging deals pick up across Europe'));
    expect(found).not.toContain('Corvanta ~ Verpakta');
  });

  it('keeps no topic when the lead is about two companies together', () => {
    const text =
      'Orvane Mutuelle et Sanitas Prévoyance ont annoncé leur fusion mardi.\n\n' +
      'Le nouvel ensemble sera dirigé par Hélène Marchetti, directrice générale de Sanitas Prévoyance.\n\n' +
      'Il affrontera Groupe Vitalis et Mutuelle Armor.';
    const found = rivals(relationsOf(text, 'Orvane Mutuelle et Sanitas Prévoyance fusionnent'));
    expect(found).not.toContain('Groupe Vitalis ~ Orvane Mutuelle');
  });
});

describe('a French "il"/"elle" opening a paragraph', () => {
  const title = 'Logistique : Transalpa rachète le lyonnais Colivo';
  const lead =
    'Le transporteur savoyard Transalpa a annoncé lundi le rachat du lyonnais Colivo pour 40 millions ' +
    "d'euros.\n\nFondée en 2012 par Margaux Reynier, la société Colivo livre les commerces du centre-ville.\n\n" +
    '« Nous voulons doubler de taille », explique Antoine Girel, président de Transalpa.\n\n';

  it('is the article’s company before a verb only a company takes', () => {
    const text = lead + 'Il vient ainsi concurrencer Urbexpress sur le dernier kilomètre.';
    expect(rivals(relationsOf(text, title))).toContain('Transalpa ~ Urbexpress');
  });

  it('is no company when it is impersonal', () => {
    const text = lead + 'Il faut encore convaincre Urbexpress de céder ses dépôts.';
    expect(rivals(relationsOf(text, title))).toEqual([]);
  });

  it('is left to the person just named before a verb any person takes', () => {
    const text = lead + 'Il a rejoint Urbexpress en 2015 avant de revenir.';
    const units = articleUnits(text);
    expect(units.at(-1)).not.toContain('[*Transalpa]');
  });

  it('reads "il reste loin derrière X" as the company’s standing, "il reste à" as impersonal', () => {
    const before = lead + 'Le transporteur Transalpa emploie 900 personnes en France. ';
    const standing = articleUnits(before + 'Sur ce marché, il reste loin derrière Urbexpress et Geodistri.');
    expect(standing.at(-1)).toContain('[*Transalpa] reste loin');
    const impersonal = articleUnits(before + 'Sur ce marché, il reste à convaincre Urbexpress et Geodistri.');
    expect(impersonal.at(-1)).not.toContain('[*Transalpa]');
  });
});

describe('a history sentence right after a deal', () => {
  it('makes "la société" of a founding phrase the company just bought', () => {
    const text =
      "Le groupe nantais Breizhpack a annoncé mercredi l'acquisition de Cartonnages Varin, pour 25 millions " +
      "d'euros. L'opération est financée par son actionnaire, le fonds Armor Participations.\n\n" +
      'Créée en 1974 à Évreux par Gilles Varin, la société emploie 180 salariés.';
    const founded = pairs(relationsOf(text, 'Breizhpack rachète Cartonnages Varin'), 'FOUNDED');
    expect(founded).toContain('Gilles Varin -> Cartonnages Varin');
    expect(founded).not.toContain('Gilles Varin -> Breizhpack');
  });

  it('makes a trade noun of the founding phrase ("le cabinet") the company just bought', () => {
    const text =
      "Spécialiste de l'ingénierie, Breizhpack se renforce. Le groupe vient de s'offrir Atelier Dumoulin, un " +
      "cabinet d'architectes rennais, pour un montant non dévoilé. Fondé en 1988 par Loïc Dumoulin, le cabinet " +
      'emploie 30 personnes.';
    const founded = pairs(relationsOf(text, 'Breizhpack s’offre Atelier Dumoulin'), 'FOUNDED');
    expect(founded).toContain('Loïc Dumoulin -> Atelier Dumoulin');
    expect(founded).not.toContain('Loïc Dumoulin -> Breizhpack');
  });

  it('leaves "le groupe" to the buyer, the larger party', () => {
    const text =
      "Le groupe Breizhpack a annoncé mercredi l'acquisition de Cartonnages Varin.\n\n" +
      'Fondé en 1951 par Yves Le Bihan, le groupe emploie 2 000 salariés.';
    const founded = pairs(relationsOf(text, 'Breizhpack rachète Cartonnages Varin'), 'FOUNDED');
    expect(founded).not.toContain('Yves Le Bihan -> Cartonnages Varin');
  });

  it('does not turn to a deal recalled in passing', () => {
    const text =
      "Breizhpack, qui avait déjà racheté Cartonnages Varin en 2019, lève 20 millions d'euros auprès d'Ouest " +
      'Capital.\n\nCréée en 1990 par Yves Le Bihan, la société a ouvert une usine à Vannes.';
    const founded = pairs(relationsOf(text, 'Breizhpack lève 20 millions d’euros'), 'FOUNDED');
    expect(founded).not.toContain('Yves Le Bihan -> Cartonnages Varin');
  });

  it('reads an English founding apposition after the deal the same way', () => {
    const text =
      'Halvane Group said on Monday it had agreed to buy Ostrava Fittings for $60 million.\n\n' +
      'Founded in 1993 by engineer Pavel Dvorak, the company makes valves for district heating.';
    const founded = pairs(relationsOf(text, 'Halvane Group to buy Ostrava Fittings'), 'FOUNDED');
    expect(founded).toContain('Pavel Dvorak -> Ostrava Fittings');
  });

  it('leaves the history to the salient company in a story with no headline', () => {
    const text =
      'Halvane Group said on Monday it had agreed to buy Ostrava Fittings for $60 million.\n\n' +
      'Founded in 1993 by engineer Pavel Dvorak, the company makes valves for district heating.';
    expect(pairs(relationsOf(text), 'FOUNDED')).not.toContain('Pavel Dvorak -> Ostrava Fittings');
  });
});

describe('a French pronoun before a participle only a company takes', () => {
  it('reads "Elle est aujourd’hui dirigée par P" as the company the sentence before pointed at', () => {
    const text =
      "Le groupe nantais Breizhpack a annoncé mercredi l'acquisition de Cartonnages Varin.\n\n" +
      'Créée en 1974 à Évreux par Gilles Varin, la société emploie 180 salariés. Elle est aujourd’hui ' +
      'dirigée par son fils, Marc Varin.';
    const leads = pairs(relationsOf(text, 'Breizhpack rachète Cartonnages Varin'), 'LEADS');
    expect(leads).toContain('Marc Varin -> Cartonnages Varin');
    expect(leads).not.toContain('Marc Varin -> Breizhpack');
  });

  it('leaves "Elle dirige" after a person to that person', () => {
    const text =
      'Le groupe Breizhpack emploie 2 000 salariés. ' +
      '« Nous voulons grandir », explique Sophie Garnier, directrice financière du groupe. ' +
      'Elle dirige aussi la filiale Ouest Emballage.';
    expect(articleUnits(text).at(-1)).not.toContain('[*Breizhpack] dirige');
  });
});

describe('a country’s possessive as an origin', () => {
  it('makes "the Madrid-based company" the company told "Spain’s X"', () => {
    const text =
      "Dutch group Vantoren Logistics agreed to buy Spain's Transportes Ezcaray for 120 million euros.\n\n" +
      'The Madrid-based company was founded in 1981 by Jaime Ezcaray.';
    expect(articleUnits(text).at(-1)).toContain('[*Transportes Ezcaray]');
  });

  it('does not let a nationality stand for a city', () => {
    // a company told "Norwegian" may be the parent of the Oslo-based one the text points at
    const text =
      'Fjordkraft Nettverk, the renewables arm of Norwegian group Halvsen Industri, agreed to buy Solvento.\n\n' +
      'The Oslo-based company will pay 80 million euros.';
    expect(articleUnits(text).at(-1)).not.toContain('[*Halvsen Industri]');
  });
});

describe('a possessive leader title after a quote', () => {
  it('belongs to the company the speaker said "nous" for', () => {
    const text =
      "Le cimentier Calvane cède sa division béton à l'espagnol Hormisur.\n\n" +
      'Pour Hormisur, il s’agit de sa plus grosse acquisition. Hormisur emploie 3 000 personnes en ' +
      'Espagne.\n\n' +
      '« Nous étions absents de ce marché », souligne sa directrice générale, Lucía Ferrer Soto.';
    const leads = pairs(relationsOf(text, 'Ciment : Calvane cède sa division béton à Hormisur'), 'LEADS');
    expect(leads).toContain('Lucía Ferrer Soto -> Hormisur');
    expect(leads).not.toContain('Lucía Ferrer Soto -> Calvane');
  });
});
