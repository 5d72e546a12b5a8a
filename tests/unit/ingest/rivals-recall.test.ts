import { facts, run } from './helpers';

/** Rival pairs of a text, each pair sorted and written "A ~ B", the list sorted. */
function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' ~ '))
    .sort();
}

function sortedPairs(pairs: [string, string][]): string[] {
  return pairs.map((p) => [...p].sort().join(' ~ ')).sort();
}

/** Sentences written for this test: each must yield at least the listed rival pairs. */
const FRENCH_RIVALRY: [string, [string, string][]][] = [
  ['Sur le marché des casques, Dervalon affronte désormais Kestrix.', [['Dervalon', 'Kestrix']]],
  ['La start-up lyonnaise Orbelia se mesure à Tanvik Systems dans la paie.', [['Orbelia', 'Tanvik Systems']]],
  ['Dans le Sud-Ouest, Marvelo croise le fer avec Pulsaro.', [['Marvelo', 'Pulsaro']]],
  ['Quindra concurrence directement Selvane sur les terminaux de paiement.', [['Quindra', 'Selvane']]],
  ['En Espagne, Brenlo talonne Corvasta depuis deux ans.', [['Brenlo', 'Corvasta']]],
  ['Vaskor Drones dispute le marché agricole à Plenity Robotics.', [['Plenity Robotics', 'Vaskor Drones']]],
  [
    'Fendrix rivalise avec Zolbera et Aquenta sur les batteries.',
    [
      ['Fendrix', 'Zolbera'],
      ['Aquenta', 'Fendrix'],
    ],
  ],
  ['Nordelis, principal concurrent de Varmona, a levé des fonds.', [['Nordelis', 'Varmona']]],
  [
    'Lumera reste numéro un du secteur, devant Castrel et Ombrix.',
    [
      ['Castrel', 'Lumera'],
      ['Lumera', 'Ombrix'],
    ],
  ],
  [
    'Les leaders du marché, Arvento, Belcris et Trovane, se partagent les contrats publics.',
    [
      ['Arvento', 'Belcris'],
      ['Arvento', 'Trovane'],
      ['Belcris', 'Trovane'],
    ],
  ],
  [
    'La bataille est serrée entre Palvix SA, Renoma Group et Sulvane Systems sur le segment des PME.',
    [
      ['Palvix SA', 'Renoma Group'],
      ['Palvix SA', 'Sulvane Systems'],
      ['Renoma Group', 'Sulvane Systems'],
    ],
  ],
  [
    "Kelvora affronte notamment l'américain Drosta et l'allemand Pemrix.",
    [
      ['Drosta', 'Kelvora'],
      ['Kelvora', 'Pemrix'],
    ],
  ],
  [
    'Travilo Logistique, challenger de Monvera Group sur la logistique urbaine, recrute.',
    [['Monvera Group', 'Travilo Logistique']],
  ],
  ['Galdra est numéro deux derrière Fiorani sur le marché italien.', [['Fiorani', 'Galdra']]],
  [
    'Sorvanti Cloud est au coude-à-coude avec Bellanto Systems dans le cloud souverain.',
    [['Bellanto Systems', 'Sorvanti Cloud']],
  ],
  [
    'Helvio doit faire face à des concurrents tels que Cardeno et Ruvalis.',
    [
      ['Cardeno', 'Helvio'],
      ['Helvio', 'Ruvalis'],
    ],
  ],
  [
    'Pandoria et Levitra Systems sont concurrents sur le marché des pompes.',
    [['Levitra Systems', 'Pandoria']],
  ],
  [
    'Sur ce créneau, Ostrava Tech devance largement Merlin Data et Colbix Labs.',
    [
      ['Merlin Data', 'Ostrava Tech'],
      ['Colbix Labs', 'Ostrava Tech'],
    ],
  ],
  ['Dalvero, qui concurrence Pranzil en Belgique, ouvre un bureau à Gand.', [['Dalvero', 'Pranzil']]],
  [
    'Zentova pourra ainsi rivaliser avec Morvane et Quessal, estime son président.',
    [
      ['Morvane', 'Zentova'],
      ['Quessal', 'Zentova'],
    ],
  ],
  [
    'Trevani concurrence le néerlandais Opsara, la britannique Kelmond et la société suédoise Varnholm.',
    [
      ['Opsara', 'Trevani'],
      ['Kelmond', 'Trevani'],
      ['Trevani', 'Varnholm'],
    ],
  ],
  [
    'Sur les entrepôts, Quadrix Labs croise le fer avec Ombrel Systems et avec le groupe Danvero.',
    [
      ['Ombrel Systems', 'Quadrix Labs'],
      ['Danvero', 'Quadrix Labs'],
    ],
  ],
  [
    'Orvane Systems se mesure à Plessis Group, mais aussi à des spécialistes tels que Minotra Labs.',
    [
      ['Orvane Systems', 'Plessis Group'],
      ['Minotra Labs', 'Orvane Systems'],
    ],
  ],
  [
    'Sur le marché du vélo, Cyclora Labs mène une guerre des prix avec Pedalix Systems et Roulea Group.',
    [
      ['Cyclora Labs', 'Pedalix Systems'],
      ['Cyclora Labs', 'Roulea Group'],
    ],
  ],
  [
    'Pernel Labs se retrouve face à des concurrents comme Ostra Systems ou la suédoise Kvarn.',
    [
      ['Ostra Systems', 'Pernel Labs'],
      ['Kvarn', 'Pernel Labs'],
    ],
  ],
];

