import { dealStatus } from '../../../ingest/modality';
import { fillMissingDetails } from '../../../ingest/relations/merge-facts';
import type { ExtractedRelation } from '../../../ingest/types';
import { facts, pair, run } from './helpers';
import { relation as fixtureRelation } from '../eval/fixtures';

const PUBLISHED = '2026-11-20';

function acquired(text: string): ExtractedRelation[] {
  return facts(run(text, PUBLISHED), 'ACQUIRED');
}

/** Purchases told as made (announced, pending or completed), not rumoured or abandoned ones. */
function pairs(text: string): string[] {
  return acquired(text)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

function factOf(text: string, source: string, target: string): ExtractedRelation | undefined {
  return acquired(text).find((r) => r.source === source && r.target === target);
}

function relation(over: Partial<ExtractedRelation>): ExtractedRelation {
  return fixtureRelation('ACQUIRED', 'Buyer', 'Target', {
    status: 'announced',
    evidence: { sentence: 'Buyer agreed to buy Target.', start: 0, end: 27 },
    rule: 'test',
    confidence: 0.8,
    ...over,
  });
}

describe('a later telling that states its date replaces the news-date fallback', () => {
  const undated = { sentence: 'Le rachat de Target par Buyer a été finalisé.', start: 0, end: 46 };
  const dated = { sentence: 'Ce rachat avait été annoncé fin mars.', start: 47, end: 84 };

  it('takes the stated date of the same purchase over a fallback', () => {
    const into = relation({ date: '2026-05', evidence: undated });
    fillMissingDetails(into, relation({ date: '2026-03', evidence: dated }));
    expect(into.date).toBe('2026-03');
  });

  it('keeps a date the first telling states itself', () => {
    const ownDate = { sentence: 'Buyer bought Target on Monday.', start: 0, end: 30 };
    const into = relation({ date: '2026-05-18', evidence: ownDate });
    fillMissingDetails(into, relation({ date: '2026-03', evidence: dated }));
    expect(into.date).toBe('2026-05-18');
  });

  it('keeps the fallback against an expected closing date or a coarser year, and for fundings', () => {
    const closing = { sentence: 'The deal should close in 2027.', start: 47, end: 77 };
    const later = relation({ date: '2026-05', evidence: undated });
    fillMissingDetails(later, relation({ date: '2027', evidence: closing }));
    expect(later.date).toBe('2026-05');
    const dayFallback = relation({ date: '2026-05-18', evidence: undated });
    fillMissingDetails(dayFallback, relation({ date: '2019', evidence: dated }));
    expect(dayFallback.date).toBe('2026-05-18');
    const round = relation({ type: 'FUNDED', date: '2026-05', evidence: undated });
    fillMissingDetails(round, relation({ type: 'FUNDED', date: '2026-03', evidence: dated }));
    expect(round.date).toBe('2026-05');
  });
});

describe('a purchase of an earlier year borrows no price from other sentences', () => {
  it('leaves the background purchase without the news deal price', () => {
    const text =
      'Arbel Foods agreed on Tuesday to buy Corla Snacks. ' +
      'Arbel Foods bought the Irish dairy Dunvale Creamery in 2019. The price is 300 million euros.';
    expect(factOf(text, 'Arbel Foods', 'Corla Snacks')?.amount).toBe(300_000_000);
    const background = factOf(text, 'Arbel Foods', 'Dunvale Creamery');
    expect(background).toBeDefined();
    expect(background?.amount ?? null).toBeNull();
  });
});

describe("a company's size figure is no price", () => {
  it('reads revenue told after the amount as size', () => {
    const fact = factOf(
      "Ventoria, qui réalise 40 millions d'euros de chiffre d'affaires, a été rachetée par Groupe Marlin.",
      'Groupe Marlin',
      'Ventoria',
    );
    expect(fact).toBeDefined();
    expect(fact?.amount ?? null).toBeNull();
    const managed = factOf(
      'Tarnwell Plastics was acquired by Brookvale Partners, which manages $12bn of assets.',
      'Brookvale Partners',
      'Tarnwell Plastics',
    );
    expect(managed).toBeDefined();
    expect(managed?.amount ?? null).toBeNull();
  });

  it('still reads the price itself', () => {
    expect(
      factOf("Groupe Marlin rachète Ventoria pour 40 millions d'euros.", 'Groupe Marlin', 'Ventoria')?.amount,
    ).toBe(40_000_000);
  });
});

describe('a purchase counted before a colon lists its targets', () => {
  it('reads each listed company as bought', () => {
    expect(
      pairs('Le groupe Dalcor a racheté trois sociétés : Alpha Conseil, Betamark et Gamma Logistique.'),
    ).toEqual(['Dalcor -> Alpha Conseil', 'Dalcor -> Betamark', 'Dalcor -> Gamma Logistique'].sort());
  });

  it('reads no purchase from another verb before a counted list', () => {
    expect(
      pairs('Le groupe Dalcor a rencontré trois sociétés : Alpha Conseil, Betamark et Gamma Logistique.'),
    ).toEqual([]);
  });
});

describe('a name set off by a comma and a participle of buying or selling', () => {
  it('reads the buyer after "racheté par" and "cédé au"', () => {
    expect(
      pairs(
        "En 2023, l'éditeur lyonnais Orvane a lancé Tessilo, finalement racheté par le groupe textile Manifa.",
      ),
    ).toEqual(['Manifa -> Tessilo']);
    expect(
      pairs("Le site d'information Azur Presse, cédé l'an dernier au groupe Pyrène Médias, recrute."),
    ).toEqual(['Pyrène Médias -> Azur Presse']);
  });

  it('reads no buyer after "cédé par", which names the seller', () => {
    expect(pairs('La marque Tessilo, cédée par le groupe Manifa, change de logo.')).not.toContain(
      'Manifa -> Tessilo',
    );
  });

  it('takes the name before the comma, not the subject, as gone into the owner', () => {
    const found = pairs(
      'Face à Kovala, passée dans le giron du groupe Sarden, la start-up Lumio mise sur des prix bas.',
    );
    expect(found).toContain('Sarden -> Kovala');
    expect(found).not.toContain('Sarden -> Lumio');
  });
});

describe('a party named among the candidates is no buyer', () => {
  it('reads a candidacy as talk', () => {
    expect(dealStatus('Le fonds Arvel a été cité parmi les candidats au rachat de Nodia.')).toBe('rumoured');
    expect(dealStatus('Harwick was among the bidders for Selcom, people familiar said.')).toBe('rumoured');
    expect(dealStatus('Harwick was one of the suitors for Selcom.')).toBe('rumoured');
  });

  it('keeps the outcome told after the candidacy, and plain purchases', () => {
    const text =
      "Le fonds Arvel avait été cité parmi les candidats au rachat de Nodia, finalement tombée dans l'escarcelle du groupe Veltra.";
    const found = pairs(text);
    expect(found).toContain('Veltra -> Nodia');
    expect(found).not.toContain('Arvel -> Nodia');
    expect(found).not.toContain('Veltra -> Arvel');
    expect(dealStatus('Le fonds Arvel a racheté Nodia.')).not.toBe('rumoured');
  });
});

describe('an object relative whose buyer follows a short descriptor', () => {
  it('reads "which cosmetics giant X bought" as a purchase of the antecedent', () => {
    expect(
      pairs(
        'Its rivals include Pellane, which packaging giant Morvick bought in 2021, and several start-ups.',
      ),
    ).toContain('Morvick -> Pellane');
  });

  it('reads no purchase when the words after the pronoun open a passive or another clause', () => {
    expect(pairs('Pellane, which analysts at Morvick expect to grow, is small.')).toEqual([]);
    expect(pairs('Pellane, which was praised by Morvick last year, is small.')).toEqual([]);
  });
});

describe('Nordic and Swiss prices', () => {
  it('reads the FT prefixes and named crowns with their currency', () => {
    const ft = factOf('Sweden-based Halvik bought Danish rival Ostrup for DKr410m.', 'Halvik', 'Ostrup');
    expect([ft?.amount, ft?.currency]).toEqual([410_000_000, 'DKK']);
    const wire = factOf(
      'Halvik said it agreed to buy Ostrup for 2.3 billion Norwegian crowns.',
      'Halvik',
      'Ostrup',
    );
    expect([wire?.amount, wire?.currency]).toEqual([2_300_000_000, 'NOK']);
  });
});

describe("a price told in another clause of the sentence is that clause's", () => {
  it('gives the later purchase no price from a clause before ", while"', () => {
    const text =
      'Rivals Tendro and Caspin raised a combined $80 million last year, while Halvik acquired the Dutch gripper maker Ostrup in January.';
    const fact = factOf(text, 'Halvik', 'Ostrup');
    expect(fact).toBeDefined();
    expect(fact?.amount ?? null).toBeNull();
  });

  it('keeps a price in the clause of the purchase itself', () => {
    const fact = factOf(
      'Tendro raised $80 million last year, while Halvik acquired Ostrup for $45 million in January.',
      'Halvik',
      'Ostrup',
    );
    expect(fact?.amount).toBe(45_000_000);
  });
});

describe('a company born of a merger', () => {
  function mergers(text: string): string[] {
    return facts(run(text, PUBLISHED), 'MERGED_WITH').map(
      (r) => `${[r.source, r.target].sort().join(' <-> ')} ${r.date}`,
    );
  }

  it('reads the pair after a counted descriptor and dates the merger by the founding year', () => {
    expect(
      mergers(
        'Torvane was created in 2011 through the merger of two family firms, Brisco Pumps and Keller Hydraulik.',
      ),
    ).toEqual(['Brisco Pumps <-> Keller Hydraulik 2011']);
    expect(mergers("Vantelle est née en 2015 de la fusion de Marlo Services et d'Ondrea Conseil.")).toEqual([
      'Marlo Services <-> Ondrea Conseil 2015',
    ]);
  });

  it('reads no pair after a count without a merger noun', () => {
    expect(
      mergers(
        'Torvane was created in 2011 by the owners of two family firms, Brisco Pumps and Keller Hydraulik.',
      ),
    ).toEqual([]);
  });
});
