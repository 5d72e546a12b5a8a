import { extractArticle } from '../../../ingest/extract';
import { facts, pair } from './helpers';

/**
 * Day sixteen (round two), FUNDED: a majority holder putting money in again keeps its FUNDED beside its control
 * (`frames/funded-follow-ons.ts`, `owner-backing.ts`, `frames/funded-misread.ts`); an investor-first headline is
 * about the company funded (`frames/funded-title-company.ts`); a minority holding told from the company held
 * (`frames/funded-held-by.ts`); those beside an investor entering the capital (`frames/funded-fr-entry-alongside.ts`);
 * a holder apposed to the company's holder noun (`frames/funded-possessed-holder.ts`).
 */

/** "source -> target" of the facts of `type` read in `sentence` (scored statuses only). */
function pairsIn(text: string, title: string | null, sentence: string, type: string): string[] {
  return facts(extractArticle({ file: 'test', text, title, published: '2026-03-10' }), type)
    .filter((r) => r.evidence.sentence === sentence)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

const FR_LEAD = "La start-up nantaise Hydrolis lève 15 millions d'euros.";

describe('a majority holder putting money in again: ACQUIRED and FUNDED', () => {
  test.each([
    'Le groupe industriel Vartec, actionnaire majoritaire depuis 2020, remet également au pot.',
    "Vartec, actionnaire majoritaire depuis 2020, remet 5 millions d'euros au pot et conserve 55 % du capital.",
    'Le groupe Vartec, son actionnaire majoritaire, réinvestit également.',
    'Le groupe Vartec, actionnaire de référence depuis 2019, remet aussi au pot.',
  ])('%s', (sentence) => {
    const text = `${FR_LEAD} ${sentence}`;
    expect(pairsIn(text, null, sentence, 'FUNDED')).toEqual(['Vartec -> Hydrolis']);
  });

  test('the control alone stays a purchase, with no funding', () => {
    const sentence = 'Le groupe Vartec, actionnaire majoritaire depuis 2020, ne participe pas à ce tour.';
    expect(pairsIn(`${FR_LEAD} ${sentence}`, null, sentence, 'FUNDED')).toEqual([]);
  });

  test('a holder reinvesting in a company it names is not read as the topic', () => {
    const sentence = 'Vartec, le groupe lyonnais, réinvestit 2 millions d’euros dans Kopek.';
    expect(pairsIn(`${FR_LEAD} ${sentence}`, null, sentence, 'FUNDED')).not.toContain('Vartec -> Hydrolis');
  });
});

describe('an investor-first headline is about the company funded', () => {
  const cases: [string, string, string, string][] = [
    [
      'Distribution : Siparex et la Banque des Territoires entrent au capital de Vracoop',
      "Vracoop ouvre son capital. Le réseau nantais a annoncé l'entrée à son capital de Siparex et de la Banque des Territoires. La Banque des Territoires prend 20 %, tandis que Siparex investit 12 millions d'euros.",
      "Groupe Lemarchand, actionnaire majoritaire depuis 2020, remet 5 millions d'euros au pot.",
      'Groupe Lemarchand -> Vracoop',
    ],
    [
      'Le fonds Ambition Santé II mène un tour de table de 25 M€ dans Neuralto',
      "Le fonds Ambition Santé II a investi 25 millions d'euros. Ambition Santé II est géré par Cap Horn Gestion, qui a aussi soutenu Ambition Santé I.",
      'Le groupe Vartec, actionnaire majoritaire depuis 2020, remet également au pot.',
      'Vartec -> Neuralto',
    ],
    [
      'Redshift Games leads $15m Series A in mobile studio Pixelforge',
      'Redshift Games said it had invested $15 million. Redshift Games has also backed three other studios.',
      'Existing backers Kite Ventures and Lumo Capital also returned to the round.',
      'Kite Ventures -> Pixelforge',
    ],
  ];
  test.each(cases)('%s', (title, lead, sentence, expected) => {
    const text = `${title}\n\n${lead}\n\n${sentence}`;
    expect(pairsIn(text, title, sentence, 'FUNDED')).toContain(expected);
  });

  test('a takeover headline keeps its buyer as the topic', () => {
    const title = 'Infralys prend le contrôle de Numalis';
    const sentence = 'Le groupe Vartec, actionnaire majoritaire depuis 2020, remet également au pot.';
    const text = `${title}\n\nInfralys a annoncé lundi le rachat de 70 % de Numalis.\n\n${sentence}`;
    expect(pairsIn(text, title, sentence, 'FUNDED')).not.toContain('Vartec -> Numalis');
  });
});

describe('a minority holding told from the company held', () => {
  test.each([
    [
      'Voltaïa, dont le fonds canadien Laurentide Infrastructure détient 30 %, vise 2 GW installés.',
      ['Laurentide Infrastructure -> Voltaïa'],
    ],
    [
      'Voltaïa, dont Laurentide Infrastructure est actionnaire depuis 2021, vise 2 GW.',
      ['Laurentide Infrastructure -> Voltaïa'],
    ],
    [
      "Medicalis est détenue à 35 % par le fonds Alpes Santé Capital, dont l'associé Denis Morel siège au conseil, et à 10 % par Bpifrance.",
      ['Alpes Santé Capital -> Medicalis', 'Bpifrance -> Medicalis'],
    ],
    [
      'Saimaa Board, 40%-owned by Finnish pension insurer Ilmarinen, has made three acquisitions.',
      ['Ilmarinen -> Saimaa Board'],
    ],
    [
      'Saimaa Board, which is 40 per cent owned by Ilmarinen, has made three acquisitions.',
      ['Ilmarinen -> Saimaa Board'],
    ],
    [
      'Saimaa Board, in which Ilmarinen holds a 12% stake, has made three acquisitions.',
      ['Ilmarinen -> Saimaa Board'],
    ],
  ])('%s', (sentence, expected) => {
    expect(pairsIn(sentence, null, sentence, 'FUNDED')).toEqual(expected);
  });

  test.each([
    'Voltaïa, dont Laurentide Infrastructure est l’actionnaire majoritaire, vise 2 GW.',
    'Voltaïa, dont Laurentide Infrastructure détient 70 %, vise 2 GW.',
    'Saimaa Board, 60%-owned by Ilmarinen, has made three acquisitions.',
  ])('control is no funding: %s', (sentence) => {
    expect(pairsIn(sentence, null, sentence, 'FUNDED')).toEqual([]);
  });
});

describe('those beside an investor entering the capital', () => {
  const lead = "Colibri Fret lève 8 millions d'euros.";
  test.each([
    [
      "Le tour de table est emmené par le fonds Alpana Ventures, qui fait son entrée au capital aux côtés de Transalp Ventures, le bras d'investissement du groupe Transalp.",
      ['Alpana Ventures -> Colibri Fret', 'Transalp Ventures -> Colibri Fret'],
    ],
    [
      'Alpana Ventures fait son entrée au capital aux côtés de Transalp Ventures et de Bpifrance.',
      ['Alpana Ventures -> Colibri Fret', 'Bpifrance -> Colibri Fret', 'Transalp Ventures -> Colibri Fret'],
    ],
    [
      'Alpana Ventures entre au capital de Colibri Fret aux côtés de Transalp Ventures.',
      ['Alpana Ventures -> Colibri Fret', 'Transalp Ventures -> Colibri Fret'],
    ],
  ])('%s', (sentence, expected) => {
    expect(pairsIn(`${lead} ${sentence}`, null, sentence, 'FUNDED')).toEqual(expected);
  });

  test('a buyout partner is no funder', () => {
    const sentence =
      'Alpana Ventures entre au capital de Colibri Fret aux côtés de Transalp Ventures, qui en prend le contrôle.';
    expect(pairsIn(`${lead} ${sentence}`, null, sentence, 'FUNDED')).not.toContain(
      'Transalp Ventures -> Colibri Fret',
    );
  });
});

describe('a holder named in apposition to the company’s holder noun', () => {
  test.each([
    [
      "Aeroskarn's largest shareholder, private equity firm Herkules Capital, sold part of its 41% stake but will keep about 30%.",
      ['Herkules Capital -> Aeroskarn'],
    ],
    [
      "Ledgerly's main investor, Balderton Capital, led a £15 million round in January.",
      ['Balderton Capital -> Ledgerly'],
    ],
    [
      "Aeroskarn's biggest shareholder, Herkules Capital, declined to comment.",
      ['Herkules Capital -> Aeroskarn'],
    ],
    ["L'actionnaire historique de Vracoop, le fonds Siparex, n'a pas commenté.", ['Siparex -> Vracoop']],
  ])('%s', (sentence, expected) => {
    expect(pairsIn(sentence, null, sentence, 'FUNDED')).toEqual(expected);
  });

  test.each([
    "Aeroskarn's largest customer, Equinor, declined to comment.",
    "Aeroskarn's largest shareholder, Herkules Capital, which owns 62%, declined to comment.",
    "Brightmoor's largest shareholder, Quarry Hill Capital, has agreed to tender its shares in the offer.",
  ])('no funding: %s', (sentence) => {
    expect(pairsIn(sentence, null, sentence, 'FUNDED')).toEqual([]);
  });
});
