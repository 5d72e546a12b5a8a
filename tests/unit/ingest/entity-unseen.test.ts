import { run } from './helpers';

/** Entity name → type for a text; invented sentences, one class of business-verb cue per test. */
function types(text: string): Map<string, string> {
  return new Map(run(text).entities.map((e) => [e.name, e.type]));
}

describe('unknown names in the subject slot of a business verb', () => {
  it('types a sentence-initial name before a deal or funding verb in a business sentence', () => {
    const fr = types(
      'Le secteur se consolide. Brevalia a racheté mardi un concurrent pour 12 millions d’euros.',
    );
    expect(fr.get('Brevalia')).toBe('Organization');
    const en = types('Margins are thin. Quorvane again tops the market with €1.2bn of revenue.');
    expect(en.get('Quorvane')).toBe('Organization');
  });

  it('reads the subject through ", qui" and ", which"', () => {
    const t = types(
      'La start-up a réuni 4 millions d’euros auprès de fonds dont Norvilla, qui mène le tour.',
    );
    expect(t.get('Norvilla')).toBe('Organization');
  });

  it('leaves a lone surname of a person named earlier to that person', () => {
    const a = run('Helena Marsk dirige la société. Marsk a racheté 10 % du capital pour 2 millions d’euros.');
    expect(a.entities.some((e) => e.type === 'Organization' && e.name === 'Marsk')).toBe(false);
  });

  it('ignores a dictionary word capitalised only because it opens the sentence', () => {
    const t = types('Growth bought the company some time in a slow market.');
    expect(t.has('Growth')).toBe(false);
  });

  it('needs a business sentence for the subject cue', () => {
    const t = types('Ravelin conserve son titre de champion après la finale.');
    expect(t.has('Ravelin')).toBe(false);
  });
});

describe('unknown names in the object slot of a takeover', () => {
  it('types the object of a takeover verb and of "l’offre de"', () => {
    const fr = types('Nous avons repris Tessaly, un centre de contacts de Reims.');
    expect(fr.get('Tessaly')).toBe('Organization');
    const offer = types('Nous avons décliné l’offre de Lumbrio, qui voulait nous racheter.');
    expect(offer.get('Lumbrio')).toBe('Organization');
    const en = types('The group grew fast after absorbing Vexmoor two years ago.');
    expect(en.get('Vexmoor')).toBe('Organization');
  });
});

describe('a name owning parts of a business', () => {
  it('types "X’s [qualifier] arm/business/operations"', () => {
    const t = types('The insurer counts Orlanto’s Italian arm as a pilot customer.');
    expect(t.get('Orlanto')).toBe('Organization');
    const u = types('Drummel’s former operations are now part of a larger group.');
    expect(u.get('Drummel')).toBe('Organization');
  });

  it('leaves a possessive before a personal noun alone', () => {
    const t = types('We stayed in Tobrell’s house near the river.');
    expect(t.has('Tobrell')).toBe(false);
  });
});

describe('members named after plural nouns of market actors', () => {
  it('types names after "les géants comme" and "insurers, including"', () => {
    const fr = types('Les géants comme Vastrel jouent dans une autre catégorie.');
    expect(fr.get('Vastrel')).toBe('Organization');
    const en = types('It already works with two Welsh insurers, including Harrowgate, on claims.');
    expect(en.get('Harrowgate')).toBe('Organization');
  });
});

describe('a rival named before its rivalry verb', () => {
  it('types the subject of "affronte", "rivalise" and "competes" in a sentence about rivals or a market', () => {
    const fr = types('Sur ce marché, Pontaxe rivalise avec les concurrents historiques.');
    expect(fr.get('Pontaxe')).toBe('Organization');
    const en = types('Across the market, Delvora competes on price with its rivals.');
    expect(en.get('Delvora')).toBe('Organization');
  });
});

describe('short numbers inside company names', () => {
  it('keeps a number followed by a company head word in the name', () => {
    const t = types('The round was led by Harbour 7 Ventures, with Belcourt Capital.');
    expect(t.get('Harbour 7 Ventures')).toBe('Organization');
    expect(t.has('Harbour')).toBe(false);
  });

  it('leaves a year before an ordinary word outside the name', () => {
    const t = types('Le groupe Ostravia publie ses résultats 2024 Bilan inclus.');
    expect(t.has('Ostravia 2024 Bilan')).toBe(false);
  });
});

describe('datelines of places in capitals', () => {
  it('does not read a known country or city in capitals as an acronym', () => {
    const t = types('GALWAY and GHENT, May 2, 2025 -- Corvane Holdings Ltd said it signed a deal.');
    expect(t.has('GALWAY')).toBe(false);
    expect(t.has('GHENT')).toBe(false);
    expect(t.get('Corvane Holdings Ltd')).toBe('Organization');
  });
});

describe('two funds joined by "and"', () => {
  it('splits a two-word name from a place-and-company-word name after "and"', () => {
    const t = types('The round was led by Silver Harbor and Norway Capital.');
    expect(t.get('Silver Harbor')).toBe('Organization');
    expect(t.get('Norway Capital')).toBe('Organization');
    expect(t.has('Silver Harbor and Norway Capital')).toBe(false);
  });
});

describe('a company owning a part', () => {
  it('types the owner after "the … arm of"', () => {
    const t = types('The installer was taken over by the energy services arm of Velloran.');
    expect(t.get('Velloran')).toBe('Organization');
  });
});
