/**
 * Day thirteen, round two, anaphora: "Its chief executive, P" / "Son PDG, P" opening a paragraph after a
 * one-sentence paragraph about a company (wire copy) is that company's; a trade noun the article gave its company
 * is not taken over by a rival listed after "Its competitors include". Variants and near-misses, sentences written
 * for these tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a possessive before a title after a one-sentence paragraph is that paragraph subject', () => {
  it.each([
    [
      'Kestrel Freight agreed to buy Northway Cold Chain, a week after rival Dunmore Logistics snapped up Pellow Transport.\n\nDunmore, which is backed by private equity firm Bridgepoint, did not disclose what it paid for Pellow.\n\nIts chief executive, Ravi Sandhu, told Reuters that the group was looking at further deals.',
      'Ravi Sandhu -> Dunmore Logistics',
    ],
    [
      'Kestrel Freight agreed to buy Northway Cold Chain, a week after rival Dunmore Logistics snapped up Pellow Transport.\n\nDunmore declined to comment.\n\nIts chairman, Ravi Sandhu, said last month that the group would keep growing.',
      'Ravi Sandhu -> Dunmore Logistics',
    ],
    [
      "Orvane a racheté le meunier Moulins Fréval, une semaine après que son rival Val d'Argos a repris la malterie Orgelia.\n\nVal d'Argos, soutenu par le fonds Siparex, n'a pas commenté.\n\nSon PDG, Hervé Lantier, vise de nouvelles acquisitions.",
      "Hervé Lantier -> Val d'Argos",
    ],
    [
      "Orvane a racheté le meunier Moulins Fréval, une semaine après que son rival Val d'Argos a repris la malterie Orgelia.\n\nVal d'Argos n'a pas souhaité commenter.\n\nSa présidente, Claire Dumas, a déjà annoncé d'autres rachats.",
      "Claire Dumas -> Val d'Argos",
    ],
  ])('reads "%s"', (text, expected) => {
    expect(pairs(relationsOf(text), 'LEADS')).toEqual([expected]);
  });

  it('carries nothing out of a paragraph of several sentences', () => {
    const leads = pairs(
      relationsOf(
        'Kestrel Freight agreed to buy Northway Cold Chain for £145 million.\n\nNorthway will keep its brand. Dunmore Logistics declined to comment.\n\nIts chief executive, Ravi Sandhu, said the group was looking at further deals.',
      ),
      'LEADS',
    );
    expect(leads).not.toContain('Ravi Sandhu -> Dunmore Logistics');
  });
});

describe('a rival listed after a possessive does not take over the trade noun of the article company', () => {
  it.each([
    [
      'Haulwise, a Warsaw-based startup, has raised $55 million.\n\nIts competitors include Freightlane, a Rotterdam startup backed by Harbour Ventures.\n\nThe startup will use the money to expand into Germany, where it will vie with Routefield for large shippers.',
      'Haulwise -> Routefield',
    ],
    [
      'Haulwise, a Warsaw-based platform, has raised $55 million.\n\nIts rivals include Freightlane, a Dutch platform, and Loadstar.\n\nThe platform now competes with Routefield in Germany.',
      'Haulwise -> Routefield',
    ],
    [
      "Qwilo, une plateforme rennaise, lève 5 millions d'euros.\n\nSes concurrents sont Slackline, une plateforme nantaise, et Teamup.\n\nLa plateforme affronte aussi Routefield en Allemagne.",
      'Qwilo -> Routefield',
    ],
  ])('reads "%s"', (text, expected) => {
    const rivals = pairs(relationsOf(text), 'COMPETES_WITH');
    expect(rivals).toContain(expected);
    expect(rivals.filter((p) => p.endsWith('-> Routefield'))).toHaveLength(1);
  });

  it('lets a company bought, not a listed rival, take the noun over', () => {
    const rivals = pairs(
      relationsOf(
        'Haulwise, a Warsaw startup, raised $55 million.\n\nLast year it acquired Dockbase, a Rotterdam startup.\n\nThe startup had competed with Routefield.',
      ),
      'COMPETES_WITH',
    );
    expect(rivals).toEqual(['Dockbase -> Routefield']);
  });
});

describe('French "il"/"elle" before a buying verb after persons of the other gender is the company', () => {
  it.each([
    [
      "Le groupe Luxora, dirigé par Sandrine Kolb, vise 500 millions d'euros. Il a racheté Biscotine en janvier.",
      'Luxora -> Biscotine',
    ],
    [
      'Le groupe Luxora a nommé Paul Martin directeur général. Elle avait déjà acquis Biscotine en 2020.',
      'Luxora -> Biscotine',
    ],
    [
      'Claire Martin a fondé Luxora en 2015. Il avait déjà racheté la biscuiterie Biscotine en 2020.',
      'Luxora -> Biscotine',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(pairs(relationsOf(text), 'ACQUIRED')).toEqual([expected]);
  });

  it.each([
    // the person may be the buyer: same gender as the pronoun
    'Le groupe Luxora a nommé Paul Martin directeur général. Il avait déjà racheté Biscotine en 2020.',
    'Le groupe Luxora a nommé Camille Martin directrice. Elle avait déjà racheté Biscotine en 2020.',
    "L'éditeur rennais Belvane, dirigé par Claire Morvan, conçoit des outils. Elle a racheté Ostrel en 2022.",
  ])('leaves "%s" unread', (text) => {
    expect(pairs(relationsOf(text), 'ACQUIRED')).toEqual([]);
  });

  it('does not read a person taking over a post ("Elle a repris la direction de Y")', () => {
    const rels = relationsOf(
      'Le groupe Luxora a nommé Paul Martin directeur général. Elle a repris la direction de Biscotine en 2020.',
    );
    expect(pairs(rels, 'ACQUIRED')).toEqual([]);
  });
});

describe('a company a speaker names inside a quote is a side party for a later possessive', () => {
  it.each([
    'Haulwise, a Warsaw-based startup, has raised $55 million.\n\n"Our customers used spreadsheets before, not Cargonic," chief executive Agata Wrona said.\n\nIts competitors include Freightlane and Truckbase.',
    "Haulwise, une start-up varsovienne, lève 50 millions d'euros.\n\n« Nos clients utilisaient des tableurs, pas Cargonic », explique sa directrice générale.\n\nSes concurrents sont Freightlane et Truckbase.",
  ])('reads "%s"', (text) => {
    const rivals = pairs(relationsOf(text), 'COMPETES_WITH');
    expect(rivals.some((p) => p.includes('Cargonic'))).toBe(false);
    expect(rivals.some((p) => p.includes('Haulwise') && p.includes('Freightlane'))).toBe(true);
  });

  it('keeps the company the story is about when the quote names it', () => {
    const rivals = pairs(
      relationsOf(
        'Haulwise, a Warsaw-based startup, has raised $55 million.\n\n"Haulwise is the fastest-growing firm we have backed," said Lakeside Growth partner Jan Nowak.\n\nIts competitors include Freightlane and Truckbase.',
      ),
      'COMPETES_WITH',
    );
    expect(rivals.sort()).toEqual(['Freightlane -> Haulwise', 'Haulwise -> Truckbase']);
  });
});
