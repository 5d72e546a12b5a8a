/**
 * Deal, day fifteen round two. Sentences written for these tests.
 * - frames/acquired-ownership.ts: a company held beside the one the text is about, told with an adverb of
 *   addition ("X also owns discount chain Y", "X, which already owns Y", "Il détient aussi le parfumeur Y").
 */
import { pairsByRule } from './frames-test-helpers';

const read = (text: string): string[] => pairsByRule(text, 'ACQUIRED', 'any.acquired.frame-ownership');
const LEAD_FR = 'Halvio Systems fabrique des radars. ';
const LEAD_EN = 'Halvio Systems makes radars. ';

describe('a company also held', () => {
  it.each([
    `${LEAD_EN}Hollis Capital also owns discount chain Pennywise.`,
    `${LEAD_EN}Hollis Capital, which already owns Dutch parcel firm Pennywise, is exploring a sale of that business.`,
    `${LEAD_EN}Hollis Capital now controls Pennywise.`,
    `${LEAD_FR}Hollis Capital détient aussi le parfumeur niçois Pennywise, acquis en 2022.`,
    `${LEAD_FR}Hollis Capital possède également Pennywise depuis 2019.`,
  ])('%s', (text) => {
    expect(read(text)).toEqual(['Hollis Capital -> Pennywise']);
  });
});

describe('a stake, rights or a denial is no company held', () => {
  it.each([
    `${LEAD_EN}Hollis Capital also owns a 20% stake in Pennywise.`,
    `${LEAD_EN}Hollis Capital also owns shares of Pennywise.`,
    `${LEAD_EN}Hollis Capital does not also own Pennywise.`,
    `${LEAD_EN}Hollis Capital owns Pennywise' brand rights.`,
    `${LEAD_FR}Hollis Capital détient aussi 20 % de Pennywise.`,
    `${LEAD_FR}Hollis Capital détient également une participation dans Pennywise.`,
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
