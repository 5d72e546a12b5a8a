/**
 * Day ten, second anaphora round: pointer classes read in their variants (other verbs of the family, tense, order,
 * language) with near-misses that must not be read. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a trade noun a company’s name is built on points at that company ("Northway Bank" … "the bank")', () => {
  const en = 'Northway Bank agreed to buy Ledgerline, a London payroll startup. ';
  const fr = 'La Banque Sauveterre rachète Courtia, un courtier bordelais. ';

  it.each([
    [en + 'The bank snapped up API provider Fintegra in March.', 'Northway Bank -> Fintegra'],
    [en + 'The bank bought Fintegra in March.', 'Northway Bank -> Fintegra'],
    [en + 'In 2024 the bank acquired Fintegra.', 'Northway Bank -> Fintegra'],
    [en + 'The lender bought Fintegra in March.', 'Northway Bank -> Fintegra'],
    [fr + 'La banque avait déjà racheté Rhône Patrimoine en 2021.', 'Banque Sauveterre -> Rhône Patrimoine'],
    [
      fr + "L'établissement avait déjà racheté Rhône Patrimoine en 2021.",
      'Banque Sauveterre -> Rhône Patrimoine',
    ],
    [
      fr + "En 2021, l'établissement a repris la boutique Rhône Patrimoine.",
      'Banque Sauveterre -> Rhône Patrimoine',
    ],
    [
      'Separately, Bank of Saltmarsh agreed to buy Ledgerline, a payroll startup. The lender bought Fintegra in March.',
      'Bank of Saltmarsh -> Fintegra',
    ],
  ])('reads "%s"', (text, expected) => {
    const got = pairs(relationsOf(text), 'ACQUIRED');
    expect(got).toContain(expected);
    expect(got).not.toContain(expected.replace(/^.* ->/, 'Ledgerline ->'));
  });

  it('does not give "the bank" to a company whose name is built on another noun', () => {
    const text =
      'Ledgerline Studio agreed to buy Orbis, a payroll startup. The bank bought Fintegra in March.';
    expect(pairs(relationsOf(text), 'ACQUIRED')).not.toContain('Ledgerline Studio -> Fintegra');
  });

  it('leaves a name opening the sentence with a swallowed cue ("Grocer Pellworth") to the other pointers', () => {
    const text =
      'Grocer Pellworth agreed to buy PlateUp. The grocer has lost ground to Tesco, and Ocado, the online grocer, invested in Dinnerly.';
    expect(pairs(relationsOf(text), 'FUNDED')).not.toContain('Grocer Pellworth -> Dinnerly');
  });
});

describe('after a passive deal with its agent, "son fondateur" is the company sold, not the agent', () => {
  it.each([
    [
      'Mutuelle Avenir rachète Orbis. Lumina avait été racheté par Mutuelle Avenir en 2016 auprès de son fondateur, Jean-Marc Albaret.',
      'Jean-Marc Albaret -> Lumina',
    ],
    ['Orbis a été reprise par Kelio auprès de son fondateur, Paul Martin.', 'Paul Martin -> Orbis'],
    ['Orbis a été acquise en 2019 par Kelio auprès de son fondateur, Paul Martin.', 'Paul Martin -> Orbis'],
  ])('reads "%s"', (text, expected) => {
    const got = pairs(relationsOf(text), 'FOUNDED');
    expect(got).toContain(expected);
    expect(got.filter((p) => p.startsWith(expected.split(' ->')[0]))).toEqual([expected]);
  });

  it('keeps the active deal’s seller reading ("X a racheté Y à son fondateur" → Y)', () => {
    expect(pairs(relationsOf('Kelio a racheté Orbis à son fondateur, Paul Martin.'), 'FOUNDED')).toEqual([
      'Paul Martin -> Orbis',
    ]);
  });
});

describe('"ce dernier" after a sentence is its last party, not a name hanging on a noun ("au capital de Y")', () => {
  it.each([
    'Le fonds Transition Énergie Capital est entré au capital de Méthavert en 2022. Ce dernier a aussi financé Kelio Systems en 2023.',
    'Le fonds Transition Énergie Capital est entré au capital de Méthavert en 2022. Ce dernier a financé Kelio Systems en 2023.',
    'Le fonds Transition Énergie Capital détient 20 % du capital de Méthavert. Ce dernier a déjà financé Kelio Systems en 2023.',
  ])('reads "%s"', (text) => {
    const got = pairs(relationsOf(text), 'FUNDED');
    expect(got).toContain('Transition Énergie Capital -> Kelio Systems');
    expect(got).not.toContain('Méthavert -> Kelio Systems');
  });

  it('still takes the last name when it is no complement', () => {
    const text =
      'Le fonds Transition Énergie Capital a cédé Méthavert à Azur Capital. Ce dernier a financé Kelio Systems.';
    expect(pairs(relationsOf(text), 'FUNDED')).not.toContain('Transition Énergie Capital -> Kelio Systems');
  });
});
