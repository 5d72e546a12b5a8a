/**
 * frame.founded.passive across a town whose name has its own article or follows "au/aux" ("créé en 2004 à La
 * Rochelle par P", "fondé au Mans par P", "founded in The Hague by P"): the entity stage takes the town for a
 * company, which the gap must step over as a place. Another participle or a company agent gives none. Sentences
 * written for these tests (people2, day seventeen b).
 */
import { facts, pair, run } from './helpers';

function founded(text: string): string[] {
  return facts(run(text), 'FOUNDED').map(pair).sort();
}

const FR = 'Le groupe Bellerive rachète Aquilon Hôtels. ';
const EN = 'Kestrel Labs raised money from Balder. ';

describe('a town with its own article between the participle and its agent', () => {
  it.each([
    `${FR}Aquilon Hôtels a été créé en 2004 à La Rochelle par Philippe Moreau, un ancien cadre d'Accor.`,
    `${FR}Fondée en 2012 à La Rochelle par Philippe Moreau, Aquilon Hôtels exploite 38 hôtels.`,
    `${FR}Aquilon Hôtels, fondé en 2012 au Mans par Philippe Moreau, exploite 38 hôtels.`,
    `${FR}Aquilon Hôtels a été cofondé en 2012 aux Sables-d'Olonne par Philippe Moreau.`,
  ])('%s', (text) => {
    expect(founded(text)).toContain('Philippe Moreau -> Aquilon Hôtels');
  });

  it.each([
    `${EN}Kestrel Labs was founded in 2015 in The Hague by Pieter Smit, a former Shell engineer.`,
    `${EN}Founded in 2015 in The Hague by Pieter Smit, Kestrel Labs sells sensors.`,
  ])('%s', (text) => {
    expect(founded(text)).toContain('Pieter Smit -> Kestrel Labs');
  });

  it.each([
    // another participle: a sale, not a founding
    `${FR}Aquilon Hôtels a été racheté en 2004 à La Rochelle par Philippe Moreau.`,
    `${FR}Aquilon Hôtels a été dirigé en 2004 à La Rochelle par Philippe Moreau.`,
  ])('none: %s', (text) => {
    expect(founded(text)).not.toContain('Philippe Moreau -> Aquilon Hôtels');
  });
});
