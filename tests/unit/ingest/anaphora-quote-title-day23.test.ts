/**
 * Day twenty-three, anaphora: a bare title in the reporting clause of a quote that opens its paragraph
 * ('"…," chief executive P said', '« … », confie la présidente, P') is a title at the article's own company, not at
 * the rival, shareholder or competitor the paragraph before was about (anaphora-quote-title.ts). A title with its
 * own company, or a quote inside the paragraph about another company, keeps the earlier readings.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/** The LEADS facts of `text` under `title`, as "LEADS source -> target". */
function leads(title: string, text: string): string[] {
  return relationsOf(text, title)
    .map(typedPair)
    .filter((f) => f.startsWith('LEADS '));
}

const NORLAND_TITLE = 'Norland Pay raises 30 million euros';
const NORLAND_LEAD =
  'Norland Pay, a Tallinn-based payments start-up, said on Monday it had raised 30 million euros in a round led by Vesta Ventures.';
const KASSIO_ASIDE =
  'Kassio, the market leader, agreed last month to merge with Paymint. Kassio shareholders will own 60% of the combined group, and Kassio will keep its brand.';

describe("a paragraph-opening quote's bare title belongs to the article's company", () => {
  it.each([
    [
      NORLAND_TITLE,
      `${NORLAND_LEAD}\n\n${KASSIO_ASIDE}\n\n"We want to be the default choice for small shops," chief executive Liis Tamm said in an interview.`,
      'LEADS Liis Tamm -> Norland Pay',
      'LEADS Liis Tamm -> Kassio',
    ],
    [
      'Brisa Power secures 200 million euros for wind farms',
      'Brisa Power, a Lisbon-based wind developer, has secured 200 million euros from a group of banks led by Caixa Geral.\n\nHarwick Energy, which holds 40% of the developer, will keep its two board seats. Harwick bought the stake in 2021, and Harwick has since sold its solar arm.\n\n"This lets us build four farms at once," said chief executive Tomás Reis.',
      'LEADS Tomás Reis -> Brisa Power',
      'LEADS Tomás Reis -> Harwick Energy',
    ],
    [
      "Vernay lève 12 millions d'euros",
      "La start-up nantaise Vernay a levé 12 millions d'euros auprès du fonds Ouest Ventures.\n\nLe groupe Sodimar a racheté l'an dernier son concurrent Logimer. Sodimar contrôle désormais 40 % du marché et Sodimar vise l'export.\n\n« Nous voulons doubler nos effectifs », explique le PDG Paul Hervé.",
      'LEADS Paul Hervé -> Vernay',
      'LEADS Paul Hervé -> Sodimar',
    ],
    [
      "Lumibois s'offre une scierie vosgienne",
      "Le fabricant de parquets Lumibois a racheté la scierie vosgienne Hêtraie Dumont pour 9 millions d'euros.\n\nLe leader du secteur, Parquets Vosgiens, a lui aussi grossi. Parquets Vosgiens a racheté deux scieries en 2024 et Parquets Vosgiens vise l'Allemagne.\n\n« Nous sécurisons notre approvisionnement en bois », confie la présidente, Anne Morel.",
      'LEADS Anne Morel -> Lumibois',
      'LEADS Anne Morel -> Parquets Vosgiens',
    ],
  ])('%s', (title, text, expected, wrong) => {
    const got = leads(title, text);
    expect(got).toContain(expected);
    expect(got).not.toContain(wrong);
  });
});

describe('near misses keep the earlier readings', () => {
  it('keeps a title that names its own company ("P, chief executive of Kassio")', () => {
    const got = leads(
      NORLAND_TITLE,
      `${NORLAND_LEAD}\n\n${KASSIO_ASIDE}\n\n"We will keep our brand," said Liis Tamm, chief executive of Kassio.`,
    );
    expect(got).toContain('LEADS Liis Tamm -> Kassio');
    expect(got).not.toContain('LEADS Liis Tamm -> Norland Pay');
  });

  it("leaves a quote inside the paragraph about another company to that company's salience", () => {
    const got = leads(
      NORLAND_TITLE,
      `${NORLAND_LEAD}\n\n${KASSIO_ASIDE} "We will keep our brand," said chief executive Rein Kask.`,
    );
    expect(got).toContain('LEADS Rein Kask -> Kassio');
    expect(got).not.toContain('LEADS Rein Kask -> Norland Pay');
  });
});
