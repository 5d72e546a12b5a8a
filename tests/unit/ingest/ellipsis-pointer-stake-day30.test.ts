/**
 * Day thirty, funding (second round): a pointer subject ("le groupe", "l'entreprise", "il") carried into a second
 * verb phrase that takes a stake ("X avait racheté A en 2022, puis pris une participation minoritaire dans B", "puis
 * pris 30 % du capital de B", "puis investi dans B"), as the named subject already was and as English already read
 * it ("The group bought A and then took a minority stake in B"). The company that took the stake raises its own
 * money under its name later in the article: a later loan told with a pointer stays its own, not its portfolio
 * company's (frames/funded-investor-not-company.ts). Near misses: a second clause with its own subject, a second
 * object with no second verb. Sentences written for these tests.
 */
import { typedDealPairs } from './helpers';

const FR_LEAD = 'Le groupe Vernalis, basé à Dijon, fabrique des pompes doseuses pour l’industrie. ';
const EN_LEAD = 'Corvane Group, based in Leeds, makes dosing pumps for the food industry. ';

describe('a pointer subject carried into a second stake', () => {
  it('"Le groupe avait racheté A, puis pris une participation minoritaire dans B"', () => {
    const text = `${FR_LEAD}Le groupe avait racheté en 2022 le belge Dosatec, puis pris une participation minoritaire dans la start-up nantaise Fluidore, qui conçoit des capteurs de débit.`;
    expect(typedDealPairs(text, '2026-03-02')).toEqual([
      'ACQUIRED Vernalis -> Dosatec',
      'FUNDED Vernalis -> Fluidore',
    ]);
  });

  it('"L\'entreprise a racheté A, puis pris l\'an dernier une participation dans B" (time phrase before the object)', () => {
    const text = `${FR_LEAD}L'entreprise a racheté en 2021 le spécialiste des vannes Robinal, puis pris l'an dernier une participation dans Hydrosens, une jeune société lilloise.`;
    expect(typedDealPairs(text, '2026-03-02')).toEqual([
      'ACQUIRED Vernalis -> Robinal',
      'FUNDED Vernalis -> Hydrosens',
    ]);
  });

  it('"Il avait repris A, puis pris 30 % du capital de B" (a share below half)', () => {
    const text = `${FR_LEAD}Il avait repris en 2020 l'atelier lyonnais Mécafluid, puis pris 30 % du capital du fabricant de joints Etanchéa au printemps.`;
    expect(typedDealPairs(text, '2026-03-02')).toEqual([
      'ACQUIRED Vernalis -> Mécafluid',
      'FUNDED Vernalis -> Etanchéa',
    ]);
  });

  it('"Le fonds a financé A, puis investi dans B": both backings of a pointer investor are read', () => {
    const text = `Le fonds grenoblois Belledonne Capital gère 250 millions d’euros. Le fonds a financé la biotech Kinévia en 2019, puis investi l'an dernier dans la medtech rennaise Osteon.`;
    expect(typedDealPairs(text, '2026-03-02')).toEqual([
      'FUNDED Belledonne Capital -> Kinévia',
      'FUNDED Belledonne Capital -> Osteon',
    ]);
  });

  it('English already carried a pointer: "The group bought A and then took a minority stake in B"', () => {
    const text = `${EN_LEAD}The group bought pump maker Dosatec in 2022 and then took a minority stake in sensor start-up Fluidore.`;
    expect(typedDealPairs(text, '2026-03-02')).toEqual([
      'ACQUIRED Corvane Group -> Dosatec',
      'FUNDED Corvane Group -> Fluidore',
    ]);
  });
});

describe('near misses: no second verb of the same subject', () => {
  it("a second clause with its own subject is not read as the pointer's stake", () => {
    const text = `${FR_LEAD}Le groupe avait racheté en 2022 le belge Dosatec, puis le fonds Aravis a pris une participation minoritaire dans Fluidore.`;
    expect(typedDealPairs(text, '2026-03-02')).not.toContain('FUNDED Vernalis -> Fluidore');
  });

  it('a second object with no second verb is no stake', () => {
    const text = `${FR_LEAD}Le groupe avait racheté en 2022 le belge Dosatec, puis la start-up nantaise Fluidore.`;
    expect(typedDealPairs(text, '2026-03-02').filter((p) => p.startsWith('FUNDED'))).toEqual([]);
  });
});
