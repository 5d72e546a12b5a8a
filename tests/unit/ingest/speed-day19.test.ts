import { withMergerVehiclesAsBuyouts, mergeIntoSentences } from '../../../ingest/relations/merger-vehicle';
import { namesDebt } from '../../../ingest/relations/frames/funded-debt-topic';
import type { Unit } from '../../../ingest/relations/pattern';
import { findDateMentions } from '../../../ingest/values/date-mentions';
import { isCapitalised, tokenize } from '../../../ingest/tokens';
import type { Token } from '../../../ingest/tokens';
import { extractArticle } from '../../../ingest/extract';
import type { ExtractedRelation } from '../../../ingest/types';
import { relation } from '../../setup/articles';

/** A merger reading of `sentence` between two parties, as extract-relations hands it to the vehicle pass. */
function merger(source: string, target: string, sentence: string): ExtractedRelation {
  return relation('MERGED_WITH', source, target, {
    evidence: { sentence, start: 0, end: sentence.length },
    rule: 'en.merged.verb',
  });
}

const SURFACES: Record<string, readonly string[]> = {
  alpha: ['Alpha Corp', 'Alpha SA'],
  beta: ['Beta Inc', 'Beta SAS'],
};
const surfacesOf = (name: string): readonly string[] => SURFACES[name] ?? [];

/** (type, source, target) of what the vehicle pass returns for one merger told in `sentence` (and `others`). */
function readAs(sentence: string, others: string[] = []): string {
  const [r] = withMergerVehiclesAsBuyouts([merger('alpha', 'beta', sentence)], surfacesOf, [
    sentence,
    ...others,
  ]);
  return `${r.type} ${r.source} ${r.target}`;
}

describe('merger vehicles read only where their words are', () => {
  it('keeps the sentences holding "merge" and "into" in any case, white space squeezed', () => {
    expect(
      mergeIntoSentences([
        'Alpha Corp will be MERGED\n   INTO a unit of Beta Inc.',
        'Alpha Corp will merge with Beta Inc.',
        'The deal puts Beta into debt.',
        'Alpha SA fusionnera avec Beta SAS.',
      ]),
    ).toEqual(['Alpha Corp will be MERGED INTO a unit of Beta Inc.']);
  });

  it('reads "merged into a unit of" across line breaks and upper case, in the sentence or another', () => {
    expect(readAs('Alpha Corp will be merged into a unit of Beta Inc.')).toBe('ACQUIRED beta alpha');
    expect(readAs('Alpha Corp will be MERGED\n  INTO a wholly-owned subsidiary of Beta Inc.')).toBe(
      'ACQUIRED beta alpha',
    );
    expect(
      readAs('Alpha Corp and Beta Inc agreed to merge.', [
        'Alpha Corp will then be merged into a unit of Beta Inc.',
      ]),
    ).toBe('ACQUIRED beta alpha');
  });

  it('leaves a merger whose "merge" and "into" do not make the phrase a merger', () => {
    expect(readAs('Alpha Corp will be merged with a unit of Beta Inc.')).toBe('MERGED_WITH alpha beta');
    expect(readAs('Alpha Corp will merge with Beta Inc, turning the group into a leader.')).toBe(
      'MERGED_WITH alpha beta',
    );
  });

  it('reads a vehicle described after a comma, in both languages', () => {
    expect(readAs('Alpha Corp will merge with Beta Inc, a unit of Gamma Co.')).toBe('ACQUIRED beta alpha');
    expect(readAs('Alpha SA fusionnera avec Beta SAS, une filiale de Gamma.')).toBe('ACQUIRED beta alpha');
  });

  it('reads no vehicle without the comma, or when the surface is written in another case', () => {
    expect(readAs('Alpha SA fusionnera avec Beta SAS une filiale de Gamma.')).toBe('MERGED_WITH alpha beta');
    expect(readAs('Alpha Corp will merge with BETA INC, a unit of Gamma Co.')).toBe('MERGED_WITH alpha beta');
  });
});

/** isCapitalised as it read before its ASCII screen: the plain path the screen must agree with. */
function capitalisedPlain(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const c = token.text.charAt(0);
  if (c !== c.toLowerCase() && c === c.toUpperCase()) return true;
  return /^\p{Ll}{1,6}\p{Lu}\p{Ll}/u.test(token.text) || /^\p{Ll}{1,2}\p{Lu}/u.test(token.text);
}

