/**
 * Deal, day seventeen round two. Sentences written for these tests (dev-gold-18 fr-578, fr-580 show the shapes).
 * - values/kept-stake.ts: a share the seller keeps ("tout en conservant 15 %", "keeping a 10% stake") is not the
 *   share bought, so a sale of control with a kept minority stays ACQUIRED.
 * - deal-sold-pointer.ts: "the business / la société" a selling verb parts with is the company the sentence before
 *   was about, not the seller.
 * - deal-negated-sale.ts: "never sold Y to B", "n'a jamais cédé Y à B" is no sale.
 */
import { withoutKeptShares } from '../../../ingest/values/kept-stake';
import { findStake } from '../../../ingest/values/stakes';
import { madePairs, typedDealPairs } from './helpers';

const PUBLISHED = '2026-05-20';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
const typed = (text: string): string[] => typedDealPairs(text, PUBLISHED);
const LEAD_FR = 'Halvio Systems fabrique des radars. ';
const LEAD_EN = 'Halvio Systems makes radars. ';

describe('a share the seller keeps is not the share bought', () => {
  it.each([
    `${LEAD_FR}Ormond a cédé le contrôle de Tessio Robotique au fonds Orféo Capital en 2022, tout en conservant 15 % du capital.`,
    `${LEAD_FR}Ormond a vendu Tessio Robotique au fonds Orféo Capital en 2022, en gardant 10 % du capital.`,
    `${LEAD_EN}Ormond sold control of Tessio Robotics to Orfeo Capital in 2022, keeping a 15% stake.`,
    `${LEAD_EN}Ormond sold Tessio Robotics to Orfeo Capital in 2022 while retaining 20 per cent.`,
  ])('%s', (text) => {
    const bought = text.includes('Robotique') ? 'Tessio Robotique' : 'Tessio Robotics';
    const buyer = text.includes('Orféo') ? 'Orféo Capital' : 'Orfeo Capital';
    expect(typed(text)).toEqual([`ACQUIRED ${buyer} -> ${bought}`]);
  });

  it('blanks only the kept figure, offsets unchanged', () => {
    const text = 'sold 60% to X, keeping a 40% stake';
    const out = withoutKeptShares(text);
    expect(out.length).toBe(text.length);
    expect(out).toContain('60%');
    expect(out).not.toContain('40%');
  });

  it('a share bought is still read, kept or not', () => {
    expect(findStake('It bought 30% of Y, the founders keeping 70%')?.percent).toBe(30);
    expect(findStake('Il a pris 20 % du capital, tout en conservant 5 % de Z')?.percent).toBe(20);
    expect(findStake('Ormond keeps 15% of Tessio')?.percent).toBe(15);
  });
});

describe('the company a seller parts with is the one the sentence before was about', () => {
  const AQUILON = `${LEAD_FR}Aquilon Hôtels a été créé en 2004 par Philippe Moreau, un ancien cadre de Voyagia.`;
  it.each([
    'Ce dernier avait cédé le contrôle de la société au fonds britannique Thornbury Partners en 2019.',
    'Ce dernier a vendu la société au fonds Thornbury Partners en 2019.',
    'En 2019, il a cédé la majorité de la société au fonds Thornbury Partners.',
  ])('%s', (sentence) => {
    expect(made(`${AQUILON} ${sentence}`)).toEqual(['Thornbury Partners -> Aquilon Hôtels']);
  });

  it('an English sale of the business by its founder', () => {
    const text = `${LEAD_EN}Aquilon Hotels was founded in 2004 by Philip Moore. He sold control of the company to Thornbury Partners in 2019.`;
    expect(made(text)).toEqual(['Thornbury Partners -> Aquilon Hotels']);
  });
});

describe('a sale told as not made is no sale', () => {
  it.each([
    `${LEAD_EN}Ormond never sold control of Tessio Robotics to Halvio Systems.`,
    `${LEAD_EN}Ormond did not sell Tessio Robotics to Halvio Systems.`,
    `${LEAD_EN}Ormond has never sold Tessio Robotics to Halvio Systems.`,
    `${LEAD_FR}Ormond n'a jamais cédé Tessio Robotique à Halvio Systems.`,
    `${LEAD_FR}Ormond n'a pas vendu le contrôle de Tessio Robotique à Halvio Systems.`,
    `${LEAD_FR}Ormond ne cédera pas Tessio Robotique à Halvio Systems.`,
  ])('%s', (text) => {
    expect(made(text)).toEqual([]);
  });

  it.each([
    `${LEAD_EN}Ormond, which has never sold a unit before, sold Tessio Robotics to Halvio Systems.`,
    `${LEAD_EN}Ormond sold Tessio Robotics to Halvio Systems.`,
    `${LEAD_FR}Ormond n'a pas tardé et a cédé Tessio Robotique à Halvio Systems.`,
  ])('a denial elsewhere does not undo the sale: %s', (text) => {
    const bought = text.includes('Robotique') ? 'Tessio Robotique' : 'Tessio Robotics';
    expect(made(text)).toEqual([`Halvio Systems -> ${bought}`]);
  });
});

describe('a place set off by commas after the company sold is no buyer (frames/acquired-sales.ts)', () => {
  it.each([
    `${LEAD_FR}Pour obtenir le feu vert de l'Autorité de la concurrence, Santalys cédera la Clinique du Gard, à Nîmes, à Halvio Systems.`,
    `${LEAD_FR}Santalys a cédé la Clinique du Gard, à Nîmes, au groupe Halvio Systems.`,
    `${LEAD_FR}Le groupe Santalys cédera en 2025 la Clinique du Gard, à Nîmes, au fonds Halvio Systems.`,
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Halvio Systems -> Clinique du Gard']);
  });
});

describe('a long description closed by a participle of sale still names the company sold', () => {
  it.each([
    `${LEAD_FR}Elle avait cofondé en 2012 Dialisens, un éditeur de logiciels pour les centres de dialyse cédé six ans plus tard à Halvio Systems.`,
    `${LEAD_FR}Elle avait cofondé Dialisens, une société de services pour les cliniques de la région revendue en 2020 à Halvio Systems.`,
    `${LEAD_EN}She co-founded Dialisens, a maker of software for the dialysis centres of the region sold in 2018 to Halvio Systems.`,
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Halvio Systems -> Dialisens']);
  });

  it('a description with its own verb is no apposition', () => {
    const text = `${LEAD_FR}Elle avait cofondé Dialisens, un éditeur qui vend des logiciels aux centres de dialyse cédés à Halvio Systems.`;
    expect(made(text)).toEqual([]);
  });
});
