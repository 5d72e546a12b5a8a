/**
 * Day thirty, founders and leaders: a founder described by a past occupation between "par/by" and the name, too long
 * for the plain founding rules' gap ("fondée par l'ancien pilote de l'armée de l'air P", "le fonds fondé par l'ancien
 * ministre de l'Agriculture P"; frames/founders-former-staff.ts `any.founded.by-former-described`,
 * `any.founded.fronted-former-described`). Sentences written for these tests.
 */
import { madePairs } from './helpers';

function founded(text: string): string[] {
  return madePairs(text, '2026-11-30', 'FOUNDED');
}

describe('a founder told by a past occupation before the name', () => {
  it.each([
    [
      "Fondée en 2020 par l'ancien pilote de l'armée de l'air Marc Delmas, Volantis fabrique des drones de surveillance.",
      'Marc Delmas -> Volantis',
    ],
    [
      "Le fonds Terres Vives, fondé par l'ancienne ministre de l'Agriculture Anne Morel, a soutenu dix exploitations.",
      'Anne Morel -> Terres Vives',
    ],
    [
      "La société Brindille a été fondée en 2015 par l'ancien directeur commercial d'un grand groupe laitier Paul Ribes.",
      'Paul Ribes -> Brindille',
    ],
    [
      'Founded in 2018 by former Royal Navy helicopter pilot Dana Moss, Skyward Labs makes rescue hoists.',
      'Dana Moss -> Skyward Labs',
    ],
  ])('%s', (text, fact) => {
    expect(founded(text)).toContain(fact);
  });
});

describe('near misses', () => {
  it('a description with no past ("ancien/former") is left to the plain rules', () => {
    expect(
      founded(
        "Fondée en 2020 par le pilote de l'armée de l'air et moniteur de vol Marc Delmas, Volantis recrute.",
      ),
    ).not.toContain('Marc Delmas -> Volantis');
  });

  it('a company bought by a person so described is not founded by them', () => {
    expect(
      founded(
        "La société Brindille a été rachetée en 2015 par l'ancien directeur commercial de Vérane Paul Ribes.",
      ),
    ).toEqual([]);
  });

  it('a founded company that hires a person so described is not founded by them', () => {
    expect(
      founded(
        "Volantis, fondée en 2020, a recruté l'ancien pilote de l'armée de l'air Marc Delmas comme directeur technique.",
      ),
    ).toEqual([]);
  });
});
