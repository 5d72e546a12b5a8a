/**
 * Day twenty-six, pointers: a group noun after a sentence about a company's unit ("X's arm, Y, …¶The group, which is
 * chaired by P"; "Sa filiale, Y, … Le groupe est présidé par P") is the unit's owner (anaphora-unit-owner.ts);
 * "Both companies" / "Les deux entreprises" right after a list of three companies is the story's pair
 * (anaphora-pair-after-list.ts), and "they" after "and in 2021" is the clause subject again
 * (anaphora-plural-pronouns.ts); a joint founding with the year or "jointly"/"ensemble" before the venture
 * (frames/founders-company-founders.ts); a leader's counterpart at another company ("Son homologue chez Y, P",
 * "His counterpart at Y, P") heads Y (frames/leads-counterpart.ts). Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string, type: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith(`${type} `));
}

describe("a group noun after a sentence about a unit is the unit's owner", () => {
  it.each([
    [
      "LONDON, March 3 - Marlowe Foods said on Tuesday it had agreed to buy Dunham Dairy for 90 million pounds.\n\nMarlowe's cheese arm, Tarn Creamery, bought Oakfield Cheese last year. The group, which is chaired by Helen Park, employs 4,000 people.",
      'LEADS Helen Park -> Marlowe Foods',
      'LEADS Helen Park -> Tarn Creamery',
    ],
    [
      'DENVER, May 4 - Alder Outdoor Group said on Monday it had agreed to acquire Ridgeway Tents for $140 million.\n\nIts footwear unit, Summit Boots, bought Canyon Soles in May. The group, which is chaired by Laura Finch, employs 2,000 people.',
      'LEADS Laura Finch -> Alder Outdoor Group',
      'LEADS Laura Finch -> Summit Boots',
    ],
    [
      'BREST, 3 mars - Le groupe Kerlouan Industries a annoncé mardi le rachat de la PME Quimper Découpe.\n\nSa filiale portuaire, Trans-Iroise, a repris en mars le transitaire Fret Abers. Le groupe est présidé depuis 2018 par Anne Kerouac.',
      'LEADS Anne Kerouac -> Kerlouan Industries',
      'LEADS Anne Kerouac -> Trans-Iroise',
    ],
    [
      'LYON, 4 mai - Le groupe Dauphin Chimie a annoncé lundi le rachat de Rhodane Colles.\n\nSa division pharmaceutique, Veloris Santé, a racheté la start-up Cytalis. Le groupe, dirigé par Marc Besson, emploie 900 personnes.',
      'LEADS Marc Besson -> Dauphin Chimie',
      'LEADS Marc Besson -> Veloris Santé',
    ],
  ])('%s', (text, want, notWant) => {
    const leads = facts(text, 'LEADS');
    expect(leads).toContain(want);
    expect(leads).not.toContain(notWant);
  });

  it('leaves "the company" after the unit sentence to the unit', () => {
    const text =
      "LONDON, March 3 - Marlowe Foods said on Tuesday it had agreed to buy Dunham Dairy for 90 million pounds.\n\nMarlowe's cheese arm, Tarn Creamery, bought Oakfield Cheese last year. The company is run by Ian Cole.";
    expect(facts(text, 'LEADS')).toEqual(['LEADS Ian Cole -> Tarn Creamery']);
  });

  it('leaves a group noun to a company never told as a unit', () => {
    const text =
      'LONDON, March 3 - Marlowe Foods said on Tuesday it had agreed to buy Dunham Dairy for 90 million pounds.\n\nTarn Creamery, a cheese maker, bought Oakfield Cheese last year. The group, which is chaired by Helen Park, employs 400 people.';
    expect(facts(text, 'LEADS')).toEqual(['LEADS Helen Park -> Tarn Creamery']);
  });
});

describe('"both companies" right after a list of three is the story\'s pair', () => {
  it('reads the pair and the later "they" of the same sentence (English)', () => {
    const text =
      'OSLO, May 4 - Halden Shipping said on Monday it had agreed to buy Corvin Ferries for 80 million euros.\n\nOn northern routes, the combined company will face Nordlys Line, Skagen Ferries and Baltic Star. Both companies have lobbied the ministry for longer contracts, and in 2021 they jointly set up Sea Academy, a school for deck officers.';
    expect(facts(text, 'FOUNDED').sort()).toEqual([
      'FOUNDED Corvin Ferries -> Sea Academy',
      'FOUNDED Halden Shipping -> Sea Academy',
    ]);
  });

  it('reads the pair past a list of three (French)', () => {
    const text =
      'LYON, 4 mai - Le groupe Valmont a annoncé lundi le rachat de la société Drevet Convoyage.\n\nLe nouvel ensemble affrontera Alstef, Savoye et Fives Intralogistics. Les deux entreprises avaient créé en 2019 une coentreprise, Logivia, pour les aéroports.';
    expect(facts(text, 'FOUNDED').sort()).toEqual([
      'FOUNDED Drevet Convoyage -> Logivia',
      'FOUNDED Valmont -> Logivia',
    ]);
  });

  it('keeps the pair just listed when the list has two names', () => {
    const text =
      'LYON, 4 mai - Le groupe Valmont a annoncé lundi le rachat de la société Drevet Convoyage.\n\nLe nouvel ensemble affrontera Alstef et Savoye. Les deux entreprises avaient créé en 2019 une coentreprise, Logivia, pour les aéroports.';
    expect(facts(text, 'FOUNDED').sort()).toEqual(['FOUNDED Alstef -> Logivia', 'FOUNDED Savoye -> Logivia']);
  });
});

describe('a joint founding with its year or a jointness word before the venture', () => {
  it.each([
    [
      "Les laboratoires Cerbon et Analys avaient créé ensemble en 2017 Biotrans, une société de transport d'échantillons.",
      ['FOUNDED Analys -> Biotrans', 'FOUNDED Cerbon -> Biotrans'],
    ],
    [
      'Kerr Mining and Tasman Gold jointly set up Coral Exploration in 2015 to drill off Queensland.',
      ['FOUNDED Kerr Mining -> Coral Exploration', 'FOUNDED Tasman Gold -> Coral Exploration'],
    ],
    [
      'Kerr Mining and Tasman Gold set up in 2015 a joint venture, Coral Exploration, to drill off Queensland.',
      ['FOUNDED Kerr Mining -> Coral Exploration', 'FOUNDED Tasman Gold -> Coral Exploration'],
    ],
  ])('%s', (text, want) => {
    expect(facts(text, 'FOUNDED').sort()).toEqual(want);
  });

  it.each([
    'Kerr Mining and Tasman Gold set up together with Coral Exploration a drilling school in 2015.',
    'Kerr Mining et Tasman Gold ont créé avec Coral Exploration en 2015 une école de forage.',
  ])('no partner named after "with"/"avec" is the venture: %s', (text) => {
    expect(facts(text, 'FOUNDED').filter((f) => f.endsWith('-> Coral Exploration'))).toEqual([]);
  });
});

describe("a leader's counterpart at another company heads it", () => {
  it.each([
    [
      "Les transporteurs Valdor et Rhénatrans ont annoncé mardi leur fusion. Claire Mathieu, présidente de Valdor, dirigera le nouvel ensemble. Son homologue chez Rhénatrans, Paul Keller, présidera le conseil d'administration.",
      'LEADS Paul Keller -> Rhénatrans',
    ],
    [
      "Les coopératives Agrimont et Céréalis fusionnent. Anne Roux, directrice générale d'Agrimont, prendra la tête du nouvel ensemble. Son homologue de Céréalis, Luc Meyer, deviendra vice-président.",
      'LEADS Luc Meyer -> Céréalis',
    ],
    [
      'Brenton Bank and Corlow Savings agreed on Monday to merge. Brenton chief executive Mark Hale will run the combined lender. His counterpart at Corlow Savings, Ruth Adams, will become chair.',
      'LEADS Ruth Adams -> Corlow Savings',
    ],
  ])('%s', (text, want) => {
    expect(facts(text, 'LEADS')).toContain(want);
  });

  it.each([
    'Le groupe Frigalis a racheté Polarix. Il est par ailleurs monté au capital de son homologue belge Coldline, dont il a acquis 25 %.',
    'Brenton Bank agreed on Monday to buy Corlow Savings. Its counterpart in Ireland, Dunmore Bank, is also for sale.',
  ])('a company told as a counterpart has no head there: %s', (text) => {
    expect(facts(text, 'LEADS')).toEqual([]);
  });
});
