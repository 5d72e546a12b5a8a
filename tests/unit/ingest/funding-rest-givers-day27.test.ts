import { extractArticle } from '../../../ingest/extract';
import { facts, fundedAfterLead, pair } from './helpers';

/**
 * Day twenty-seven, FUNDED: the takers of the rest of a round or a capital (`frames/funded-share-givers.ts`,
 * `subjectTookShare`); a grant or a loan told in a relative clause whose subject gives it
 * (`frames/funded-loan-relative.ts`); returning backers after "as well as" (`frames/funded-en-round-included.ts`);
 * angel networks and development agencies named "X Angels", "Scottish Enterprise" (`FUND_NAME_TAILS`); a town
 * before a member's trade noun (`pattern-list-member.ts`); an arrival in a capital told with its date inside
 * (`funded-time-inserts.ts`); a round lead's companions (`frames/funded-investor-not-company.ts`); a lending verb whose
 * money opens on a bound ("up to", "jusqu'à", `frames/funded-lender-verbs.ts`). Sentences
 * written for these tests.
 */

/** FUNDED pairs of a headline, a lead about the company raising, then the sentences read. */
function funded(title: string, lead: string, sentence: string): string[] {
  return fundedAfterLead(title, lead, sentence, '2026-11-27');
}

const FR_TITLE = 'Thermalys lève 16 millions d’euros';
const FR_LEAD =
  "La start-up nantaise Thermalys, qui fabrique des pompes à chaleur industrielles, a levé 16 millions d'euros.";
const EN_TITLE = 'Corvane raises £14 million';
const EN_LEAD =
  'Corvane, a Leeds maker of battery sensors, said on Thursday it had raised £14 million in new equity.';
const fr = (sentence: string): string[] => funded(FR_TITLE, FR_LEAD, sentence);
const en = (sentence: string): string[] => funded(EN_TITLE, EN_LEAD, sentence);

describe('the takers of the rest of a round fund the round company, not the first taker', () => {
  test('en: "A took £5m of the shares, with the remainder going to B and C"', () => {
    const got = en(
      'Halberd Capital took £5 million of the shares, with the remainder going to Ashgrove Partners and Morrow Life.',
    );
    expect(got).toContain('Morrow Life -> Corvane');
    expect(got).toContain('Ashgrove Partners -> Corvane');
    expect(got).not.toContain('Morrow Life -> Halberd Capital');
  });

  test('en: "A and B provided the balance"', () => {
    const got = en(
      'Halberd Capital put in £8 million, and Morrow Life and the angel network Pennine Angels provided the balance.',
    );
    expect(got).toContain('Morrow Life -> Corvane');
    expect(got).toContain('Pennine Angels -> Corvane');
  });

  test('en: an elided verb, "A providing half and B the rest"', () => {
    expect(en('Halberd Capital provided half of the money and Ashgrove Partners the rest.')).toContain(
      'Ashgrove Partners -> Corvane',
    );
  });

  test('en: "the rest is held by B"', () => {
    expect(en('Its founders own 60% of the company; the rest is held by Ashgrove Partners.')).toContain(
      'Ashgrove Partners -> Corvane',
    );
  });

  test('fr: "A apporte 6 M€, le solde étant versé par le groupe B", the first giver funds nothing', () => {
    const got = fr(
      "Le fonds Ouessant Capital apporte 6 millions d'euros, le solde étant versé par le groupe Vendôme Énergie.",
    );
    expect(got).toContain('Vendôme Énergie -> Thermalys');
    expect(got).not.toContain('Vendôme Énergie -> Ouessant Capital');
  });

  test('fr: "le solde étant détenu depuis 2022 par B", "le solde appartenant au fonds C"', () => {
    expect(
      fr('Les fondateurs gardent 70 % du capital, le solde étant détenu depuis 2022 par Ouessant Capital.'),
    ).toContain('Ouessant Capital -> Thermalys');
    expect(
      fr('Les fondateurs gardent 70 % du capital, le solde appartenant depuis 2023 au fonds Loire Amorçage.'),
    ).toContain('Loire Amorçage -> Thermalys');
  });

  test('near misses: the rest named by nobody, the rest of a price paid by a buyer', () => {
    // only the first taker may fund anything there: no name takes the rest
    const got = en('Halberd Capital took £5 million of the shares, with the remainder going to employees.');
    expect(got.filter((p) => !p.startsWith('Halberd Capital'))).toEqual([]);
    expect(
      fr(
        'Le prix sera payé pour moitié à la signature, le solde étant versé par Ouessant Capital au vendeur dans un an.',
      ),
    ).not.toContain('Ouessant Capital -> Thermalys');
  });
});

