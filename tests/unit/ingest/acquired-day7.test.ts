import { dealStatus } from '../../../ingest/modality';
import { facts, pair, run } from './helpers';

/** Pairs of one relation type in a text, sorted. */
function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair).sort();
}

/** MERGED_WITH pairs with each pair's names in alphabetical order (the relation has no direction). */
function mergers(text: string): string[] {
  return facts(run(text), 'MERGED_WITH')
    .map((r) => [r.source, r.target].sort().join(' <-> '))
    .sort();
}

/** ACQUIRED pairs with their status. */
function acquiredWithStatus(text: string): string[] {
  return facts(run(text), 'ACQUIRED')
    .map((r) => `${pair(r)} (${r.status})`)
    .sort();
}

describe('an earlier failed round does not taint a signed deal', () => {
  it('keeps a merger agreement signed after talks that once failed', () => {
    expect(
      dealStatus(
        "Les mutuelles Solmut et Prévialis ont conclu jeudi un accord de fusion, deux ans après l'échec de premières discussions.",
      ),
    ).toBe('pending');
    expect(
      dealStatus(
        'Corran Holdings and Vesta Freight signed a merger agreement on Monday, eighteen months after talks between them collapsed.',
      ),
    ).toBe('pending');
  });

  it('still reads a deal that itself fell apart or is only talked about', () => {
    expect(
      dealStatus(
        'Corran Holdings agreed to buy Vesta Freight, but the deal collapsed after regulators objected.',
      ),
    ).toBe('abandoned');
    expect(
      dealStatus('Corran Holdings is in talks to buy Vesta Freight after a first approach failed.'),
    ).toBe('rumoured');
  });
});

describe('plans given up', () => {
  it('reads "dropped/shelved plans to buy" as abandoned', () => {
    expect(dealStatus('Last month Corran Holdings dropped plans to buy a stake in Vesta Freight.')).toBe(
      'abandoned',
    );
    expect(dealStatus('Corran Holdings shelved its plan to acquire Vesta Freight in the spring.')).toBe(
      'abandoned',
    );
  });

  it('does not take a fall in a share price for a deal given up', () => {
    expect(dealStatus('Corran Holdings bought Vesta Freight last year; its shares dropped 4 percent.')).toBe(
      'completed',
    );
  });
});

describe('a merger inside a "when" clause', () => {
  it('pairs the two companies that merged, not the one formed', () => {
    expect(
      mergers('Tessaly Group was created in 2016 when Orvane Shipping Ltd merged with Baltmar Lines Ltd.'),
    ).toEqual(['Baltmar Lines Ltd <-> Orvane Shipping Ltd']);
  });
});

describe('earlier deals listed after a counted deal noun', () => {
  it('reads "la deuxième acquisition de X, après le suédois A et B"', () => {
    expect(
      pairs(
        "C'est la deuxième acquisition en un an de Groupe Vellion, après le suédois Nordkraft Systems et le toulousain Aerocab Industries.",
        'ACQUIRED',
      ),
    ).toEqual(['Groupe Vellion -> Aerocab Industries', 'Groupe Vellion -> Nordkraft Systems']);
  });

  it('reads "X\'s fourth purchase this year, after A and B"', () => {
    expect(
      pairs(
        "The deal is Brantwell Holdings' fourth purchase this year, after Kestrin Labs Inc and the Irish packer Dunmore Packaging Ltd.",
        'ACQUIRED',
      ),
    ).toEqual(['Brantwell Holdings -> Dunmore Packaging Ltd', 'Brantwell Holdings -> Kestrin Labs Inc']);
  });

  it('does not take a failure after "après" for a purchase', () => {
    expect(
      pairs(
        "C'est la troisième acquisition de Groupe Vellion, après l'échec du rachat de Nordkraft Systems.",
        'ACQUIRED',
      ),
    ).toEqual([]);
  });
});

describe('a list of acquisitions with descriptors', () => {
  it('reads a member after a descriptor ("including cold-chain operator A")', () => {
    expect(
      pairs(
        'Since 2019 Brantwell Holdings has made five acquisitions, including cold-chain operator Frostline Logistics Ltd in 2022.',
        'ACQUIRED',
      ),
    ).toEqual(['Brantwell Holdings -> Frostline Logistics Ltd']);
  });

  it('does not cross a relative clause into another deal', () => {
    expect(
      pairs(
        'Brantwell Holdings has made five acquisitions, including Frostline Logistics Ltd, which sold Kestrin Labs Inc.',
        'ACQUIRED',
      ),
    ).not.toContain('Brantwell Holdings -> Kestrin Labs Inc');
  });
});

