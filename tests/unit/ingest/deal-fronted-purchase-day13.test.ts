import { facts, madePairs, pair, run } from './helpers';

const PUBLISHED = '2026-06-15';

const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
const all = (text: string): string[] => facts(run(text, PUBLISHED), 'ACQUIRED').map(pair);

describe('a sentence opening on an earlier purchase ("After buying Y, the company …"): the pointer is the buyer', () => {
  it.each([
    [
      "Kadenza has acquired Turnly. The Turnly deal is Kadenza's third acquisition in eighteen months. After buying Danish payroll specialist Lønly in 2024, the company picked up Warsaw-based time-tracking tool Zegarly last spring.",
      ['Kadenza -> Lønly', 'Kadenza -> Turnly', 'Kadenza -> Zegarly'],
    ],
    [
      "Arkwright Defence has bought Deepline Systems. The purchase is Arkwright's third this year. After buying Scottish radar specialist Corrie Electronics in January, the group acquired a 70% stake in Spanish drone maker Aerovent in April.",
      [
        'Arkwright Defence -> Aerovent',
        'Arkwright Defence -> Corrie Electronics',
        'Arkwright Defence -> Deepline Systems',
      ],
    ],
    [
      'Kadenza has acquired Turnly. After snapping up Danish payroll specialist Lønly in 2024, the firm bought Warsaw-based Zegarly last spring.',
      ['Kadenza -> Lønly', 'Kadenza -> Turnly', 'Kadenza -> Zegarly'],
    ],
    [
      'Convivia a racheté Traiteur Lenoir. Après avoir pris le contrôle de Maison Ferrand en 2023, le groupe a racheté Gamelle & Co en mars.',
      ['Convivia -> Gamelle & Co', 'Convivia -> Maison Ferrand', 'Convivia -> Traiteur Lenoir'],
    ],
    [
      "Convivia a racheté Traiteur Lenoir. Après avoir mis la main sur le traiteur parisien Maison Ferrand l'an dernier, le groupe a repris Gamelle & Co.",
      ['Convivia -> Gamelle & Co', 'Convivia -> Maison Ferrand', 'Convivia -> Traiteur Lenoir'],
    ],
  ])('%s', (text, expected) => {
    expect(made(text)).toEqual(expected);
  });

  it.each([
    // the clause opens on talks, not on a purchase: the name in it is no target and stays out of the pointer
    [
      'Kadenza has acquired Turnly. After talks with Lønly collapsed in 2024, the company bought Zegarly last spring.',
      'Lønly',
    ],
    [
      'Kadenza has acquired Turnly. After failing to buy Lønly in 2024, the company bought Zegarly last spring.',
      'Lønly',
    ],
    [
      'Convivia a racheté Traiteur Lenoir. Après des mois de négociations avec Maison Ferrand, le groupe a repris Gamelle & Co en mars.',
      'Maison Ferrand',
    ],
    [
      'Kadenza has acquired Turnly. After trying to acquire Lønly in 2024, the company bought Zegarly last spring.',
      'Lønly',
    ],
    [
      'Convivia a racheté Traiteur Lenoir. Après avoir échoué à racheter Maison Ferrand, le groupe a repris Gamelle & Co en mars.',
      'Maison Ferrand',
    ],
  ])('no purchase in the opening clause: %s', (text, bystander) => {
    expect(made(text).some((p) => p.includes(bystander))).toBe(false);
  });

  it('a name opening the main clause stays its subject', () => {
    const text = 'After acquiring Corrie Electronics in 2024, Arkwright Defence bought Aerovent in April.';
    expect(all(text).sort()).toEqual([
      'Arkwright Defence -> Aerovent',
      'Arkwright Defence -> Corrie Electronics',
    ]);
  });

  it.each([
    'Kadenza failed to buy Lønly in 2024.',
    'Kadenza has failed to acquire Lønly.',
    'Two years ago Kadenza failed to take over Lønly.',
  ])('a failed purchase is no deal: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});
