import { facts, pair, run } from './helpers';

/**
 * Deal sentences written in the manner of trade press, one shape per row: the fact must be found with the right
 * direction, and rumours, talks and failed bids must yield no completed deal.
 */
type Row = [text: string, type: 'ACQUIRED' | 'FUNDED', expected: string[]];

const ACQUIRED_EN: Row[] = [
  [
    'Dutch payments start-up Kolvenpay was bought by Harlings Bank in 2021.',
    'ACQUIRED',
    ['Harlings Bank -> Kolvenpay'],
  ],
  ['Ostraco, which bought Pellanor last year, now employs 900 people.', 'ACQUIRED', ['Ostraco -> Pellanor']],
  [
    'After buying Tamsin Robotics in 2022, Corvel Industries is now looking at Asia.',
    'ACQUIRED',
    ['Corvel Industries -> Tamsin Robotics'],
  ],
  [
    "Halberd Group's purchase of Wexley Foods closed in March.",
    'ACQUIRED',
    ['Halberd Group -> Wexley Foods'],
  ],
  [
    'Marlow Analytics, now owned by Sentrix Holdings, has doubled its headcount.',
    'ACQUIRED',
    ['Sentrix Holdings -> Marlow Analytics'],
  ],
  [
    'Fenwick Labs, acquired by Dravos Pharma in 2019, makes enzyme assays.',
    'ACQUIRED',
    ['Dravos Pharma -> Fenwick Labs'],
  ],
  [
    'Last month Ardent Logistics took control of the Spanish carrier Transvela.',
    'ACQUIRED',
    ['Ardent Logistics -> Transvela'],
  ],
  [
    'The acquisition of Copperleaf Media by Rensford Partners was completed on 3 May.',
    'ACQUIRED',
    ['Rensford Partners -> Copperleaf Media'],
  ],
  [
    'Norvale Energy has completed its takeover of the Scottish grid operator Balloch Power.',
    'ACQUIRED',
    ['Norvale Energy -> Balloch Power'],
  ],
];

const ACQUIRED_FR: Row[] = [
  [
    'Le spécialiste lyonnais de la paie Paylia a été racheté par le groupe Soverane en 2020.',
    'ACQUIRED',
    ['Soverane -> Paylia'],
  ],
  [
    'Grelin Industrie, qui a racheté Mécanova en 2021, ouvre une usine à Tours.',
    'ACQUIRED',
    ['Grelin Industrie -> Mécanova'],
  ],
  [
    "Après avoir racheté Tessaline en 2022, Brovia s'attaque au marché allemand.",
    'ACQUIRED',
    ['Brovia -> Tessaline'],
  ],
  [
    "L'acquisition de Cartelis par Vandore Group a été finalisée en juin.",
    'ACQUIRED',
    ['Vandore Group -> Cartelis'],
  ],
  ['Norbion a pris le contrôle de la start-up bordelaise Algapur.', 'ACQUIRED', ['Norbion -> Algapur']],
  [
    'Le groupe Fermaud a finalisé le rachat de Lumicor, un éditeur nantais de logiciels.',
    'ACQUIRED',
    ['Fermaud -> Lumicor'],
  ],
  [
    "Sylvène a acquis en début d'année la société toulousaine Datapole Systèmes.",
    'ACQUIRED',
    ['Sylvène -> Datapole Systèmes'],
  ],
  [
    'Optima Santé, détenue depuis 2018 par le fonds Kerval Capital, recrute 50 personnes.',
    'ACQUIRED',
    ['Kerval Capital -> Optima Santé'],
  ],
  [
    'Dans le cadre de cette opération, Aldoris met la main sur Vetrania pour 80 millions d’euros.',
    'ACQUIRED',
    ['Aldoris -> Vetrania'],
  ],
  [
    'Racheté en 2019 par Castelmont, le fabricant Jovéa a triplé son chiffre d’affaires.',
    'ACQUIRED',
    ['Castelmont -> Jovéa'],
  ],
];

