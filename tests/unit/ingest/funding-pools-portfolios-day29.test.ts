import { fundedAfterLead, scoredFactsAfterLead } from './helpers';

/**
 * Day twenty-nine, funding: the banks at the head of a lending pool with no borrower in the sentence ("a facility
 * from a group of banks led by A and B", "un crédit consenti par un pool bancaire mené par A et B";
 * `frames/funded-bank-pools.ts`), a lender behind its description that is no subject of the sentence
 * (`frames/funded-described-agent.ts`), and a portfolio told with its size ("Its portfolio of more than 30 companies
 * includes A"; `frames/funded-portfolio-counts.ts`), and a list member described by its seat ("co-led by A and
 * Amsterdam-based B"; `pattern-list-member.ts`, English only: French tells the seat with an adjective). Sentences
 * written for these tests.
 */

const FR_TITLE = 'Brisolia lève 18 millions d’euros';
const FR_LEAD =
  "Le fabricant lorrain de pompes à chaleur Brisolia a annoncé mardi un financement de 18 millions d'euros.";
const EN_TITLE = 'Tidewell secures $90 million';
const EN_LEAD =
  'Tidewell Systems, a Baltimore maker of water-leak sensors, said on Monday it had secured $90 million in new funding.';
const fr = (sentence: string): string[] => fundedAfterLead(FR_TITLE, FR_LEAD, sentence, '2026-11-29');
const en = (sentence: string): string[] => fundedAfterLead(EN_TITLE, EN_LEAD, sentence, '2026-11-29');

describe('the banks heading a lending pool fund the round company', () => {
  test('en: "a facility from a group of banks led by A and B" gives both banks', () => {
    const got = en(
      'The package includes a $30 million revolving credit facility from a group of banks led by Harlow Bank and Penfield Trust.',
    );
    expect(got).toContain('Harlow Bank -> Tidewell Systems');
    expect(got).toContain('Penfield Trust -> Tidewell Systems');
  });

  test('en: "a bank syndicate headed by A" gives the bank', () => {
    const got = en('A $25 million term loan was arranged through a bank syndicate headed by Harlow Bank.');
    expect(got).toContain('Harlow Bank -> Tidewell Systems');
  });

  test('en: a lender behind its description is no borrower of the pool', () => {
    const got = en(
      'The debt comprises a $40 million unitranche loan provided by private credit firm Graycliff Lending and a $20 million facility from a group of banks led by Harlow Bank.',
    );
    expect(got).toContain('Harlow Bank -> Tidewell Systems');
    expect(got).not.toContain('Harlow Bank -> Graycliff Lending');
  });

  test('fr: "un crédit consenti par un pool bancaire mené par A et B" gives both banks', () => {
    const got = fr(
      "La dette, soit 10 millions d'euros, prend la forme d'un crédit consenti par un pool bancaire mené par la Banque Kolb et le Crédit Mutuel Alliance.",
    );
    expect(got).toContain('Banque Kolb -> Brisolia');
    expect(got).toContain('Crédit Mutuel Alliance -> Brisolia');
  });

  test('fr: "un syndicat de banques emmené par A" gives the bank', () => {
    const got = fr(
      "Un prêt de 6 millions d'euros est apporté par un syndicat de banques emmené par la Banque Kolb.",
    );
    expect(got).toContain('Banque Kolb -> Brisolia');
  });

  test('fr: a pool as the subject of its own lending verb keeps the other lender of the sentence', () => {
    const got = fr(
      "La banque publique Bpifrance apporte 4 millions d'euros de prêt d'innovation, tandis qu'un pool de banques mené par la Banque Kolb fournit un crédit de 3 millions d'euros.",
    );
    expect(got).toContain('Bpifrance -> Brisolia');
    expect(got).toContain('Banque Kolb -> Brisolia');
  });

  test('en: a group of banks that only handles a sale funds nobody', () => {
    const got = scoredFactsAfterLead(
      'FUNDED',
      'A group of banks led by Harlow Bank advised Tidewell Systems on its listing plans.',
      EN_TITLE,
      EN_LEAD,
    );
    expect(got).not.toContain('Harlow Bank -> Tidewell Systems');
  });

  test('fr: un pool bancaire sans prêt ni crédit ne finance rien', () => {
    const got = scoredFactsAfterLead(
      'FUNDED',
      'Un pool bancaire mené par la Banque Kolb a conseillé Brisolia sur son projet de cotation.',
      FR_TITLE,
      FR_LEAD,
    );
    expect(got).not.toContain('Banque Kolb -> Brisolia');
  });
});

