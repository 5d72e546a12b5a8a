import { facts, run } from './helpers';

/**
 * Rivalry classes of the ninth day's second round: a name held by a listed rival ("propriété du fonds B", "owned
 * by B") is no rival, a list does not run past a contrasting clause ("tandis que", "while"), a set phrase of
 * rivalry may carry a time phrase before its particle ("tenait tête depuis des années au wallon B"), and "ainsi
 * qu'avec" continues a list.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a name that owns a listed rival', () => {
  it.each([
    "L'entreprise Dorvane affronte des poids lourds comme Quillet Paie, propriété du fonds américain Harrowby, et le danois Lønstad.",
    'Dorvane competes with payroll vendors such as Quillet Payroll, owned by Harrowby Partners, and Danish group Lønstad.',
  ])('keeps the owner out and the next member in: %s', (text) => {
    expect(rivals(text).filter((p) => p.includes('Harrowby'))).toEqual([]);
    expect(has(text, 'Dorvane', 'Lønstad')).toBe(true);
  });
});

describe('a list that stops at a contrasting clause', () => {
  it('does not make the subject of "tandis que" a rival of the first subject', () => {
    const text =
      "Cimbral affronte le français Voltene et l'allemand Brakwerk Nord, tandis que Ostrelle tenait tête depuis des années au wallon Fennbrug.";
    expect(has(text, 'Cimbral', 'Ostrelle')).toBe(false);
    expect(has(text, 'Cimbral', 'Voltene')).toBe(true);
  });

  it('does not make the subject of "while" a rival', () => {
    const text =
      'Cimbral competes with Voltene and Brakwerk, while Ostrelle as well as Fennbrug stay out of the segment.';
    expect(has(text, 'Cimbral', 'Ostrelle')).toBe(false);
    expect(has(text, 'Cimbral', 'Brakwerk')).toBe(true);
  });

  it('still reads a list continued by "ainsi qu\'avec"', () => {
    const text = "Le groupe Cimbral rivalise avec Voltene ainsi qu'avec le belge Fennbrug.";
    expect(has(text, 'Cimbral', 'Fennbrug')).toBe(true);
  });
});

describe('a set phrase of rivalry with a time phrase before its particle', () => {
  it.each([
    'Régionale et discrète, la société Ostrelle tenait tête depuis des années au wallon Fennbrug.',
    'Le groupe Ostrelle tient tête depuis longtemps au wallon Fennbrug.',
    'The Ohio group Ostrelle has kept pace for years with Fennbrug.',
  ])('%s', (text) => {
    expect(has(text, 'Ostrelle', 'Fennbrug')).toBe(true);
  });

  it('needs the particle right after the time phrase', () => {
    const text = 'Le groupe Ostrelle tient tête depuis le rachat de la marque par son actionnaire Fennbrug.';
    expect(has(text, 'Ostrelle', 'Fennbrug')).toBe(false);
  });
});

describe('the two leaders a ranking places someone behind', () => {
  it.each([
    [
      "The merged carrier would rank second in European parcel delivery behind Swedish market leader Tarnholm Post and Germany's Rheinpaket, analysts said.",
      'Tarnholm Post',
      'Rheinpaket',
    ],
    [
      "Le rachat fait du groupe le numéro deux de la chaux dans l'ouest de la France et en Espagne, derrière Tarnholm Post et Keskiväli.",
      'Tarnholm Post',
      'Keskiväli',
    ],
  ])('pairs the leaders even with descriptors or a long rank phrase: %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it('does not pair a leader with the firm placed after the ranked one', () => {
    const text = 'Numéro deux derrière Tarnholm Post et devant Keskiväli, Ambrevale ouvre une usine.';
    expect(has(text, 'Tarnholm Post', 'Keskiväli')).toBe(false);
  });

  it('does not pair a leader with a holder named after a possessive', () => {
    const text =
      'Ambrevale would rank third in the region behind Tarnholm Post and its largest shareholder, the fund Keskiväli Capital.';
    expect(has(text, 'Tarnholm Post', 'Keskiväli Capital')).toBe(false);
  });
});

describe('a verbless rank opening the sentence', () => {
  it.each([
    [
      'Numéro trois européen derrière Tarnholm Post et devant Keskiväli, Ambrevale ouvre une usine à Lyon.',
      'Keskiväli',
    ],
    [
      'Numéro trois européen derrière Tarnholm Post et devant Keskiväli, Ambrevale ouvre une usine à Lyon.',
      'Tarnholm Post',
    ],
    ['Third in Europe behind Tarnholm Post, Ambrevale plans to list its shares next year.', 'Tarnholm Post'],
  ])('makes the subject after the comma a rival: %s', (text, rival) => {
    expect(has(text, 'Ambrevale', rival)).toBe(true);
  });

  it('needs a rank word: a place behind a name is no market position', () => {
    const text = 'Derrière Tarnholm Post, Ambrevale prévoit une introduction en Bourse.';
    expect(has(text, 'Ambrevale', 'Tarnholm Post')).toBe(false);
  });
});