const FUNDED_EN: Row[] = [
  [
    'Trellis Health raised $12 million in a round led by Northgate Ventures, with Palmyra Capital and Osric Partners.',
    'FUNDED',
    [
      'Northgate Ventures -> Trellis Health',
      'Osric Partners -> Trellis Health',
      'Palmyra Capital -> Trellis Health',
    ],
  ],
  [
    "Quantel Robotics' investors include Brightwater Capital and Halden Ventures.",
    'FUNDED',
    ['Brightwater Capital -> Quantel Robotics', 'Halden Ventures -> Quantel Robotics'],
  ],
  [
    "Corbel Ventures, which led Lanterna's Series B, is back for the new round.",
    'FUNDED',
    ['Corbel Ventures -> Lanterna'],
  ],
  [
    'Siltrace has secured €8m from Ravenmoor Capital to expand into Germany.',
    'FUNDED',
    ['Ravenmoor Capital -> Siltrace'],
  ],
  [
    'Berring Capital invested $20 million in the Berlin logistics start-up Fahrwerk.',
    'FUNDED',
    ['Berring Capital -> Fahrwerk'],
  ],
  [
    'Backed by Thistle Ventures since 2019, Ondaro has now raised $40 million in total.',
    'FUNDED',
    ['Thistle Ventures -> Ondaro'],
  ],
  [
    'The Series A for Pellucid AI was led by Greyfield Partners.',
    'FUNDED',
    ['Greyfield Partners -> Pellucid AI'],
  ],
  [
    'Existing backers Morrow Capital and Tangent Ventures also took part in the round for Veriflow.',
    'FUNDED',
    ['Morrow Capital -> Veriflow', 'Tangent Ventures -> Veriflow'],
  ],
  [
    'Harbin Ventures has poured $15 million into Calypso Grid, a battery start-up.',
    'FUNDED',
    ['Harbin Ventures -> Calypso Grid'],
  ],
  [
    'Nimbra closed a $9 million seed round co-led by Astley Capital and Fenmore Ventures.',
    'FUNDED',
    ['Astley Capital -> Nimbra', 'Fenmore Ventures -> Nimbra'],
  ],
];

const FUNDED_FR: Row[] = [
  [
    'Le fonds Valcrest a injecté 5 millions d’euros dans la start-up rennaise Ecolia.',
    'FUNDED',
    ['Valcrest -> Ecolia'],
  ],
  [
    'Vertigen a bouclé un tour de 12 millions d’euros mené par Alvéole Capital, avec Bréhat Partners et Ormes Ventures.',
    'FUNDED',
    ['Alvéole Capital -> Vertigen', 'Bréhat Partners -> Vertigen', 'Ormes Ventures -> Vertigen'],
  ],
  [
    'Soutenue par Calanque Capital et Ouessant Ventures depuis 2020, Medilink vise l’Espagne.',
    'FUNDED',
    ['Calanque Capital -> Medilink', 'Ouessant Ventures -> Medilink'],
  ],
  [
    'Oxalide compte parmi ses actionnaires Lorient Invest et Brisach Capital.',
    'FUNDED',
    ['Brisach Capital -> Oxalide', 'Lorient Invest -> Oxalide'],
  ],
  [
    'La fintech Paymore lève 7 millions d’euros auprès de Sorbier Capital.',
    'FUNDED',
    ['Sorbier Capital -> Paymore'],
  ],
  ['Kerlann Invest est entré au capital de la PME vendéenne Tissor.', 'FUNDED', ['Kerlann Invest -> Tissor']],
  ['Le tour de table de Néovia a été mené par Arcane Ventures.', 'FUNDED', ['Arcane Ventures -> Néovia']],
  [
    'Bpifrance a participé à la levée de fonds de 3 millions d’euros réalisée par Graviton.',
    'FUNDED',
    ['Bpifrance -> Graviton'],
  ],
  [
    'Marsac Capital, actionnaire minoritaire de Solvéo depuis 2017, a remis 2 millions d’euros.',
    'FUNDED',
    ['Marsac Capital -> Solvéo'],
  ],
  [
    'Coralis a levé 4 millions d’euros auprès de Pictor Ventures et de ses investisseurs historiques.',
    'FUNDED',
    ['Pictor Ventures -> Coralis'],
  ],
];

/** Talk of a deal is not a deal: nothing here may come out as a completed or announced acquisition. */
const NOT_DONE: string[] = [
  'Ravensworth is in talks to buy Kelder Software, people familiar with the matter said.',
  "Pontar's failed bid for Skyline Optics cost it $30 million in fees.",
  'Merrow Group denied reports that it plans to acquire Tavish Labs.',
  'Solvent Capital, qui pourrait racheter Brenzo, n’a pas souhaité commenter.',
  'Selon la presse, Ardois envisagerait de racheter Kenvia.',
  'Dolmen Group a démenti toute discussion avec Quarzo.',
];

describe.each([
  ['English acquisitions', ACQUIRED_EN],
  ['French acquisitions', ACQUIRED_FR],
  ['English funding', FUNDED_EN],
  ['French funding', FUNDED_FR],
])('%s', (_label, rows) => {
  it.each(rows)('%s', (text, type, expected) => {
    const got = facts(run(text), type).map(pair).sort();
    expect(got).toEqual([...expected].sort());
  });
});

describe('rumours, talks, denials and failed bids', () => {
  it.each(NOT_DONE)('%s', (text) => {
    const deals = facts(run(text), 'ACQUIRED').filter(
      (r) => r.status !== 'rumoured' && r.status !== 'abandoned',
    );
    expect(deals.map(pair)).toEqual([]);
  });
});
