import { fundedAfterLead, madePairs } from './helpers';

/**
 * Day twenty-nine, funding (second round): a list of backers whose member carries an aside and whose last member is
 * followed by "also" ("P, chief executive of Y, and Q also put money in") or by French "et de" ("auprès de P,
 * cofondateur de Y, et de Q"; `pattern-list-aside.ts`, `pattern-list-member.ts` `repeatsPreposition`); a unitranche
 * or mezzanine facility provided by a fund's manager (`en.funded.debt-provided-by`); and a founder described in an
 * aside before "who remains chief executive" (`frames/leads-founder-aside-still-leads.ts`). Sentences written for
 * these tests.
 */

const FR_TITLE = 'Ondalys lève 6 millions d’euros';
const FR_LEAD =
  'La start-up nantaise Ondalys, qui conçoit des capteurs de houle, a annoncé jeudi une levée de fonds.';
const EN_TITLE = 'Corvane raises £9 million';
const EN_LEAD =
  'Corvane, a Bristol maker of battery-swap stations, said on Tuesday it had raised £9 million.';
const fr = (sentence: string): string[] => fundedAfterLead(FR_TITLE, FR_LEAD, sentence, '2026-11-29');
const en = (sentence: string): string[] => fundedAfterLead(EN_TITLE, EN_LEAD, sentence, '2026-11-29');

describe('a list of backers goes on after a member’s aside', () => {
  test('en: "P, chief executive of Y, and Q also put money in" gives both people', () => {
    const got = en(
      'Business angels Oliver Grant, chief executive of Stellion, and Maya Holt also put money in.',
    );
    expect(got).toContain('Oliver Grant -> Corvane');
    expect(got).toContain('Maya Holt -> Corvane');
    expect(got).not.toContain('Stellion -> Corvane');
  });

  test('fr: "auprès de P, cofondateur de Y, et de Q" gives both people', () => {
    const got = fr(
      "Ondalys a levé 6 millions d'euros auprès de Bastien Leroy, cofondateur de Marelis, et de Camille Arnaud.",
    );
    expect(got).toContain('Bastien Leroy -> Ondalys');
    expect(got).toContain('Camille Arnaud -> Ondalys');
    expect(got).not.toContain('Marelis -> Ondalys');
  });

  test('near miss: an aside’s company is no backer when no name follows "and"', () => {
    const got = en(
      'Business angel Oliver Grant, chief executive of Stellion, and several of its managers also put money in.',
    );
    expect(got).not.toContain('Stellion -> Corvane');
  });

  test('near miss: "et de" after a company’s aside in a purchase is no list of backers', () => {
    const text =
      'Le groupe Hexalis a racheté Brindor, filiale du groupe Valmont, et de nombreux actifs de Tissor.';
    expect(madePairs(text, '2026-11-29', 'FUNDED')).toEqual([]);
  });
});

describe('a unitranche or mezzanine facility provided by a fund manager', () => {
  test('en: "a unitranche facility provided by private credit manager A" gives A, with a bank pool beside it', () => {
    const got = en(
      'The debt comprises a £5 million unitranche facility provided by private credit manager Ardley Debt Partners and a £2 million revolving credit facility from a group of banks led by Kestrel Bank.',
    );
    expect(got).toContain('Ardley Debt Partners -> Corvane');
    expect(got).toContain('Kestrel Bank -> Corvane');
  });

  test('en: "a mezzanine facility provided by specialist lender A" gives A', () => {
    const got = en(
      'The round includes a £3 million mezzanine facility provided by specialist lender Brightwater Credit.',
    );
    expect(got).toContain('Brightwater Credit -> Corvane');
  });

  test('fr: « la dette unitranche est apportée par le fonds A » gives A', () => {
    const got = fr(
      "La dette unitranche de 4 millions d'euros est apportée par le fonds Rivage Dette Privée.",
    );
    expect(got).toContain('Rivage Dette Privée -> Ondalys');
  });

  test('near miss: a facility provided by an adviser names no money: nothing without a sum', () => {
    const got = en('The unitranche facility provided by adviser Harlow Partners was refinanced.');
    expect(got).not.toContain('Harlow Partners -> Corvane');
  });
});

describe('a founder described in an aside who remains chief executive leads the company', () => {
  const leads = (text: string): string[] => madePairs(text, '2026-11-29', 'LEADS');

  test('en: "founded by P, a former manager at Y, who remains chief executive" gives P the company', () => {
    const got = leads(
      'Corvane was founded in 2017 by Hannah Pryor, a former engineer at carmaker Jaguar, who remains chief executive.',
    );
    expect(got).toContain('Hannah Pryor -> Corvane');
    expect(got).not.toContain('Hannah Pryor -> Jaguar');
  });

  test('en: "founded by A and B, a former consultant at Y, who is chief executive" gives B only', () => {
    const got = leads(
      'Corvane was founded in 2019 by physicist Tom Ellery and Rosa Finch, a former consultant at Bain, who is chief executive.',
    );
    expect(got).toContain('Rosa Finch -> Corvane');
    expect(got).not.toContain('Tom Ellery -> Corvane');
  });

  test('fr: "fondée par P, ancienne ingénieure de Y, qui en est toujours la présidente" gives P', () => {
    const got = leads(
      'Ondalys a été fondée en 2018 par Inès Garnier, ancienne ingénieure de Thalvor, qui en est toujours la présidente.',
    );
    expect(got).toContain('Inès Garnier -> Ondalys');
  });

  test('near miss: "who is now chief executive of Y" heads Y, not the company founded', () => {
    const got = leads(
      'Corvane was founded in 2017 by Hannah Pryor, a former engineer at Jaguar, who is now chief executive of Stellion.',
    );
    expect(got).not.toContain('Hannah Pryor -> Corvane');
  });

  test('near miss: a kin noun in the aside leaves the post to the relative', () => {
    const got = leads(
      'Corvane was founded in 2017 by Hannah Pryor, the daughter of Victor Pryor, who is chief executive.',
    );
    expect(got).not.toContain('Hannah Pryor -> Corvane');
  });

  test('near miss: "who is chief financial officer" is no head', () => {
    const got = leads(
      'Corvane was founded in 2017 by Hannah Pryor, a former engineer at Jaguar, who is chief financial officer.',
    );
    expect(got).not.toContain('Hannah Pryor -> Corvane');
  });
});
