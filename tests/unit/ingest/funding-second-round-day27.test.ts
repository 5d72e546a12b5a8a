import { fundedAfterLead } from './helpers';

/**
 * Day twenty-seven, FUNDED (second round): a lender told by a gerund with a pronoun borrower
 * (`frames/funded-lender-gerund.ts`); holders apposed to "les investisseurs historiques de Y" / "the existing
 * investors in Y" (`frames/funded-holder-rules.ts`); a member named in a group's apposition that put in the rest
 * (`frames/funded-share-givers.ts`); a stake held since the investment that opened it
 * (`frames/funded-held-stakes.ts`). Sentences written for these tests.
 */

/** FUNDED pairs of a headline, a lead about the company raising, then the sentences read. */
function funded(title: string, lead: string, sentence: string): string[] {
  return fundedAfterLead(title, lead, sentence, '2026-11-29');
}

const FR_TITLE = 'Ostréa lève 9 millions d’euros';
const FR_LEAD =
  "La start-up rochelaise Ostréa, qui conçoit des capteurs pour l'ostréiculture, a levé 9 millions d'euros.";
const EN_TITLE = 'Brackwater raises £11 million';
const EN_LEAD =
  'Brackwater, a Hull maker of tidal turbines, said on Monday it had raised £11 million in new equity.';
const fr = (sentence: string): string[] => funded(FR_TITLE, FR_LEAD, sentence);
const en = (sentence: string): string[] => funded(EN_TITLE, EN_LEAD, sentence);

describe('a lender told by a gerund whose borrower is a pronoun funds the round company', () => {
  test('fr: "X a soutenu son usine en lui accordant une subvention de 300 000 euros"', () => {
    const got = fr(
      "La Région Nouvelle-Aquitaine a soutenu l'usine de la société en lui accordant une subvention de 300 000 euros.",
    );
    expect(got).toContain('Région Nouvelle-Aquitaine -> Ostréa');
  });

  test('en: "X backed the plant by lending it £2m last year"', () => {
    const got = en('Humber Development Bank backed the plant by granting it a £2 million loan last year.');
    expect(got).toContain('Humber Development Bank -> Brackwater');
  });

  test('near miss: the gerund follows a second clause with a subject of its own', () => {
    const got = fr(
      "Ostréa a recruté vingt salariés et la Région Nouvelle-Aquitaine l'a aidée en lui accordant une subvention de 300 000 euros.",
    );
    expect(got).not.toContain('Région Nouvelle-Aquitaine -> Ostréa');
  });

  test('near miss: a gerund with no money lent ("en lui accordant sa confiance")', () => {
    const got = fr('La Région Nouvelle-Aquitaine a soutenu le projet en lui accordant sa confiance.');
    expect(got).not.toContain('Région Nouvelle-Aquitaine -> Ostréa');
  });
});

describe('holders apposed to "the investors of Y" fund that named company', () => {
  test('fr: "Les investisseurs historiques d\'Ostréa, le réseau de business angels A et le fonds B, remettent au pot"', () => {
    const got = fr(
      "Les investisseurs historiques d'Ostréa, le réseau de business angels Atlantique Angels et le fonds Aquitis, ont également remis au pot.",
    );
    expect(got).toContain('Atlantique Angels -> Ostréa');
    expect(got).toContain('Aquitis -> Ostréa');
  });

  test('en: "The existing investors in Y, the angel network A and the fund B, also took part"', () => {
    const got = en(
      'The existing investors in Brackwater, the angel network Northern Angels and the fund Yorkshire Tidal Capital, also took part.',
    );
    expect(got).toContain('Yorkshire Tidal Capital -> Brackwater');
  });

  test('near miss: the apposed holders sell ("…, A et B, ont cédé leurs parts")', () => {
    const got = fr(
      "Les actionnaires historiques d'Ostréa, le fonds Aquitis et la société Marenne Invest, ont cédé leurs parts à la famille Giraud.",
    );
    expect(got).not.toContain('Aquitis -> Ostréa');
  });
});

describe('a member named in a group that put in the rest funds the company', () => {
  test('en: "A and a group of business angels, including P, put in the rest"', () => {
    const got = en(
      'Octopus Ventures took half of the shares, while a group of business angels, including former Siemens engineer Moira Fenwick, put in the rest.',
    );
    expect(got).toContain('Moira Fenwick -> Brackwater');
    expect(got).not.toContain('Moira Fenwick -> Octopus Ventures');
  });

  test('en: "a syndicate of private individuals, including P, put in the rest"', () => {
    const got = en(
      'Octopus Ventures took half, while a syndicate of private individuals, including retired banker Moira Fenwick, put in the rest.',
    );
    expect(got).toContain('Moira Fenwick -> Brackwater');
  });

  test('fr: "un groupe de business angels, dont P, a apporté le solde"', () => {
    const got = fr(
      "Le fonds Aquitis en apporte la moitié, tandis qu'un groupe de business angels, dont l'entrepreneur Hervé Quéméneur, a apporté le solde.",
    );
    expect(got).toContain('Hervé Quéméneur -> Ostréa');
  });

  test('near miss: the rest of a price paid by a group member is no funding', () => {
    const got = en(
      'A syndicate of private individuals, including retired banker Moira Fenwick, put in the rest of the purchase price paid to the sellers.',
    );
    expect(got).not.toContain('Moira Fenwick -> Brackwater');
  });
});

describe('a stake held since the investment that opened it is a funding', () => {
  test('en: "A has held a 9% stake in Y since 2022, when it invested $5m"', () => {
    const got = en(
      'Danish utility Ørsted has held a 9% stake in Brackwater since 2022, when it invested £4 million in its pilot array.',
    );
    expect(got).toContain('Ørsted -> Brackwater');
  });

  test('near miss: a stake held since a date with no investment told', () => {
    const got = en(
      'Danish utility Ørsted has held a 9% stake in Brackwater since 2022, when it signed a supply deal.',
    );
    expect(got).not.toContain('Ørsted -> Brackwater');
  });

  test('near miss: a holding reported with no date of investment', () => {
    const got = en('Danish utility Ørsted holds a 9% stake in Brackwater.');
    expect(got).not.toContain('Ørsted -> Brackwater');
  });
});
