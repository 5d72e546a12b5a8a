import { facts, run } from './helpers';

/**
 * Fifth-day rivalry shapes: a market dominated by a list, firms after the same customers as another, an alternative
 * to a firm, taking on "the likes of", going head-to-head, "the two leading …", a rival noun with an adjective or far
 * from its clause's subject, rivals owned by a possessive ("ses principaux concurrents, A et B"), a sentence opening
 * on "Rivals such as", standing alongside firms in a market, positioning against a firm, counting firms among one's
 * competitors. Sentences written for this test, names invented.
 */
function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' ~ '))
    .sort();
}

function sorted(pairs: [string, string][]): string[] {
  return pairs.map((p) => [...p].sort().join(' ~ ')).sort();
}

const FOUND: [string, string, [string, string][]][] = [
  [
    'a market dominated by a list (fr)',
    'Le marché suisse des vélos électriques est dominé par Velonix, Pedalis et Cyclamo.',
    [
      ['Velonix', 'Pedalis'],
      ['Velonix', 'Cyclamo'],
      ['Pedalis', 'Cyclamo'],
    ],
  ],
  [
    'a market dominated by a list (en)',
    'The Canadian market for dental aligners is dominated by Alignex and Clearvo.',
    [['Alignex', 'Clearvo']],
  ],
  [
    'the same customers as another firm',
    'Trenvia et Mobilio chassent les mêmes clients que Railcom dans le fret ferroviaire.',
    [
      ['Trenvia', 'Railcom'],
      ['Mobilio', 'Railcom'],
    ],
  ],
  [
    'an alternative to a firm',
    "La start-up Korbit, qui se présente comme l'alternative française à Figmaly, recrute vingt ingénieurs.",
    [['Korbit', 'Figmaly']],
  ],
  [
    'taking on the likes of',
    'The merger will help Drovia take on the likes of Lyftera and Cabzo in Eastern Europe.',
    [
      ['Drovia', 'Lyftera'],
      ['Drovia', 'Cabzo'],
    ],
  ],
  [
    'going head-to-head',
    'Marlow Energy and Tidewell Power are going head-to-head for offshore wind leases.',
    [['Marlow Energy', 'Tidewell Power']],
  ],
  [
    'the two leading players of a market',
    'Parcelio and Shipnest, the two leading parcel-locker networks in Spain, both cut prices in May.',
    [['Parcelio', 'Shipnest']],
  ],
  [
    'a rival noun with a nationality adjective',
    'Le fabricant savoyard Gravelle a racheté son concurrent suisse Montavo pour 30 millions de francs.',
    [['Gravelle', 'Montavo']],
  ],
  [
    'a rival noun far from the clause subject',
    'Swedish forestry group Selvika said on Monday it had agreed to buy Finnish rival Koivutek for 200 million euros.',
    [['Selvika', 'Koivutek']],
  ],
  [
    'rivals owned by a possessive, in apposition',
    'Tessalia fabrique des capteurs de pression à Annecy. Ses deux principaux concurrents, Ondix et Pyralis, sont américains.',
    [
      ['Tessalia', 'Ondix'],
      ['Tessalia', 'Pyralis'],
    ],
  ],
  [
    'rivals owned by a possessive after "parmi"',
    'Tessalia fabrique des capteurs de pression à Annecy. Parmi ses rivaux figurent Ondix et Pyralis.',
    [
      ['Tessalia', 'Ondix'],
      ['Tessalia', 'Pyralis'],
    ],
  ],
  [
    'a sentence opening on "Rivals such as"',
    'Corvello sells cargo bikes to bakeries in Germany. Rivals such as Lastrad and Bikora have cut their prices.',
    [
      ['Corvello', 'Lastrad'],
      ['Corvello', 'Bikora'],
    ],
  ],
  [
    'alongside firms in a market',
    'Heliost now sits alongside Solvera and Radianta in the market for rooftop inverters.',
    [
      ['Heliost', 'Solvera'],
      ['Heliost', 'Radianta'],
    ],
  ],
  [
    'positioning against a firm',
    'La jeune pousse Medivo se positionne contre Santexa sur la prise de rendez-vous.',
    [['Medivo', 'Santexa']],
  ],
  [
    'counting firms among its competitors',
    'Fintrek counts Paylogic and Bankora among its main competitors.',
    [
      ['Fintrek', 'Paylogic'],
      ['Fintrek', 'Bankora'],
    ],
  ],
  [
    'a list that is the rivals of an unresolved possessive',
    "La start-up Vendalis a levé 4 millions d'euros auprès de Breega. Zeltis et Caissor sont ses principaux concurrents.",
    [
      ['Vendalis', 'Zeltis'],
      ['Vendalis', 'Caissor'],
    ],
  ],
  [
    'the rivals of a pointer, in apposition',
    'Vendalis édite un logiciel de caisse. Les concurrents de la start-up, Zeltis et Caissor, sont mieux financés.',
    [
      ['Vendalis', 'Zeltis'],
      ['Vendalis', 'Caissor'],
    ],
  ],
  [
    'a pointer with a possessive mark',
    "Vendalis, a Lyon startup, has raised €4 million from Breega. The company's rivals include Zeltis and Caissor.",
    [
      ['Vendalis', 'Zeltis'],
      ['Vendalis', 'Caissor'],
    ],
  ],
  [
    'a sentence opening on "Competitors include"',
    'Vendalis, a Lyon startup, has raised €4 million from Breega. Competitors include Zeltis and Caissor.',
    [
      ['Vendalis', 'Zeltis'],
      ['Vendalis', 'Caissor'],
    ],
  ],
  [
    'a named owner with a possessive mark',
    "Payvance sells card terminals to cafés. Payvance's rivals include Checkora and Tillvo.",
    [
      ['Payvance', 'Checkora'],
      ['Payvance', 'Tillvo'],
    ],
  ],
  [
    'a buyer whose pointer stands before the verb group',
    'Roomexa, a property-management software maker, said it has acquired smaller rival Keystay for an undisclosed amount.',
    [['Roomexa', 'Keystay']],
  ],
  [
    'a deal that pits one firm against another',
    'Analysts said the acquisition pits Nordhavn against Wartena in digital services for shipowners.',
    [['Nordhavn', 'Wartena']],
  ],
  [
    'a relative naming the biggest rival',
    'Velocara, whose biggest rival in wound care is Dermatis Holdings, said it would hire forty people.',
    [['Velocara', 'Dermatis Holdings']],
  ],
  [
    'a clitic pronoun helped to compete',
    "Le transporteur frigorifique Frigomar a levé 5 millions d'euros. Cette opération lui permet de rivaliser avec Stefalis et Olanor.",
    [
      ['Frigomar', 'Stefalis'],
      ['Frigomar', 'Olanor'],
    ],
  ],
];

