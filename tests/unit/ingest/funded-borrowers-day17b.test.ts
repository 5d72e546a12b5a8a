import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day seventeen (b), FUNDED: a borrower told as the subject of a verb of taking a loan funds its lender's loan to
 * itself, not to the article's other company (`frames/funded-borrower-verbs.ts`); a lender whose name ends in a
 * selling verb's letters ("Vendée") sells nothing (`frames/funded-seller-backing.ts`).
 */

function pairs(text: string): string[] {
  return facts(extractArticle({ file: 'test', text, title: null, published: '2026-03-10' }), 'FUNDED')
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

const EN_OTHER =
  'Philips sold its home-monitoring unit to Medwave in 2020, and Philips remains a big player. ';

describe('the subject of a verb of taking a loan is the borrower', () => {
  test.each([
    [
      `${EN_OTHER}Separately, Kinetra drew down a $10 million term loan from Hercules Capital.`,
      'Hercules Capital -> Kinetra',
    ],
    [
      `${EN_OTHER}Kinetra secured a $10 million credit facility from Hercules Capital last month.`,
      'Hercules Capital -> Kinetra',
    ],
    [
      `${EN_OTHER}Kinetra has also obtained $10 million of venture debt from Hercules Capital.`,
      'Hercules Capital -> Kinetra',
    ],
    [
      `${EN_OTHER}Kinetra took out a $10 million loan from Hercules Capital to build inventory.`,
      'Hercules Capital -> Kinetra',
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toContain(expected);
    expect(pairs(text)).not.toContain('Hercules Capital -> Philips');
  });

  test.each([
    [
      "L'an dernier, Graino avait souscrit un emprunt de 2 millions d'euros auprès de Bpifrance.",
      'Bpifrance -> Graino',
    ],
    [
      "Graino a décroché un crédit de 2 millions d'euros auprès de la Banque Populaire.",
      'Banque Populaire -> Graino',
    ],
    [
      "Graino a contracté un emprunt de 5 millions d'euros auprès du Crédit Agricole.",
      'Crédit Agricole -> Graino',
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toContain(expected);
  });

  test('a loan turned down funds no one', () => {
    expect(pairs('Kinetra rejected a $10 million term loan offer from Hercules Capital.')).not.toContain(
      'Hercules Capital -> Kinetra',
    );
  });
});

describe('a lender named after a French region sells nothing', () => {
  test('the buyer keeps both lenders of its acquisition loan', () => {
    const text =
      "Le groupe Vacanciel Plein Air a racheté Les Pins Dorés. Le financement de l'acquisition est assuré par une dette de 40 millions d'euros apportée par la Banque Populaire Grand Ouest et le Crédit Agricole Atlantique Vendée.";
    const got = pairs(text);
    expect(got).toContain('Banque Populaire Grand Ouest -> Vacanciel Plein Air');
    expect(got).not.toContain('Banque Populaire Grand Ouest -> Pins Dorés');
  });
});
