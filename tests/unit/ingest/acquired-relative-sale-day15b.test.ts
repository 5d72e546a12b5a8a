/**
 * Deal, day fifteen round two. Sentences written for these tests.
 * - frames/acquired-relative-sale.ts: a company recalled as sold in an object relative whose buyer is the dative
 *   ("Y, a startup he co-founded … and sold to Z", "Y, qu'elle a revendue au Club Med", "P, who sold it to Z").
 */
import { pairsByRule, pairsOf } from './frames-test-helpers';

const RULE = 'any.acquired.frame-relative-sale';
const read = (text: string): string[] => pairsByRule(text, 'ACQUIRED', RULE);
const LEAD_FR = 'Halvio Systems fabrique des radars. ';
const LEAD_EN = 'Halvio Systems makes radars. ';

describe('a past sale told in an object relative, the buyer its dative', () => {
  it.each([
    `${LEAD_EN}He later started Tessio Robotics, a lab-automation startup he co-founded with his brother Jonas Kern and sold to Halvio Systems last year.`,
    `${LEAD_EN}Its chief executive once ran Tessio Robotics, which she sold to Halvio Systems in 2016.`,
    `${LEAD_EN}Its founders once ran Tessio Robotics, which they sold to Halvio Systems in 2019.`,
    `${LEAD_FR}Elle avait auparavant cofondé Tessio Robotique, une agence de robotique qu'elle a revendue à Halvio Systems en 2016.`,
    `${LEAD_FR}Il a créé Tessio Robotique, qu'il a revendue en 2021 à Halvio Systems.`,
    `${LEAD_FR}Paul Dorval dirige Tessio Robotique, un spécialiste des robots qu'il avait cofondé en 2011 puis cédé au groupe Halvio Systems en 2019.`,
  ])('%s', (text) => {
    const bought = text.includes('Robotique') ? 'Tessio Robotique' : 'Tessio Robotics';
    // frames/founders-sold-relative.ts reads some of these shapes too, and its fact may be the one kept
    expect(pairsOf(text, 'ACQUIRED')).toEqual([`Halvio Systems -> ${bought}`]);
  });

  it('takes a second name after a possessive as the buyer', () => {
    const text = `${LEAD_EN}It backed Tessio Robotics, which it sold to Ormond Group's Halvio Systems last year.`;
    expect(read(text)).toEqual(['Halvio Systems -> Tessio Robotics']);
  });
});

describe('no past sale, no reading', () => {
  it.each([
    `${LEAD_EN}He later started Tessio Robotics, which he hoped to sell to Halvio Systems.`,
    `${LEAD_EN}He later started Tessio Robotics, which he never sold to Halvio Systems.`,
    `${LEAD_EN}He later started Tessio Robotics, which he sold shares of to Halvio Systems.`,
    `${LEAD_FR}Il a créé Tessio Robotique, qu'il n'a jamais revendue à Halvio Systems.`,
    `${LEAD_FR}Il a créé Tessio Robotique, qu'il voulait céder à Halvio Systems.`,
    `${LEAD_EN}Tessio Robotics sold its drones to Halvio Systems last year.`,
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
