/**
 * Day twenty-eight, founders and leaders: a trade body told by the head noun of its own name ("director general of
 * the federation", "présidente de l'union", relations/anaphora-body-noun.ts; "director general" is a head's title);
 * a title called the first holder's is history ("X's first chief executive, P", leader-first-holder-guard.ts); the
 * founder's relative heading the company founded ("créée en 1979 par Q, dont le fils, P, reste le directeur
 * général", frames/leads-whose-head.ts); a post handed to a person described by their former post ("a confié la
 * direction générale par intérim à son directeur technique, P", frames/leads-appointed-post.ts); a head's title
 * coordinated after a founder's apposition ("P, co-fondatrice de X et présidente de son conseil", frames/leads-
 * founder-and-title.ts); a lone surname that is also a word of a firm's name, told as the person ("Harwood, who
 * left …", resolve/surname-person-cues.ts). Sentences written for these tests.
 */
import { run, typedPair } from './helpers';

function facts(text: string, type: string): string[] {
  return run(text, '2026-11-20')
    .relations.map(typedPair)
    .filter((f) => f.startsWith(`${type} `))
    .sort();
}

describe('a body told by the head noun of its name', () => {
  it.each([
    [
      'Orders fell by a fifth, according to the Northern Boatbuilders Federation. "Yards are cutting shifts," said Helen Marsh, director general of the federation.',
      'LEADS Helen Marsh -> Northern Boatbuilders Federation',
    ],
    [
      'The Scottish Salmon Council warned of lower exports. "Prices will stay high," said Ewan Reid, chief executive of the council.',
      'LEADS Ewan Reid -> Scottish Salmon Council',
    ],
    [
      "Selon l'Union régionale des meuniers, les volumes ont baissé. « Le blé coûte trop cher », estime Paule Martin, présidente de l'union.",
      'LEADS Paule Martin -> Union régionale des meuniers',
    ],
    [
      'La Fédération des brasseurs alsaciens a publié ses chiffres. « La bière artisanale résiste », juge Marc Weber, président de la fédération.',
      'LEADS Marc Weber -> Fédération des brasseurs alsaciens',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).toContain(fact);
  });

  it.each([
    // two federations named before: the noun stays words
    'The Northern Boatbuilders Federation and the Southern Yachting Federation met. "It is hard," said Helen Marsh, director general of the federation.',
    // no body of that noun named before
    'Orkney Fish Ltd cut jobs. "It is hard," said Helen Marsh, director general of the federation.',
  ])('near miss: %s', (text) => {
    expect(facts(text, 'LEADS')).toEqual([]);
  });
});

describe('the first holder of a post is a past head', () => {
  it.each([
    "Calderwood's first chief executive, Ian Moss, took the company public in 2009.",
    'Le premier directeur général de Brocalis, Luc Ferrand, a piloté son entrée en Bourse.',
    "Luc Ferrand, premier président de Brocalis, avait ouvert l'usine de Dole en 1992.",
  ])('%s', (text) => {
    expect(facts(text, 'LEADS')).toEqual([]);
  });

  it.each([
    ['Calderwood named Ian Moss as its first chief executive in March.', 'LEADS Ian Moss -> Calderwood'],
    [
      "Tallow's first chief executive, Ian Moss, who handed over to Sanders in 2012, now chairs Brightfield Robotics, a Leeds start-up.",
      'LEADS Ian Moss -> Brightfield Robotics',
    ],
    ["Calderwood's chief executive, Ian Moss, said sales rose.", 'LEADS Ian Moss -> Calderwood'],
  ])('near miss: %s', (text, fact) => {
    expect(facts(text, 'LEADS')).toContain(fact);
  });
});

describe("the founder's relative heads the company founded", () => {
  it.each([
    [
      'Le groupe a racheté Menuiserie Dumas, une PME de 60 salariés créée en 1971 par Henri Dumas, dont le petit-fils, Paul Dumas, reste le directeur général.',
      'LEADS Paul Dumas -> Menuiserie Dumas',
    ],
    [
      'The bakery buys its flour from Carlow Mills, a firm founded in 1948 by Sean Carlow, whose granddaughter, Aoife Carlow, is chief executive.',
      'LEADS Aoife Carlow -> Carlow Mills',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).toContain(fact);
  });

  it('near miss: the relative tells a function, not the head', () => {
    const text =
      'The bakery buys its flour from Carlow Mills, a firm founded in 1948 by Sean Carlow, whose granddaughter, Aoife Carlow, is chief financial officer.';
    expect(facts(text, 'LEADS')).toEqual([]);
  });
});

