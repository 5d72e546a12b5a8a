import { facts, run } from './helpers';

const PUBLISHED = '2026-06-10';

/** "source -> target status" of the ACQUIRED facts. */
const told = (text: string): string[] =>
  facts(run(text, PUBLISHED), 'ACQUIRED')
    .map((r) => `${r.source} -> ${r.target} ${r.status ?? ''}`)
    .sort();

describe("a purchase told as done in a side clause keeps its own status, not the main clause's", () => {
  it.each([
    [
      'Analysts said Halden could now attract interest from French defence group Thalmont, which bought Danish sonar firm Skagen Acoustics in 2023.',
      'Thalmont -> Skagen Acoustics completed',
    ],
    [
      'Brenner & Saul, which bought Van Oordt from the founding family in 2018, had also held talks last year with Nordfrost Logistik.',
      'Brenner & Saul -> Van Oordt completed',
    ],
    [
      'Kadenza, which was itself bought by US private equity firm Harborline Partners in 2021, has been on a buy-and-build spree ahead of a possible stock market listing.',
      'Harborline Partners -> Kadenza completed',
    ],
    [
      'Castellana, which acquired Transmarte in 2019, will make about three times its money, people familiar with the matter said.',
      'Castellana -> Transmarte completed',
    ],
    [
      'Le groupe Stellane, qui a racheté en 2022 le fabricant Optique Jurassienne, pourrait à son tour changer de mains.',
      'Stellane -> Optique Jurassienne completed',
    ],
  ])('%s', (text, fact) => {
    expect(told(text)).toEqual([fact]);
  });

  it.each([
    [
      'Kettering, which had agreed to buy Halden Marine in May, terminated the deal.',
      'Kettering -> Halden Marine abandoned',
    ],
    [
      'Sources said Kettering, which is in talks to buy Halden Marine, could sign within weeks.',
      'Kettering -> Halden Marine rumoured',
    ],
    [
      'Le groupe Stellane, qui envisage de racheter le fabricant Optique Jurassienne, pourrait signer en juin.',
      'Stellane -> Optique Jurassienne rumoured',
    ],
  ])('keeps the doubt or the end of a deal not told as done: %s', (text, fact) => {
    expect(told(text)).toEqual([fact]);
  });
});
