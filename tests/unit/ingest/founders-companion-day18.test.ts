/**
 * The partner a founder founded the company with, wherever time, partner and company stand around the verb
 * (founders-companion.ts and the help guard of founders-partner.ts), both languages; help, money, a company
 * subject and a company named inside the partner's description give none. Sentences written for these tests
 * (people, day eighteen).
 */
import { facts, pair, run } from './helpers';

function founded(text: string): string[] {
  return facts(run(text), 'FOUNDED').map(pair).sort();
}

describe('a founder and the partner named after "with" / "avec"', () => {
  it.each([
    [
      'Ingrid Mørk founded Skarpa Defence in 2021 with Lars Eide, a radar engineer.',
      'Lars Eide -> Skarpa Defence',
    ],
    [
      'Sarah Collins co-founded Voltmesh in 2020 with former Siemens engineer Tom Albright.',
      'Tom Albright -> Voltmesh',
    ],
    [
      "Marc Delorme dirige Aérovigie, qu'il a fondée en 2017 avec Sophie Andrieu.",
      'Sophie Andrieu -> Aérovigie',
    ],
    [
      "Ana Ferreira est à l'origine de Mobilink, qu'elle a créée en 2018 avec Yusuf Demir.",
      'Yusuf Demir -> Mobilink',
    ],
    [
      "Jean Morvan avait déjà cofondé en 1979, avec son camarade de promotion Alain Guivarc'h, la société d'électronique Sonarmor.",
      "Alain Guivarc'h -> Sonarmor",
    ],
    ['Claire Dumas a lancé Vitalis en 2015 avec son frère Hugo Dumas.', 'Hugo Dumas -> Vitalis'],
  ])('%s', (text, expected) => {
    expect(founded(text)).toContain(expected);
  });

  it.each([
    // the partner's former employer founded nothing
    [
      'Sarah Collins co-founded Voltmesh in 2020 with former Siemens engineer Tom Albright.',
      'Siemens -> Voltmesh',
    ],
    // help and money are no partner
    ['Paul Durand founded Skarpa in 2021 with the help of Lars Eide.', 'Lars Eide -> Skarpa'],
    ['Paul Durand a fondé Skarpa en 2021 avec le soutien de Lars Eide.', 'Lars Eide -> Skarpa'],
    // a company launching something with a person founds nothing with that person
    ['Siemens launched Skarpa in 2021 with Lars Eide.', 'Lars Eide -> Skarpa'],
    // the company in the partner's description is where the partner worked
    [
      "Arnaud Fayolle dirige Hydrelis, qu'il a créée en 2017 avec Sophie Vandenbroeck, ancienne ingénieure du CEA.",
      'Sophie Vandenbroeck -> CEA',
    ],
  ])('none: %s', (text, notExpected) => {
    expect(founded(text)).not.toContain(notExpected);
  });
});
