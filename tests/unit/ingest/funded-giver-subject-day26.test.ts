import { sortedPairs } from './frames-test-helpers';
import { withInvestorNotFunded } from '../../../ingest/relations/frames/funded-investor-not-company';
import type { ExtractedRelation } from '../../../ingest/types';
import { relation as fixtureRelation } from '../eval/fixtures';

/**
 * FUNDED, day 26: a company the sentence names by its short name is named there. A loan paying for a buyer's
 * purchase ("Vaubrin financera l'acquisition par un prêt …") funds that buyer even when the buyer invested
 * elsewhere in the article: the check that moves an unnamed investor's funding to the round's company must see
 * the short name as a naming. Sentences written for these tests.
 */

function fact(source: string, target: string, start: number, sentence: string): ExtractedRelation {
  return fixtureRelation('FUNDED', source, target, {
    status: 'announced',
    evidence: { sentence, start, end: start + sentence.length },
    rule: 'any.funded.frame-raiser',
    confidence: 0.6,
  });
}

function pairs(relations: ExtractedRelation[]): string[] {
  return relations.map((r) => `${r.source} -> ${r.target}`);
}

describe('a company named by its short name keeps the loan told of it', () => {
  // the buyer invested in another company first: it is an investor of the article
  const round = fact(
    'Pellow Capital',
    'Trelby',
    0,
    'Pellow Capital led a €6 million round in Trelby in 2020.',
  );
  const stake = fact(
    'Norvane Systems',
    'Quillon',
    60,
    'Norvane Systems invested €2 million in Quillon in 2022.',
  );
  const loanEn = fact(
    'HSBC',
    'Norvane Systems',
    120,
    'Norvane will finance the Trelby purchase with a new 90 million euro loan arranged by HSBC.',
  );

  test('EN: "Norvane will finance … loan arranged by HSBC" stays with Norvane Systems given its short name', () => {
    const surfaces = new Map([['Norvane Systems', ['Norvane Systems', 'Norvane']]]);
    expect(pairs(withInvestorNotFunded([round, stake, loanEn], surfaces))).toContain(
      'HSBC -> Norvane Systems',
    );
  });

  test('EN near miss: with no short name known, the unnamed investor still takes the round company', () => {
    const got = pairs(withInvestorNotFunded([round, stake, loanEn]));
    expect(got).not.toContain('HSBC -> Norvane Systems');
    expect(got).toContain('HSBC -> Quillon');
  });

  test('FR: "Vaubrin financera l\'acquisition par un prêt apporté par A" stays with Groupe Vaubrin', () => {
    const invested = fact(
      'Groupe Vaubrin',
      'Lisotec',
      0,
      'Groupe Vaubrin a investi 2 millions d’euros dans Lisotec en 2022.',
    );
    const loanFr = fact(
      'Crédit Agricole',
      'Groupe Vaubrin',
      90,
      "Vaubrin financera l'acquisition par un prêt de 40 millions d'euros apporté par le Crédit Agricole.",
    );
    const surfaces = new Map([['Groupe Vaubrin', ['Groupe Vaubrin', 'Vaubrin']]]);
    expect(pairs(withInvestorNotFunded([invested, loanFr], surfaces))).toContain(
      'Crédit Agricole -> Groupe Vaubrin',
    );
  });

  test('near miss: a short form of another company in the sentence does not count as naming this one', () => {
    const loan = fact(
      'Harbour Bank',
      'Norvane Systems',
      120,
      'Trelby will also draw on a £3 million loan from Harbour Bank.',
    );
    const surfaces = new Map([
      ['Norvane Systems', ['Norvane Systems', 'Norvane']],
      ['Trelby Lockers', ['Trelby Lockers', 'Trelby']],
    ]);
    const got = pairs(withInvestorNotFunded([round, stake, loan], surfaces));
    expect(got).not.toContain('Harbour Bank -> Norvane Systems');
  });
});

describe('the whole pipeline reads the buyer by its short name', () => {
  test('FR: a buyer that invested elsewhere keeps the acquisition loan told with its short name', () => {
    const text =
      "Groupe Vaubrin rachète Lisotec, un fabricant de capteurs, au fonds Demeter. Demeter avait mené en 2020 une levée de 6 millions d'euros de Lisotec. Groupe Vaubrin a investi 2 millions d'euros dans Quillon en 2022. Vaubrin financera l'acquisition par un prêt de 90 millions d'euros apporté par BNP Paribas.";
    const got = sortedPairs(text, 'FUNDED');
    expect(got).toContain('BNP Paribas -> Groupe Vaubrin');
    expect(got).not.toContain('BNP Paribas -> Quillon');
  });
});
