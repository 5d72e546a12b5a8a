/**
 * Day thirty-one, funding (second round): a name set beside the company invested in ("in start-up Y, alongside
 * venture capital firm B") is a co-investor, not a second company invested in (pattern-list-member.ts
 * `COMPANION_WORDS`), and its trade words call it an investor (frames/funded-giver.ts `INVESTOR_TRADE`); a time phrase ending in "l'an dernier" between a verb of taking a stake and the stake is
 * dropped like "en 2024" (funded-time-inserts.ts: "an" is also an English determiner). Sentences written for these
 * tests.
 */
import { facts, pair, run } from './helpers';

function funded(text: string): string[] {
  return facts(run(text, '2026-11-20'), 'FUNDED')
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

const EN_LEAD = 'Brayford Foods is a British maker of chilled meals.';
const FR_LEAD = 'Le groupe lorrain Valmor réalise 80 millions d’euros de chiffre d’affaires.';

describe('a co-investor after "alongside" is no second company invested in', () => {
  it('English: the described co-investor funds the company, the investor does not fund it', () => {
    const got = funded(
      `${EN_LEAD} In 2022 Brayford invested 6 million pounds in Bristol start-up Greenvat, alongside venture capital firm Tamar Ventures.`,
    );
    expect(got).toContain('Brayford Foods -> Greenvat');
    expect(got).toContain('Tamar Ventures -> Greenvat');
    expect(got).not.toContain('Brayford Foods -> Tamar Ventures');
  });

  it('French: a co-investor called a venture fund', () => {
    const got = funded(
      `${FR_LEAD} Valmor a pris une participation de 20 % dans Cobotix, aux côtés du fonds de capital-risque Lorraine Amorçage.`,
    );
    expect(got).toEqual(['Lorraine Amorçage -> Cobotix', 'Valmor -> Cobotix']);
  });

  it('near miss: "with" a firm of another trade is no co-investor', () => {
    const got = funded(
      `${EN_LEAD} Brayford took a 20 percent stake in Greenvat with software firm Tamar Systems.`,
    );
    expect(got).toEqual(['Brayford Foods -> Greenvat']);
  });

  it('near miss: a real list of companies invested in is still read', () => {
    const got = funded(
      `${EN_LEAD} In 2022 Brayford invested 6 million pounds in Bristol start-up Greenvat and robotics firm Botwise.`,
    );
    expect(got).toEqual(expect.arrayContaining(['Brayford Foods -> Greenvat', 'Brayford Foods -> Botwise']));
  });
});

describe('"l\'an dernier" between the verb and the stake', () => {
  it.each([
    'Valmor avait pris l’an dernier une participation de 20 % dans Cobotix, aux côtés de Lorraine Amorçage.',
    "Valmor avait pris l'an dernier une participation de 20 % dans Cobotix, aux côtés de Lorraine Amorçage.",
  ])('%s', (sentence) => {
    expect(funded(`${FR_LEAD} ${sentence}`)).toEqual(['Lorraine Amorçage -> Cobotix', 'Valmor -> Cobotix']);
  });

  it('English: "an" right after the verb still opens the stake', () => {
    const got = funded(`${EN_LEAD} Brayford took an 8 percent stake in Greenvat.`);
    expect(got).toContain('Brayford Foods -> Greenvat');
  });
});
