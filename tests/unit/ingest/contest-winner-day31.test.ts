/**
 * A bid for a company lost to another bidder, told from the loser's side (deals, day thirty-one, second round;
 * ingest/relations/deal-contest-winner.ts): the winner bought the company. French needs the winner's own clause
 * ("…, qui avait finalement emporté l'affaire", "…, qui l'a finalement racheté"), whose status the failure before
 * it does not lend (values/relative-clause-status.ts); English reads "lost out to X in the auction for Y" and
 * "lost the bidding for Y to X". A counter-bid faced is no rival (`FACED_OBSTACLE` in rival-words.ts). Sentences
 * written for these tests.
 */
import { facts, run } from './helpers';

const deals = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED')
    .map((r) => `${r.source} -> ${r.target} ${r.status}`)
    .sort();

/** Rival pairs, each pair's names in alphabetical order (a rivalry has no direction). */
const rivals = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));

describe('the winner of a contest for a company bought it', () => {
  it('French: a bid that failed against an overbid, the winner "emporté l\'affaire"', () => {
    const text =
      "Le groupe Marvelis fabrique des pompes. En 2024, son offre sur le toulousain Hydrovanne avait échoué face à la surenchère du fonds britannique Ashcombe Capital, qui avait finalement emporté l'affaire.";
    expect(deals(text)).toEqual(['Ashcombe Capital -> Hydrovanne completed']);
    expect(rivals(text)).toEqual([]);
  });

  it('French: a bid set aside for the winner, who bought the company', () => {
    const text =
      "Le groupe Marvelis fabrique des pompes. En 2021, son offre sur le lillois Fluidor avait été écartée au profit de l'allemand Kranwerk, qui l'a finalement racheté pour 40 millions d'euros.";
    expect(deals(text)).toEqual(['Kranwerk -> Fluidor completed']);
  });

  it('English: lost out to the winner in the auction for the company', () => {
    const text =
      'Pellworth Dental runs 80 clinics. Pellworth lost out to Corbridge Health last year in the auction for Irish chain Smilecare Dublin.';
    expect(deals(text)).toEqual(['Corbridge Health -> Smilecare Dublin announced']);
  });

  it('English: lost the bidding for the company to the winner', () => {
    const text =
      'Oakline Foods makes snacks. In 2024 Oakline lost the bidding for Crispo Ltd to Danish group Norsnack.';
    expect(deals(text)).toEqual(['Norsnack -> Crispo Ltd announced']);
  });

  it('near miss: a failed bid whose rival bidder is not said to have won gives no purchase', () => {
    const text =
      'Le groupe Marvelis fabrique des pompes. En 2024, son offre sur le toulousain Hydrovanne avait échoué face à la surenchère du fonds britannique Ashcombe Capital, qui a depuis levé un nouveau fonds.';
    expect(deals(text)).toEqual([]);
  });

  it('near miss: a contest for a contract names no company bought', () => {
    expect(
      deals(
        'Pellworth Dental runs 80 clinics. Pellworth lost out to Corbridge Health in the race for the contract of the Irish health service.',
      ),
    ).toEqual([]);
  });

  it('a rival faced in the market stays a rival', () => {
    expect(
      rivals(
        "Le groupe Marvelis fabrique des pompes. Sur le marché des pompes industrielles, Marvelis perd du terrain face à l'allemand Kranwerk.",
      ),
    ).toEqual(['Kranwerk ~ Marvelis']);
  });
});
