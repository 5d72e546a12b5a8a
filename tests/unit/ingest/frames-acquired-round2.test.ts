import { pairsByRule, pairsOf } from './frames-test-helpers';
import { facts, pair, run } from './helpers';

/** ACQUIRED facts read by a frame reader (not a pattern rule). */
function framePairs(text: string): string[] {
  return pairsByRule(text, 'ACQUIRED', 'any.acquired.frame');
}

describe('a business’s units: the label is not bought, the owner is', () => {
  it('takes the owner after "de", not the brands labelling the units', () => {
    const read = framePairs(
      'Le groupe breton Kermadec Distribution reprend les quatre concessions Volvane et Skoria de Garage Mercadier, situées dans le Finistère.',
    );
    expect(read).toContain('Kermadec Distribution -> Garage Mercadier');
    expect(read.some((p) => /Volvane|Skoria/.test(p))).toBe(false);
  });

  it('takes the owner after "from" in English', () => {
    expect(
      pairsOf(
        'Harbeck Towers has agreed to buy 600 mast sites from Latvian operator Telvora Networks for €90m.',
        'ACQUIRED',
      ),
    ).toEqual(['Harbeck Towers -> Telvora Networks']);
  });

  it('takes the one the units were "cédées par" when no owner follows them', () => {
    expect(
      pairsOf(
        "Le groupe Ravenel s'est emparé l'an dernier des trois usines Corvex de la région lyonnaise, cédées par le groupe Amblard.",
        'ACQUIRED',
      ),
    ).toEqual(['Ravenel -> Amblard']);
  });

  it('steps over a place between the units and their owner', () => {
    // the dated insert is read first by `fr.acquired.active-verb-after-date` (deal-time-inserts.ts, day 14b), or,
    // with the insert taken out of the units (deal-time-transparent.ts, day 18b), by `fr.acquired.active-verb`
    const text =
      "La société Pelvane a repris en 2018 l'usine de Rennes d'Ambrosia Chimie pour un euro symbolique.";
    expect([...framePairs(text), ...pairsByRule(text, 'ACQUIRED', 'fr.acquired.active-verb')]).toEqual([
      'Pelvane -> Ambrosia Chimie',
    ]);
  });
});

describe('purchases chained with "puis"', () => {
  it('gives the later object the same buyer', () => {
    expect(
      pairsOf(
        'Depuis 2020, Lumetra a déjà avalé Quintal, éditeur rennais de logiciels, puis le suisse Parvex en 2022.',
        'ACQUIRED',
      ).sort(),
    ).toEqual(['Lumetra -> Parvex', 'Lumetra -> Quintal']);
  });

  it('does not chain an object of another verb', () => {
    const read = pairsOf('Lumetra a racheté Quintal, puis a cédé Parvex à Orbis.', 'ACQUIRED');
    expect(read).toContain('Lumetra -> Quintal');
    expect(read).not.toContain('Lumetra -> Parvex');
  });

  it('reads a second participle sharing the first one’s auxiliary, with the subject before a colon', () => {
    expect(
      pairsOf(
        "Fondée en 1990, Belmonte s'est développée par acquisitions : elle a repris en 2012 la société Carvane, puis racheté en 2019 le spécialiste du froid Frigélis.",
        'ACQUIRED',
      ).sort(),
    ).toEqual(['Belmonte -> Carvane', 'Belmonte -> Frigélis']);
  });

  it('reads "mis la main … sur" with a date between, and a later "puis sur"', () => {
    expect(
      pairsOf(
        "Le groupe Sarvane avait mis la main en 2021 sur le nantais Orbelle, l'an dernier, puis sur l'agence de design Kalipso, en mars.",
        'ACQUIRED',
      ).sort(),
    ).toEqual(['Sarvane -> Kalipso', 'Sarvane -> Orbelle']);
    expect(pairsOf('Le groupe Sarvane a mis la main à la pâte chez Orbelle.', 'ACQUIRED')).toEqual([]);
  });

  it('steps over a time phrase and a long descriptor before the object', () => {
    expect(
      framePairs("Le groupe Ostrane a racheté au printemps dernier l'éditeur de logiciels de paie Calvex."),
    ).toEqual(['Ostrane -> Calvex']);
  });

  it('keeps the antecedent of a relative clause as its buyer, past an earlier verb of the sentence', () => {
    const read = pairsOf(
      'Marlowe Hotels will acquire Seabright Inns from Calder Partners, which bought Tidewater Lodges in 2017.',
      'ACQUIRED',
    );
    expect(read).toContain('Calder Partners -> Tidewater Lodges');
    expect(read).not.toContain('Marlowe Hotels -> Tidewater Lodges');
  });

  it('takes no buyer from the object of an earlier verb', () => {
    expect(
      pairsOf(
        'It bought Essex packaging firm Harrow Box last year and in March completed the acquisition of Dutch carrier Veldkamp.',
        'ACQUIRED',
      ).filter((p) => p.endsWith('Veldkamp')),
    ).toEqual([]);
  });

  it('ends a list inside an apposition at its comma', () => {
    const read = pairsOf(
      'Sur ce marché, Kerlan affronte des rivaux : Brévent, leader depuis son rachat de Maltis, le groupe Corvel et Sonatis.',
      'ACQUIRED',
    );
    expect(read).toEqual(['Brévent -> Maltis']);
  });
});