const ENGLISH_RIVALRY: [string, [string, string][]][] = [
  [
    'Harlow Robotics competes head-on with Vintari in warehouse automation.',
    [['Harlow Robotics', 'Vintari']],
  ],
  [
    'Brixel Health vies with Quantell Medical for hospital contracts.',
    [['Brixel Health', 'Quantell Medical']],
  ],
  [
    'Stavro Labs takes on Merivex Software in the crowded payroll market.',
    [['Merivex Software', 'Stavro Labs']],
  ],
  [
    'Pellwood Engineering goes up against Tarrant Data in every tender.',
    [['Pellwood Engineering', 'Tarrant Data']],
  ],
  ['Ondrix Software battles Kervale Systems for the mid-market.', [['Kervale Systems', 'Ondrix Software']]],
  ['Fulcrana still trails Voxmere in Germany.', [['Fulcrana', 'Voxmere']]],
  ['Last year Sentrio overtook Malbrook as the second-largest player.', [['Malbrook', 'Sentrio']]],
  [
    'Corvell competes with the likes of Dunmore and Pitchlane.',
    [
      ['Corvell', 'Dunmore'],
      ['Corvell', 'Pitchlane'],
    ],
  ],
  [
    'Nexora Labs is up against peers such as Wexford Analytics and Laurento.',
    [
      ['Laurento', 'Nexora Labs'],
      ['Nexora Labs', 'Wexford Analytics'],
    ],
  ],
  [
    'Tolbert Foods cut prices in March. Ravenna Foods, its closest rival, followed in May.',
    [['Ravenna Foods', 'Tolbert Foods']],
  ],
  [
    "Quillon Systems' main competitor, Hestia Systems, raised $40 million.",
    [['Hestia Systems', 'Quillon Systems']],
  ],
  ['German vendor Parvanti is the main rival of Solvix.', [['Parvanti', 'Solvix']]],
  [
    'Marlowe, Bexley Networks and Strand Telecom dominate the market for rural broadband.',
    [
      ['Bexley Networks', 'Marlowe'],
      ['Marlowe', 'Strand Telecom'],
      ['Bexley Networks', 'Strand Telecom'],
    ],
  ],
  [
    'Kovalent remains the leader, ahead of Drayton Labs and Mirabel.',
    [
      ['Drayton Labs', 'Kovalent'],
      ['Kovalent', 'Mirabel'],
    ],
  ],
  ['Tessaro and Brightwell compete on price in the budget segment.', [['Brightwell', 'Tessaro']]],
  [
    'Orlo competes with rivals including Vantis and Hallow Digital.',
    [
      ['Hallow Digital', 'Orlo'],
      ['Orlo', 'Vantis'],
    ],
  ],
  [
    'The challenger Plumtree Software is taking on Ardmore Cloud in the cloud.',
    [['Ardmore Cloud', 'Plumtree Software']],
  ],
  [
    'Wendell Foods makes frozen pizza. The company competes with Grantham Foods in Europe.',
    [['Grantham Foods', 'Wendell Foods']],
  ],
  [
    'Fenwick Systems sells routers. It competes directly with Castellan Networks.',
    [['Castellan Networks', 'Fenwick Systems']],
  ],
  [
    'Ridgeway Labs and Calder Software are fierce rivals in Scotland.',
    [['Calder Software', 'Ridgeway Labs']],
  ],
  [
    'Lexmoor Labs competes with Danish giant Arvo Systems as well as with privately held Telbury Software.',
    [
      ['Arvo Systems', 'Lexmoor Labs'],
      ['Lexmoor Labs', 'Telbury Software'],
    ],
  ],
  [
    'Hobart Systems is locked in a price war with Cresswell Labs and Dunley Software.',
    [
      ['Cresswell Labs', 'Hobart Systems'],
      ['Dunley Software', 'Hobart Systems'],
    ],
  ],
  [
    "Finland's Orvane Labs and Norway's Pelko Systems agreed to merge. The two companies have long been rivals in the region.",
    [['Orvane Labs', 'Pelko Systems']],
  ],
  [
    'Vantor Systems sells alarms. The deal makes it one of the largest alarm makers, alongside Securo Labs and Helmix Systems, with which it competes for utility contracts.',
    [
      ['Securo Labs', 'Vantor Systems'],
      ['Helmix Systems', 'Vantor Systems'],
    ],
  ],
  [
    'Palmer Labs and Quist Systems vie for students in Ohio and Texas, where their rival Brandle Software is expanding.',
    [
      ['Brandle Software', 'Palmer Labs'],
      ['Brandle Software', 'Quist Systems'],
      ['Palmer Labs', 'Quist Systems'],
    ],
  ],
  [
    'Lexmoor Labs competes with Arvo Systems as well as with Telbury Software and Quent Labs.',
    [
      ['Arvo Systems', 'Lexmoor Labs'],
      ['Lexmoor Labs', 'Telbury Software'],
      ['Lexmoor Labs', 'Quent Labs'],
    ],
  ],
  [
    'Ferrow Labs is now the fourth-largest parcel carrier behind Astel Systems and Brimley Labs.',
    [
      ['Astel Systems', 'Ferrow Labs'],
      ['Brimley Labs', 'Ferrow Labs'],
      ['Astel Systems', 'Brimley Labs'],
    ],
  ],
];

