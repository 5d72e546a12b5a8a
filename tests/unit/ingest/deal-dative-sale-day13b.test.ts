import { madePairs } from './helpers';

const PUBLISHED = '2026-05-20';

const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);

describe('a sale told buyer first with a time phrase or adverb between the verb and the buyer', () => {
  it.each([
    "Le groupe Valmorel a cédé mercredi à l'équipementier allemand Kessler Anlagenbau sa division de compresseurs haute pression, Valmorel Compression, pour 64 millions d'euros.",
    "Le groupe Valmorel a cédé le mois dernier à l'équipementier allemand Kessler Anlagenbau sa division de compresseurs, Valmorel Compression.",
    'Le groupe Valmorel a finalement vendu en 2025 au fonds Kessler Anlagenbau sa filiale Valmorel Compression.',
    'Le groupe Valmorel cède en mars au fonds Kessler Anlagenbau sa filiale Valmorel Compression.',
  ])('reads the buyer and the business sold: %s', (text) => {
    expect(made(text)).toEqual(['Kessler Anlagenbau -> Valmorel Compression']);
  });

  it.each([
    "Le groupe Valmorel n'a pas cédé mercredi à Kessler Anlagenbau sa filiale Valmorel Compression.",
    'Le groupe Valmorel a cédé mercredi à Kessler Anlagenbau 30 % de sa filiale Valmorel Compression.',
  ])('reads no sale when it is denied or only a stake: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});