describe('fifth-day rivalry shapes are read', () => {
  it.each(FOUND)('%s', (_label, text, want) => {
    expect(rivals(text)).toEqual(expect.arrayContaining(sorted(want)));
  });
});

/** Sentences of the same shapes whose firms are no rivals: each must yield none of the listed pairs. */
const NOT_FOUND: [string, string, [string, string][]][] = [
  [
    'a board, not a market, dominated by funds',
    "Le conseil d'administration de Marvane est dominé par Ardelis et Corvest.",
    [['Ardelis', 'Corvest']],
  ],
  [
    'customers listed after a possessive',
    'Pharmavel vend des compléments alimentaires. Ses clients, comme Doctalis et Pharmeo, revendent ses produits.',
    [
      ['Pharmavel', 'Doctalis'],
      ['Pharmavel', 'Pharmeo'],
      ['Doctalis', 'Pharmeo'],
    ],
  ],
  [
    'suppliers opening the sentence',
    'Nordpack makes cardboard trays. Suppliers such as Boxter and Papyra ship board to it weekly.',
    [
      ['Nordpack', 'Boxter'],
      ['Nordpack', 'Papyra'],
    ],
  ],
  [
    'an adviser taken on',
    'Stanmore Logistics took on Harwell Partners as adviser for the sale.',
    [['Stanmore Logistics', 'Harwell Partners']],
  ],
  [
    'co-investors alongside one another',
    "Valtrix a levé 10 millions d'euros auprès de Serelia, aux côtés de Kimora et d'Alvenor parmi les acteurs du tour.",
    [
      ['Valtrix', 'Kimora'],
      ['Serelia', 'Kimora'],
      ['Valtrix', 'Alvenor'],
    ],
  ],
  [
    'the two largest shareholders',
    'Alvern and Brisco, the two largest shareholders of Cortaline, backed the plan.',
    [['Alvern', 'Brisco']],
  ],
  [
    'the rivals of a third firm are not rivals of one another',
    'Vendalis, a Lyon startup, has raised €4 million from Breega. Zeltis and Caissor are its main rivals.',
    [['Caissor', 'Zeltis']],
  ],
  [
    'a rival name qualifying a noun after it',
    'Swedish forestry group Selvika said it had hired a former rival Koivutek engineer.',
    [['Koivutek', 'Selvika']],
  ],
  [
    'a rival of a third firm in apposition',
    'Harbourline closed its purchase of Aquamera, a smaller Danish rival of Tidewell, last week.',
    [['Aquamera', 'Harbourline']],
  ],
  [
    'a rival product told by its name',
    'Ensuite Corvanel a développé une variante concurrente sous le nom de Lumisoft.',
    [['Corvanel', 'Lumisoft']],
  ],
  ['the same investors as another firm', 'Quillo has the same investors as Tramix.', [['Quillo', 'Tramix']]],
];

describe('look-alike shapes are not read as rivalry', () => {
  it.each(NOT_FOUND)('%s', (_label, text, refused) => {
    const got = rivals(text);
    for (const p of sorted(refused)) expect(got).not.toContain(p);
  });
});