/** Sentences that name two companies side by side without any rivalry between them. */
const NOT_RIVALS: string[] = [
  'Brontel and Sarvix signed a partnership to sell each other’s software.',
  'Kalmoro counts clients such as Dervin Bank and Ustra Insurance.',
  'Ardeno acquired Fellowmark last year for $30 million.',
  'Investors such as Pinecrest Capital and Harrow Ventures joined the round.',
  'Unlike Taggart Media, Bellford has stayed profitable.',
  'Pelmar supplies chips to Norvex and Gallant Motors.',
  'Trivane a signé un partenariat avec Osmira pour distribuer ses logiciels.',
  'Le groupe Calvina a racheté Dorméo pour 20 millions d’euros.',
  'Parmi ses clients figurent Brelix et la banque Sovarin.',
  'La levée a été menée par Vireo Capital et Lantern Partners.',
  'Fosvik fournit des capteurs à Malvern Auto et à Terrano.',
  'Quorell a choisi Zebrane comme partenaire technologique.',
  'Brenton Labs partnered with Calloway Systems and with the bank Delmar Capital.',
  'Faxon Labs sells to Ilbert Systems as well as to Quarry Software.',
  'Kalvo Labs works with Brisk Systems, analysts at Morrow Research said.',
  'Kalvo Labs took on Brisk Capital as adviser for the sale.',
  'La bataille judiciaire entre Kalvo Labs et Brisk Systems dure depuis 2019.',
  'Kalvo Labs is in a legal battle with Brisk Systems over a patent.',
  'Kalvo Labs signed deals with Brisk Systems and with the retailer Tarn Stores.',
  'Brisk Systems, its largest customer, renewed the contract with Kalvo Labs.',
  'Kalvo Labs and Brisk Systems, with which it partnered in 2020, won the tender.',
];

describe('COMPETES_WITH recall on rival phrasings (French)', () => {
  it.each(FRENCH_RIVALRY)('%s', (text, pairs) => {
    const got = rivals(text);
    for (const p of sortedPairs(pairs)) expect(got).toContain(p);
  });
});

describe('COMPETES_WITH recall on rival phrasings (English)', () => {
  it.each(ENGLISH_RIVALRY)('%s', (text, pairs) => {
    const got = rivals(text);
    for (const p of sortedPairs(pairs)) expect(got).toContain(p);
  });
});

describe('COMPETES_WITH stays silent on partners, clients, suppliers, investors and deals', () => {
  it.each(NOT_RIVALS)('%s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});
