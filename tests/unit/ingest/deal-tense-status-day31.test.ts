/**
 * A purchase's status from its French tense (deals, day thirty-one): the pluperfect and a past with adverbs
 * ("X avait racheté Y en 2019", "avaient déjà acquis", "Y a depuis été repris par X") tell a done deal
 * (ingest/modality.ts `COMPLETED_FR_PAST`), as "a racheté" did; a future in a relative clause ("Y, qui sera
 * absorbée par X, …") is not done (values/relative-clause-status.ts `NOT_YET_DONE`). English tells both with
 * "had acquired" and "will", read already. Sentences written for these tests.
 */
import { facts, run } from './helpers';

const statuses = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED')
    .map((r) => `${r.source} -> ${r.target} ${r.status}`)
    .sort();

describe('French tenses of a purchase', () => {
  it('the pluperfect is a completed purchase', () => {
    expect(statuses('Le fonds Belcourt Capital avait racheté la société Tessane en 2019.')).toEqual([
      'Belcourt Capital -> Tessane completed',
    ]);
  });

  it('an adverb between the auxiliary and the participle', () => {
    expect(
      statuses(
        'Les deux frères avaient vendu Tessane en 2018. Tessane a depuis été reprise par le groupe Dovrel.',
      ),
    ).toEqual(['Dovrel -> Tessane completed']);
  });

  it('a future absorption told in a relative clause is not done', () => {
    expect(
      statuses(
        'Le groupe Dovrel rachète Marlinor. Sa filiale Tessane, qui sera absorbée par le groupe Dovrel en 2027, gardera son usine.',
      ),
    ).toContain('Dovrel -> Tessane announced');
  });

  it('near miss: a past purchase in a relative clause stays completed', () => {
    expect(
      statuses('Tessane, qui a été rachetée par le groupe Dovrel en 2019, emploie 300 personnes.'),
    ).toEqual(['Dovrel -> Tessane completed']);
  });

  it('near miss: a purchase the paper only reports keeps its doubt', () => {
    expect(statuses('Selon la presse locale, le groupe Dovrel pourrait racheter Tessane.')).toEqual([
      'Dovrel -> Tessane rumoured',
    ]);
  });
});