describe('earlier purchases told by "celles de"', () => {
  it('gives the counted noun’s complement every name after "celles de"', () => {
    expect(
      framePairs(
        "C'est la quatrième acquisition de Norvelle depuis 2021, après celles de Bastide Conseil et de Kerlys.",
      ).sort(),
    ).toEqual(['Norvelle -> Bastide Conseil', 'Norvelle -> Kerlys']);
  });

  it('reads nothing without the pronoun standing for the deal', () => {
    expect(
      framePairs("C'est la quatrième acquisition de Norvelle depuis 2021, après l'échec de Bastide Conseil."),
    ).toEqual([]);
  });
});

describe('combinations and mergers', () => {
  it('reads "combined with" at a price as a takeover', () => {
    const text = 'Harlow Foods combined with Pennick Dairies in a deal worth $2.1 billion.';
    expect(pairsOf(text, 'ACQUIRED')).toEqual(['Harlow Foods -> Pennick Dairies']);
    expect(pairsOf(text, 'MERGED_WITH')).toEqual([]);
  });

  it('keeps "combined with" without a price a merger', () => {
    const text = 'Harlow Foods combined with Pennick Dairies last year to form a larger group.';
    expect(pairsOf(text, 'ACQUIRED')).toEqual([]);
    expect(pairsOf(text, 'MERGED_WITH')).toHaveLength(1);
  });

  it('pairs two subjects with appositions of their own before "leur fusion"', () => {
    expect(
      pairsOf(
        'Le lillois Datavia, éditeur de logiciels, et le nantais Korvane, spécialiste du stockage, ont annoncé jeudi leur fusion.',
        'MERGED_WITH',
      ),
    ).toHaveLength(1);
    expect(
      pairsOf(
        "Pour Datavia, l'intégration de Korvane et de Melis après leur fusion prendra deux ans.",
        'MERGED_WITH',
      ),
    ).toEqual([]);
  });

  it('does not pair a list closed by "et" with a name after another ", et"', () => {
    const merged = pairsOf(
      'Loin devant figurent Kestrel, né du rapprochement entre Morvan et Dulac, et Ternis, qui a absorbé Obel en 2021.',
      'MERGED_WITH',
    );
    expect(merged.some((p) => p.includes('Ternis'))).toBe(false);
  });
});

describe('sales read from the seller’s side', () => {
  it('reads the company named in an apposition after a possessive', () => {
    const [deal] = facts(
      run(
        'Le groupe Vantrel a été contraint de céder en 2023 sa petite filiale logistique, Transcor, au néerlandais Dijkstra Freight.',
      ),
      'ACQUIRED',
    );
    expect(pair(deal)).toBe('Dijkstra Freight -> Transcor');
    expect(deal.seller).toBe('Vantrel');
  });

  it('reads an unnamed business of the seller as the seller bought', () => {
    expect(
      pairsOf(
        'Separately, Morland Leisure said it had sold its Austrian hotel business to Vienna-based Alpenhof Gruppe for 30 million euros.',
        'ACQUIRED',
      ),
    ).toEqual(['Alpenhof Gruppe -> Morland Leisure']);
  });

  it('gives the buying unit, not its parent', () => {
    expect(
      pairsOf(
        "Delmont Foods said it sold its bakery plant to Norwick Corp's Fairfield Baking unit.",
        'ACQUIRED',
      ),
    ).toEqual(['Fairfield Baking -> Delmont Foods']);
  });

  it('does not read a stake sold as a purchase of the company', () => {
    expect(pairsOf('Le fonds Gerfaut Capital cède sa participation au groupe Tarnel.', 'ACQUIRED')).toEqual(
      [],
    );
  });
});
