/**
 * Deal, day seventeen: a noun pointer that is the object of a buying or joining verb ("X acquired the business",
 * "Y a rejoint le groupe") never stands for that verb's own subject (deal-object-pointer.ts). It takes the company
 * the last sentence was about. Sentences written for these tests (dev-gold-7 en-351, dev-gold-8 en-420/en-421,
 * dev-gold-13 en-400, dev-gold-14 fr-516 show the shapes).
 */
import { madePairs } from './helpers';

const PUBLISHED = '2026-05-20';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
const NORTHFIELD = 'Northfield Kitchens makes frozen meals. Northfield generated sales of $1.1bn last year.';
const BIOLABS =
  "Biolabs Atlantique exploite 74 laboratoires. Biolabs Atlantique a mené une douzaine d'acquisitions.";

describe('the business bought is the company the story was about, not the buyer', () => {
  it.each([
    'Halverson Brands acquired the business in 2015.',
    'Private equity firm Halverson Brands bought the company in 2015 and took it public four years later.',
    'Halverson Brands purchased the firm from its founders in 2015.',
    'Halverson Brands acquired a majority stake in the business in 2019.',
  ])('%s', (sentence) => {
    expect(made(`${NORTHFIELD} ${sentence}`)).toEqual(['Halverson Brands -> Northfield Kitchens']);
  });

  it.each([
    'Dernier en date, le laboratoire vendéen Biovie a rejoint le groupe en janvier.',
    'En janvier, Biovie a rejoint le groupe.',
  ])('%s', (sentence) => {
    expect(made(`${BIOLABS} ${sentence}`)).toEqual(['Biolabs Atlantique -> Biovie']);
  });

  it('a French buyer of "la société" takes the company the story is about', () => {
    expect(made(`${BIOLABS} Le fonds Kerfin Capital a racheté la société en 2021.`)).toEqual([
      'Kerfin Capital -> Biolabs Atlantique',
    ]);
  });
});

describe('no purchase is made up', () => {
  it.each([
    // a denial, a sale of the subject's own business, a minority stake
    'Halverson Brands never bought the business.',
    'Halverson Brands sold the business in 2015.',
    'Halverson Brands acquired a 10% stake in the business in 2019.',
  ])('%s', (sentence) => {
    expect(made(`${NORTHFIELD} ${sentence}`)).toEqual([]);
  });

  it('a person buying "l\'entreprise" leaves the pointer to its company', () => {
    const text =
      "Callmédia est un centre d'appels. Callmédia est dirigé depuis 2018 par Nadia Chérif, qui a racheté l'entreprise à son fondateur.";
    expect(made(text)).toEqual([]);
  });
});