describe('a grant or a loan told in a relative clause whose subject gives it', () => {
  test('fr: "une subvention de 2 M€ que X a attribuée à la société" funds the company, not X', () => {
    const got = fr(
      "Cette levée s'ajoute à une subvention de 2 millions d'euros que l'Agence de l'innovation a attribuée à la société en mai.",
    );
    expect(got).toContain("Agence de l'innovation -> Thermalys");
    expect(got).not.toContain("Thermalys -> Agence de l'innovation");
  });

  test('fr: the company named after "à"', () => {
    expect(
      fr("Elle prolonge l'avance de 900 000 euros que Bpifrance avait accordée à Thermalys en 2024."),
    ).toContain('Bpifrance -> Thermalys');
  });

  test('en: "a £2m grant the agency awarded it last year", "a loan that A extended to the company"', () => {
    expect(
      en('The equity adds to a £2 million grant the Northern Innovation Agency awarded it last year.'),
    ).toContain('Northern Innovation Agency -> Corvane');
    expect(
      en('It also has a £3 million loan that Yorkshire Growth Bank extended to the company in May.'),
    ).toContain('Yorkshire Growth Bank -> Corvane');
  });

  test('near misses: a contract awarded, a grant the company received', () => {
    expect(
      en('It is delivering on a £2 million contract the Northern Rail Board awarded it last year.'),
    ).not.toContain('Northern Rail Board -> Corvane');
    expect(
      fr("Elle exécute un marché de 2 millions d'euros que la SNCF a attribué à la société en mai."),
    ).not.toContain('SNCF -> Thermalys');
  });
});

describe('returning backers, angel networks and development agencies', () => {
  test('en: "The round also drew A, which …, as well as returning backers B and the Leeds angel network C"', () => {
    const got = en(
      'The round also drew Japanese trading house Kanemori, which is making its first battery investment in Europe, as well as returning backers Ashgrove Partners and the Leeds angel network Aire Angels.',
    );
    expect(got).toContain('Kanemori -> Corvane');
    expect(got).toContain('Ashgrove Partners -> Corvane');
    expect(got).toContain('Aire Angels -> Corvane');
  });

  test('en near miss: "as well as interest from B" names no backer', () => {
    expect(en('The round also drew Ashgrove Partners, as well as interest from Kanemori.')).not.toContain(
      'Kanemori -> Corvane',
    );
  });

  test('en: "Scottish Enterprise awarded the company a grant" names the agency', () => {
    const article = extractArticle({
      file: 'test',
      title: EN_TITLE,
      text: `${EN_TITLE}\n\n${EN_LEAD}\n\nScottish Enterprise awarded the company a £1.2 million grant in 2024.`,
      published: '2026-11-27',
    });
    expect(article.entities.find((e) => e.name === 'Scottish Enterprise')?.type).toBe('Organization');
    expect(facts(article, 'FUNDED').map(pair)).toContain('Scottish Enterprise -> Corvane');
  });

  test('fr: an angel network whose name opens on a given name is an organisation', () => {
    const article = extractArticle({
      file: 'test',
      title: FR_TITLE,
      text: `${FR_TITLE}\n\n${FR_LEAD}\n\nLe réseau de business angels Arnaud Angels a remis au pot.`,
      published: '2026-11-27',
    });
    expect(article.entities.find((e) => e.name === 'Arnaud Angels')?.type).toBe('Organization');
  });
});