describe('an owner in control since a date', () => {
  it('reads the subject past a relative clause or a participle phrase', () => {
    expect(
      pairs(
        'Verrerie Moulin, qui fabrique des flacons pour la parfumerie, est contrôlée depuis 2017 par le fonds Azur Mezzanine.',
        'ACQUIRED',
      ),
    ).toEqual(['Azur Mezzanine -> Verrerie Moulin']);
    expect(
      pairs('Frostline Logistics Ltd has been owned by Brantwell Holdings since 2020.', 'ACQUIRED'),
    ).toEqual(['Brantwell Holdings -> Frostline Logistics Ltd']);
  });

  it('does not make a name inside the relative the company held', () => {
    expect(
      pairs(
        "Groupe Hérault Médias, qui édite Cap Garrigue et Les Nouvelles d'Oc, est détenu depuis 2015 par la holding Ventoux Participations.",
        'ACQUIRED',
      ),
    ).toEqual(['Ventoux Participations -> Groupe Hérault Médias']);
  });

  it('needs a date or wholeness: "détenu par" alone may hold anything', () => {
    expect(
      pairs('Verrerie Moulin est détenue par Azur Mezzanine et Brantwell Holdings.', 'ACQUIRED'),
    ).toEqual([]);
  });
});

describe('a dated deal noun and "puis à celui de"', () => {
  it('reads "le rachat en 2020 de A, puis à celui de B"', () => {
    expect(
      pairs(
        'Groupe Vellion a grandi grâce au rachat en 2020 du suédois Nordkraft Systems, puis à celui de Aerocab Industries.',
        'ACQUIRED',
      ),
    ).toEqual(['Groupe Vellion -> Aerocab Industries', 'Groupe Vellion -> Nordkraft Systems']);
  });

  it('does not read "celui de" after a noun that buys nothing', () => {
    expect(
      pairs(
        'Groupe Vellion a grandi grâce au soutien de Azur Mezzanine, puis à celui de Ventoux Participations.',
        'ACQUIRED',
      ),
    ).toEqual([]);
  });
});

describe('a backdrop phrase is no buyer', () => {
  it('does not make the name in "Sous l\'ère X," the buyer', () => {
    expect(
      pairs(
        "Verrerie Moulin emploie 300 personnes. Sous l'ère Azur Mezzanine, la société a grandi grâce au rachat en 2021 de Aerocab Industries.",
        'ACQUIRED',
      ),
    ).not.toContain('Azur Mezzanine -> Aerocab Industries');
  });
});

describe('a participle after a comma tells of the name before it', () => {
  it('buys the listed rival, not the clause subject', () => {
    expect(
      pairs(
        'Groupe Vellion affronte Nordkraft Systems et le belge Aerocab Industries, racheté en 2021 par Brantwell Holdings.',
        'ACQUIRED',
      ),
    ).toEqual(['Brantwell Holdings -> Aerocab Industries']);
  });
});

describe('a relative after an apposition', () => {
  it('gives the deal to the name the apposition describes', () => {
    const found = pairs(
      'Kestrin Labs Inc and Dunmore Packaging Ltd compete with Frostline Logistics Ltd, the largest cold-chain operator, which last year bought Brantwell Holdings.',
      'ACQUIRED',
    );
    expect(found).toContain('Frostline Logistics Ltd -> Brantwell Holdings');
    expect(found).not.toContain('Dunmore Packaging Ltd -> Brantwell Holdings');
  });
});

describe('status of deals read in full articles', () => {
  it('keeps an earlier purchase completed next to a dropped stake plan', () => {
    expect(
      acquiredWithStatus(
        'Halvorsen Tools Inc bought Frostline Logistics Ltd in 2021. Last year Halvorsen Tools Inc dropped plans to buy Kestrin Labs Inc for 40 million dollars.',
      ),
    ).toEqual([
      'Halvorsen Tools Inc -> Frostline Logistics Ltd (completed)',
      'Halvorsen Tools Inc -> Kestrin Labs Inc (abandoned)',
    ]);
  });
});
