import type { ExtractedRelation } from '../../../ingest/types';
import { facts, madePairs, run } from './helpers';

const PUBLISHED = '2026-06-10';

function of(text: string, type: string): ExtractedRelation[] {
  return facts(run(text, PUBLISHED), type);
}

const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);

describe('control passing to a new owner, told from the company taken over', () => {
  const fr = 'La société Gamoria édite des jeux vidéo à Lyon.';
  const en = 'Gamoria Inc makes video games in Lyon.';

  it.each([
    `${fr} Gamoria est passé en 2021 sous le contrôle du chinois Lanqiao Interactive.`,
    `${fr} L'an dernier, Gamoria était finalement passée sous le contrôle exclusif du fonds Lanqiao Interactive.`,
    `${fr} Gamoria, passée en 2021 sous le contrôle du fonds canadien Lanqiao Interactive, a doublé de taille.`,
    `${fr} Tombée en 2019 sous le contrôle de Lanqiao Interactive, Gamoria a doublé de taille.`,
  ])('reads the French verb of passing with a date or adverb before "sous": %s', (text) => {
    expect(made(text)).toContain('Lanqiao Interactive -> Gamoria');
  });

  it.each([
    `${en} Gamoria came under the control of Chinese group Lanqiao Interactive in 2021.`,
    `${en} In 2021 Gamoria fell into the hands of Lanqiao Interactive.`,
  ])('reads the English verbs of coming under control: %s', (text) => {
    expect(made(text)).toContain('Lanqiao Interactive -> Gamoria Inc');
  });

  it('takes the company taken over from a closed apposition, not the name inside it', () => {
    const text =
      "Le Château Lestrade, domaine viticole du Médoc, passe sous le contrôle de l'assureur Mutalis.";
    expect(made(text)).toEqual(['Mutalis -> Château Lestrade']);
  });

  it('reads no purchase from a denial, a regulator or a mere possibility', () => {
    expect(made(`${fr} Gamoria n'est pas passée sous le contrôle de Lanqiao Interactive.`)).toEqual([]);
    expect(made(`${fr} Gamoria a été placée sous le contrôle de l'Autorité des marchés financiers.`)).toEqual(
      [],
    );
    expect(made(`${en} Gamoria could come under the control of Lanqiao Interactive next year.`)).toEqual([]);
  });

  it('reads the second clause after ", et" with its own subject', () => {
    const text =
      "La coopérative Cotentin Lait produit du beurre. En 2024, le breton Armor Lait Ouest a absorbé la coopérative normande Cotentin Lait, et Fromageries Brenne est tombée l'an dernier dans l'escarcelle du groupe italien Caseari Uniti.";
    expect(made(text)).toEqual(['Armor Lait Ouest -> Cotentin Lait', 'Caseari Uniti -> Fromageries Brenne']);
  });
});

describe('a business sold unnamed: the buyer buys the seller (GOLD-FORMAT)', () => {
  const fr = 'La société Embalis fabrique des emballages.';

  it.each([
    `${fr} Embalis a cédé sa division de plastiques au fonds Alder Partners.`,
    `${fr} La PME avait cédé l'an dernier sa division de plastiques rigides au fonds Alder Partners, afin de se recentrer sur la fibre.`,
    `${fr} Embalis a cédé son pôle de plastiques au fonds Alder Partners.`,
  ])('reads a parent noun\'s "de" that does not govern the buyer: %s', (text) => {
    expect(made(text)).toEqual(['Alder Partners -> Embalis']);
  });

  it.each([
    [
      "Le laboratoire pharmaceutique Valdor a annoncé lundi la cession de sa filiale de diagnostic in vitro, Biotessa, au groupe lillois Medinord pour 140 millions d'euros.",
      'Medinord -> Biotessa',
    ],
    [
      "Le groupe industriel Valtor a annoncé mardi la cession de sa division d'optronique, Sirius Optronique, au fonds d'investissement Argos Industrie.",
      'Argos Industrie -> Sirius Optronique',
    ],
    [
      'Merrow Instruments makes scales. Merrow completed the sale of its weighing-software business to Hvidsten Data in 2023.',
      'Hvidsten Data -> Merrow Instruments',
    ],
  ])('reads the noun of sale like its verb: %s', (text, expected) => {
    expect(made(text)).toContain(expected);
  });

  it('names the seller of a named unit sold by a noun of sale', () => {
    const text =
      "Le laboratoire pharmaceutique Valdor a annoncé lundi la cession de sa filiale de diagnostic in vitro, Biotessa, au groupe lillois Medinord pour 140 millions d'euros.";
    expect(of(text, 'ACQUIRED').find((r) => r.target === 'Biotessa')?.seller).toBe('Valdor');
  });

  it('reads no purchase from selling products, nor from "vente"', () => {
    expect(made(`${fr} Embalis annonce la cession de ses produits à Carrefour.`)).toEqual([]);
    expect(made(`${fr} Embalis annonce la vente de sa division de plastiques à Carrefour.`)).toEqual([]);
  });

  it("reads a sale joined to an earlier purchase as the same subject's, beside that purchase", () => {
    const text =
      "La société Valtor produit des munitions. Valtor avait notamment acquis en 2022 le spécialiste des détonateurs Pyrelec, puis cédé l'an dernier son activité de maintenance aéronautique à Aérotec Services.";
    expect(made(text)).toEqual(['Aérotec Services -> Valtor', 'Valtor -> Pyrelec']);
  });

  it('never makes the company bought first the seller of the second deal', () => {
    const text =
      'Maristow Shipping runs ships. Maristow bought Terminales del Sur in 2024 and then sold its tug business to Towmar.';
    expect(made(text)).not.toContain('Towmar -> Terminales del Sur');
  });
});