describe('a post handed to a person described by the post they held', () => {
  it('fr: "a confié la direction générale par intérim à son directeur technique, P"', () => {
    const text =
      'Vendôme Optique a confié jeudi la direction générale par intérim à son directeur financier, Anne Roussel, après le départ du fondateur.';
    expect(facts(text, 'LEADS')).toContain('LEADS Anne Roussel -> Vendôme Optique');
  });

  it('near miss: a function handed over is no head', () => {
    const text =
      'Vendôme Optique a confié la direction financière à son contrôleur de gestion, Anne Roussel.';
    expect(facts(text, 'LEADS')).toEqual([]);
  });
});

describe("a head's title coordinated after a founder's apposition", () => {
  it.each([
    [
      "Claire Vidal, co-fondatrice de Nautilo et présidente de son conseil d'administration, a confirmé l'intérim.",
      'LEADS Claire Vidal -> Nautilo',
    ],
    [
      'Ruth Gale, co-founder of Fernway and chair of its board, confirmed the search.',
      'LEADS Ruth Gale -> Fernway',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).toContain(fact);
    expect(facts(text, 'FOUNDED')).toContain(fact.replace('LEADS', 'FOUNDED'));
  });

  it.each([
    'Ruth Gale, co-founder of Fernway and chief technology officer, confirmed the search.',
    'Ruth Gale, co-founder of Fernway and head of product, confirmed the search.',
  ])('near miss: %s', (text) => {
    expect(facts(text, 'LEADS')).toEqual([]);
  });
});

describe('a lone surname that is also a word of a firm named after its founders', () => {
  const text =
    'Ashby Pell, the London maker of umbrellas, named a new chief executive. Tom Pell started the company with Kate Ashby in 2004. Ashby, who left the business in 2016, now runs Linden Ridge Capital, a fund that backs fashion brands.';

  it('"Ashby, who left …" is the person, who runs the fund', () => {
    expect(facts(text, 'LEADS')).toContain('LEADS Kate Ashby -> Linden Ridge Capital');
    expect(facts(text, 'LEADS')).not.toContain('LEADS Ashby Pell -> Linden Ridge Capital');
  });

  it('near miss: the firm told by the word with no person cue stays the firm', () => {
    const firm =
      'Ashby Pell, the London maker of umbrellas, was founded by Kate Ashby. Ashby said it would open a shop in Paris, where it competes with Parapluies Marcel.';
    expect(facts(firm, 'COMPETES_WITH')).toContain('COMPETES_WITH Ashby Pell -> Parapluies Marcel');
  });
});

describe("a passive's agent told with a possessive kin noun, and the relative an agent's apposition names", () => {
  it.each([
    [
      'Kessler Tools, founded in 1949 by Otto Kessler, is now run by his grandson, Felix Kessler.',
      'LEADS Felix Kessler -> Kessler Tools',
    ],
    [
      'Marsh Foods, founded in 1961 by Ada Marsh, is now run by her daughter, Jane Marsh.',
      'LEADS Jane Marsh -> Marsh Foods',
    ],
    [
      'La fromagerie Vial, fondée en 1932 par Louis Vial, est dirigée depuis 2015 par sa petite-fille, Inès Vial.',
      'LEADS Inès Vial -> Vial',
    ],
  ])('%s', (text, fact) => {
    expect(facts(text, 'LEADS')).toContain(fact);
  });

  it.each([
    [
      'Ostrel est dirigée depuis 2021 par Claire Ferrat, la fille de Jean Ferrat, qui lui a cédé la présidence.',
      'LEADS Claire Ferrat -> Ostrel',
      'LEADS Jean Ferrat -> Ostrel',
    ],
    [
      'Ostrel is run by Claire Ferrat, the daughter of Jean Ferrat, who handed her the job in 2021.',
      'LEADS Claire Ferrat -> Ostrel',
      'LEADS Jean Ferrat -> Ostrel',
    ],
  ])('near miss: %s', (text, kept, refused) => {
    expect(facts(text, 'LEADS')).toContain(kept);
    expect(facts(text, 'LEADS')).not.toContain(refused);
  });

  it('"run by her" still takes up the person named before', () => {
    const text = 'Marsh Foods was founded in 1961 by Ada Marsh and is still run by her.';
    expect(facts(text, 'LEADS')).toContain('LEADS Ada Marsh -> Marsh Foods');
  });
});

describe('fr: the partner of a founding told before a long object', () => {
  it.each([
    'Anne Morel a fondé en 2015 avec Luc Petit la société lyonnaise Brivalis.',
    'Anne Morel avait cofondé avec Luc Petit la jeune pousse nantaise Brivalis, spécialisée dans les capteurs.',
  ])('%s', (text) => {
    expect(facts(text, 'FOUNDED')).toEqual([
      'FOUNDED Anne Morel -> Brivalis',
      'FOUNDED Luc Petit -> Brivalis',
    ]);
  });

  it('near miss: a brand launched with a partner founds no company', () => {
    expect(facts('Marie Roux a lancé en 2020 avec Paul Henry la marque Vélo Bleu.', 'FOUNDED')).toEqual([]);
  });
});