describe('an arrival in a capital told with its date inside', () => {
  test('fr: "après son entrée en 2024 au capital du fabricant Y"', () => {
    expect(
      fr(
        "Pour Ouessant Capital, il s'agit du deuxième investissement dans la région, après son entrée en 2024 au capital du fabricant de palettes Boisylva.",
      ),
    ).toContain('Ouessant Capital -> Boisylva');
  });

  test('fr: "Le groupe A fait à cette occasion son entrée au capital" funds the round company', () => {
    expect(
      fr('Le groupe industriel Valmeca fait à cette occasion son entrée au capital, à hauteur de 10 %.'),
    ).toContain('Valmeca -> Thermalys');
  });

  test("fr near miss: an entry into another company's capital is not the round company's", () => {
    const got = fr('Le groupe Valmeca fait son entrée au capital du fabricant Boisylva, à hauteur de 10 %.');
    expect(got).not.toContain('Valmeca -> Thermalys');
  });

  test('fr near miss: an entry on the stock market is no funding', () => {
    expect(fr('Ouessant Capital, de son côté, a fait son entrée en 2021 en Bourse à Paris.')).toEqual([]);
  });
});

describe("the company a clitic stands for, and a grant's purpose", () => {
  test('fr: "Outre A, l\'entreprise livre B et C. La région lui avait accordé un prêt": the company, not a customer', () => {
    const got = fr(
      "Outre Lactéa, l'entreprise livre Fromagerie Bressane et Danival. La Région Bretagne lui avait accordé en 2023 un prêt de 800 000 euros.",
    );
    expect(got).toContain('Région Bretagne -> Thermalys');
    expect(got).not.toContain('Région Bretagne -> Fromagerie Bressane');
  });

  test("fr near miss: a site named after a grant's purpose gives nothing", () => {
    const got = fr(
      'La Région Bretagne lui a attribué une subvention de 300 000 euros pour son démonstrateur de Guingamp.',
    );
    expect(got.some((p) => p.startsWith('Guingamp'))).toBe(false);
  });
});

describe("a round lead's companions join its round", () => {
  test('fr: "Le tour est mené par A. A est accompagné par B" funds the company', () => {
    const got = fr(
      'Le tour de table est mené par Ouessant Capital. Ouessant Capital est accompagné par le fonds Loire Amorçage.',
    );
    expect(got).toContain('Loire Amorçage -> Thermalys');
    expect(got).not.toContain('Loire Amorçage -> Ouessant Capital');
  });

  test('fr near miss: a company accompanied by a backer, no lead told, keeps it', () => {
    expect(fr('Depuis 2021, la société Kerlys est accompagnée par le fonds Loire Amorçage.')).toContain(
      'Loire Amorçage -> Kerlys',
    );
  });
});

describe('a lending verb whose money opens on a bound', () => {
  test('en: "A agreed in July to lend the company up to €20m"', () => {
    expect(
      en('The Northern Investment Bank agreed in July to lend the company up to 20 million euros.'),
    ).toContain('Northern Investment Bank -> Corvane');
  });

  test('fr: "A prêtera à Y jusqu\'à 5 M€"', () => {
    expect(fr("La Banque des Territoires prêtera à Thermalys jusqu'à 5 millions d'euros.")).toContain(
      'Banque des Territoires -> Thermalys',
    );
  });

  test('en near miss: a bank lending up to a number of customers, no money', () => {
    expect(en('Ridgeway Bank agreed to lend up to 40 small firms in the region.')).not.toContain(
      'Ridgeway Bank -> Corvane',
    );
  });
});
