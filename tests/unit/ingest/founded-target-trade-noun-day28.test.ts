/**
 * Day twenty-eight, pointers: after a purchase, a history sentence opening on a trade noun ("Fondée en 1958, la
 * coopérative …") stands for the company that noun introduced ("La coopérative X a annoncé le rachat de la
 * fromagerie Y"), the buyer, not for the company just bought (anaphora-founded-target.ts); the bought company's own
 * noun ("Fondée en 1958, la fromagerie …") keeps the target. The noun introduces the company past French
 * adjectives in -onne, -ier, -ière too ("La coopérative laitière bretonne X", cue-phrase.ts). Sentences written for
 * these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

const TITLE = "Terres d'Iroise s'offre la fromagerie Maison Le Bihan";
const LEAD =
  "La coopérative Terres d'Iroise a annoncé jeudi le rachat de la fromagerie Maison Le Bihan, une entreprise familiale de Morlaix, pour 40 millions d'euros.";

function leads(body: string): string[] {
  return relationsOf(`${TITLE}\n\n${LEAD} ${body}`, TITLE)
    .map(typedPair)
    .filter((f) => f.startsWith('LEADS '));
}

describe('a trade noun that introduced the buyer', () => {
  it('"Fondée en 1958, la coopérative …" is the cooperative, so "Elle" is too', () => {
    const found = leads(
      'Fondée en 1958, la coopérative rassemble 900 éleveurs. Elle est dirigée depuis 2020 par Anne Le Floch.',
    );
    expect(found).toContain("LEADS Anne Le Floch -> Terres d'Iroise");
    expect(found).not.toContain('LEADS Anne Le Floch -> Maison Le Bihan');
  });
});

describe("near miss: the bought company's own noun", () => {
  it('"Fondée en 1958, la fromagerie …" stays the company just bought', () => {
    const found = leads(
      'Fondée en 1958, la fromagerie emploie 120 salariés. Elle est dirigée depuis 2020 par Paul Le Bihan.',
    );
    expect(found).toContain('LEADS Paul Le Bihan -> Maison Le Bihan');
    expect(found).not.toContain("LEADS Paul Le Bihan -> Terres d'Iroise");
  });
});

describe('a cue noun with adjectives in -ière / -onne before the name', () => {
  it('"La coopérative laitière bretonne X" is remembered as "la coopérative"', () => {
    const lead =
      "La coopérative laitière bretonne Terres d'Iroise a annoncé jeudi le rachat de la fromagerie Maison Le Bihan, une entreprise familiale de Morlaix, pour 40 millions d'euros.";
    const text = `${TITLE}\n\n${lead} Fondée en 1958, la coopérative rassemble 900 éleveurs. Elle est dirigée depuis 2020 par Anne Le Floch.`;
    const found = relationsOf(text, TITLE)
      .map(typedPair)
      .filter((f) => f.startsWith('LEADS '));
    expect(found).toContain("LEADS Anne Le Floch -> Terres d'Iroise");
    expect(found).not.toContain('LEADS Anne Le Floch -> Maison Le Bihan');
  });
});
