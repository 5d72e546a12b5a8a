/**
 * Deal, day sixteen: a business's energy and farm units bought (frames/acquired-assets.ts): wind farms, solar
 * parks, power plants, "centrales", "fermes", and units gathered in a portfolio ("a portfolio of 14 wind farms").
 * GOLD-FORMAT counts an unnamed business of an organisation as that organisation, so the owner after "from"/"de"
 * is what changes hands. Sentences written for these tests (dev-gold-17 en-567 and dev-gold-16 fr-552 show the
 * shapes).
 */
import { madePairs } from './helpers';

const PUBLISHED = '2026-04-16';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe('units of energy or farming bought: their owner is the target', () => {
  it.each([
    'Solvane Group runs solar parks. Solvane Group said it would buy 14 onshore wind farms from Brightmoor Energy.',
    'Solvane Group runs solar parks. Solvane Group bought a portfolio of 14 wind farms in Scotland from Brightmoor Energy last year.',
    'Solvane Group runs solar parks. Solvane Group has acquired three solar parks from Brightmoor Energy for £90 million.',
    'Solvane Group runs solar parks. Solvane Group agreed to buy two power stations from Brightmoor Energy.',
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Solvane Group -> Brightmoor Energy']);
  });

  it.each([
    "Le groupe Alpénergie exploite des barrages. Alpénergie a mis la main en 2023 sur les onze centrales pyrénéennes d'Energia Pirenaica.",
    'Le groupe Alpénergie exploite des barrages. Alpénergie a racheté 14 parcs éoliens au groupe Energia Pirenaica.',
    "Le groupe Alpénergie exploite des barrages. Alpénergie reprend un portefeuille de six centrales solaires d'Energia Pirenaica.",
    "Le groupe Alpénergie exploite des barrages. L'an dernier, Alpénergie a repris deux fermes solaires d'Energia Pirenaica.",
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Alpénergie -> Energia Pirenaica']);
  });
});

describe('no purchase read', () => {
  it('talks about a portfolio are no deal', () => {
    const text =
      'Solvane Group runs solar parks. Solvane Group is in talks to buy 14 wind farms from Brightmoor Energy, people familiar with the matter said.';
    expect(made(text)).toEqual([]);
  });

  it('denied talks are no deal', () => {
    const text =
      "Le groupe Alpénergie exploite des barrages. Alpénergie dément toute discussion pour racheter les centrales d'Energia Pirenaica.";
    expect(made(text)).toEqual([]);
  });

  it('building farms for a client is no purchase', () => {
    const text =
      'Solvane Group runs solar parks. Solvane Group will build 14 wind farms for Brightmoor Energy under a supply contract.';
    expect(made(text)).toEqual([]);
  });
});
