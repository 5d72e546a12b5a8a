/**
 * Control ceded with a date between the verb and the share (deals, day thirty, second round;
 * ingest/relations/deal-sold-pointer.ts, deal-time-transparent.ts): "Ce dernier avait cédé en 2021 le contrôle de la
 * société au fonds X" — the pointer is the company the sentence before was about, and the date no longer hides the
 * sale from the rules. Also ingest/relations/discourse.ts: a purchase recalled in passing ("la société avait par
 * ailleurs racheté Y") gives "Son fondateur" in the next sentence to Y, even after a deal whose target the sentence
 * names. Sentences written for these tests.
 */
import { facts, run } from './helpers';

const deals = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED').map((r) => `${r.source} -> ${r.target} ${r.date ?? '-'}`);

describe('control of a pointed-at company ceded, a date before the share', () => {
  it('"Ce dernier avait cédé en 2021 le contrôle de la société au fonds X"', () => {
    expect(
      deals(
        'Vialtis a été fondée en 1998 par le groupe Moréval. Ce dernier avait cédé en 2021 le contrôle de la société au fonds Orsane Capital.',
      ),
    ).toEqual(['Orsane Capital -> Vialtis 2021']);
  });

  it('"l\'an dernier" between the verb and the share, a founder selling', () => {
    expect(
      deals(
        "Vialtis emploie 400 salariés à Lyon. Son fondateur avait cédé l'an dernier le contrôle de l'entreprise au fonds Orsane Capital.",
      ),
    ).toEqual(['Orsane Capital -> Vialtis 2025']);
  });

  it('near miss: a named subsidiary ceded is the one bought, not the earlier company', () => {
    expect(
      deals(
        'Vialtis emploie 400 salariés à Lyon. Le groupe Moréval avait cédé en 2021 le contrôle de sa filiale Brévia au fonds Orsane Capital.',
      ),
    ).toEqual(['Orsane Capital -> Brévia 2021']);
  });

  it('near miss: control taken, "a pris en 2023 le contrôle de la société", keeps its taker as the buyer', () => {
    expect(
      deals(
        'Vialtis emploie 400 salariés à Lyon. Le fonds Orsane Capital a pris en 2023 le contrôle de la société.',
      ),
    ).toEqual(['Orsane Capital -> Vialtis 2023']);
  });
});

describe('"Son fondateur" after a purchase recalled in passing', () => {
  it('is the founder of the company bought, not of the company ceded before', () => {
    const founded = facts(
      run(
        'Vialtis a été fondée en 1998 par Jean Moreau. Il a cédé en 2021 le contrôle de la société au fonds Orsane Capital. Chez Vialtis, la société avait par ailleurs racheté en janvier la start-up Aquanor. Son fondateur, Paul Girard, rejoint le comité de direction.',
        '2026-03-02',
      ),
      'FOUNDED',
    ).map((r) => `${r.source} -> ${r.target}`);
    expect(founded).toContain('Paul Girard -> Aquanor');
    expect(founded).not.toContain('Paul Girard -> Vialtis');
  });
});