describe('a portfolio told with its size', () => {
  const FUND_LEAD_EN =
    'Tidewell Systems, a Baltimore maker of water-leak sensors, said on Monday it had raised $40 million from Oakvale Partners.';

  test('en: "Its portfolio of more than 30 companies includes A and B" after the fund', () => {
    const got = fundedAfterLead(
      EN_TITLE,
      FUND_LEAD_EN,
      'Oakvale Partners manages $2 billion. Its portfolio of more than 30 companies also includes drone maker Skyrill and Hexapath.',
      '2026-11-29',
    );
    expect(got).toContain('Oakvale Partners -> Skyrill');
    expect(got).toContain('Oakvale Partners -> Hexapath');
  });

  test('fr: "Son portefeuille d\'une vingtaine de sociétés compte A" after the fund', () => {
    const got = fundedAfterLead(
      FR_TITLE,
      "Le fabricant lorrain de pompes à chaleur Brisolia a levé 8 millions d'euros auprès du fonds Moselle Capital.",
      "Moselle Capital gère 300 millions d'euros. Son portefeuille d'une vingtaine de sociétés compte notamment Ferrolux.",
      '2026-11-29',
    );
    expect(got).toContain('Moselle Capital -> Ferrolux');
  });

  test('en: a portfolio size then a relative clause reads no holding', () => {
    const got = fundedAfterLead(
      EN_TITLE,
      FUND_LEAD_EN,
      'Oakvale Partners manages $2 billion. Its portfolio of companies that compete with Skyrill includes no drone maker.',
      '2026-11-29',
    );
    expect(got).not.toContain('Oakvale Partners -> Skyrill');
  });
});

describe('a list member described by its seat', () => {
  test('en: "co-led by A and Lisbon-based B" gives both leads', () => {
    const got = en('The round was co-led by Oakvale Partners and Lisbon-based Marisco Ventures.');
    expect(got).toContain('Oakvale Partners -> Tidewell Systems');
    expect(got).toContain('Marisco Ventures -> Tidewell Systems');
  });

  test('en: "with the remainder going to A and Leeds-headquartered B" gives both takers', () => {
    const got = en(
      'Oakvale Partners took $50 million of the new shares, with the remainder going to Penrose Capital and Leeds-headquartered Ashgill Investments.',
    );
    expect(got).toContain('Penrose Capital -> Tidewell Systems');
    expect(got).toContain('Ashgill Investments -> Tidewell Systems');
  });

  test('en: a seated rival after the lead is no member of the round', () => {
    const got = en(
      'The round was led by Oakvale Partners and its Boston-based rival Pinecrest Capital did not take part.',
    );
    expect(got).not.toContain('Pinecrest Capital -> Tidewell Systems');
  });
});

describe('a person after another backer’s aside stays in the list of backers', () => {
  test('en: "angels P, co-founder of Y, and Q, the former finance chief of Z, also put money in" gives both', () => {
    const got = en(
      'Business angels Tomas Brand, co-founder of delivery app Fetchly, and Mira Holt, the former finance chief of insurer Calder Re, also put money in.',
    );
    expect(got).toContain('Tomas Brand -> Tidewell Systems');
    expect(got).toContain('Mira Holt -> Tidewell Systems');
    expect(got).not.toContain('Fetchly -> Tidewell Systems');
  });

  test('en: the same list with a verb of advice funds nobody', () => {
    const got = scoredFactsAfterLead(
      'FUNDED',
      'Tomas Brand, co-founder of delivery app Fetchly, and Mira Holt, a partner at law firm Calder Hale, advised Tidewell Systems on the raise.',
      EN_TITLE,
      EN_LEAD,
    );
    expect(got).toEqual([]);
  });
});

describe('a holding told as the subject’s second verb', () => {
  test('fr: "X réalise … et détient des participations dans A et dans B" gives both', () => {
    const got = fr(
      "Le groupe Vosgelis, présidé par Anne Thiriet, emploie 400 salariés et détient aussi des participations minoritaires dans la scierie Bois d'Épinal et dans le fabricant Menuiseries Hautes-Vosges.",
    );
    expect(got).toContain("Vosgelis -> Bois d'Épinal");
    expect(got).toContain('Vosgelis -> Menuiseries Hautes-Vosges');
  });

  test('fr: a share of a market held after "et" funds nobody', () => {
    const got = fr(
      "Le groupe Vosgelis emploie 400 salariés et détient 30 % du marché lorrain, devant la scierie Bois d'Épinal.",
    );
    expect(got).not.toContain("Vosgelis -> Bois d'Épinal");
  });

  test('fr: another subject before "détient" is not the holder', () => {
    const got = fr(
      "Le groupe Vosgelis emploie 400 salariés et sa filiale détient une participation dans la scierie Bois d'Épinal.",
    );
    expect(got).not.toContain("Vosgelis -> Bois d'Épinal");
  });
});