describe('isCapitalised screens lower-case words before its regexes', () => {
  const words = [
    'iAdvize',
    'eBay',
    'shipFast',
    'abcdefGh',
    'abcdefgHi',
    'iPhone',
    'entreprise',
    'société',
    'éBay',
    'çaVa',
    'aÉcole',
    'x',
    'Paris',
    'Économie',
    'rachat',
    'acquisition',
    'deBoer',
    'mcDonald',
  ];

  it('answers as the plain regexes do, French and English words alike', () => {
    for (const w of words) {
      const [token] = tokenize(w);
      expect([w, isCapitalised(token)]).toEqual([w, capitalisedPlain(token)]);
    }
  });

  it('finds a capital up to the seventh letter and not past it', () => {
    expect(isCapitalised(tokenize('abcdefGh')[0])).toBe(true);
    expect(isCapitalised(tokenize('abcdefgHi')[0])).toBe(false);
    expect(isCapitalised(tokenize('aÉcole')[0])).toBe(true);
    expect(isCapitalised(tokenize('rachat')[0])).toBe(false);
  });
});

/** Units of plain words, as the debt screen reads them. */
function units(text: string): Unit[] {
  return tokenize(text).map((token) => ({ kind: 'tok', token }));
}

/** namesDebt as it read before its one-pass loop. */
function namesDebtPlain(us: readonly Unit[]): boolean {
  const debt =
    /^(prêt|prêts|emprunt|emprunts|dette|dettes|crédit|crédits|avance|avances|loan|loans|debt|credit|facility|facilities|borrowing|borrowings)$/u;
  const deal = /^(reprise|rachat|acquisition|acquisitions|takeover|buyout|purchase|cession|achat|lbo)$/u;
  const ws = us.flatMap((u) => (u.kind === 'tok' ? [u.token.lower] : []));
  return ws.some((w) => debt.test(w)) && !ws.some((w) => deal.test(w));
}

describe('namesDebt in one pass', () => {
  const sentences = [
    'A et B ont accordé un prêt syndiqué de 10 M€.',
    'Debt financing is provided by A.',
    'Pour accompagner la reprise, Bpifrance apportera un prêt au site.',
    'The loan will finance the takeover of C.',
    'La société a levé 5 M€ auprès de A.',
    'A led the round.',
    'The acquisition closed, and then the loan was repaid.',
  ];

  it('answers as the word-list reading did, in both languages', () => {
    for (const s of sentences) expect([s, namesDebt(units(s))]).toEqual([s, namesDebtPlain(units(s))]);
  });

  it('is true for a loan alone and false once a takeover is named, before or after it', () => {
    expect(namesDebt(units('A et B ont accordé un prêt syndiqué de 10 M€.'))).toBe(true);
    expect(namesDebt(units('Debt financing is provided by A.'))).toBe(true);
    expect(namesDebt(units('Pour accompagner la reprise, Bpifrance apportera un prêt au site.'))).toBe(false);
    expect(namesDebt(units('The loan will finance the takeover of C.'))).toBe(false);
    expect(namesDebt(units('A led the round.'))).toBe(false);
  });
});

describe('date readers that need a digit are skipped without one', () => {
  const published = '1987-03-18';

  it('still reads the dates written without digits, in both languages', () => {
    expect(
      findDateMentions('The talks began last year and ended in January.', published).map((d) => d.date),
    ).toEqual(['1986', '1987-01']);
    expect(
      findDateMentions("L'accord a été signé l'an dernier, en mars.", published).map((d) => d.date),
    ).toEqual(['1986', '1987-03']);
  });

  it('reads the dates that carry digits', () => {
    expect(findDateMentions('The deal was signed on March 3, 1986.', published).map((d) => d.date)).toEqual([
      '1986-03-03',
    ]);
    expect(findDateMentions("L'accord a été signé le 3 mars 2021.", published).map((d) => d.date)).toEqual([
      '2021-03-03',
    ]);
  });

  it('reads no date where there is none', () => {
    expect(findDateMentions('The company makes software for banks.', published)).toEqual([]);
    expect(findDateMentions('La société fabrique des logiciels.', published)).toEqual([]);
  });
});

/** Entity names of an article's extraction (the last core word joins a longer name: cluster.ts). */
function entityNames(text: string): string[] {
  return extractArticle({ file: 'speed-day19', text, title: null, published: '1987-03-18' })
    .entities.map((e) => e.name)
    .sort();
}

describe('a short name joins the longer name it ends', () => {
  it('reads "Kodak" as Eastman Kodak Co, in English and French', () => {
    const en = entityNames('Eastman Kodak Co said it agreed to buy Sterling Drug Inc. Kodak will pay cash.');
    expect(en.filter((n) => /Kodak/u.test(n))).toHaveLength(1);
    const fr = entityNames(
      'Eastman Kodak Co a annoncé le rachat de Sterling Drug Inc. Kodak paiera comptant.',
    );
    expect(fr.filter((n) => /Kodak/u.test(n))).toHaveLength(1);
  });
});
