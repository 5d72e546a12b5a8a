import { madePairs } from './helpers';

const PUBLISHED = '2026-06-10';

const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe('two dated objects of one buying verb: the name after "and"/"et" is a second purchase', () => {
  it.each([
    'Ledgerly picked up Spendwise from Tallybank in late 2024 and Voordeel in May 2025.',
    'Ledgerly bought Spendwise from Tallybank in 2024 and Dutch benefits platform Voordeel last year.',
    'Ledgerly acquired Spendwise from Tallybank earlier this year and Voordeel in 2023.',
    'Ledgerly a racheté Spendwise à Tallybank en 2024 et Voordeel en mai 2025.',
    'Ledgerly a racheté Spendwise en 2024 et la plateforme Voordeel en mai 2025.',
    'Ledgerly a repris Spendwise fin 2023 et Voordeel en 2025.',
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Ledgerly -> Spendwise', 'Ledgerly -> Voordeel']);
  });

  it.each([
    // undated: the name after "and" may be a second seller
    'Ledgerly bought Spendwise from Tallybank and Voordeel.',
    'Ledgerly a racheté Spendwise à Tallybank et Voordeel en 2025.',
    // "in turn", "en a profité": a new clause, not a dated object
    'Ledgerly bought Spendwise from Tallybank in 2024 and Voordeel in turn sold its stake.',
    'Ledgerly a racheté Spendwise en 2024 et Voordeel en a profité.',
  ])('reads no second purchase: %s', (text) => {
    expect(made(text)).toEqual(['Ledgerly -> Spendwise']);
  });
});