describe('apposed participles and buyouts that delist', () => {
  it.each([
    [
      'Northgate Shield sells software. Its biggest competitor, Darktrace, was taken private by Thoma Bravo in 2024.',
      'Thoma Bravo -> Darktrace',
    ],
    [
      'Fresco Stores sells food. Fresco, which was taken private by U.S. buyout firm Stanbridge Capital in 2021, has been closing stores.',
      'Stanbridge Capital -> Fresco Stores',
    ],
    [
      'Shiftwell competes with larger vendors such as Corvell HCM and Staffora, which was taken private by Linden Hill Partners last year.',
      'Linden Hill Partners -> Staffora',
    ],
  ])('reads "taken private by X" as a purchase by X: %s', (text, expected) => {
    expect(made(text)).toContain(expected);
  });

  it('keeps a buyout only considered as no done deal', () => {
    expect(
      made('Fresco Stores sells food. Stanbridge Capital is considering taking Fresco private.'),
    ).toEqual([]);
  });

  it.each([
    [
      'La société Cryptame chiffre. En 2014, elle avait cofondé Cryptame, un spécialiste du chiffrement des messageries racheté trois ans plus tard par le groupe Avenor Défense.',
      'Avenor Défense -> Cryptame',
    ],
    [
      'La société Skipass Direct vend des forfaits. Elle avait cofondé Skipass Direct, une application de vente de forfaits rachetée en 2016 par le voyagiste Montana Loisirs.',
      'Montana Loisirs -> Skipass Direct',
    ],
    [
      'La société Actalis signe. En 2012, il avait cofondé Actalis, un service de signature électronique revendu en 2017 au groupe Docuval.',
      'Docuval -> Actalis',
    ],
    [
      'Ledgerline Ltd sells payroll software. She co-founded Ledgerline, a payroll startup acquired by Northway Bank in 2019.',
      'Northway Bank -> Ledgerline Ltd',
    ],
  ])('reads a participle closing an apposition as telling of the name described: %s', (text, expected) => {
    expect(made(text)).toContain(expected);
  });

  it('reads no purchase from an apposition telling a backing', () => {
    const text =
      'La société Cryptame chiffre. Cryptame, un spécialiste du chiffrement soutenu par le fonds Avenor Défense, grandit.';
    expect(made(text)).toEqual([]);
  });

  it('reads the buyer named after "le groupe de <noun>" as the group itself', () => {
    const text =
      "Payliane est une fintech. Payliane affronte aussi l'éditeur britannique Cashlane, racheté l'an passé par le groupe de logiciels comptables Ledgerwise.";
    expect(made(text)).toEqual(['Ledgerwise -> Cashlane']);
  });
});

describe('merger partners set apart from the merger word', () => {
  it.each([
    [
      'Medtrack Ltd and Clinova Ltd, two London start-ups that digitise hospital supply chains, announced a merger on Tuesday.',
      'Clinova Ltd -> Medtrack Ltd',
    ],
    [
      'Parcelweave, the London-listed maker of route-planning software, and Routiq, a privately held Lyon company, have agreed to merge.',
      'Parcelweave -> Routiq',
    ],
    [
      'Cadenza competes for catalogues with Refrain Royalties and Beatline Capital, which agreed in September to merge in an all-share deal.',
      'Beatline Capital -> Refrain Royalties',
    ],
    [
      'Shareholders of Arcwell Energy and Pinecrest Power approved the merger of the two utilities on Wednesday.',
      'Arcwell Energy -> Pinecrest Power',
    ],
    [
      'Les coopératives Aubrac Lait et Lactalpes, deux poids lourds du Massif central, ont annoncé lundi leur projet de fusion.',
      'Aubrac Lait -> Lactalpes',
    ],
  ])('reads the pair: %s', (text, expected) => {
    expect(made(text, 'MERGED_WITH')).toEqual([expected]);
  });

  it.each([
    'Medtrack Ltd and Clinova Ltd, two London start-ups, are in talks about a merger.',
    'The European Commission and Ofcom Ltd approved the merger on Tuesday.',
    'Medtrack Ltd, a London start-up, and Clinova Ltd denied that they planned to merge.',
  ])('reads no merger of talks, of regulators or of a denial: %s', (text) => {
    expect(made(text, 'MERGED_WITH')).toEqual([]);
  });

  it('pairs the merging companies, not the critics of another merger', () => {
    const text =
      'Medtrack Ltd and Clinova Ltd, two London start-ups, criticised the merger of Acme and Bolt.';
    expect(made(text, 'MERGED_WITH')).toEqual(['Acme -> Bolt']);
  });
});
